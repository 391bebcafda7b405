/**
 * Ten years of a partnership's work for the figures benchmark, in a real SQLCipher store:
 * 2,000 referrals (1 April 2016 to 31 March 2026), about 400 reviews, 6,000 actions, with the
 * records, requests, summaries, themes, learning events, repeat incidents and family feedback
 * the figures count. For speed the rows are written with direct SQL inserts in one transaction
 * (with one audit event) rather than through the services; each case's clocks are then worked
 * out from its records by the app's own syncClocks, as the services would. Deterministic (a
 * seeded generator); invented text, no names of real people.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { demoReferral } from '../../main/reviews/demo-cases.ts';
import type { ReferralKind } from '../../shared/case-kinds.ts';
import { clockContext, syncClocks } from '../../main/reviews/clock-sync.ts';
import type { Session } from '../../main/security/session.ts';
import type { Db } from '../../main/store/open-database.ts';
import { addCalendarDays, SHIPPED_CALENDAR } from '../../shared/working-days.ts';
import { pick, seededRandom } from './synthetic.ts';

export const DECADE = { from: '2016-04-01', to: '2026-03-31' } as const;
export const REFERRALS = 2_000;
export const ACTIONS = 6_000;
const DECADE_DAYS = 3_652;
const EVENTS = 300;
const FAMILY_FEEDBACK = 300;
const REPEATS = 100;
const NEW_THEMES = ['Neglect', 'Domestic Abuse', 'Neurodiversity', 'Transitions to Adulthood', 'Fathers and Other Men', 'Escalation', 'Safe Sleep', 'Exploitation', 'Thresholds', 'Voice of the Child'];

export interface SeededDecade {
  readonly referrals: number;
  readonly reviews: number;
  readonly actions: number;
  readonly clocks: number;
  readonly summaries: number;
}

type Random = () => number;

/** A screening decision with the weights that give about 400 reviews from 2,000 referrals. */
const DECISIONS: ReadonlyArray<readonly [string, number]> = [
  ['rapid-review', 170],
  ['non-statutory-review', 80],
  ['serious-offence-review', 20],
  ['good-outcome-review', 20],
  ['signpost-adults-board', 40],
  ['no-further-action', 1_610],
  ['', 60],
];

function weighted(random: Random, choices: ReadonlyArray<readonly [string, number]>): string {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [choice, weight] of choices) {
    roll -= weight;
    if (roll < 0) return choice;
  }
  return choices.at(-1)![0];
}

function kindRequested(decision: string): ReferralKind {
  if (decision === 'signpost-adults-board') return 'care-leaver-signpost';
  if (decision === '' || decision === 'no-further-action') return 'rapid-review';
  return decision as ReferralKind;
}

type Insert = Database.Statement<unknown[]>;

interface Statements {
  readonly caseRow: Insert;
  readonly recordRow: Insert;
  readonly requestRow: Insert;
  readonly summaryRow: Insert;
  readonly recommendationRow: Insert;
  readonly actionRow: Insert;
  readonly tagRow: Insert;
}

