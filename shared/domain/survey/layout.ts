/**
 * Which survey tool produced a table, how many header rows it has, and what each column
 * holds. Pure: it only looks at the header rows (and the widths of all rows), never at
 * answers, so it is cheap on 100,000-row files and gives the same answer in the UI and CLI.
 */
import { columnsFor } from './layout-columns';
import { metadataHits, nameKey, SM_RESPONSE_MARKERS } from './layout-names';

/** The tool whose export layout a table follows; `plain` for a one-header sheet from anywhere else. */
export type SurveyTool = 'qualtrics' | 'qualtrics-legacy' | 'surveymonkey' | 'google-forms' | 'limesurvey' | 'wenjuanxing' | 'tencent' | 'jinshuju' | 'plain';
/** What a column holds: respondent metadata the importer uses (id, submit time, duration), other metadata it ignores, or answers. */
export type ColumnRole = 'respondent-id' | 'submitted-at' | 'duration' | 'metadata' | 'answer';

export interface ColumnInfo {
  /** 0-based column index. */
  index: number;
  /** Full header text as shown to the user (`Column K` when the file has none). */
  header: string;
  /** The tool's code for the column: `Q1`, `Q2_1`, LimeSurvey `G01Q02[SQ001]`, 问卷星 `5`; null when the tool has none (SurveyMonkey, Google Forms). */
  code: string | null;
  /** Question text, carried over sub-columns (SurveyMonkey's empty header cells, matrix rows). */
  question: string;
  /** Matrix row, option or sub-question of a multi-column question; null for single columns. */
  subQuestion: string | null;
  role: ColumnRole;
}

export interface DetectedLayout {
  tool: SurveyTool;
  /** Header rows of the tool's layout (3 for Qualtrics, 2 for SurveyMonkey, legacy Qualtrics and merged headers over sub-questions, else 1). */
  headerRows: number;
  /**
   * 0-based index of the first data row. Equals `headerRows` unless the sheet starts with
   * title or blank rows above the header (hand-made sheets), which are skipped.
   */
  dataStartRow: number;
  columns: ColumnInfo[];
}

/** Rows above the header that may be a title or blank; looked at, never more. */
const MAX_LEADING_ROWS = 10;

/** Detects the layout of `rows` (all rows of the table, as read). Never throws. */
export function detectLayout(rows: readonly (readonly string[])[]): DetectedLayout {
  const start = headerStart(rows);
  const available = rows.length - start;
  if (available <= 0) return { tool: 'plain', headerRows: 0, dataStartRow: rows.length, columns: [] };
  const width = tableWidth(rows, start);
  const header = (i: number): string[] => (i < available ? padRow(rows[start + i]!, width).map((c) => c.trim()) : new Array<string>(width).fill(''));
  const h = [header(0), header(1), header(2)] as const;
  const tool = detectTool(h, available);
  // A sheet typed by hand with a merged cell over sub-questions: the group's name in row 1, the sub-questions in row 2.
  const merged = available >= 3 && (tool === 'plain' || tool === 'jinshuju' || tool === 'tencent') && isMergedHeader(h[0], h[1]);
  const headerRows = Math.min(available, tool === 'qualtrics' ? 3 : tool === 'qualtrics-legacy' || tool === 'surveymonkey' || merged ? 2 : 1);
  return { tool, headerRows, dataStartRow: start + headerRows, columns: distinctHeaders(merged ? mergedColumns(tool, h) : columnsFor(tool, h, width)) };
}

/**
 * A header written twice ("Rating", "Rating"; two Google Forms questions with one title) names
 * two columns: the later ones become "Rating (2)", so each is its own question and is
 * remembered on its own for the next round.
 */
function distinctHeaders(columns: ColumnInfo[]): ColumnInfo[] {
  const seen = new Map<string, number>();
  return columns.map((c) => {
    const n = (seen.get(c.header) ?? 0) + 1;
    seen.set(c.header, n);
    if (n === 1) return c;
    const single = c.subQuestion === null && c.code === null;
    return { ...c, header: `${c.header} (${n})`, question: single ? `${c.question} (${n})` : c.question };
  });
}

