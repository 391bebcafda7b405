import type { MouseEvent } from 'react';
import { LEARNING_TABS, type LearningTab, type Navigate } from '../session/places.ts';

export const LEARNING_TAB_LABELS: Readonly<Record<LearningTab, string>> = {
  themes: 'Themes',
  events: 'Learning events',
  'good-practice': 'Good practice',
};

/**
 * The Learning page's three views, drawn as GOV.UK tabs. Each is a place of its own (the menu and
 * a case can link straight to one), so they are links that move there with aria-current on the
 * one shown, rather than the tab widget's panels that all load at once.
 */
export function LearningTabs({ current, navigate }: { readonly current: LearningTab; readonly navigate: Navigate }) {
  const go = (event: MouseEvent<HTMLAnchorElement>, tab: LearningTab) => {
    event.preventDefault();
    navigate({ name: 'learning', tab });
  };
  return (
    <nav aria-label="Learning" data-testid="learning-tabs">
      <ul className="govuk-tabs__list">
        {LEARNING_TABS.map((tab) => (
          <li key={tab} className={`govuk-tabs__list-item${tab === current ? ' govuk-tabs__list-item--selected' : ''}`}>
            <a className="govuk-tabs__tab" href={`#learning-${tab}`} aria-current={tab === current ? 'page' : undefined} onClick={(event) => go(event, tab)}>
              {LEARNING_TAB_LABELS[tab]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
