import type { RequestView } from '../../../shared/evidence/requests.ts';
import { requestDeadline } from './request-deadline.ts';

/** A request's deadline state as a tag, words and colour together. */
export function RequestDeadlineTag({ request, amberWorkingDays }: { request: RequestView; amberWorkingDays: number }) {
  const tag = requestDeadline(request, amberWorkingDays);
  return (
    <strong className={`govuk-tag ${tag.tagClass}`} data-testid={`deadline-${request.id}`}>
      {tag.words}
    </strong>
  );
}
