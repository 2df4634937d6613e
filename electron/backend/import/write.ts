/**
 * Writes a converted import into a round in one transaction: new questions, responses,
 * attributes and answers, plus an `imports` row that recognises the same file later.
 * Answers go in question-major order with multi-row INSERTs, matching the answers table's
 * clustering, which keeps the insert rate close to a raw insert.
 */
import type { Converted } from '../../../shared/domain/survey/convert';
import { defaultDirection } from '../../../shared/domain/survey/direction';
import { appError } from '../../../shared/messages/appError';
import type { Db } from '../db/open';
import { newId, now } from '../db/ids';
import { clearRoundRows, insertQuestion, touchRoundData, touchSurvey } from '../surveys/repo';

export interface WriteRequest {
  surveyId: string;
  roundRowId: number;
  converted: Converted;
  fileName: string;
  sha256: string;
  format: string;
  encoding: string | null;
  onDuplicate: 'replace' | 'skip' | 'refuse';
}

export interface WriteResult {
  responses: number;
  answers: number;
  questions: number;
  replaced: boolean;
  skipped: boolean;
}

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
  }
}

const BATCH = 64;

export function findDuplicate(db: Db, roundRowId: number, sha256: string): { id: string; importedAt: string; responses: number; fileName: string } | null {
  const row = db.prepare('SELECT id, imported_at, responses, file_name FROM imports WHERE round_id = ? AND sha256 = ? ORDER BY imported_at DESC').get(roundRowId, sha256) as
    | { id: string; imported_at: string; responses: number; file_name: string }
    | undefined;
  return row ? { id: row.id, importedAt: row.imported_at, responses: row.responses, fileName: row.file_name } : null;
}

/**
 * @param progress called with (answers written, answers total); may throw ImportCancelled to roll back.
 */
export function writeImport(db: Db, req: WriteRequest, progress: (done: number, total: number) => void = () => {}): WriteResult {
  const c = req.converted;
  return db.transaction((): WriteResult => {
    const dup = findDuplicate(db, req.roundRowId, req.sha256);
    if (dup && req.onDuplicate === 'skip') return { responses: 0, answers: 0, questions: 0, replaced: false, skipped: true };
    if (dup && req.onDuplicate === 'refuse') {
      throw appError('conflict', 'import.duplicate', { name: req.fileName, importedAt: dup.importedAt, responses: dup.responses });
    }
    if (dup) clearRoundRows(db, req.roundRowId, dup.id);

    // Questions: existing ones by id, new ones created in column order.
    const maxPos = (db.prepare('SELECT coalesce(max(position), -1) AS p FROM questions WHERE survey_id = ?').get(req.surveyId) as { p: number }).p;
    const idOf = db.prepare('SELECT id FROM questions WHERE uid = ? AND survey_id = ?');
    // A direction chosen in the mapping for an existing question replaces its stored one.
    const setDirection = db.prepare('UPDATE questions SET direction = ?, version = version + 1 WHERE id = ? AND direction <> ?');
    let created = 0;
    const questionRowIds = c.questions.map((q) => {
      const m = q.mapping;
      if (m.questionId) {
        const row = idOf.get(m.questionId, req.surveyId) as { id: number } | undefined;
        if (!row) throw appError('not_found', 'question.not_in_survey', { id: m.questionId });
        if (m.direction) setDirection.run(m.direction, row.id, m.direction);
        return row.id;
      }
      created++;
      return insertQuestion(
        db,
        req.surveyId,
        { code: m.code, text: m.text, type: m.type, scaleMin: m.scaleMin, scaleMax: m.scaleMax, labels: m.labels, group: '', link: null, direction: m.direction ?? defaultDirection(m.text, m.type) },
        maxPos + created,
      ).rowId;
    });

    const importId = newId();
    db.prepare('INSERT INTO imports (id, round_id, file_name, sha256, format, encoding, responses, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      importId,
      req.roundRowId,
      req.fileName,
      req.sha256,
      req.format,
      req.encoding,
      c.rowCount,
      now(),
    );

    const first = (db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM responses').get() as { id: number }).id;
    const insResponse = db.prepare('INSERT INTO responses (id, round_id, import_id, external_id, submitted_at, duration_s) VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < c.rowCount; i++) {
      const d = c.durations[i]!;
      insResponse.run(first + i, req.roundRowId, importId, c.externalIds[i], c.submittedAt[i], Number.isNaN(d) ? null : d);
    }
    touchRoundData(db, req.roundRowId);
    const insAttr = db.prepare('INSERT OR REPLACE INTO response_attributes (response_id, name, value) VALUES (?, ?, ?)');
    for (const a of c.attributes) {
      a.values.forEach((v, i) => {
        if (v !== null) insAttr.run(first + i, a.name, v);
      });
    }

    const total = c.answers;
    let done = 0;
    const one = db.prepare('INSERT INTO answers (round_id, question_id, response_id, ord, value, text) VALUES (?, ?, ?, ?, ?, ?)');
    const many = db.prepare(
      `INSERT INTO answers (round_id, question_id, response_id, ord, value, text) VALUES ${Array(BATCH).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`,
    );
    const buf: unknown[] = [];
    let pending = 0;
    const push = (qid: number, rid: number, ord: number, value: number, text: string | null) => {
      buf.push(req.roundRowId, qid, rid, ord, value, text);
      if (++pending === BATCH) {
        many.run(buf);
        buf.length = 0;
        pending = 0;
        done += BATCH;
        if (done % (BATCH * 800) === 0) progress(done, total);
      }
    };
    c.questions.forEach((q, qi) => {
      const qid = questionRowIds[qi]!;
      if (q.values) {
        // Bucket by value so rows arrive in the table's key order (question, value, response).
        const buckets = new Map<number, number[]>();
        for (let i = 0; i < c.rowCount; i++) {
          const v = q.values[i]!;
          if (Number.isNaN(v)) continue;
          const b = buckets.get(v);
          if (b) b.push(i);
          else buckets.set(v, [i]);
        }
        const w = q.writeIns;
        for (const v of [...buckets.keys()].sort((a, b) => a - b)) for (const i of buckets.get(v)!) push(qid, first + i, 0, v, w ? (w[i]?.text ?? null) : null);
      } else if (q.multi) {
        for (let i = 0; i < c.rowCount; i++) {
          const w = q.writeIns?.[i] ?? null;
          q.multi[i]?.forEach((v, ord) => push(qid, first + i, ord, v, w !== null && w.value === v ? w.text : null));
        }
      } else if (q.texts) {
        for (let i = 0; i < c.rowCount; i++) {
          const t = q.texts[i];
          if (t !== null && t !== undefined) push(qid, first + i, 0, 0, t);
        }
      }
    });
    for (let k = 0; k < pending; k++) one.run(buf.slice(k * 6, k * 6 + 6));
    const note = db.prepare('INSERT OR IGNORE INTO answer_notes (round_id, question_id, response_id, kind, text) VALUES (?, ?, ?, ?, ?)');
    c.questions.forEach((q, qi) => {
      for (const n of q.notes) note.run(req.roundRowId, questionRowIds[qi]!, first + n.row, n.kind, n.text.slice(0, 2000));
    });
    done += pending;
    progress(done, total);
    touchSurvey(db, req.surveyId);
    return { responses: c.rowCount, answers: done, questions: created, replaced: dup !== null, skipped: false };
  })();
}
