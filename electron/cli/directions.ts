/**
 * `survey import --lower-better <label> --higher-better <label>`: which way is better for the
 * questions a label names (by code, text or column header, case and spacing ignored). A new
 * question is created with it; an existing question of the survey is changed to it.
 */
import type { QuestionDirection } from '../../shared/domain/survey/direction';
import type { ImportMapping } from '../../shared/domain/survey/mapping';
import { appError } from '../../shared/messages/appError';
import type { Db } from '../backend/db/open';

/** Normalised label → the direction and the label as typed. */
export type DirectionOverrides = Map<string, { direction: QuestionDirection; label: string }>;

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
/** "cx04" names the header "CX04 本次报修时…" and "CX04. …": a code at the start of a header. */
const startsWithWord = (name: string, label: string) => name.startsWith(label) && /^[\s.:：、)）_-]/.test(name.slice(label.length));

export function directionOverrides(lower: readonly string[], higher: readonly string[]): DirectionOverrides {
  const out: DirectionOverrides = new Map();
  for (const [labels, d] of [[lower, 'lower-better'], [higher, 'higher-better']] as const) {
    for (const l of labels) {
      const k = norm(l);
      if (out.has(k) && out.get(k)!.direction !== d) throw appError('validation', 'cli.both_directions', { label: l });
      out.set(k, { direction: d, label: l });
    }
  }
  return out;
}

/** The mapping with the overridden directions; existing questions are updated in `db`. Refuses a label that names no question column. */
export function applyDirectionOverrides(db: Db, surveyId: string, mapping: ImportMapping, headers: readonly string[], overrides: DirectionOverrides): ImportMapping {
  if (overrides.size === 0) return mapping;
  const used = new Set<string>();
  const update = db.prepare('UPDATE questions SET direction = ? WHERE uid = ? AND survey_id = ?');
  const columns = mapping.columns.map((m, i) => {
    if (m.action !== 'question') return m;
    const names = [m.code, m.text, headers[i], m.code ? `${m.code} ${m.text}` : null].filter((x): x is string => !!x).map(norm);
    const key = [...overrides.keys()].find((k) => names.some((n) => n === k || startsWithWord(n, k)));
    if (key === undefined) return m;
    used.add(key);
    const direction = overrides.get(key)!.direction;
    if (m.questionId) update.run(direction, m.questionId, surveyId);
    return { ...m, direction };
  });
  const unknown = [...overrides].filter(([k]) => !used.has(k)).map(([, o]) => o.label);
  if (unknown.length) {
    throw appError('validation', 'cli.no_column', { labels: unknown.map((u) => `“${u}”`).join(', ') });
  }
  return { ...mapping, columns };
}
