/**
 * A progress bar as SVG (the CSP allows no inline styles), with the figure
 * also in text so it is never conveyed by the bar alone.
 */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <div className="progress">
      <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect x="0" y="0" width="100" height="8" rx="4" className="progress-track" />
        <rect x="0" y="0" width={width} height="8" rx="4" className="progress-fill" />
      </svg>
      <span>{label}</span>
    </div>
  );
}
