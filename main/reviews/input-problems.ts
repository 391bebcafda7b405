/** Refusing input with every problem at once, by its path in the call's input, so a form can show each beside its field. */
import { AppError, type Problem } from '../../shared/errors.ts';

export function refuseProblems(problems: readonly Problem[], prefix: string, what: string): never {
  const prefixed = problems.map((problem) => ({ path: problem.path === '' ? prefix.replace(/\.$/, '') : `${prefix}${problem.path}`, message: problem.message }));
  throw new AppError('INVALID_INPUT', prefixed.length === 1 ? `${prefixed[0]!.message}.` : `There are ${prefixed.length} problems with ${what}.`, prefixed);
}