/** `row` cut or padded with empty cells to `width`. */
export function padRow(row: readonly string[], width: number): string[] {
  const out = row.length > width ? row.slice(0, width) : row.slice();
  while (out.length < width) out.push('');
  return out;
}

function detectTool(h: readonly [string[], string[], string[]], available: number): SurveyTool {
  const [h0, h1, h2] = h;
  if (available >= 3 && isImportIdRow(h2)) return 'qualtrics';
  if (available >= 2 && ((h0[0] === 'V1' && h0[1] === 'V2') || (h1.includes('ResponseID') && h1.includes('ResponseSet')))) return 'qualtrics-legacy';
  if (available >= 2 && isSurveyMonkey(h0, h1)) return 'surveymonkey';
  if (distinctHits(TENCENT_DISTINCT, h0) >= 2) return 'tencent';
  if (distinctHits(JINSHUJU_DISTINCT, h0) >= 2) return 'jinshuju';
  if (metadataHits('wenjuanxing', h0) >= 2 || (h0.includes('序号') && h0.some((c) => /^\d{1,3}[、．.:：]/.test(c)))) return 'wenjuanxing';
  if (GOOGLE_FIRST.has(nameKey(h0[0] ?? ''))) return 'google-forms';
  if (isLimeSurvey(h0)) return 'limesurvey';
  return 'plain';
}

/** Metadata only 腾讯问卷 writes (see layout-names.ts). */
const TENCENT_DISTINCT = new Set(['开始答题时间', '结束答题时间', '答题时长', '地理位置国家和地区', '地理位置省', '地理位置市', '清洗数据结果', '智能清洗数据无效概率'].map(nameKey));
/** Metadata only 金数据 writes (see layout-names.ts). */
const JINSHUJU_DISTINCT = new Set(['填写设备', '填写人', '提交人', '填写时长', '修改时间', '填写地区', '微信昵称', '微信OpenID'].map(nameKey));

function distinctHits(names: ReadonlySet<string>, row: readonly string[]): number {
  let n = 0;
  for (const c of row) if (c && names.has(nameKey(c))) n++;
  return n;
}

/**
 * Row 1 names a group over blank (merged-over) cells and row 2 names the sub-questions
 * under it, while columns without a group are blank in row 2 (merged down). Data rows
 * fill the cells under ungrouped columns, so they never look like this.
 */
function isMergedHeader(h0: readonly string[], h1: readonly string[]): boolean {
  let carried = 0;
  let seen = false;
  for (let i = 0; i < h0.length; i++) {
    if (h0[i]) {
      seen = true;
      // A named column with a sub-question below starts a group only if the next column continues it.
      if (h1[i] && !(i + 1 < h0.length && !h0[i + 1] && h1[i + 1])) return false;
    } else if (h1[i]) {
      if (!seen) return false;
      carried++;
    }
  }
  if (carried === 0) return false;
  // Sub-question names, not answers: numbers in row 2 mean it is data.
  return !h1.some((c) => /^[+-]?\d+(\.\d+)?$/.test(c));
}

/** Columns under a merged header: the group's name carried across, the sub-question from row 2. */
function mergedColumns(tool: SurveyTool, h: readonly [string[], string[], string[]]): ColumnInfo[] {
  const [top, below] = h;
  const single = columnsFor(tool, [top, [], []], top.length);
  let carried = '';
  return single.map((c, i) => {
    if (top[i]) carried = top[i]!;
    if (!below[i]) return c;
    const question = carried.replace(/^\s*\d+\s*[、.．:：]\s*/, '').trim() || carried;
    return { ...c, header: `${carried} - ${below[i]}`, question, subQuestion: below[i]!, role: 'answer' };
  });
}

const GOOGLE_FIRST = new Set(['timestamp', '时间戳记', '時間戳記', '时间戳', 'marcatemporal', 'horodateur', 'zeitstempel'].map(nameKey));

