/**
 * What a person may confirm or correct in each kind of decision asked of them: one choice, one
 * text and one date. The rest of the entry (the meeting, the panel, their name and organisation)
 * is carried over unchanged. Field ids are the record's own keys, so the shared record schema's
 * issues land beside the right field.
 */
import type { z } from 'zod';
import type { DecisionRequestPayload } from '../../shared/exchange/payloads.ts';
import { declarationRecord, endorsementRecord, SCREENING_DECISION_LABELS, SCREENING_DECISIONS, screeningRecord } from '../../shared/reviews/records.ts';
import { YES_NO, type ChoiceOption } from '../components/form/Radios.tsx';
import { booleanFrom, yesNoAnswer } from '../case/stages/answers.ts';

type Entry = DecisionRequestPayload['entry'];

export interface DecisionAnswers {
  readonly choice: string;
  readonly text: string;
  readonly date: string;
}

export interface DecisionFields {
  readonly choiceId: string;
  readonly choiceLegend: string;
  readonly choiceOptions: readonly ChoiceOption[];
  readonly inline: boolean;
  readonly textId: string;
  readonly textLabel: string;
  readonly textHint?: string;
  readonly dateId: string;
  readonly dateLabel: string;
  readonly initial: DecisionAnswers;
  readonly schema: z.ZodType;
  /** The whole entry with the person's answers in place, for the record schema to check. */
  build(answers: DecisionAnswers): Record<string, unknown>;
}

const SCREENING_OPTIONS = SCREENING_DECISIONS.map((value) => ({ value, label: SCREENING_DECISION_LABELS[value] }));

export function decisionFields(entry: Entry): DecisionFields {
  switch (entry.recordType) {
    case 'screening': {
      const data = entry.data;
      return {
        choiceId: 'decision',
        choiceLegend: 'What is the screening decision?',
        choiceOptions: SCREENING_OPTIONS,
        inline: false,
        textId: 'rationale',
        textLabel: 'Rationale for the decision',
        dateId: 'decidedOn',
        dateLabel: 'Date of the decision',
        initial: { choice: data.decision, text: data.rationale, date: data.decidedOn },
        schema: screeningRecord,
        build: ({ choice, text, date }) => ({ ...data, decision: choice === '' ? undefined : choice, rationale: text, decidedOn: date }),
      };
    }
    case 'endorsement': {
      const data = entry.data;
      return {
        choiceId: 'endorses',
        choiceLegend: 'Do you endorse the outcome?',
        choiceOptions: YES_NO,
        inline: true,
        textId: 'comment',
        textLabel: 'Your comment (optional)',
        textHint: 'If you do not endorse it, say why: it is escalated within the three partners.',
        dateId: 'recordedOn',
        dateLabel: 'Date of your endorsement',
        initial: { choice: yesNoAnswer(data.endorses), text: data.comment, date: data.recordedOn },
        schema: endorsementRecord,
        build: ({ choice, text, date }) => ({ ...data, endorses: booleanFrom(choice), comment: text, recordedOn: date }),
      };
    }
    case 'declaration': {
      const data = entry.data;
      return {
        choiceId: 'hasInterest',
        choiceLegend: 'Do you have an interest to declare?',
        choiceOptions: YES_NO,
        inline: true,
        textId: 'details',
        textLabel: 'Details of the interest (optional)',
        textHint: 'What the interest is, if you have one: a connection to the child, the family or a practitioner involved.',
        dateId: 'declaredOn',
        dateLabel: 'Date of the declaration',
        initial: { choice: yesNoAnswer(data.hasInterest), text: data.details, date: data.declaredOn },
        schema: declarationRecord,
        build: ({ choice, text, date }) => ({ ...data, hasInterest: booleanFrom(choice), details: text, declaredOn: date }),
      };
    }
  }
}
