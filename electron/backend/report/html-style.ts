/**
 * The report's print stylesheet: A4 pages with numbered footers, a landscape page for the
 * journey map, tables that split across pages with repeated headers, and a CJK-capable font stack.
 */
import { CHART_FONT } from '../../../shared/domain/compare/charts';
import { fontStackFor, LATIN_QUOTES_FACE } from '../../../shared/fonts';

/** A CSS string literal holding arbitrary text: every character but letters, digits and spaces is hex-escaped. */
export function cssString(s: string): string {
  return `"${s.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

export function reportCss(footer: string, lang: string): string {
  const font = fontStackFor(CHART_FONT, lang);
  return `
${LATIN_QUOTES_FACE}
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-left { content: ${cssString(footer)}; font-size: 7.5pt; color: #777; font-family: ${font}; }
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 7.5pt; color: #777; font-family: ${font}; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
@page wide { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${font}; font-size: 9.5pt; line-height: 1.45; color: #1a1a1a; }
@media screen { body { max-width: 190mm; margin: 0 auto; padding: 12mm 0; } .wide { max-width: none; } }
h1 { font-size: 24pt; line-height: 1.25; margin: 0 0 6mm; color: #1F4E79; }
h2 { font-size: 14pt; margin: 0 0 3mm; color: #1F4E79; border-bottom: 1.5pt solid #1F4E79; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2mm; }
.keep { break-after: avoid; }
section { break-before: page; }
section.cover { break-before: auto; padding-top: 40mm; }
section.cont { break-before: auto; margin-top: 8mm; }
.cover .survey { font-size: 15pt; margin-bottom: 10mm; color: #333; }
.facts { border-collapse: collapse; font-size: 10.5pt; }
.facts th { text-align: left; font-weight: normal; color: #555; padding: 1.5mm 8mm 1.5mm 0; vertical-align: top; }
.facts td { padding: 1.5mm 0; }
.note { color: #555; font-size: 8.5pt; }
.tiles { display: flex; flex-wrap: wrap; gap: 3mm; margin: 3mm 0 5mm; }
.tile { border: 0.75pt solid #ccc; border-left: 3pt solid #9E9E9E; border-radius: 2mm; padding: 2mm 3mm; min-width: 27mm; }
.tile b { display: block; font-size: 16pt; line-height: 1.1; }
.tile.better { border-left-color: #0072B2; } .tile.worse { border-left-color: #E69F00; }
ul.findings { list-style: none; padding: 0; margin: 0 0 4mm; }
ul.findings li { padding: 1.5mm 0 1.5mm 3mm; border-left: 2pt solid #ccc; margin-bottom: 1.5mm; break-inside: avoid; }
ul.findings li.better { border-left-color: #0072B2; } ul.findings li.worse { border-left-color: #E69F00; }
.kind { display: inline-block; font-size: 7pt; color: #555; border: 0.5pt solid #bbb; border-radius: 1mm; padding: 0 1mm; margin-left: 1.5mm; vertical-align: 1pt; white-space: nowrap; }
.figure { break-inside: avoid; margin: 0 0 5mm; }
.figure svg { display: block; max-width: 100%; height: auto; }
.wide { page: wide; }
.map svg { display: block; width: 100%; height: auto; max-height: 165mm; }
table.data { border-collapse: collapse; width: 100%; font-size: 7.5pt; line-height: 1.3; margin-bottom: 4mm; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; }
table.data th { background: #EEF2F6; font-weight: 600; text-align: right; padding: 1mm 1.2mm; border-bottom: 0.75pt solid #999; vertical-align: bottom; }
table.data td { padding: 0.9mm 1.2mm; border-bottom: 0.4pt solid #ddd; text-align: right; vertical-align: top; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data th.l, table.data td.l { text-align: left; white-space: normal; }
table.data td.item { overflow-wrap: anywhere; word-break: break-word; }
table.data th.side { text-align: center; border-bottom: 0.4pt solid #bbb; }
table.data td.hidden { text-align: center; color: #888; font-style: italic; }
td.better { color: #005A8C; font-weight: 600; } td.worse { color: #8A5A00; font-weight: 600; } td.changed { color: #853A63; font-weight: 600; } td.unclear, td.untested { color: #666; }
.badge-small { color: #8A5A00; font-size: 6.5pt; white-space: nowrap; }
ol.method li { margin-bottom: 1.5mm; }
`;
}