/** Qualtrics' third header row: `{"ImportId":"QID1"}` JSON in (most of) its cells. */
function isImportIdRow(row: readonly string[]): boolean {
  let filled = 0;
  let ids = 0;
  for (const c of row) {
    if (!c) continue;
    filled++;
    if (/^\{\s*"ImportId"\s*:/.test(c)) ids++;
  }
  return ids > 0 && ids * 2 >= filled;
}

const SM_ID_NAMES = new Set(['RespondentID', 'CollectorID', '回复者 ID', '受访者 ID', '收集器 ID'].map(nameKey));

/**
 * SurveyMonkey: row 2 says "Response" under single questions and names the option under
 * each sub-column, whose row-1 cell is empty; RespondentID has an empty cell below it.
 */
function isSurveyMonkey(h0: readonly string[], h1: readonly string[]): boolean {
  let filled = 0;
  let markers = 0;
  let carried = false;
  let seenQuestion = false;
  for (let i = 0; i < h0.length; i++) {
    if (h1[i]) filled++;
    if (SM_RESPONSE_MARKERS.has(h1[i]!)) markers++;
    if (h0[i]) seenQuestion = true;
    else if (seenQuestion && h1[i]) carried = true;
  }
  const id = h0.findIndex((c) => SM_ID_NAMES.has(nameKey(c)));
  if (id >= 0 && h1[id] === '' && (markers > 0 || carried)) return true;
  return filled > 0 && markers * 2 >= filled;
}

const LIME_DISTINCT = new Set(['submitdate', 'lastpage', 'startlanguage', 'seed', 'Date submitted', 'Last page', 'Start language', 'refurl'].map(nameKey));
const LIME_HEADER = /^[A-Za-z][A-Za-z0-9_]*(\[[^\]]*\])?\.\s+\S/;

/** LimeSurvey: its response metadata, or `G01Q01. Question text` headers for most columns. */
function isLimeSurvey(h0: readonly string[]): boolean {
  let distinct = 0;
  let coded = 0;
  let filled = 0;
  for (const c of h0) {
    if (!c) continue;
    filled++;
    if (LIME_DISTINCT.has(nameKey(c))) distinct++;
    if (LIME_HEADER.test(c)) coded++;
  }
  return distinct >= 2 || (coded >= 2 && coded * 2 >= filled);
}

/**
 * First row that looks like a header: skips blank rows and title rows above it — one cell, or
 * two or three ("Customer survey", "March 2026") where the rows below fill twice as many and
 * fill the title's columns too (a two-row header leaves row 2 blank under row 1's metadata).
 */
function headerStart(rows: readonly (readonly string[])[]): number {
  let firstFilled = -1;
  const end = Math.min(rows.length, MAX_LEADING_ROWS + 1);
  const filledOf = (row: readonly string[]) => row.reduce((n, c) => (c.trim() ? n + 1 : n), 0);
  let widest = 0;
  for (let i = 0; i < Math.min(rows.length, end + 10); i++) widest = Math.max(widest, filledOf(rows[i]!));
  for (let i = 0; i < end; i++) {
    const filled = filledOf(rows[i]!);
    if (filled >= 2 && !(filled <= 3 && filled * 2 < widest && isTitleRow(rows, i, end))) return i;
    if (filled >= 1 && firstFilled < 0) firstFilled = i;
  }
  return firstFilled >= 0 ? firstFilled : 0;
}

/** Whether the next row of two or more cells has a cell under each of row `i`'s cells. */
function isTitleRow(rows: readonly (readonly string[])[], i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(rows.length, end + 1); k++) {
    const below = rows[k]!;
    if (below.reduce((n, c) => (c.trim() ? n + 1 : n), 0) < 2) continue;
    return rows[i]!.every((c, j) => !c.trim() || !!below[j]?.trim());
  }
  return false;
}

/** Widest row from the header down: data wider than the header still gets columns. */
function tableWidth(rows: readonly (readonly string[])[], start: number): number {
  let w = 0;
  for (let i = start; i < rows.length; i++) if (rows[i]!.length > w) w = rows[i]!.length;
  return w;
}
