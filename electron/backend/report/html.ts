/**
 * The comparison report as one self-contained HTML document: inline CSS and SVG, no scripts,
 * no external URLs, a CSP that forbids both. It is the HTML export and, printed by Chromium,
 * the PDF. Every piece of user text goes through `esc`.
 */
import { explainItem } from '../../../shared/domain/compare/explain';
import { escapeXml as esc } from '../../../shared/domain/compare/map-overlay-svg';
import { truncateToWidth } from '../../../shared/domain/compare/text-fit';
import type { Comparison, ComparisonItem } from '../../../shared/ops/compare';
import type { MapComparison } from '../../../shared/ops/journeys';
import type { ReportCharts } from './charts-svg';
import { changeText, count, day, DASH, fixed, headline, percent, pValue } from './format';
import { reportCss } from './html-style';
import { itemsByGroup, type ReportInput } from './model';
import { itemTitle, REPORT_STRINGS, type ReportStrings } from './strings';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const FINDINGS_MAX = 12;

export interface HtmlParts {
  charts: ReportCharts;
  /** The journey map with the change overlay (an SVG string built with escaped text). */
  mapSvg: string | null;
}

const kindTag = (item: ComparisonItem, s: ReportStrings) => (item.kind === 'question' ? '' : `<span class="kind">${esc(s.kind[item.kind])}</span>`);

function cover(c: Comparison, input: ReportInput, s: ReportStrings): string {
  const round = (r: Comparison['before']) =>
    `${esc(r.label)}<br><span class="note">${s.field} ${day(r.fieldStart)} – ${day(r.fieldEnd)} · ${s.responses} ${count(r.responses)}</span>`;
  const survey = c.before.surveyId === c.after.surveyId ? esc(c.before.surveyName) : `${esc(c.before.surveyName)} → ${esc(c.after.surveyName)}`;
  return `<section class="cover">
<h1>${s.title}</h1>
<div class="survey">${survey}</div>
<table class="facts">
<tr><th>${s.before}</th><td>${round(c.before)}</td></tr>
<tr><th>${s.after}</th><td>${round(c.after)}</td></tr>
<tr><th>${s.breakdown}</th><td>${c.by ? esc(c.by) : s.noBreakdown}</td></tr>
<tr><th>${s.generated}</th><td>${day(input.generatedAt.toISOString())}</td></tr>
</table>
<p class="note" style="margin-top:8mm">${s.matching[c.matching]}</p>
</section>`;
}

function findings(items: ComparisonItem[], dir: 'better' | 'worse', s: ReportStrings, c: Comparison): string {
  const hits = items
    .filter((i) => i.verdict === dir)
    .sort((a, b) => Math.abs(b.cohenD ?? 0) - Math.abs(a.cohenD ?? 0) || (a.q ?? 1) - (b.q ?? 1));
  if (hits.length === 0) return `<p class="note">${dir === 'better' ? s.sections.nothingImproved : s.sections.nothingWorse}</p>`;
  const shown = hits.slice(0, FINDINGS_MAX);
  const li = shown.map((i) => `<li class="${dir}"><b>${esc(truncateToWidth(itemTitle(i, s), 110))}</b>${kindTag(i, s)}<br>${esc(explainItem(i, langOf(s), c.privacyMin))}</li>`);
  const more = hits.length > shown.length ? `<p class="note">+ ${hits.length - shown.length}</p>` : '';
  return `<ul class="findings">${li.join('')}</ul>${more}`;
}

const langOf = (s: ReportStrings) => (s === REPORT_STRINGS.en ? 'en' : 'zh-CN');

function summary(c: Comparison, s: ReportStrings): string {
  const overall = c.items.filter((i) => i.group === null);
  const tiles = (['better', 'worse', 'changed', 'unclear', 'untested', 'hidden', 'small'] as const)
    .filter((k) => k === 'better' || k === 'worse' || c.summary[k] > 0)
    .map((k) => `<div class="tile ${k}"><b>${c.summary[k]}</b>${esc(s.counts[k])}</div>`);
  return `<section>
<h2>${s.sections.summary}</h2>
<div class="tiles">${tiles.join('')}</div>
<h3>${s.sections.improved}</h3>${findings(overall, 'better', s, c)}
<h3>${s.sections.worse}</h3>${findings(overall, 'worse', s, c)}
</section>`;
}

