import type { NodeProps } from '@xyflow/react';
import { memo, useMemo, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID, SHOW_GRID } from '../../../../shared/domain/map';
import { select } from '../store/canvasStore';
import type { CurveDot, CurveNode } from './types';
import { wrapLabel } from './wrapLabel';

/**
 * The band's geometry and type sizes: in the editor, and when presenting (every text at 20
 * flow pixels or more, room below the plot for a low's label of up to three lines).
 */
interface Metrics {
  height: number;
  top: number;
  bottom: number;
  title: number;
  titleY: number;
  small: number;
  label: number;
  labelGap: number;
  line: number;
  lines: number;
  hover: number;
}
const EDIT: Metrics = { height: GRID.curveHeight, top: 24, bottom: 28, title: 15, titleY: 20, small: 11, label: 11.5, labelGap: 24, line: 14, lines: 1, hover: 12 };
const SHOW: Metrics = { height: SHOW_GRID.curveHeight, top: 44, bottom: 86, title: 22, titleY: 30, small: 20, label: 20, labelGap: 28, line: 23, lines: 3, hover: 20 };
const plotOf = (m: Metrics) => m.height - m.top - m.bottom;
const FILL: Record<number, string> = { [-2]: '#d55e00', [-1]: '#e69f00', 0: '#8a94a6', 1: '#56b4e9', 2: '#0072b2' };
const LOW = '#d55e00';
const R = 6;
/** Below this spacing between points, lows are not labelled (the hover label still names them). */
const LABEL_ROOM = 36;

/** Shortens a low's label to the room it has: CJK characters are about twice as wide as Latin. */
function fit(title: string, room: number): string {
  let width = 0;
  let out = '';
  for (const ch of title) {
    width += ch.charCodeAt(0) > 0x2e80 ? 12 : 6.5;
    if (width > room - 8) return out ? `${out}…` : '';
    out += ch;
  }
  return out;
}