function statements(db: Db): Statements {
  return {
    caseRow: db.prepare('INSERT INTO cases (reference, kind, stage, incident_date, referral_date, created_at, closed_on, stage_entered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    recordRow: db.prepare('INSERT INTO case_records (case_id, type, data, entered_by, entered_at) VALUES (?, ?, ?, ?, ?)'),
    requestRow: db.prepare(
      `INSERT INTO information_requests (case_id, organisation_id, recipient_name, recipient_role, recipient_email, sent_on, due_on, secure_files, note, received_on, sent_by, created_at)
       VALUES (?, ?, 'Invented Recipient', 'Safeguarding lead', 'lead@example.com', ?, ?, 0, '', ?, ?, ?)`,
    ),
    summaryRow: db.prepare(`INSERT INTO agency_summaries (case_id, organisation_id, data, source, saved_by, saved_at, rating, rated_by, rated_at) VALUES (?, ?, ?, 'entered', ?, ?, ?, ?, ?)`),
    recommendationRow: db.prepare(`INSERT INTO plan_recommendations (case_id, text, type, systemic_factor, created_by, created_at) VALUES (?, 'Agencies meet whenever two raise concerns.', 'multi-agency', 'Concerns held by each agency alone.', ?, ?)`),
    actionRow: db.prepare(
      `INSERT INTO plan_actions (uid, case_id, recommendation_id, what, organisation_id, responsible_person, due_on, intended_outcome, status, completed_on, evidence, evidence_accepted_on, created_by, created_at, updated_by, updated_at)
       VALUES (?, ?, ?, 'Audit strategy discussions for whether the child was seen', ?, 'Invented Person', ?, 'Every child is seen and heard', ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    tagRow: db.prepare('INSERT OR IGNORE INTO case_themes (case_id, theme_id, tagged_by, tagged_at) VALUES (?, ?, ?, ?)'),
  };
}

const dateIn = (random: Random, from: string, days: number): string => addCalendarDays(from, Math.floor(random() * days));
const json = (value: unknown): string => JSON.stringify(value);
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

interface Context {
  readonly random: Random;
  readonly statements: Statements;
  readonly userId: string;
  readonly now: string;
  readonly agencies: ReadonlyArray<{ id: number; name: string }>;
  readonly partners: { readonly la: string; readonly police: string; readonly health: string };
  readonly themeIds: readonly number[];
  counts: { reviews: number; actions: number; summaries: number };
}

function record(context: Context, caseId: number, type: string, data: unknown): void {
  context.statements.recordRow.run(caseId, type, json(data), context.userId, context.now);
}

/** Requests to four agencies, most answered, each with a summary, most rated. */
function evidence(context: Context, caseId: number, sentOn: string): void {
  const { random, statements: s } = context;
  const chosen = new Set<number>();
  while (chosen.size < 4) chosen.add(pick(random, context.agencies).id);
  for (const organisationId of chosen) {
    const receivedOn = random() < 0.85 ? SHIPPED_CALENDAR.addWorkingDays(sentOn, 2 + Math.floor(random() * 6)) : null;
    s.requestRow.run(caseId, organisationId, sentOn, SHIPPED_CALENDAR.addWorkingDays(sentOn, 5), receivedOn, context.userId, context.now);
    if (receivedOn === null) continue;
    const rating = random() < 0.8 ? pick(random, ['good', 'requires-improvement', 'inadequate'] as const) : null;
    s.summaryRow.run(caseId, organisationId, json({ authorName: 'Invented Author', completedOn: receivedOn, involvement: 'Invented involvement.' }), context.userId, context.now, rating, rating === null ? null : context.userId, rating === null ? null : context.now);
    context.counts.summaries += 1;
  }
}

function meeting(context: Context, caseId: number, heldOn: string, outcome: string | null): void {
  const { partners } = context;
  const papers = context.random() < 0.9 ? addCalendarDays(heldOn, -2) : heldOn;
  record(context, caseId, 'meeting', {
    meetingKind: 'rapid-review',
    heldOn,
    startsAt: '10:00',
    chair: { name: 'Invented Chair', organisation: partners.la },
    attendees: [
      { name: 'Invented Officer', organisation: partners.police },
      { name: 'Invented Nurse', organisation: partners.health },
    ],
    papersSharedOn: papers,
    papersSharedAt: '09:00',
    outcome,
  });
}

/** A case's actions under three recommendations. */
function actionPlan(context: Context, caseId: number, decidedOn: string, actions: number): void {
  const { random, statements: s } = context;
  const recommendations = [0, 1, 2].map(() => Number(s.recommendationRow.run(caseId, context.userId, context.now).lastInsertRowid));
  for (let index = 0; index < actions; index += 1) {
    // Due within two years of the decision, and within the decade: so every action is due in one of its years.
    const window = Math.min(690, daysBetween(decidedOn, DECADE.to) - 30);
    const dueOn = window <= 0 ? DECADE.to : addCalendarDays(decidedOn, 30 + Math.floor(random() * window));
    const roll = random();
    const status = roll < 0.55 ? 'complete' : roll < 0.65 ? 'no-longer-needed' : roll < 0.85 ? 'in-progress' : 'not-started';
    const completedOn = status === 'complete' ? addCalendarDays(dueOn, Math.floor(random() * 40) - 25) : null;
    const accepted = completedOn !== null && random() < 0.6 ? addCalendarDays(completedOn, 7) : null;
    s.actionRow.run(`bench-${caseId}-${index}`, caseId, recommendations[index % 3]!, pick(random, context.agencies).id, dueOn, status, completedOn, accepted === null ? '' : 'Invented evidence of impact.', accepted, context.userId, context.now, context.userId, context.now);
    context.counts.actions += 1;
  }
}

/** One referral and whatever followed it; the date its review was decided, if it became one. */
function seedCase(context: Context, index: number): { caseId: number; reviewDecidedOn: string | null } {
  const { random, statements: s } = context;
  const referralDate = dateIn(random, DECADE.from, DECADE_DAYS);
  const incidentDate = addCalendarDays(referralDate, -(1 + Math.floor(random() * 8)));
  const decision = weighted(random, DECISIONS);
  const decidedOn = SHIPPED_CALENDAR.addWorkingDays(referralDate, 1 + Math.floor(random() * 7));
  const closed = decision === 'no-further-action' || decision === 'signpost-adults-board' || (decision !== '' && random() < 0.5);
  const kind = kindRequested(decision);
  const caseId = Number(
    s.caseRow.run(`PRM-${referralDate.slice(0, 4)}-B${String(index).padStart(4, '0')}`, kind, closed ? 'closed' : decision === '' ? 'screening' : 'review', incidentDate, referralDate, context.now, closed ? addCalendarDays(decidedOn, 200) : null, referralDate)
      .lastInsertRowid,
  );
  const agency = pick(random, context.agencies).name;
  record(context, caseId, 'referral', demoReferral({ kindRequested: kind, incidentDate, referralDate, referrerAgency: agency, agencies: [agency] }));
  for (let tag = 0; tag < 2; tag += 1) s.tagRow.run(caseId, pick(random, context.themeIds), context.userId, context.now);
  if (decision === '') return { caseId, reviewDecidedOn: null };
  record(context, caseId, 'screening', { decidedOn, decision, rationale: 'Invented rationale.', panel: [{ name: 'Invented Panel Member', organisation: context.partners.la }] });
  if (!['rapid-review', 'non-statutory-review', 'serious-offence-review', 'good-outcome-review'].includes(decision)) return { caseId, reviewDecidedOn: null };
  context.counts.reviews += 1;
  if (decision === 'rapid-review' || decision === 'serious-offence-review') evidence(context, caseId, SHIPPED_CALENDAR.addWorkingDays(decidedOn, 1));
  if (decision === 'rapid-review') {
    record(context, caseId, 'notification', { laAwareOn: decidedOn, notifiedOn: SHIPPED_CALENDAR.addWorkingDays(decidedOn, 1 + Math.floor(random() * 6)), notificationReference: '' });
    const heldOn = SHIPPED_CALENDAR.addWorkingDays(decidedOn, 8 + Math.floor(random() * 6));
    const outcome = weighted(random, [
      ['lcspr', 80],
      ['other-local-review', 30],
      ['no-further-action', 60],
    ]);
    meeting(context, caseId, heldOn, outcome);
    const sent = SHIPPED_CALENDAR.addWorkingDays(decidedOn, 12 + Math.floor(random() * 8));
    record(context, caseId, 'panel-response', { reportSentOn: sent, respondedOn: addCalendarDays(sent, 20), response: random() < 0.1 ? 'disagrees' : 'agrees', comments: '' });
    if (outcome !== 'no-further-action') context.counts.reviews += 1;
    if (outcome === 'lcspr') {
      record(context, caseId, 'lcspr-set-up', { leadReviewerName: 'Invented Reviewer', leadReviewerAppointedOn: SHIPPED_CALENDAR.addWorkingDays(heldOn, 5 + Math.floor(random() * 10)) });
      const draft = addCalendarDays(heldOn, 200);
      record(context, caseId, 'factual-accuracy', { agency, sentOn: draft, returnedOn: SHIPPED_CALENDAR.addWorkingDays(draft, 5 + Math.floor(random() * 10)), comments: '' });
      const published = addCalendarDays(heldOn, 300);
      record(context, caseId, 'publication', { decision: 'publish', publicationDate: published, panelCopySentOn: addCalendarDays(published, -(5 + Math.floor(random() * 10))), removalDate: null });
    }
  }
  return { caseId, reviewDecidedOn: decidedOn };
}

export function seedDecade(session: Session): SeededDecade {
  return session.store.change((db, audit) => {
    const random = seededRandom(20_160_401);
    const now = new Date().toISOString();
    const insertTheme = db.prepare('INSERT INTO learning_themes (name, retired, created_at) VALUES (?, ?, ?)');
    NEW_THEMES.forEach((name, index) => insertTheme.run(name, index === 0 ? 1 : 0, now));
    const partnerRows = db.prepare('SELECT o.name, p.partner FROM statutory_partners p JOIN organisations o ON o.id = p.organisation_id').all() as Array<{ name: string; partner: string }>;
    const partnerName = (partner: string) => partnerRows.find((row) => row.partner === partner)!.name;
    const context: Context = {
      random,
      statements: statements(db),
      userId: session.userId,
      now,
      agencies: db.prepare('SELECT id, name FROM organisations ORDER BY id').all() as Array<{ id: number; name: string }>,
      partners: { la: partnerName('local-authority'), police: partnerName('police'), health: partnerName('health') },
      themeIds: (db.prepare('SELECT id FROM learning_themes').all() as Array<{ id: number }>).map((row) => row.id),
      counts: { reviews: 0, actions: 0, summaries: 0 },
    };
    const caseIds: number[] = [];
    const reviewed: Array<{ caseId: number; decidedOn: string }> = [];
    for (let index = 1; index <= REFERRALS; index += 1) {
      const seeded = seedCase(context, index);
      caseIds.push(seeded.caseId);
      if (seeded.reviewDecidedOn !== null) reviewed.push({ caseId: seeded.caseId, decidedOn: seeded.reviewDecidedOn });
    }
    // The actions shared out over the reviewed cases, the first few taking one more.
    reviewed.forEach((review, index) => actionPlan(context, review.caseId, review.decidedOn, Math.floor(ACTIONS / reviewed.length) + (index < ACTIONS % reviewed.length ? 1 : 0)));
    const insertEvent = db.prepare(
      `INSERT INTO learning_events (kind, title, held_on, audience, attendance, feedback_responses, understand_better, recorded_by, recorded_at) VALUES (?, 'Invented session', ?, 'Practitioners', ?, ?, ?, ?, ?)`,
    );
    for (let index = 0; index < EVENTS; index += 1) {
      const attendance = 5 + Math.floor(random() * 40);
      const responses = Math.floor(random() * attendance);
      insertEvent.run(random() < 0.5 ? 'learning-event' : 'reflective-session', dateIn(random, DECADE.from, DECADE_DAYS), attendance, responses, Math.floor(random() * (responses + 1)), session.userId, now);
    }
    const insertFeedback = db.prepare(`INSERT INTO family_feedback (case_id, received_on, sensitive, comments, recorded_by, recorded_at) VALUES (?, ?, ?, '', ?, ?)`);
    for (let index = 0; index < FAMILY_FEEDBACK; index += 1) insertFeedback.run(pick(random, caseIds), dateIn(random, DECADE.from, DECADE_DAYS), pick(random, ['yes', 'partly', 'no']), session.userId, now);
    const insertRepeat = db.prepare(`INSERT OR IGNORE INTO repeat_incidents (case_id, earlier_case_id, note, flagged_by, flagged_at) VALUES (?, ?, '', ?, ?)`);
    for (let index = 0; index < REPEATS; index += 1) {
      const later = caseIds[1 + Math.floor(random() * (caseIds.length - 1))]!;
      const earlier = caseIds[Math.floor(random() * caseIds.indexOf(later))]!;
      insertRepeat.run(later, earlier, session.userId, now);
    }
    const clocks = clockContext(db);
    for (const caseId of caseIds) syncClocks(db, caseId, clocks);
    const clockCount = (db.prepare('SELECT count(*) AS n FROM case_clocks').get() as { n: number }).n;
    audit({ actorId: session.userId, action: 'bench.figures-seeded', recordType: 'store', recordId: 'bench', details: { referrals: REFERRALS, actions: context.counts.actions } });
    return { referrals: REFERRALS, reviews: context.counts.reviews, actions: context.counts.actions, clocks: clockCount, summaries: context.counts.summaries };
  });
}
