import { useId } from "react";

/**
 * A bar chart drawn on the server as SVG: no chart library, no script. The
 * same numbers are in a table next to it for screen readers and copying.
 */
export function WeeklyChart({
  title,
  description,
  series,
  weekLabel,
  valueLabel,
  hiddenValue = "—",
  formatWeek,
}: {
  title: string;
  description: string;
  /** A week's value is null when it may not be shown; the table says this instead. */
  series: { week: string; lessons: number | null }[];
  weekLabel: string;
  valueLabel: string;
  hiddenValue?: string;
  formatWeek: (week: string) => string;
}) {
  const id = useId();
  const max = Math.max(1, ...series.map((s) => s.lessons ?? 0));
  const barWidth = 100 / series.length;
  return (
    <figure className="chart">
      <svg viewBox="0 0 100 50" role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="none">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1="0" y1="45" x2="100" y2="45" className="chart-axis" />
        {series.map((s, i) => {
          // A hidden week draws no bar: its height would give the figure away.
          const height = (40 * (s.lessons ?? 0)) / max;
          return <rect key={s.week} x={i * barWidth + barWidth * 0.15} y={45 - height} width={barWidth * 0.7} height={height} className="chart-bar" />;
        })}
      </svg>
      <figcaption>{title}</figcaption>
      <details>
        <summary>{description}</summary>
        <table className="summary">
          <thead>
            <tr>
              <th scope="col">{weekLabel}</th>
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.week}>
                <td>{formatWeek(s.week)}</td>
                <td>{s.lessons ?? hiddenValue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