const circle = (x: number, y: number, r: number) => `M${(x - r).toFixed(1)},${y.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;

/** All points as one path per colour, so a curve of hundreds of points stays a handful of elements. */
function usePaths(dots: CurveDot[], yOf: (v: number) => number) {
  return useMemo(() => {
    const byValue = new Map<number, string[]>();
    const lows: string[] = [];
    const unrated: string[] = [];
    const line: string[] = [];
    for (const d of dots) {
      if (d.value === null) {
        unrated.push(circle(d.x, yOf(0), 3));
        continue;
      }
      const y = yOf(d.value);
      line.push(`${line.length ? 'L' : 'M'}${d.x.toFixed(1)},${y.toFixed(1)}`);
      (byValue.get(d.value) ?? byValue.set(d.value, []).get(d.value)!).push(circle(d.x, y, R));
      if (d.low) lows.push(circle(d.x, y, 10));
    }
    return { line: line.join(''), byValue: [...byValue.entries()], lows: lows.join(''), unrated: unrated.join('') };
  }, [dots, yOf]);
}

/**
 * The emotion curve across the top of the map: emotion − 3 per touchpoint in journey order,
 * spread across its stage column; unrated touchpoints are skipped by the line; lows
 * (emotion ≤ 2) get a vermillion ring and, where there is room, their title. Pointing at a
 * point names it; clicking selects its card. Styling is in SVG attributes so exports match.
 */
function EmotionCurveView({ data, width }: NodeProps<CurveNode>) {
  const { t } = useTranslation();
  const w = width ?? 0;
  const m = data.show ? SHOW : EDIT;
  const TOP = m.top;
  const PLOT = plotOf(m);
  /** y of a curve value (−2 … +2) inside the band. */
  const yOf = useMemo(() => (v: number) => m.top + ((2 - v) / 4) * plotOf(m), [m]);
  const paths = usePaths(data.dots, yOf);
  const [hover, setHover] = useState<CurveDot | null>(null);
  const rated = data.dots.filter((d) => d.value !== null);
  const lowCount = rated.filter((d) => d.low).length;

  const nearest = (e: PointerEvent<SVGSVGElement>): CurveDot | null => {
    const m = e.currentTarget.getScreenCTM();
    if (!m) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    let best: CurveDot | null = null;
    let dist = 14 * 14;
    for (const d of data.dots) {
      const dx = d.x - p.x;
      const dy = yOf(d.value ?? 0) - p.y;
      if (dx * dx + dy * dy < dist) {
        dist = dx * dx + dy * dy;
        best = d;
      }
    }
    return best;
  };

  return (
    <div className="ja-curve">
      <svg
        width={w}
        height={m.height}
        role="img"
        aria-label={t('editor.curve.aria', { count: rated.length, lows: lowCount })}
        onPointerMove={(e) => setHover(nearest(e))}
        onPointerLeave={() => setHover(null)}
        onClick={(e) => {
          const d = nearest(e as unknown as PointerEvent<SVGSVGElement>);
          if (d) select([d.id]);
        }}
        className={hover ? 'is-pointing' : undefined}
      >
        <rect x={data.left} y={TOP} width={w - data.left} height={PLOT / 2} fill="#0072b2" fillOpacity={0.06} />
        <rect x={data.left} y={TOP + PLOT / 2} width={w - data.left} height={PLOT / 2} fill="#d55e00" fillOpacity={0.07} />
        {data.stages.map((s) => (
          <line key={s.id} x1={s.x} x2={s.x} y1={TOP - 6} y2={TOP + PLOT + 6} stroke="#e3e7ee" />
        ))}
        {[2, 1, 0, -1, -2].map((v) => (
          <g key={v}>
            <line x1={data.left} x2={w} y1={yOf(v)} y2={yOf(v)} stroke={v === 0 ? '#8a94a6' : '#eceff3'} strokeDasharray={v === 0 ? '4 4' : undefined} />
            <text x={data.left - 8} y={yOf(v) + m.small * 0.35} fontSize={m.small} fill="#5c6878" textAnchor="end">
              {v > 0 ? `+${v}` : v === 0 ? '0' : `−${-v}`}
            </text>
          </g>
        ))}
        <text x={12} y={m.titleY} fontSize={m.title} fontWeight={700} fill="#1f2329">
          {t('editor.curve.title')}
        </text>
        <text x={12} y={TOP + PLOT / 2 + m.small * 0.35} fontSize={m.small} fill="#5c6878">
          {t('editor.curve.axis')}
        </text>
        {paths.line ? <path d={paths.line} fill="none" stroke="#34445a" strokeWidth={2} strokeLinejoin="round" /> : null}
        {paths.unrated ? <path d={paths.unrated} fill="#fff" stroke="#b7bec9" strokeWidth={1.5} /> : null}
        {paths.lows ? <path d={paths.lows} fill="none" stroke={LOW} strokeWidth={2.5} /> : null}
        {paths.byValue.map(([v, d]) => (
          <path key={v} d={d.join('')} fill={FILL[v]} stroke="#fff" strokeWidth={1.5} />
        ))}
        {data.dots.map((d) => {
          if (!d.low || d.value === null || d.room < LABEL_ROOM) return null;
          // Presenting: the whole title, wrapped to the point's room; editing: one line, shortened.
          const lines = data.show ? wrapLabel(d.title, d.room - 12, m.label, m.lines) : [fit(d.title, d.room)];
          if (!lines[0]) return null;
          const y = Math.min(yOf(d.value) + m.labelGap, m.height - 4 - (lines.length - 1) * m.line);
          return (
            <text
              key={d.id}
              className="ja-curve-label"
              x={d.x}
              y={y}
              textAnchor="middle"
              fontSize={m.label}
              fontWeight={700}
              fill="#b84700"
              stroke="#fff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {lines.map((line, i) => (
                <tspan key={i} x={d.x} dy={i ? m.line : 0}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
        {hover ? (
          <g pointerEvents="none">
            <circle cx={hover.x} cy={yOf(hover.value ?? 0)} r={9} fill="none" stroke="#1f5fbf" strokeWidth={2} />
            <text
              x={Math.min(Math.max(hover.x, data.left + 80), w - 80)}
              y={Math.max(yOf(hover.value ?? 0) - 14, 12)}
              textAnchor="middle"
              fontSize={m.hover}
              fontWeight={700}
              fill="#1f2329"
              stroke="#fff"
              strokeWidth={4}
              paintOrder="stroke"
            >
              {hover.value === null
                ? t('editor.curve.unrated', { title: hover.title })
                : t('editor.curve.point', { title: hover.title, value: hover.value > 0 ? `+${hover.value}` : String(hover.value) })}
            </text>
          </g>
        ) : null}
      </svg>
    </div>
  );
}

export const EmotionCurve = memo(EmotionCurveView);
