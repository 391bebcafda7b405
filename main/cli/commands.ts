/** Each admin command: what it needs, what it does through the services, what it prints. */
import { AppError } from '../../shared/errors.ts';
import { ROLE_DEFINITIONS } from '../../shared/roles.ts';
import { verifyChain } from '../security/audit-chain.ts';
import { checkpointMismatch, readCheckpoint } from '../security/checkpoint.ts';
import { initialiseStore } from '../security/initialise-store.ts';
import { rekey } from '../security/rekey.ts';
import { recoverWithCode } from '../security/recover.ts';
import { addUser, disableUser, enableUser, listUsers } from '../security/user-admin.ts';
import { assignRole } from '../security/role-assignments.ts';
import { changePassphrase, resetPassphrase } from '../security/passphrases.ts';
import { changeIdleLockMinutes, changeStatutoryPartner, parsePartner } from '../security/partnership-settings.ts';
import { STATUTORY_PARTNER_LABELS } from '../../shared/organisations.ts';
import { isIsoDate, SHIPPED_CALENDAR } from '../../shared/working-days.ts';
import { importBankHolidays, storeCalendar } from '../reviews/calendar.ts';
import fs from 'node:fs';
import { backupStore, restoreStore } from '../store/backup.ts';
import { optional, required, resolvePath, UsageError, type Options } from './arguments.ts';
import { readSecret, SECRET_VARIABLES } from './secrets.ts';
import { CASE_FILE_COMMANDS } from './case-file-commands.ts';
import { CHRONOLOGY_COMMANDS } from './chronology-commands.ts';
import { BUNDLE_COMMANDS } from './bundle-commands.ts';
import { CONTACT_COMMANDS } from './contact-commands.ts';
import { REPORT_COMMANDS } from './report-commands.ts';
import { FIGURES_COMMANDS } from './figures-commands.ts';
import { passphrase, withSession } from './with-session.ts';

export interface Output {
  line(text: string): void;
}

export interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly options: readonly string[];
  run(options: Options, out: Output): Promise<number>;
}

const newPassphrase = () => readSecret(SECRET_VARIABLES.newPassphrase, 'New passphrase');

/** verify and backup only read the store (and record that they did): they may run while the app holds it for writing. */
const ALONGSIDE_THE_APP = { skipWriterLock: true } as const;

function describeAssignments(listing: ReturnType<typeof listUsers>[number]): string {
  if (listing.assignments.length === 0) return '(none)';
  return listing.assignments
    .map((assignment) => [assignment.role, assignment.caseReference && `case ${assignment.caseReference}`, assignment.agency].filter(Boolean).join(' '))
    .join('; ');
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
}

