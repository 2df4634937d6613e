/**
 * Per-tool reading of header rows into columns: code, question text, sub-question and role.
 * Each tool spells the same ideas differently (Qualtrics "Q5_1" + "Question - Statement",
 * SurveyMonkey's empty cells over sub-columns, LimeSurvey "Q2[SQ001]. Text [Sub]",
 * 问卷星 "5、Text" and "5(Row)"), and the importer wants them in one shape.
 */
import type { ColumnInfo, ColumnRole, SurveyTool } from './layout';
import { roleOf, SM_RESPONSE_MARKERS } from './layout-names';

interface Draft {
  header: string;
  code: string | null;
  question: string;
  subQuestion: string | null;
  /** Known to be a question (by code or position), so a metadata-like name does not demote it. */
  isQuestion: boolean;
  /** Names tried, in order, when looking up the column's metadata role. */
  names: string[];
}

type Headers = readonly [readonly string[], readonly string[], readonly string[]];

/** The columns of a table whose header rows are `h` (trimmed, padded to `width`). */
export function columnsFor(tool: SurveyTool, h: Headers, width: number): ColumnInfo[] {
  const drafts = DRAFTERS[tool](h, width);
  return withRoles(tool, drafts);
}

const DRAFTERS: Record<SurveyTool, (h: Headers, width: number) => Draft[]> = {
  qualtrics: ([codes, texts, ids], width) =>
    splitByStem(
      range(width).map((i) => {
        const importId = /"ImportId"\s*:\s*"([^"]*)"/.exec(ids[i]!)?.[1] ?? '';
        // "Question - Selected Choice" is the question's own column (its "Other - Text" sits beside it).
        const text = (texts[i] || codes[i] || columnName(i)).replace(/\s+-\s+Selected Choice$/i, '');
        // Q4_NPS_GROUP: the promoter / passive / detractor group Qualtrics derives from Q4, not an answer.
        const derived = /_NPS_GROUP$/i.test(importId);
        return { header: text, code: codes[i] || null, question: text, subQuestion: null, isQuestion: /^QID\d/i.test(importId) && !derived, names: [codes[i]!, importId] };
      }),
      [' - '],
    ),
  'qualtrics-legacy': ([codes, texts], width) =>
    splitByStem(
      range(width).map((i) => {
        const code = codes[i] || null;
        const text = texts[i] || codes[i] || columnName(i);
        return { header: text, code, question: text, subQuestion: null, isQuestion: !!code && /^Q/i.test(code), names: [texts[i]!, codes[i]!] };
      }),
      [' - ', '-'],
    ),
  surveymonkey: ([top, below], width) => {
    let carried = '';
    return range(width).map((i) => {
      if (top[i]) carried = top[i]!;
      const sub = below[i] && !SM_RESPONSE_MARKERS.has(below[i]!) ? below[i]! : null;
      const question = top[i] || carried || below[i] || columnName(i);
      const header = sub && sub !== question ? `${question} - ${sub}` : question;
      // Metadata columns have nothing in row 2; questions say "Response" or name the option.
      return { header, code: null, question, subQuestion: sub === question ? null : sub, isQuestion: !top[i] || below[i] !== '', names: [top[i]!] };
    });
  },
  wenjuanxing: ([names], width) => {
    const WJX_QUESTION = /^(\d{1,3})\s*[、．.:：]\s*([^]*)$/;
    const WJX_ROW = /^第?(\d{1,3})题?\s*[(（]([^]*)[)）]$/;
    const texts = new Map<string, string>();
    for (const n of names) {
      const m = WJX_QUESTION.exec(n);
      if (m && !texts.has(m[1]!)) texts.set(m[1]!, stripColon(m[2]!));
    }
    const drafts = range(width).map((i): Draft => {
      const header = names[i] || columnName(i);
      const q = WJX_QUESTION.exec(names[i]!);
      if (q) return { header, code: q[1]!, question: stripColon(q[2]!) || `第${q[1]}题`, subQuestion: null, isQuestion: true, names: [] };
      const r = WJX_ROW.exec(names[i]!);
      if (r) return { header, code: r[1]!, question: texts.get(r[1]!) || `第${r[1]}题`, subQuestion: r[2]!.trim() || null, isQuestion: true, names: [] };
      return { header, code: null, question: header, subQuestion: null, isQuestion: false, names: [names[i]!] };
    });
    return splitByStem(drafts, ['—', ' - ', '：', ':', '(', '（'], (d) => (d.subQuestion === null ? d.code : null));
  },
  // 腾讯问卷: "5.题目"; one column per option of a multi-select ("5.题目:选项"), per matrix row ("5.题目-子题"), per blank ("5.题目_填空1").
  tencent: ([names], width) => {
    const drafts = range(width).map((i): Draft => {
      const header = names[i] || columnName(i);
      const q = /^(\d{1,3})\s*[.．、]\s*(\S[^]*)$/.exec(names[i]!);
      if (q) return { header, code: q[1]!, question: q[2]!.trim(), subQuestion: null, isQuestion: true, names: [] };
      return { header, code: null, question: header, subQuestion: null, isQuestion: false, names: [names[i]!] };
    });
    return splitAtLastSeparator(drafts, [':', '：', '-', '_']);
  },
  jinshuju: (h, width) => DRAFTERS.plain(h, width),
  'google-forms': ([names], width) =>
    range(width).map((i) => {
      const header = names[i] || columnName(i);
      const grid = gridParts(header);
      return { header, code: null, question: grid?.[0] ?? header, subQuestion: grid?.[1] ?? null, isQuestion: grid !== null, names: [names[i]!] };
    }),
  limesurvey: ([names], width) =>
    range(width).map((i) => {
      const header = names[i] || columnName(i);
      const m = /^([A-Za-z][A-Za-z0-9_]*)(?:\s*\[([^\]]*)\])?(?:\.\s+([^]*))?$/.exec(names[i]!);
      if (!m) {
        const grid = gridParts(header);
        return { header, code: null, question: grid?.[0] ?? header, subQuestion: grid?.[1] ?? null, isQuestion: false, names: [names[i]!] };
      }
      const [, code, subCode, text] = m;
      const grid = text ? gridParts(text) : null;
      return {
        header,
        code: subCode !== undefined ? `${code}[${subCode}]` : code!,
        question: grid?.[0] ?? (text || code!),
        subQuestion: grid?.[1] ?? (subCode || null),
        isQuestion: text !== undefined || subCode !== undefined,
        names: [names[i]!],
      };
    }),
  plain: ([names], width) => {
    const full: string[] = [];
    const drafts = range(width).map((i): Draft => {
      const header = names[i] || columnName(i);
      const coded = /^(Q\d+[A-Za-z0-9_]*)(?:\s*[.:、．：]\s*|\s+)(\S[^]*)$/i.exec(header);
      full[i] = coded ? coded[2]! : header;
      const grid = gridParts(full[i]!);
      return { header, code: coded?.[1] ?? null, question: grid?.[0] ?? full[i]!, subQuestion: grid?.[1] ?? null, isQuestion: coded !== null, names: [names[i]!] };
    });
    // In a hand-made sheet "Rating [Speed]" is a matrix row only if another column shares "Rating".
    const count = new Map<string, number>();
    for (const d of drafts) if (d.subQuestion !== null) count.set(d.question, (count.get(d.question) ?? 0) + 1);
    drafts.forEach((d, i) => {
      if (d.subQuestion !== null && count.get(d.question)! < 2) [d.question, d.subQuestion] = [full[i]!, null];
    });
    return drafts;
  },
};

