import { percentText } from './format.ts';

export interface Bar {
  key: string;
  label: string;
  /** 0–100, or null when there is nothing to show yet. */
  value: number | null;
}

const WIDTH = 540;
const LABEL_W = 250;
const VALUE_W = 60;
const ROW_H = 30;
const BAR_H = 18;

/**
 * Horizontal bars with their labels and values written out, in plain SVG: a handful of bars needs
 * no chart library, and the SVG prints as it shows. A null value shows a dash and no bar.
 */
export function AreaBarChart({ bars, title }: { bars: readonly Bar[]; title: string }) {
  const trackW = WIDTH - LABEL_W - VALUE_W;
  const height = bars.length * ROW_H + 8;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      <title>{title}</title>
      {bars.map((bar, i) => {
        const y = 4 + i * ROW_H;
        const w = bar.value === null ? 0 : Math.max(0, Math.min(100, bar.value)) * (trackW / 100);
        return (
          <g key={bar.key} data-testid={`bar-${bar.key}`}>
            <title>{`${bar.label}: ${percentText(bar.value)}`}</title>
            <text x={LABEL_W - 8} y={y + ROW_H / 2 + 4} text-anchor="end">
              {bar.label.length > 34 ? `${bar.label.slice(0, 32)}…` : bar.label}
            </text>
            <rect
              class="bar-track"
              x={LABEL_W}
              y={y + (ROW_H - BAR_H) / 2}
              width={trackW}
              height={BAR_H}
              rx={3}
            />
            <rect class="bar" x={LABEL_W} y={y + (ROW_H - BAR_H) / 2} width={w} height={BAR_H} rx={3} />
            <text class="bar-value" x={LABEL_W + trackW + 8} y={y + ROW_H / 2 + 4}>
              {percentText(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
