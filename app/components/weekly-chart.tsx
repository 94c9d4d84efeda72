import { useId } from "react";

/** The top of the value scale: a round number at or above the largest value, with at most four steps. */
export function chartScale(max: number): { top: number; ticks: number[] } {
  const steps = [1, 2, 5];
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = steps.map((s) => s * magnitude).find((s) => Math.ceil(max / s) <= 4);
    if (found) {
      step = found;
      break;
    }
  }
  const top = Math.max(step, step * Math.ceil(max / step));
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

/**
 * Lessons per week as horizontal bars: a week per row, its date on the left,
 * its value at the bar's end, a labelled scale below. Bars are SVG (the CSP
 * allows no inline styles) sized in percent of their row; every word and
 * figure is HTML or SVG text at the page's own size, so a phone reads it
 * as well as a desktop. The drawing is hidden from screen readers, who get
 * the same figures as a table.
 */
export function WeeklyChart({
  title,
  description,
  series,
  weekLabel,
  valueLabel,
  legendLabel,
  hiddenValue,
  hiddenLegend,
  formatWeek,
  formatWeekShort,
}: {
  title: string;
  description: string;
  /** A week's value is null when it may not be shown; the chart and table say so instead. */
  series: { week: string; lessons: number | null }[];
  weekLabel: string;
  valueLabel: string;
  legendLabel: string;
  hiddenValue: string;
  hiddenLegend: string;
  formatWeek: (week: string) => string;
  formatWeekShort: (week: string) => string;
}) {
  const id = useId();
  const { top, ticks } = chartScale(Math.max(0, ...series.map((s) => s.lessons ?? 0)));
  const at = (value: number) => `${(100 * value) / top}%`;
  const anyHidden = series.some((s) => s.lessons === null);
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong className="chart-title">{title}</strong>
        <span className="chart-desc">{description}</span>
      </figcaption>
      <div className="chart-plot" aria-hidden="true">
        <span className="chart-axis-title">{weekLabel}</span>
        <span className="chart-axis-title chart-value-title">{valueLabel}</span>
        {series.map((s) => (
          <div className="chart-row" key={s.week}>
            <span className="chart-week">{formatWeekShort(s.week)}</span>
            <svg className="chart-track" focusable="false">
              {ticks.map((tick) => (
                <line key={tick} x1={at(tick)} x2={at(tick)} y1="0" y2="100%" className="chart-grid" />
              ))}
              {s.lessons === null ? (
                <text x="4" y="50%" dominantBaseline="central" className="chart-value chart-hidden">
                  {hiddenValue}
                </text>
              ) : (
                <>
                  <rect x="0" y="20%" height="60%" width={at(s.lessons)} className="chart-bar" />
                  {/* The value sits just past the bar's end, or inside it when the bar is near full width. */}
                  {s.lessons > top * 0.8 ? (
                    <text x={at(s.lessons)} dx="-6" y="50%" dominantBaseline="central" textAnchor="end" className="chart-value chart-value-inside">
                      {s.lessons}
                    </text>
                  ) : (
                    <text x={at(s.lessons)} dx="6" y="50%" dominantBaseline="central" className="chart-value">
                      {s.lessons}
                    </text>
                  )}
                </>
              )}
            </svg>
          </div>
        ))}
        <div className="chart-row chart-scale">
          <span />
          <svg className="chart-track" focusable="false">
            {ticks.map((tick, i) => (
              <text key={tick} x={at(tick)} y="50%" dominantBaseline="central" textAnchor={i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle"} className="chart-tick">
                {tick}
              </text>
            ))}
          </svg>
        </div>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <svg className="chart-swatch" viewBox="0 0 10 10" focusable="false">
            <rect width="10" height="10" className="chart-bar" />
          </svg>{" "}
          {legendLabel}
        </li>
        {anyHidden ? (
          <li>{hiddenLegend}</li>
        ) : null}
      </ul>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{weekLabel}</th>
            <th scope="col">{valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.week}>
              <th scope="row">{formatWeek(s.week)}</th>
              <td>{s.lessons ?? hiddenValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
