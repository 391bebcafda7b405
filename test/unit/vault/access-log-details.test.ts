import { describe, expect, it } from 'vitest';
import { eventWords, type NameOf } from '../../../main/vault/access-log-details.ts';

const PEOPLE: Record<string, string> = { 'u-1': 'Priya Natarajan', 'u-2': 'Tomasz Kowalczyk' };
const nameOf: NameOf = (id) => PEOPLE[id];
const words = (details: Record<string, unknown>) => eventWords(JSON.stringify(details), null, nameOf);

describe('an access-log event’s details in words', () => {
  it('puts the file and the purpose in their own columns, and nothing else in the detail', () => {
    expect(words({ path: 'Visits/Visit 1.pdf', purpose: 'Preparing the chronology', fileId: 4 })).toEqual({ file: 'Visits/Visit 1.pdf', purpose: 'Preparing the chronology', detail: '' });
  });

  it('names a damaged file by its path where the check kept it', () => {
    expect(words({ files: 12, damaged: [4, 9], damagedPaths: ['a.pdf', 'b/c.docx'] }).detail).toBe('12 files checked: 2 files damaged (a.pdf, b/c.docx)');
    expect(words({ files: 1, damaged: [] }).detail).toBe('1 file checked: all intact');
    expect(words({ files: 3, damaged: [7] }).detail).toBe('3 files checked: 1 file damaged (file number 7)');
  });

  it('says how much of a set a release wrote', () => {
    expect(words({ filesWritten: 2, files: 5, complete: false, purpose: 'Returning the records' })).toEqual({ file: null, purpose: 'Returning the records', detail: '2 of 5 files written, not finished' });
  });

  it('names the people of a hand-over, not their ids', () => {
    expect(words({ from: 'u-1', to: 'u-2', files: 3, byRecovery: true }).detail).toBe('Representative changed from Priya Natarajan to Tomasz Kowalczyk, with the agency’s recovery code. 3 files in the set');
    expect(words({ caseId: 3, agency: 'Housing', representativeId: 'u-1' }).detail).toBe('Representative: Priya Natarajan');
  });

  it('gives a destruction’s reason as written', () => {
    expect(words({ files: 2, reason: 'The agency asked for the set to be destroyed' }).detail).toBe('Reason: The agency asked for the set to be destroyed. 2 files in the set');
  });

  it('still shows a key it does not know, named in words', () => {
    expect(words({ attempted: 'release the set', reason: 'not-representative', ticketCount: 2 }).detail).toBe(
      'Attempted to release the set. Refused: they are not the set’s nominated representative. Ticket count: 2',
    );
  });

  it('says when retention erased the details, and shows nothing for details that are not there or not readable', () => {
    expect(eventWords(null, 'purposes-after-6-years', nameOf)).toEqual({ file: null, purpose: null, detail: 'Details erased under the retention rule “purposes-after-6-years”' });
    expect(eventWords(undefined, null, nameOf)).toEqual({ file: null, purpose: null, detail: '' });
    expect(eventWords('not json', null, nameOf).detail).toBe('');
  });
});
