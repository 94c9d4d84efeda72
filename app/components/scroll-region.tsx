import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A wide table that scrolls sideways on a phone while the page itself never
 * does. It takes keyboard focus so that it can be scrolled without a pointer
 * (WCAG 2.1.1), and says what it is to screen readers.
 */
export function ScrollRegion({ children, describedBy }: { children: ReactNode; describedBy?: string }) {
  const { t } = useTranslation();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div className="table-scroll" role="region" aria-label={t("scrollRegion")} tabIndex={0} aria-describedby={describedBy}>
      {children}
    </div>
  );
}
