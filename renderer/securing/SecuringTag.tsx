import type { SecuringRow } from '../../shared/vault/securing.ts';
import { securingTag } from './securing-words.ts';

/** An agency's securing state as a tag, words and colour together. */
export function SecuringTag({ row }: { row: SecuringRow }) {
  const tag = securingTag(row);
  return (
    <strong className={`govuk-tag ${tag.tagClass}`} data-testid="securing-tag">
      {tag.words}
    </strong>
  );
}
