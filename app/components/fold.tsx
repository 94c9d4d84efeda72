import type { ReactNode } from "react";

/**
 * A part of a long page that folds away: a native disclosure, so it opens
 * and closes without JavaScript and tells screen readers its state. The
 * summary reads as the part's heading; `note` says what is inside (a count).
 */
export function Fold({ id, title, note, open, children }: { id?: string; title: string; note?: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="fold" id={id} open={open || undefined}>
      <summary>
        <span className="fold-title">{title}</span>
        {note ? <span className="meta"> · {note}</span> : null}
      </summary>
      <div className="fold-body">{children}</div>
    </details>
  );
}
