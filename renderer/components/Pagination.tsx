import type { MouseEvent } from 'react';
import { pageNumbers } from './page-numbers.ts';

export interface PaginationProps {
  readonly page: number;
  readonly count: number;
  readonly onPage: (page: number) => void;
  /** What is being paged through, for screen readers: "Pages of cases". */
  readonly label: string;
  readonly testId?: string;
}

/** GOV.UK's pagination. Links, as GOV.UK has them, that change the page without an address. */
export function Pagination({ page, count, onPage, label, testId }: PaginationProps) {
  if (count <= 1) return null;
  const go = (event: MouseEvent<HTMLAnchorElement>, target: number) => {
    event.preventDefault();
    onPage(target);
  };
  return (
    <nav className="govuk-pagination" aria-label={label} data-testid={testId}>
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <a className="govuk-link govuk-pagination__link" href={`#page-${page - 1}`} rel="prev" onClick={(event) => go(event, page - 1)}>
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {pageNumbers(page, count).map((number, index, numbers) =>
          number === null ? (
            <li className="govuk-pagination__item govuk-pagination__item--ellipses" key={`after-${numbers[index - 1] ?? 0}`}>
              &ctdot;
            </li>
          ) : (
            <li className={`govuk-pagination__item${number === page ? ' govuk-pagination__item--current' : ''}`} key={number}>
              <a
                className="govuk-link govuk-pagination__link"
                href={`#page-${number}`}
                aria-label={`Page ${number}`}
                aria-current={number === page ? 'page' : undefined}
                onClick={(event) => go(event, number)}
              >
                {number}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < count ? (
        <div className="govuk-pagination__next">
          <a className="govuk-link govuk-pagination__link" href={`#page-${page + 1}`} rel="next" onClick={(event) => go(event, page + 1)}>
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </a>
        </div>
      ) : null}
    </nav>
  );
}