/** "Question [Row]" → ["Question", "Row"]. */
function gridParts(text: string): [string, string] | null {
  const m = /^([^]*?\S)\s*\[([^[\]]+)\]$/.exec(text);
  return m ? [m[1]!, m[2]!.trim()] : null;
}

/**
 * Columns of one question share a code stem (Q5_1, Q5_2) and a text prefix up to a
 * separator ("How satisfied… - Service"); what follows the separator is the sub-question.
 */
function splitByStem(drafts: Draft[], separators: readonly string[], stemOf: (d: Draft) => string | null = defaultStem): Draft[] {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    const stem = stemOf(d);
    if (stem === null) continue;
    const g = groups.get(stem);
    if (g) g.push(d);
    else groups.set(stem, [d]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) {
      const d = g[0]!;
      const sep = separators[0]!;
      const at = d.code?.includes('_') ? d.question.lastIndexOf(sep) : -1;
      if (at > 0) [d.question, d.subQuestion] = [d.question.slice(0, at).trim(), clean(d.question.slice(at + sep.length))];
      continue;
    }
    const prefix = commonPrefix(g.map((d) => d.question));
    for (const sep of separators) {
      const at = prefix.lastIndexOf(sep);
      if (at <= 0) continue;
      for (const d of g) {
        d.subQuestion = clean(d.question.slice(at + sep.length));
        d.question = d.question.slice(0, at).trim();
      }
      break;
    }
  }
  return drafts;
}

/** Columns sharing a code are one question; the sub-question follows the last separator of their common text. */
function splitAtLastSeparator(drafts: Draft[], separators: readonly string[]): Draft[] {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) if (d.code) groups.set(d.code, [...(groups.get(d.code) ?? []), d]);
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const prefix = commonPrefix(g.map((d) => d.question));
    const at = Math.max(...separators.map((s) => prefix.lastIndexOf(s)));
    if (at <= 0) continue;
    for (const d of g) {
      d.subQuestion = clean(d.question.slice(at + 1));
      d.question = stripColon(d.question.slice(0, at));
    }
  }
  return drafts;
}

function defaultStem(d: Draft): string | null {
  return d.code ? (/^(.+?)_/.exec(d.code)?.[1] ?? null) : null;
}

function clean(sub: string): string | null {
  const s = sub.trim().replace(/^[(（]\s*/, '').replace(/\s*[)）]$/, '').trim();
  return s || null;
}

function commonPrefix(texts: readonly string[]): string {
  let p = texts[0] ?? '';
  for (const t of texts) {
    let k = 0;
    while (k < p.length && k < t.length && p[k] === t[k]) k++;
    p = p.slice(0, k);
  }
  return p;
}

/** Roles by name, then at most one respondent id, submit time and duration: the best-ranked wins. */
function withRoles(tool: SurveyTool, drafts: readonly Draft[]): ColumnInfo[] {
  const ranked = drafts.map((d) => {
    for (const name of d.names) {
      if (!name) continue;
      const r = roleOf(tool, name, d.isQuestion);
      if (r.role !== 'answer') return r;
    }
    return { role: 'answer' as ColumnRole, rank: 0 };
  });
  const winner = new Map<ColumnRole, number>();
  ranked.forEach((r, i) => {
    if (r.role === 'answer' || r.role === 'metadata') return;
    const best = winner.get(r.role);
    if (best === undefined || r.rank < ranked[best]!.rank) winner.set(r.role, i);
  });
  return drafts.map((d, i) => {
    let role = ranked[i]!.role;
    if (role !== 'answer' && role !== 'metadata' && winner.get(role) !== i) role = 'metadata';
    return { index: i, header: d.header, code: d.code, question: d.question, subQuestion: d.subQuestion, role };
  });
}

function stripColon(text: string): string {
  return text.trim().replace(/[：:]\s*$/, '').trim();
}

function columnName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `Column ${s}`;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
