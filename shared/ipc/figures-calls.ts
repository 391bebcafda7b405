/** The annual figures for a period: on screen, and as a workbook or the annual report's PDF. */
import { z } from 'zod';
import { fileOutput } from '../evidence/letterhead.ts';
import { figuresPeriod, figuresView } from '../figures/figures.ts';
import type { CallDefinition } from './contract.ts';

function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

export const FIGURES_CALLS = {
  'figures.get': call({ input: figuresPeriod, output: figuresView, access: 'figures.read', action: 'see the annual figures' }),
  'figures.export': call({
    input: z.object({ period: figuresPeriod, format: z.enum(['pdf', 'xlsx'], { error: 'Choose PDF or spreadsheet' }) }).strict(),
    output: fileOutput,
    access: 'figures.read',
    action: 'export the annual figures',
  }),
} as const satisfies Record<string, CallDefinition>;
