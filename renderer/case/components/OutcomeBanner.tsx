import { useEffect, useRef, type ReactNode } from 'react';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';

/**
 * The success banner for something just done on a section, taking focus when it appears: the
 * button pressed has often gone (a form closed, a move made), and focus must not fall to the
 * page's body. Give it a new `heading` (or key) for each outcome.
 */
export function OutcomeBanner({ heading, children }: { heading: string; children?: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [heading]);
  return (
    <div tabIndex={-1} ref={box} data-testid="outcome-banner">
      <SuccessBanner heading={heading}>{children}</SuccessBanner>
    </div>
  );
}
