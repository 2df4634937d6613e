/**
 * The journey map with the change overlay, as a standalone SVG string: stages as columns,
 * lanes as rows, and each touchpoint card coloured by what its linked survey items did
 * between the rounds (better / worse / no clear change / not measured), with the workshop
 * ratings and the change in mean points. Direction is shown by symbol as well as colour.
 * Every piece of user text is escaped; the SVG has no scripts, links or external references.
 */
import type { Lane, Stage, Touchpoint } from '../journey';
import type { ComparisonItem } from '../../ops/compare';
import { cellCards } from '../map/layout';
import { CHART_FONT, DIRECTION_COLOR } from './charts';
import { textWidth, truncateToWidth, wrapToWidth } from './text-fit';

export type OverlayDirection = 'better' | 'worse' | 'unclear' | 'unmeasured';
export const OVERLAY_DIRECTIONS: readonly OverlayDirection[] = ['better', 'worse', 'unclear', 'unmeasured'];

export interface MapOverlayText {
  need: string;
  convenience: string;
  emotion: string;
  /** "3 transfers", in the reader's language. */
  transfers: (count: number) => string;
  legend: Record<OverlayDirection, string>;
  /** Shown on a card whose items moved both ways. */
  mixed: string;
}

export interface TouchpointChange {
  direction: OverlayDirection;
  /** Change in mean points (the touchpoint composite's, else the mean of its items'), null when unknown. */
  delta: number | null;
  /** Items went both ways. */
  mixed: boolean;
  items: ComparisonItem[];
}

const MARK: Record<OverlayDirection, string> = { better: '▲', worse: '▼', unclear: '●', unmeasured: '○' };
const FILL: Record<OverlayDirection, string> = { better: '#E3F0F8', worse: '#FCF0DA', unclear: '#F1F1F1', unmeasured: '#FFFFFF' };
const INK: Record<OverlayDirection, string> = { better: '#005A8C', worse: '#8A5A00', unclear: '#555555', unmeasured: '#777777' };
const EDGE: Record<OverlayDirection, string> = { ...DIRECTION_COLOR, unmeasured: '#BDBDBD' };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** What happened at each touchpoint, from the whole-round items linked to it. */
export function touchpointChanges(items: readonly ComparisonItem[]): Map<string, TouchpointChange> {
  const byTouchpoint = new Map<string, ComparisonItem[]>();
  for (const item of items) {
    const id = item.ref.touchpointId;
    if (item.group !== null || !id || item.hidden) continue;
    const list = byTouchpoint.get(id);
    if (list) list.push(item);
    else byTouchpoint.set(id, [item]);
  }
  const out = new Map<string, TouchpointChange>();
  for (const [id, list] of byTouchpoint) {
    const composite = list.find((i) => i.kind === 'touchpoint');
    const tested = list.filter((i) => i.verdict !== 'untested');
    const better = tested.some((i) => i.verdict === 'better');
    const worse = tested.some((i) => i.verdict === 'worse');
    const means = list.filter((i) => i.kind === 'question' && i.measure !== 'nps' && i.delta !== null).map((i) => i.delta!);
    let direction: OverlayDirection;
    if (composite && composite.verdict !== 'untested') direction = composite.verdict === 'changed' ? 'unclear' : composite.verdict;
    else if (tested.length === 0) direction = 'unmeasured';
    else direction = better && !worse ? 'better' : worse && !better ? 'worse' : 'unclear';
    const delta = composite?.delta ?? (means.length ? means.reduce((a, b) => a + b, 0) / means.length : null);
    out.set(id, { direction, delta, mixed: better && worse, items: list });
  }
  return out;
}

export interface MapOverlayInput {
  stages: readonly Stage[];
  lanes: readonly Lane[];
  touchpoints: readonly Touchpoint[];
}

const fmtDelta = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2).replace('-', '−'));
const rating = (r: number | null) => (r === null ? '–' : String(r));

function text(x: number, y: number, body: string, attrs = ''): string {
  return `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${escapeXml(body)}</text>`;
}

function card(t: Touchpoint, box: { x: number; y: number; width: number; height: number }, change: TouchpointChange | undefined, words: MapOverlayText): string {
  const dir = change?.direction ?? 'unmeasured';
  const pad = 12;
  const inner = box.width - pad - 8;
  const title = wrapToWidth(t.title, inner / 15, 2);
  const ratings = `${words.need} ${rating(t.need)} · ${words.convenience} ${rating(t.convenience)} · ${words.emotion} ${rating(t.emotion)}`;
  const delta = change?.delta != null ? ` ${fmtDelta(change.delta)}` : '';
  const status = `${MARK[dir]}${delta} ${change?.mixed ? words.mixed : words.legend[dir]}`;
  return [
    `<g data-touchpoint="${escapeXml(t.id)}" data-direction="${dir}">`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6" fill="${FILL[dir]}" stroke="${EDGE[dir]}" stroke-width="${dir === 'unmeasured' ? 1 : 2}"${dir === 'unmeasured' ? ' stroke-dasharray="4 3"' : ''}/>`,
    `<rect x="${box.x}" y="${box.y}" width="6" height="${box.height}" rx="3" fill="${EDGE[dir]}"/>`,
    ...title.map((line, i) => text(box.x + pad, box.y + 21 + i * 19, line, 'font-size="15" font-weight="bold" fill="#1A1A1A"')),
    text(box.x + pad, box.y + 64, truncateToWidth(ratings, inner / 12.5), 'font-size="12.5" fill="#444"'),
    t.transfers > 0 ? text(box.x + box.width - 8, box.y + 84, `⇄ ${words.transfers(t.transfers)}`, 'font-size="12" fill="#444" text-anchor="end"') : '',
    text(box.x + pad, box.y + 84, truncateToWidth(status, (t.transfers > 0 ? inner - 70 : inner) / 14), `font-size="14" font-weight="bold" fill="${INK[dir]}"`),
    '</g>',
  ].join('');
}

