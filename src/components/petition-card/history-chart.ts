import { html, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { HistoryResolution } from '../../protocol/common.js';
import type { PetitionHistoryPoint } from '../../protocol/petitions.js';

/* The history's chart and table: their own chunk, loaded the first time "Signatures over time" opens. */

/** Width and height of the chart's coordinate space; the SVG stretches it to the card's width. */
export const CHART_WIDTH = 300;
export const CHART_HEIGHT = 100;

const BUCKET_MS: Readonly<Record<HistoryResolution, number>> = { hour: 3_600_000, day: 86_400_000 };

/** One row of the history table: a UTC day and the count at its end. */
export interface HistoryDay {
  /** `YYYY-MM-DD`, the UTC day (buckets start on UTC hours and days). */
  readonly day: string;
  readonly count: number;
}

/** The count at the end of each UTC day that has a point, oldest first. */
export function historyDays(points: readonly PetitionHistoryPoint[]): HistoryDay[] {
  const days = new Map<string, number>();
  for (const point of points) days.set(new Date(point.at).toISOString().slice(0, 10), point.count);
  return [...days].map(([day, count]) => ({ day, count }));
}

/**
 * The SVG path of the count as a step line: each bucket's count holds from its start to the next
 * bucket, and the last one to the end of its bucket. Time runs along x, the count up y from 0.
 */
export function historyPath(points: readonly PetitionHistoryPoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const start = Date.parse(first.at);
  const span = Date.parse(last.at) + BUCKET_MS[last.resolution] - start;
  const top = Math.max(1, ...points.map((p) => p.count));
  const x = (at: string): string => round(((Date.parse(at) - start) / span) * CHART_WIDTH);
  const y = (count: number): string => round(CHART_HEIGHT - (count / top) * CHART_HEIGHT);
  const steps = points.map((p, i) => (i === 0 ? `M${x(p.at)} ${y(p.count)}` : `H${x(p.at)}V${y(p.count)}`));
  return `${steps.join('')}H${CHART_WIDTH}`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A point's time in words: the hour for hourly buckets, the UTC day for daily ones. */
function pointTime(point: PetitionHistoryPoint, localize: LocalizeController): string {
  return point.resolution === 'hour'
    ? localize.date(point.at, { dateStyle: 'medium', timeStyle: 'short' })
    : localize.date(point.at, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** The chart, named by what it shows in words; the dates and the top count beside it repeat that. */
export function renderHistoryChart(
  points: readonly PetitionHistoryPoint[],
  localize: LocalizeController,
): TemplateResult {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const label = localize.term('petition.history.chartLabel', {
    from: localize.number(first.count),
    start: pointTime(first, localize),
    to: localize.number(last.count),
    end: pointTime(last, localize),
  });
  return html`<figure class="history-chart">
    <p class="history-top" aria-hidden="true">${localize.number(Math.max(...points.map((p) => p.count)))}</p>
    <svg
      role="img"
      aria-label=${label}
      viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}"
      preserveAspectRatio="none"
      focusable="false"
    >
      ${svg`<path class="history-axis" d="M0 ${CHART_HEIGHT}H${CHART_WIDTH}" vector-effect="non-scaling-stroke"></path>
      <path class="history-line" d=${historyPath(points)} vector-effect="non-scaling-stroke"></path>`}
    </svg>
    <p class="history-dates" aria-hidden="true">
      <span>${pointTime(first, localize)}</span><span>${pointTime(last, localize)}</span>
    </p>
  </figure>`;
}

/** The table alternative: the count at the end of each day. */
export function renderHistoryTable(
  points: readonly PetitionHistoryPoint[],
  localize: LocalizeController,
  open: boolean,
): TemplateResult {
  return html`<table id="history-table" aria-labelledby="history-toggle" ?hidden=${!open}>
    <thead>
      <tr>
        <th scope="col">${localize.term('petition.history.date')}</th>
        <th scope="col" class="numeric">${localize.term('petition.history.count')}</th>
      </tr>
    </thead>
    <tbody>
      ${historyDays(points).map(
        (row) =>
          html`<tr>
            <th scope="row">
              <time datetime=${row.day}
                >${localize.date(`${row.day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })}</time
              >
            </th>
            <td class="numeric">${localize.number(row.count)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