function charts(parts: ReportCharts, s: ReportStrings): string {
  const figure = (title: string, svgs: string[], note = '') =>
    svgs.map((svg, i) => `<div class="figure">${i === 0 ? `<h3>${title}</h3>${note ? `<p class="note">${note}</p>` : ''}` : ''}${svg}</div>`).join('');
  const body = [figure(s.sections.changeChart, parts.change, s.sections.changeChartNote), figure(s.sections.meansChart, parts.means), figure(s.sections.npsChart, parts.nps)].join('');
  if (!body) return '';
  return `<section><h2>${s.sections.charts}</h2>${body}</section>`;
}

function mapSection(svg: string | null, journeyName: string | null, mc: MapComparison | null, s: ReportStrings): string {
  const map = svg
    ? `<section class="wide map"><h2>${s.sections.map}${journeyName ? ` · ${esc(journeyName)}` : ''}</h2><p class="note">${s.sections.mapNote}</p>${svg}</section>`
    : '';
  return map + (mc ? mapVersions(mc, s) : '');
}

function mapVersions(mc: MapComparison, s: ReportStrings): string {
  const t = s.mapTotals;
  const rows: [string, string, string][] = [
    [t.touchpoints, String(mc.before.touchpoints), String(mc.after.touchpoints)],
    [t.transfers, String(mc.before.transfers), String(mc.after.transfers)],
    [t.loyaltyKept, percent(mc.before.loyaltyKept), percent(mc.after.loyaltyKept)],
    [t.need, fixed(mc.before.need), fixed(mc.after.need)],
    [t.convenience, fixed(mc.before.convenience), fixed(mc.after.convenience)],
    [t.emotion, fixed(mc.before.emotion), fixed(mc.after.emotion)],
    [t.painPoints, String(mc.before.painPoints), String(mc.after.painPoints)],
  ];
  const state = (x: MapComparison['touchpoints'][number]['before']) =>
    x ? `${x.need ?? DASH} / ${x.convenience ?? DASH} / ${x.emotion ?? DASH}${x.transfers ? ` · ${s.overlay.transfers} ${x.transfers}` : ''}` : DASH;
  const changed = mc.touchpoints.filter((tp) => tp.status !== 'same');
  return `<section>
<h2>${s.sections.mapVersions} · ${esc(mc.journeyName)}</h2>
<table class="data"><thead><tr><th class="l"></th><th>${esc(mc.before.label)}</th><th>${esc(mc.after.label)}</th></tr></thead>
<tbody>${rows.map(([k, b, a]) => `<tr><td class="l">${k}</td><td>${b}</td><td>${a}</td></tr>`).join('')}</tbody></table>
${
  changed.length
    ? `<table class="data"><thead><tr><th class="l">${s.kind.touchpoint}</th><th class="l">${s.col.status}</th><th>${esc(mc.before.label)}</th><th>${esc(mc.after.label)}</th></tr></thead><tbody>${changed
        .map((tp) => `<tr><td class="l item">${esc(tp.title)}</td><td class="l">${s.mapStatus[tp.status]}</td><td>${state(tp.before)}</td><td>${state(tp.after)}</td></tr>`)
        .join('')}</tbody></table><p class="note">${s.overlay.need} / ${s.overlay.convenience} / ${s.overlay.emotion}</p>`
      : ''
}
</section>`;
}

function itemRow(i: ComparisonItem, s: ReportStrings): string {
  const small = i.smallSample && !i.hidden ? ` <span class="badge-small">${s.smallMark}</span>` : '';
  const label = `<td class="l item">${esc(truncateToWidth(itemTitle(i, s), 64))}${kindTag(i, s)}${small}</td>`;
  if (i.hidden) return `<tr>${label}<td>${count(i.before.n)}</td><td colspan="2" class="hidden">${s.hiddenCell}</td><td>${count(i.after.n)}</td><td colspan="6" class="hidden">${s.hiddenCell}</td></tr>`;
  const side = (x: ComparisonItem['before']) => `<td>${count(x.n)}</td><td>${headline(i, x)}</td><td>${percent(x.top2)}</td>`;
  const dir = i.verdict;
  return `<tr>${label}${side(i.before)}${side(i.after)}<td>${changeText(i)}${i.measure === 'nps' ? ' NPS' : ''}</td><td>${pValue(i.p)}</td><td>${pValue(i.q)}</td><td class="l ${dir}">${s.direction[dir]}</td></tr>`;
}

