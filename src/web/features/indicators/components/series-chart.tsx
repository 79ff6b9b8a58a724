import type { SeriesPoint } from '../api/indicators.ts';

// A small SVG line chart of a series' actual and target figures, loaded lazily with the indicators section. It is an
// image for sighted readers: the table next to it carries the same figures for everyone (RGAA 1.x, 4.x).
const W = 560;
const H = 180;
const PAD = { l: 48, r: 12, t: 12, b: 28 };

export default function SeriesChart({ points, label }: { points: readonly SeriesPoint[]; label: string }) {
  const values = points.flatMap((p) => [p.actual, p.target]).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const x = (i: number) =>
    PAD.l + (points.length === 1 ? (W - PAD.l - PAD.r) / 2 : (i * (W - PAD.l - PAD.r)) / (points.length - 1));
  const y = (v: number) => PAD.t + (max === min ? 0 : ((max - v) * (H - PAD.t - PAD.b)) / (max - min));
  const line = (key: 'actual' | 'target') =>
    points
      .map((p, i) => (p[key] === null ? null : `${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`))
      .filter((s): s is string => s !== null)
      .join(' ');
  const ticks = [0, Math.floor((points.length - 1) / 2), points.length - 1].filter(
    (v, i, a) => a.indexOf(v) === i,
  );
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      style={{ width: '100%', maxWidth: W, height: 'auto' }}
    >
      <line x1={PAD.l} x2={W - PAD.r} y1={y(0)} y2={y(0)} stroke="#868e96" />
      <text x={PAD.l - 6} y={y(max) + 4} fontSize={11} textAnchor="end" fill="#343a40">
        {Math.round(max)}
      </text>
      <text x={PAD.l - 6} y={y(min) + 4} fontSize={11} textAnchor="end" fill="#343a40">
        {Math.round(min)}
      </text>
      {ticks.map((i) => (
        <text key={i} x={x(i)} y={H - 8} fontSize={11} textAnchor="middle" fill="#343a40">
          {points[i].period}
        </text>
      ))}
      <polyline points={line('target')} fill="none" stroke="#a61e4d" strokeWidth={2} strokeDasharray="6 4" />
      <polyline points={line('actual')} fill="none" stroke="#0e6b5a" strokeWidth={2.5} />
    </svg>
  );
}