/** Print sizes: tighter than the editor's grid (no emotion-curve band, shorter cards) so the map reads on one landscape page. */
const M = { laneHeader: 150, stage: 250, header: 46, card: { w: 226, h: 94 }, gap: 10, padX: 12, padY: 12, legend: 44 };

interface Box { x: number; y: number; width: number; height: number }

function layout(journey: MapOverlayInput) {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const cells = new Map<string, Touchpoint[]>();
  for (const t of journey.touchpoints) {
    if (!stageIndex.has(t.stageId)) continue;
    const key = `${t.stageId}\u0000${t.laneId}`;
    cells.set(key, [...(cells.get(key) ?? []), t]);
  }
  const lanes: { y: number; height: number }[] = [];
  const cards = new Map<string, Box>();
  let y = M.header;
  for (const lane of journey.lanes) {
    const stacks = journey.stages.map((st) => cellCards({ touchpoints: cells.get(`${st.id}\u0000${lane.id}`) ?? [] }, st.id, lane.id));
    const tallest = Math.max(1, ...stacks.map((c) => c.length));
    const height = tallest * (M.card.h + M.gap) - M.gap + 2 * M.padY;
    stacks.forEach((stack, i) =>
      stack.forEach((t, k) => cards.set(t.id, { x: M.laneHeader + i * M.stage + M.padX, y: y + M.padY + k * (M.card.h + M.gap), width: M.card.w, height: M.card.h })),
    );
    lanes.push({ y, height });
    y += height;
  }
  return { lanes, cards, width: M.laneHeader + journey.stages.length * M.stage, bottom: y };
}

/** The map as an SVG string, or null for a journey without stages or lanes. */
export function mapOverlaySvg(journey: MapOverlayInput, items: readonly ComparisonItem[], words: MapOverlayText): string | null {
  if (journey.stages.length === 0 || journey.lanes.length === 0) return null;
  const grid = layout(journey);
  const changes = touchpointChanges(items);
  const width = grid.width;
  const height = grid.bottom + M.legend;
  const parts: string[] = [];
  journey.stages.forEach((stage, i) => {
    const x = M.laneHeader + i * M.stage;
    parts.push(`<rect x="${x + 2}" y="4" width="${M.stage - 4}" height="${M.header - 10}" rx="4" fill="#1F4E79"/>`);
    parts.push(text(x + M.stage / 2, M.header / 2 + 4, truncateToWidth(stage.name, (M.stage - 20) / 16), 'font-size="16" font-weight="bold" fill="#fff" text-anchor="middle"'));
  });
  journey.lanes.forEach((lane, i) => {
    const { y, height: h } = grid.lanes[i]!;
    parts.push(`<rect x="0" y="${y}" width="${width}" height="${h}" fill="${i % 2 ? '#FAFAFA' : '#FFFFFF'}" stroke="#E0E0E0"/>`);
    wrapToWidth(lane.name, (M.laneHeader - 24) / 15, 3).forEach((line, k) => parts.push(text(12, y + 28 + k * 20, line, 'font-size="15" font-weight="bold" fill="#333"')));
  });
  journey.stages.forEach((_, i) => {
    const x = M.laneHeader + i * M.stage;
    parts.push(`<line x1="${x}" y1="${M.header}" x2="${x}" y2="${grid.bottom}" stroke="#E0E0E0"/>`);
  });
  for (const t of journey.touchpoints) {
    const box = grid.cards.get(t.id);
    if (box) parts.push(card(t, box, changes.get(t.id), words));
  }
  const legendY = grid.bottom + 27;
  let x = 12;
  for (const d of OVERLAY_DIRECTIONS) {
    parts.push(`<rect x="${x}" y="${legendY - 13}" width="18" height="18" rx="3" fill="${FILL[d]}" stroke="${EDGE[d]}" stroke-width="2"/>`);
    const label = `${MARK[d]} ${words.legend[d]}`;
    parts.push(text(x + 25, legendY + 1, label, `font-size="15" fill="${INK[d]}"`));
    x += 25 + textWidth(label) * 15 + 30;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${escapeXml(CHART_FONT)}" role="img">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
