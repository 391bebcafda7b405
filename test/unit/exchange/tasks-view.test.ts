/**
 * The tasks bundles open on an agency's install, as its people see them: each person their own,
 * those who may import bundles everyone's; a task's payload and files, whether it can still be
 * answered, and its files opened only when they still match what arrived (audited).
 *
 * The tasks are written straight into a real store, as the request flow would leave them, so
 * these tests do not wait on the flows' own tests.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMyTasks, readTask, readTaskFile } from '../../../main/exchange/tasks.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { insertBundleRow } from '../../../main/store/repositories/exchange-bundles.ts';
import { insertTask, insertTaskFile, markTaskAnswered, type NewTask } from '../../../main/store/repositories/exchange-tasks.ts';
import { ADMIN } from '../helpers/temp-store.ts';
import { makeInstall, trust, type Install } from './installs.ts';

const REPRESENTATIVE = 'Nina Representative';
const PANEL_MEMBER = 'Sam Panelmember';
const PASSPHRASE = 'copper meadow lantern';
const TEMPLATE = Buffer.from('PK synthetic workbook bytes');

describe('the tasks bundles open on an install', () => {
  let police: Install;
  let partnership: Install;
  let representative: Session;
  let panelMember: Session;
  let requestTask: number;
  let decisionTask: number;
  let templateFile: number;

  function openTask(session: Session, task: Omit<NewTask, 'receivedId' | 'contactId'> & { contactId: number }, bundleNumber: number): number {
    return session.store.change((db, audit) => {
      const receivedId = insertBundleRow(db, {
        bundleId: `00000000-0000-4000-8000-${String(bundleNumber).padStart(12, '0')}`,
        direction: 'received',
        kind: task.kind === 'decision-request' ? 'decision-request' : task.kind,
        contactId: task.contactId,
        caseId: null,
        ourReference: null,
        theirReference: task.theirReference,
        inReplyTo: null,
        subject: null,
        sha256: '0'.repeat(64),
        size: 1,
        summary: ['A synthetic bundle'],
        byUser: session.userId,
        at: new Date().toISOString(),
      });
      const id = insertTask(db, { ...task, receivedId });
      audit({ actorId: session.userId, action: 'exchange.bundle-received', recordType: 'task', recordId: id });
      return id;
    });
  }

  beforeAll(async () => {
    police = await makeInstall('Greater Manchester Police', 'Public Protection desk');
    partnership = await makeInstall('Salford Safeguarding Children Partnership', 'Business Unit desk 1');
    const from = trust(police, partnership);
    await addUser(police.session, { name: REPRESENTATIVE, role: 'nominated-representative', organisation: 'Greater Manchester Police', passphrase: PASSPHRASE });
    await addUser(police.session, { name: PANEL_MEMBER, role: 'screening-panel', organisation: 'Greater Manchester Police', passphrase: PASSPHRASE });
    representative = await unlock(police.temp.folder, REPRESENTATIVE, PASSPHRASE);
    panelMember = await unlock(police.temp.folder, PANEL_MEMBER, PASSPHRASE);
    requestTask = openTask(
      police.session,
      {
        kind: 'request',
        contactId: from,
        theirReference: 'PRM-2026-004',
        payload: { requestId: 3, partnership: 'Salford Safeguarding Children Partnership', agency: 'Greater Manchester Police', dueOn: '2026-07-01', templateItem: 1, letterItem: null },
        assignedTo: representative.userId,
        dueOn: '2026-07-01',
      },
      1,
    );
    decisionTask = openTask(
      police.session,
      {
        kind: 'decision-request',
        contactId: from,
        theirReference: 'PRM-2026-005',
        payload: { recordId: 40, personName: 'Ada Partner', question: 'Do you endorse the outcome?', replyBy: null },
        assignedTo: police.session.userId,
        dueOn: null,
      },
      2,
    );
    templateFile = police.session.store.change((db, audit) => {
      const id = insertTaskFile(db, requestTask, { name: 'PRM-2026-004 chronology template.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sha256: createHash('sha256').update(TEMPLATE).digest('hex'), content: TEMPLATE });
      audit({ actorId: police.session.userId, action: 'test.task-file-added', recordType: 'task', recordId: requestTask });
      return id;
    });
  });
  afterAll(() => {
    for (const session of [representative, panelMember]) if (session !== undefined && !session.locked) session.lock();
    police?.temp.cleanup();
    partnership?.temp.cleanup();
  });

  it('lists a person’s own tasks with a title saying who asks what, for which of their cases', () => {
    expect(listMyTasks(representative)).toEqual([
      {
        id: requestTask,
        kind: 'request',
        title: 'Information request from Salford Safeguarding Children Partnership for case PRM-2026-004',
        from: { organisation: 'Salford Safeguarding Children Partnership', installName: 'Business Unit desk 1' },
        theirReference: 'PRM-2026-004',
        dueOn: '2026-07-01',
        state: 'open',
        assignedTo: REPRESENTATIVE,
        receivedAt: expect.any(String),
        answeredAt: null,
      },
    ]);
    expect(listMyTasks(panelMember)).toEqual([]);
  });

  it('lists everyone’s tasks for those who may import bundles', () => {
    const tasks = listMyTasks(police.session);
    expect(tasks.map((task) => [task.id, task.assignedTo])).toEqual([
      [requestTask, REPRESENTATIVE],
      [decisionTask, ADMIN],
    ]);
    expect(tasks[1]!.title).toBe('Decision asked of Ada Partner by Salford Safeguarding Children Partnership for case PRM-2026-005');
  });

  it('opens a task with its payload and files for the person it was given to', () => {
    const task = readTask(representative, requestTask);
    expect(task).toMatchObject({ id: requestTask, canAnswer: true, payload: { requestId: 3, templateItem: 1 } });
    expect(task.files).toEqual([{ id: templateFile, name: 'PRM-2026-004 chronology template.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: TEMPLATE.length }]);
    expect(readTask(police.session, requestTask).canAnswer).toBe(true);
  });

  it('refuses a task given to someone else, and audits the refusal', () => {
    expect(() => readTask(panelMember, requestTask)).toThrow('You are not allowed to open a task given to someone else.');
    expect(() => readTaskFile(panelMember, requestTask, templateFile)).toThrow('You are not allowed to open a task given to someone else.');
    expect(() => readTask(representative, decisionTask)).toThrow('You are not allowed to open a task given to someone else.');
    const refusals = police.session.store.db.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'access.refused'").get() as { n: number };
    expect(refusals.n).toBe(3);
    expect(() => readTask(representative, 999)).toThrow('There is no task 999 on this install.');
  });

  it('gives a task’s file as it arrived, and audits who opened it', () => {
    const file = readTaskFile(representative, requestTask, templateFile);
    expect(file.fileName).toBe('PRM-2026-004 chronology template.xlsx');
    expect(Buffer.from(file.contentBase64, 'base64').equals(TEMPLATE)).toBe(true);
    const opened = police.session.store.db
      .prepare("SELECT e.actor_id AS actor, e.record_id AS task, d.body FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = 'exchange.task-file-opened'")
      .all();
    expect(opened).toEqual([{ actor: representative.userId, task: String(requestTask), body: JSON.stringify({ fileId: templateFile, name: 'PRM-2026-004 chronology template.xlsx', sha256: createHash('sha256').update(TEMPLATE).digest('hex') }) }]);
    expect(() => readTaskFile(representative, requestTask, templateFile + 50)).toThrow(`Task ${requestTask} has no such file.`);
    expect(() => readTaskFile(police.session, decisionTask, templateFile)).toThrow(`Task ${decisionTask} has no such file.`);
  });

  it('refuses a file that no longer matches what arrived', () => {
    police.session.store.db.prepare('UPDATE exchange_task_files SET content = ? WHERE id = ?').run(Buffer.from('PK altered workbook bytes'), templateFile);
    expect(() => readTaskFile(representative, requestTask, templateFile)).toThrow(/no longer matches the file that arrived with the bundle/);
    police.session.store.db.prepare('UPDATE exchange_task_files SET content = ? WHERE id = ?').run(TEMPLATE, templateFile);
  });

  it('shows an answered task as answered, and no longer to be answered', () => {
    police.session.store.change((db, audit) => {
      markTaskAnswered(db, requestTask, '00000000-0000-4000-8000-000000000099', '2026-06-20T10:00:00.000Z');
      audit({ actorId: representative.userId, action: 'exchange.bundle-sent', recordType: 'task', recordId: requestTask });
    });
    const task = readTask(representative, requestTask);
    expect(task).toMatchObject({ state: 'answered', answeredAt: '2026-06-20T10:00:00.000Z', canAnswer: false });
    // Open tasks come first.
    expect(listMyTasks(police.session).map((summary) => summary.id)).toEqual([decisionTask, requestTask]);
  });
});
