/** The annual figures' calls (shared/ipc/figures-calls.ts) in terms of main/figures. */
import { FIGURES_CALLS } from '../../shared/ipc/figures-calls.ts';
import { readFigures } from '../figures/compute-figures.ts';
import { exportFigures } from '../figures/figures-export.ts';
import type { Handlers } from './handlers.ts';

type FiguresHandlers = Pick<Handlers, keyof typeof FIGURES_CALLS>;

export const FIGURES_HANDLERS: FiguresHandlers = {
  'figures.get': (desktop, input) => readFigures(desktop.requireSession(), { from: input.from, to: input.to }),
  'figures.export': (desktop, input) => exportFigures(desktop.requireSession(), input.period, input.format),
};
