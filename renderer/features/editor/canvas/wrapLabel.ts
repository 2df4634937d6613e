/**
 * Line-wrapping for SVG labels (SVG text does not wrap by itself). Widths are estimated from
 * the characters, bold sans-serif: CJK and full-width characters are one em, Latin letters
 * about 0.6 em — generous, so a wrapped line never runs into its neighbour's room.
 */

/** Estimated advance of one character, in em. */
export function advance(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2e80) return 1;
  if (/[ il.,:;|!'’()[\]]/.test(ch)) return 0.32;
  if (/[A-Zmw@%&]/.test(ch)) return 0.78;
  return 0.6;
}

export const textWidth = (text: string, fontSize: number): number => [...text].reduce((w, ch) => w + advance(ch) * fontSize, 0);

/** Words keep their trailing space; CJK characters are breakable one by one. */
function tokens(text: string): string[] {
  return text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
}

/**
 * Breaks `text` into lines no wider than `width` at `fontSize`; at most `maxLines`, the last
 * ending in "…" only if the text does not fit in them. Words longer than a line are split.
 * Lines are balanced: a label that needs two lines gets two of about equal length, never a
 * full line and one character left over ("派工并确认到场时 / 间").
 */
export function wrapLabel(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const lines = greedyWrap(text, width, fontSize, maxLines);
  if (lines.length < 2 || lines[lines.length - 1]!.endsWith('…')) return lines;
  let best = lines;
  for (let w = width - fontSize / 2; w >= fontSize; w -= fontSize / 2) {
    const narrower = greedyWrap(text, w, fontSize, maxLines);
    if (narrower.length !== lines.length || narrower[narrower.length - 1]!.endsWith('…')) break;
    best = narrower;
  }
  return best;
}

function greedyWrap(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens(text.trim())) {
    if (textWidth((line + token).trimEnd(), fontSize) <= width) {
      line += token;
      continue;
    }
    if (line) push();
    if (textWidth(token.trimEnd(), fontSize) <= width) {
      line = token.trimStart();
      continue;
    }
    for (const ch of token.trimEnd()) {
      if (line && textWidth(line + ch, fontSize) > width) push();
      line += ch;
    }
    if (/\s$/.test(token)) line += ' ';
  }
  if (line.trim()) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`, fontSize) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