export const COMMANDS: Readonly<Record<string, Command>> = {
  init: {
    summary: 'create a store and its first administrator; prints the recovery code once',
    usage: 'init --store DIR --user NAME   (passphrase: PRM_PASSPHRASE or prompt)',
    options: ['store', 'user'],
    async run(options, out) {
      const folder = resolvePath(required(options, 'store'));
      const { session, recoveryCode } = await initialiseStore(folder, required(options, 'user'), await passphrase());
      session.lock();
      out.line(`Created a store in ${folder} with administrator ${required(options, 'user')}.`);
      out.line('Recovery code (shown once: write it down and keep it in the partnership\'s safe):');
      out.line(recoveryCode);
      return 0;
    },
  },
  demo: {
    summary: 'add N synthetic cases, with learning and action plans (fake data, never real people)',
    usage: 'demo --store DIR --user NAME --cases N',
    options: ['store', 'user', 'cases'],
    async run(options, out) {
      const count = Number(required(options, 'cases'));
      if (!Number.isInteger(count) || count < 1 || count > 10_000) throw new UsageError('--cases must be a whole number from 1 to 10000.');
      // Loaded only here: the synthetic-data library would otherwise slow every command's start.
      const { addDemoCases } = await import('../reviews/demo-cases.ts');
      const { addDemoLearning } = await import('../reviews/demo-learning.ts');
      const { addDemoActionPlans } = await import('../reviews/demo-action-plans.ts');
      const cases = await withSession(options, (session) => {
        const added = addDemoCases(session, count);
        addDemoLearning(session, added);
        addDemoActionPlans(session, added);
        return added;
      });
      const references = cases.map((record) => record.reference).sort();
      out.line(`Added ${cases.length} synthetic case${cases.length === 1 ? '' : 's'}: ${references.length <= 10 ? references.join(', ') : `${references[0]} … ${references.at(-1)}`}.`);
      return 0;
    },
  },
  verify: {
    summary: "run SQLite's integrity check and walk the audit chain, against a checkpoint if given",
    usage: 'verify --store DIR --user NAME [--checkpoint FILE]',
    options: ['store', 'user', 'checkpoint'],
    async run(options, out) {
      return withSession(options, (session) => {
        const store = session.store;
        const integrity = store.db.pragma('integrity_check', { simple: true });
        if (integrity !== 'ok') {
          out.line(`integrity check failed: ${String(integrity)}`);
          return 3;
        }
        const chain = verifyChain(store.db, store.auditKeyForVerification);
        if (!chain.intact) {
          out.line(`audit chain broken at event ${chain.brokenAt}: ${chain.reason}`);
          return 3;
        }
        const checkpointFile = optional(options, 'checkpoint');
        const explicit = checkpointFile === undefined ? null : readCheckpoint(resolvePath(checkpointFile));
        if (checkpointFile !== undefined && explicit === null) throw new AppError('NOT_FOUND', `There is no checkpoint file at ${resolvePath(checkpointFile)}.`);
        const mismatch = (explicit && checkpointMismatch(store.db, store.storeId, explicit)) ?? store.checkpointProblem;
        if (mismatch !== null) {
          out.line(`checkpoint mismatch: ${mismatch}`);
          return 3;
        }
        out.line(`audit chain intact: ${chain.events} events, head ${chain.head}`);
        return 0;
      }, ALONGSIDE_THE_APP);
    },
  },
  checkpoint: {
    summary: "write the audit chain's head to a checkpoint file kept outside the store",
    usage: 'checkpoint --store DIR --user NAME --to FILE',
    options: ['store', 'user', 'to'],
    async run(options, out) {
      const file = resolvePath(required(options, 'to'));
      const head = await withSession(options, (session) => session.store.checkpoint('on-demand', file));
      out.line(`checkpoint written to ${file}: ${head.events} events, head ${head.head}`);
      return 0;
    },
  },
  'add-user': {
    summary: "add a user with a role; their passphrase comes from PRM_NEW_PASSPHRASE",
    usage: 'add-user --store DIR --user ADMIN --new-user NAME --role ROLE --org ORGANISATION',
    options: ['store', 'user', 'new-user', 'role', 'org'],
    async run(options, out) {
      const name = required(options, 'new-user');
      const role = required(options, 'role');
      const secret = await newPassphrase();
      const { user, assignedRole } = await withSession(options, (session) => addUser(session, { name, role: role as never, organisation: required(options, 'org'), passphrase: secret }));
      if (assignedRole) out.line(`Added ${user.name} (${user.organisation}) as ${role}.`);
      else out.line(`Added ${user.name} (${user.organisation}). The ${role} role is given per case: run assign --target-user "${user.name}" --role ${role} --case REF${ROLE_DEFINITIONS[role as keyof typeof ROLE_DEFINITIONS].scope === 'case-and-agency' ? ' --agency AGENCY' : ''}.`);
      return 0;
    },
  },
  assign: {
    summary: 'give a user a role, for a case (and an agency) where the role needs one',
    usage: 'assign --store DIR --user ADMIN --target-user NAME --role ROLE [--case REF] [--agency ORGANISATION]',
    options: ['store', 'user', 'target-user', 'role', 'case', 'agency'],
    async run(options, out) {
      const assignment = await withSession(options, (session) =>
        assignRole(session, { targetUser: required(options, 'target-user'), role: required(options, 'role'), caseReference: optional(options, 'case'), agency: optional(options, 'agency') }),
      );
      const where = [assignment.caseReference && ` for case ${assignment.caseReference}`, assignment.agency && ` (${assignment.agency})`].filter(Boolean).join('');
      out.line(`Assigned ${required(options, 'target-user')} as ${assignment.role}${where}.`);
      return 0;
    },
  },
  'list-users': {
    summary: 'list users with their organisation, status and roles',
    usage: 'list-users --store DIR --user ADMIN',
    options: ['store', 'user'],
    async run(options, out) {
      const users = await withSession(options, (session) => listUsers(session));
      for (const line of table([['NAME', 'ORGANISATION', 'STATUS', 'ROLES'], ...users.map((user) => [user.name, user.organisation, user.status, describeAssignments(user)])])) out.line(line);
      return 0;
    },
  },
  'disable-user': {
    summary: 'disable a user and end their assignments',
    usage: 'disable-user --store DIR --user ADMIN --target-user NAME',
    options: ['store', 'user', 'target-user'],
    async run(options, out) {
      const user = await withSession(options, (session) => disableUser(session, required(options, 'target-user')));
      out.line(`Disabled ${user.name}; their assignments have ended. Run rekey so that any copy of the old key file stops opening the store.`);
      return 0;
    },
  },
  'enable-user': {
    summary: 're-enable a disabled user (their roles must be assigned again)',
    usage: 'enable-user --store DIR --user ADMIN --target-user NAME',
    options: ['store', 'user', 'target-user'],
    async run(options, out) {
      const user = await withSession(options, (session) => enableUser(session, required(options, 'target-user')));
      out.line(`Re-enabled ${user.name}. Their earlier assignments stay ended: assign their roles again.`);
      return 0;
    },
  },
  due: {
    summary: 'the date N working days after a date (day 0): from the shipped England and Wales calendar, or the store\'s when one is given',
    usage: 'due --from YYYY-MM-DD --working-days N [--store DIR --user NAME]',
    options: ['from', 'working-days', 'store', 'user'],
    async run(options, out) {
      const from = required(options, 'from');
      if (!isIsoDate(from)) throw new UsageError(`--from must be a real date written as YYYY-MM-DD, not "${from}".`);
      const count = Number(required(options, 'working-days'));
      if (!Number.isInteger(count) || count < 0 || count > 1000) throw new UsageError('--working-days must be a whole number from 0 to 1000.');
      if ((options.store === undefined) !== (options.user === undefined)) throw new UsageError('Give --store and --user together, or neither.');
      const calendar = options.store === undefined ? SHIPPED_CALENDAR : await withSession(options, (session) => storeCalendar(session.store.db));
      out.line(calendar.addWorkingDays(from, count));
      return 0;
    },
  },
  'import-holidays': {
    summary: "replace the store's imported bank holidays with a list in GOV.UK's bank-holidays.json format",
    usage: 'import-holidays --store DIR --user ADMIN --file FILE',
    options: ['store', 'user', 'file'],
    async run(options, out) {
      const file = resolvePath(required(options, 'file'));
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        throw new AppError('INVALID_INPUT', `${file} cannot be read as JSON.`);
      }
      const holidays = await withSession(options, (session) => importBankHolidays(session, json));
      out.line(`Imported ${holidays.length} England and Wales bank holidays, ${holidays[0]!.date} to ${holidays.at(-1)!.date}.`);
      return 0;
    },
  },
  'set-idle-lock': {
    summary: 'set how many quiet minutes lock a session (default 10)',
    usage: 'set-idle-lock --store DIR --user ADMIN --minutes N',
    options: ['store', 'user', 'minutes'],
    async run(options, out) {
      const minutes = Number(required(options, 'minutes'));
      if (!Number.isInteger(minutes)) throw new UsageError('--minutes must be a whole number.');
      await withSession(options, (session) => changeIdleLockMinutes(session, minutes));
      out.line(`Sessions now lock after ${minutes} minute${minutes === 1 ? '' : 's'} without activity.`);
      return 0;
    },
  },
  'set-partner': {
    summary: 'say which statutory partner an agency counts as (local-authority, police, health, or none)',
    usage: 'set-partner --store DIR --user ADMIN --org ORGANISATION --partner PARTNER',
    options: ['store', 'user', 'org', 'partner'],
    async run(options, out) {
      const partner = parsePartner(required(options, 'partner'));
      const organisation = await withSession(options, (session) => changeStatutoryPartner(session, required(options, 'org'), partner));
      out.line(partner === null ? `${organisation.name} no longer counts as a statutory partner.` : `${organisation.name} now counts as the statutory partner ${STATUTORY_PARTNER_LABELS[partner]}.`);
      return 0;
    },
  },
  passwd: {
    summary: 'change your passphrase (PRM_PASSPHRASE now, PRM_NEW_PASSPHRASE new)',
    usage: 'passwd --store DIR --user NAME',
    options: ['store', 'user'],
    async run(options, out) {
      await changePassphrase(resolvePath(required(options, 'store')), required(options, 'user'), await passphrase(), await newPassphrase());
      out.line(`Passphrase changed for ${required(options, 'user')}.`);
      return 0;
    },
  },
  'reset-passphrase': {
    summary: 'give a user who has forgotten their passphrase a new one (PRM_NEW_PASSPHRASE), to change at next sign-in',
    usage: 'reset-passphrase --store DIR --user ADMIN --target-user NAME',
    options: ['store', 'user', 'target-user'],
    async run(options, out) {
      const secret = await newPassphrase();
      const user = await withSession(options, (session) => resetPassphrase(session, required(options, 'target-user'), secret));
      out.line(`Reset the passphrase of ${user.name}. Give them the new one in person; the app will ask them to change it.`);
      return 0;
    },
  },
  rekey: {
    summary: 'new master key sealed to active users only; --new-recovery replaces the recovery code',
    usage: 'rekey --store DIR --user ADMIN [--new-recovery]',
    options: ['store', 'user', 'new-recovery'],
    async run(options, out) {
      const newRecovery = options['new-recovery'] === true;
      const result = await withSession(options, (session) =>
        rekey(session, {
          newRecovery,
          showRecoveryCode: (code) => {
            out.line('New recovery code (shown once: it replaces the old one, which no longer works; keep it in the safe):');
            out.line(code);
          },
        }),
      );
      out.line(`The store has a new master key (key epoch ${result.epoch}), sealed to ${result.activeUsers} active user${result.activeUsers === 1 ? '' : 's'} and the recovery key.`);
      return 0;
    },
  },
  recover: {
    summary: 'with PRM_RECOVERY_CODE and PRM_NEW_PASSPHRASE, create an administrator when every passphrase is lost',
    usage: 'recover --store DIR --new-user NAME',
    options: ['store', 'new-user'],
    async run(options, out) {
      const code = await readSecret(SECRET_VARIABLES.recoveryCode, 'Recovery code');
      const user = await recoverWithCode(resolvePath(required(options, 'store')), code, required(options, 'new-user'), await newPassphrase());
      out.line(`Created administrator ${user.name} with the recovery code. This has been recorded in the audit trail.`);
      return 0;
    },
  },
  backup: {
    summary: "copy the store, still encrypted, into a new folder and verify the copy",
    usage: 'backup --store DIR --user NAME --to DIR2',
    options: ['store', 'user', 'to'],
    async run(options, out) {
      const destination = resolvePath(required(options, 'to'));
      const manifest = await withSession(options, (session) => backupStore(session, destination), ALONGSIDE_THE_APP);
      out.line(`Backed up to ${destination} and verified: ${manifest.events} events, head ${manifest.head}.`);
      return 0;
    },
  },
  restore: {
    summary: 'verify a backup and restore it into a new folder (never over a store)',
    usage: 'restore --from DIR2 --store DIR3 --user NAME',
    options: ['from', 'store', 'user'],
    async run(options, out) {
      const destination = resolvePath(required(options, 'store'));
      const { session, manifest } = await restoreStore(resolvePath(required(options, 'from')), destination, required(options, 'user'), await passphrase());
      const head = session.store.head();
      session.lock();
      out.line(`Restored the backup of ${manifest.createdAt} into ${destination} and verified it: ${head.events} events, head ${head.head}. Checkpoints start afresh from here.`);
      return 0;
    },
  },
  ...CASE_FILE_COMMANDS,
  ...CHRONOLOGY_COMMANDS,
  ...CONTACT_COMMANDS,
  ...BUNDLE_COMMANDS,
  ...REPORT_COMMANDS,
  ...FIGURES_COMMANDS,
};
