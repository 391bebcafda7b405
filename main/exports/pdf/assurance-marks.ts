/** The colour the assurance report marks overdue actions with: GOV.UK's error red, always beside the word. */
import { rgb } from 'pdf-lib';

export const OVERDUE_RED = rgb(0.831, 0.208, 0.11);
