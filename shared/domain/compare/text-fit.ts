/**
 * Fitting text into a width without a layout engine (server-side SVG has none): an estimate
 * of a string's width in em, where CJK and other full-width characters take a whole em and
 * Latin text a little over half of one, and wrapping / shortening by that estimate.
 */

/** Full-width ranges: CJK, kana, Hangul, full-width forms and CJK punctuation. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Width of one character in em (an upper-side estimate, so fitted text never overflows). */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (/[ilj.,:;'|!· ]/.test(ch)) return 0.32;
  if (/[A-Z@%&mwMW]/.test(ch)) return 0.78;
  return 0.6;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** The text cut to `maxEm`, with an ellipsis when cut. */
export function truncateToWidth(text: string, maxEm: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (textWidth(flat) <= maxEm) return flat;
  let w = 0;
  let out = '';
  for (const ch of flat) {
    if (w + charWidth(ch) > maxEm - 1) break;
    out += ch;
    w += charWidth(ch);
  }
  return `${out.trimEnd()}…`;
}

/**
 * Wraps text into at most `maxLines` lines of `maxEm` each, breaking after spaces where it can
 * and anywhere in CJK runs; the last line ends with an ellipsis when text is left over.
 */
export function wrapToWidth(text: string, maxEm: number, maxLines: number): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lines: string[] = [];
  let rest = [...flat];
  while (rest.length > 0 && lines.length < maxLines) {
    let w = 0;
    let end = 0;
    let lastSpace = -1;
    while (end < rest.length && w + charWidth(rest[end]!) <= maxEm) {
      if (rest[end] === ' ') lastSpace = end;
      w += charWidth(rest[end]!);
      end++;
    }
    if (end < rest.length && lastSpace > 0 && !isWide(rest[end]!.codePointAt(0)!)) end = lastSpace + 1;
    lines.push(rest.slice(0, end).join('').trim());
    rest = rest.slice(end);
    while (rest[0] === ' ') rest = rest.slice(1);
  }
  if (rest.length > 0 && lines.length > 0) lines[lines.length - 1] = truncateToWidth(`${lines[lines.length - 1]!}${rest.join('')}`, maxEm);
  return lines;
}
