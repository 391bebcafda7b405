/**
 * The figures for the period last asked for. A new period is checked here first (with the
 * shared schema, so its messages are main's own), then counted by main; while it is counted
 * the figures already shown stay, and only the answer to the latest request is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { problemsFromIssues, type ErrorValue, type Problem } from '../../shared/errors.ts';
import { financialYearOf, figuresPeriod, type FiguresPeriod, type FiguresView } from '../../shared/figures/figures.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import type { FieldError } from '../components/field-errors.ts';
import { loadFromError, type ViewLoad } from '../components/view-load.ts';
import { useApi } from '../session/api-context.tsx';

/** The period's date boxes: the day box's id, which an error summary's link moves to. */
export const PERIOD_FIELDS: Readonly<Record<keyof FiguresPeriod, string>> = { from: 'figures-from', to: 'figures-to' };

export interface FiguresOnScreen {
  /** The period last asked for (which the figures shown are for, once counted). */
  readonly asked: FiguresPeriod;
  readonly load: ViewLoad<FiguresView>;
  /** A new period is being counted while the last figures stay on screen. */
  readonly refreshing: boolean;
  readonly errors: readonly FieldError[];
  /** Today as main last said, or as this computer says before main has answered. */
  readonly today: string;
  readonly ask: (period: FiguresPeriod) => void;
  readonly retry: () => void;
}

export function useFigures(): FiguresOnScreen {
  const call = useApi();
  const [today, setToday] = useState(() => todayInLondon());
  const [asked, setAsked] = useState<FiguresPeriod>(() => financialYearOf(today));
  const [load, setLoad] = useState<ViewLoad<FiguresView>>({ state: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    setRefreshing(true);
    void call('figures.get', asked).then((result) => {
      if (request !== latest.current) return;
      setRefreshing(false);
      if (result.ok) {
        setErrors([]);
        setToday(result.value.today);
        setLoad({ state: 'loaded', view: result.value });
        return;
      }
      if (result.error.code === 'INVALID_INPUT') {
        setErrors(periodErrors(result.error));
        setLoad((current) => (current.state === 'loaded' ? current : { state: 'failed', message: result.error.message }));
        return;
      }
      const notLoaded = loadFromError(result.error);
      if (notLoaded !== null) setLoad(notLoaded);
    });
  }, [call, asked, attempt]);

  const ask = useCallback((period: FiguresPeriod) => {
    const checked = figuresPeriod.safeParse(period);
    if (!checked.success) {
      setErrors(fieldErrors(problemsFromIssues(checked.error.issues)));
      return;
    }
    setErrors([]);
    setAsked(checked.data);
  }, []);

  const retry = useCallback(() => {
    setLoad({ state: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  return { asked, load, refreshing, errors, today, ask, retry };
}

function periodErrors(error: ErrorValue): FieldError[] {
  const problems = error.problems ?? [];
  return problems.length === 0 ? [{ message: error.message }] : fieldErrors(problems);
}

/** Main names a problem by its path in the period ("to"); the form by its date box's id. */
function fieldErrors(problems: readonly Problem[]): FieldError[] {
  return problems.map((problem) => {
    const field = problem.path === 'from' || problem.path === 'to' ? PERIOD_FIELDS[problem.path] : undefined;
    return field === undefined ? { message: problem.message } : { field, message: problem.message };
  });
}
