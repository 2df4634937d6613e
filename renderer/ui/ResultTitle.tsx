import type { ReactNode } from 'react';

/** A Result title that is also the page's heading, so it is announced and findable by role. */
export function ResultTitle({ children }: { children: ReactNode }) {
  return <h1 className="ja-result-title">{children}</h1>;
}
