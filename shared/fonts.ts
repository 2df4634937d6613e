/**
 * Quotation marks in English text. A Chinese font early in a font stack (the only sans-serif
 * on many Linux machines) draws ‘ ’ “ ” full-width, so "Cohen’s d" reads "Cohen’ s d". English
 * screens and reports therefore take these four marks from a Latin font first; Chinese text
 * keeps its full-width quotes, as Chinese typography wants.
 */

export const LATIN_QUOTES_FAMILY = 'JA Latin Quotes';

/** The face that lends the quotation marks from whichever Latin font the machine has. */
export const LATIN_QUOTES_FACE = `@font-face { font-family: '${LATIN_QUOTES_FAMILY}'; src: ${[
  'Segoe UI',
  'Helvetica Neue',
  'Arial',
  'ArialMT',
  'Liberation Sans',
  'DejaVu Sans',
  'Noto Sans',
]
  .map((name) => `local('${name}')`)
  .join(', ')}; unicode-range: U+2018-2019, U+201C-201D; }`;

/** `stack` for text in `lang`: English first takes its quotation marks from a Latin font. */
export function fontStackFor(stack: string, lang: string): string {
  return lang.startsWith('zh') ? stack : `'${LATIN_QUOTES_FAMILY}', ${stack}`;
}