function itemTable(items: ComparisonItem[], s: ReportStrings): string {
  const c = s.col;
  return `<table class="data">
<colgroup><col style="width:26%"><col><col><col><col><col><col><col><col><col><col style="width:13.5%"></colgroup>
<thead><tr><th class="l" rowspan="2">${c.item}</th><th class="side" colspan="3">${s.before}</th><th class="side" colspan="3">${s.after}</th><th rowspan="2">${c.delta}</th><th rowspan="2">${c.p}</th><th rowspan="2">${c.q}</th><th class="l" rowspan="2">${c.direction}</th></tr>
<tr><th>${c.n}</th><th>${c.mean}</th><th>${c.top2}</th><th>${c.n}</th><th>${c.mean}</th><th>${c.top2}</th></tr></thead>
<tbody>${items.map((i) => itemRow(i, s)).join('')}</tbody></table>`;
}

function tables(c: Comparison, s: ReportStrings, afterMapVersions: boolean): string {
  const parts = itemsByGroup(c).map(({ group, items }) => {
    const info = c.groups.find((g) => g.group === group);
    const title = group === null ? s.sections.overall : esc(s.sections.group(group));
    const sizes = info ? `<p class="note keep">${s.before} n = ${count(info.before)} · ${s.after} n = ${count(info.after)}</p>` : '';
    const body = info?.hidden ? `<p class="note">${esc(explainItem({ ...items[0]!, hidden: true }, langOf(s), c.privacyMin))}</p>` : itemTable(items, s);
    return `<div class="block"><h3>${title}</h3>${sizes}${items.length ? body : ''}</div>`;
  });
  const groups = c.groups.length
    ? `<h3>${s.sections.groups}</h3><table class="data" style="width:auto"><thead><tr><th class="l">${s.col.group}</th><th>${s.col.beforeN}</th><th>${s.col.afterN}</th><th class="l">${s.col.hidden}</th></tr></thead><tbody>${c.groups
        .map((g) => `<tr><td class="l item">${esc(g.group)}</td><td>${count(g.before)}</td><td>${count(g.after)}</td><td class="l">${g.hidden ? s.yes : ''}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const unmatched = c.unmatched.length
    ? `<h3>${s.sections.unmatched}</h3><ul>${c.unmatched.map((u) => `<li>${s.sides[u.side]}: ${esc(u.label)}</li>`).join('')}</ul>`
    : '';
  // Straight after the map-version tables, which rarely fill their page.
  return `<section${afterMapVersions ? ' class="cont"' : ''}><h2>${s.sections.tables}</h2>${parts.join('')}${groups}${unmatched}</section>`;
}

function method(c: Comparison, s: ReportStrings): string {
  return `<section><h2>${s.sections.method}</h2><ol class="method">${s
    .method({ alpha: c.alpha, privacyMin: c.privacyMin })
    .map((p) => `<li>${esc(p)}</li>`)
    .join('')}</ol><p class="note">${s.matching[c.matching]}</p></section>`;
}

export function reportHtml(input: ReportInput, parts: HtmlParts): string {
  const s = REPORT_STRINGS[input.lang];
  const c = input.comparison;
  const title = `${s.title} · ${c.before.label} → ${c.after.label}`;
  return `<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${reportCss(`${c.before.surveyName} · ${c.before.label} → ${c.after.label}`, input.lang)}</style>
</head>
<body>
${cover(c, input, s)}
${summary(c, s)}
${charts(parts.charts, s)}
${mapSection(parts.mapSvg, input.journey?.name ?? null, input.mapComparison, s)}
${tables(c, s, input.mapComparison !== null)}
${method(c, s)}
</body>
</html>
`;
}
