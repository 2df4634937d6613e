/**
 * Respondent metadata (submit time, duration) is not data: a column that holds `NULL`,
 * `(跳过)`, `-` or nothing in every row is kept empty with one warning, and cells that do not
 * read as a date or duration are left empty and reported, never refusing the file.
 */
import { type ImportMapping, columnLetter } from './mapping';
import type { IssueCollector } from './issues';

export interface MetaJunk {
  parsed: number;
  junk: number;
  /** The first placeholder seen ("NULL", "-"). */
  sample?: string;
  /** [0-based data row, cell] of cells that are neither junk nor readable. */
  unreadable: [number, string][];
}

const JUNK = new Set(['null', 'none', 'n/a', '-', '--', '—', '(跳过)', '（跳过）', '(空)', '（空）', '跳过', '无', 'undefined', 'nan', '#n/a']);

/** Whether a metadata cell is a placeholder for "nothing" rather than a value. */
export function isMetaJunk(raw: string): boolean {
  const t = raw.trim();
  return t === '' || JUNK.has(t.toLowerCase());
}

export function metaWarnings(meta: ReadonlyMap<number, MetaJunk>, mapping: ImportMapping, issues: IssueCollector): void {
  for (const [col, m] of meta) {
    const duration = mapping.columns[col]!.action === 'duration';
    const letter = columnLetter(col);
    if (m.parsed === 0 && (m.junk > 0 || m.unreadable.length > 0)) {
      const code = duration ? 'import.meta.emptyDuration' : 'import.meta.emptyTime';
      issues.add(code, letter, null, { sample: (m.unreadable[0]?.[1] ?? m.sample ?? '').slice(0, 40), cells: m.junk + m.unreadable.length });
      continue;
    }
    const code = duration ? 'import.meta.badDuration' : 'import.meta.badTime';
    for (const [i, raw] of m.unreadable) issues.add(code, letter, i + mapping.headerRows + 1, { value: raw.slice(0, 40) });
  }
}
