/**
 * The migration that gives every question a direction (and allows ranking questions): an
 * existing workspace's transfer count becomes lower-better by the same rule new questions
 * follow, and every question keeps its row id, so its answers stay attached.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/backend/db/migrations';
import { APPLICATION_ID, openWorkspaceDb } from '../../../../electron/backend/db/open';
import { defaultDirection } from '../../../../shared/domain/survey/direction';
import { useTmpDir } from '../../../support/tmp';

const tmp = useTmpDir();

const QUESTIONS: [text: string, type: string][] = [
  ['本次报修时，您的电话一共被转接了几次？', 'number'],
  ['When you called, how many times were you transferred?', 'number'],
  ['您等待了多久才有人接听？', 'number'],
  ['How much effort did you personally have to put forth?', 'likert'],
  ['Getting my machine repaired took little effort', 'likert'],
  ['服务热线清楚地理解了我的需求', 'likert'],
  ['您向同行或朋友推荐我们的可能性有多大？', 'nps'],
  ['客户等级', 'single'],
];

describe('the question-direction migration', () => {
  it('sets the default direction on existing questions and keeps their row ids and answers', async () => {
    const path = join(tmp(), 'old.jaudit');
    const target = MIGRATIONS.findIndex((m) => m.name === 'question-direction');
    expect(target).toBeGreaterThan(0);
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of MIGRATIONS.slice(0, target)) raw.exec(m.sql);
    raw.pragma(`user_version = ${MIGRATIONS[target - 1]!.version}`);
    raw.prepare("INSERT INTO surveys (id, name, kind, created_at, updated_at) VALUES ('s1', '客户体验', 'external', '2026-01-01', '2026-01-01')").run();
    raw.prepare("INSERT INTO rounds (id, uid, survey_id, label, phase, created_at) VALUES (1, 'r1', 's1', '基线', 'external', '2026-01-01')").run();
    QUESTIONS.forEach(([text, type], i) => {
      raw.prepare('INSERT INTO questions (id, uid, survey_id, position, text, type) VALUES (?, ?, ?, ?, ?, ?)').run(100 + i, `q${i}`, 's1', i, text, type);
      raw.prepare('INSERT INTO answers (round_id, question_id, response_id, value) VALUES (1, ?, 1, 2)').run(100 + i);
    });
    raw.close();

    const db = await openWorkspaceDb(path);
    const rows = db.prepare('SELECT id, text, type, direction FROM questions ORDER BY id').all() as { id: number; text: string; type: string; direction: string }[];
    expect(rows.map((r) => r.direction)).toEqual(QUESTIONS.map(([text, type]) => defaultDirection(text, type)));
    expect(rows.slice(0, 4).map((r) => r.direction)).toEqual(['lower-better', 'lower-better', 'lower-better', 'lower-better']);
    expect(rows.slice(4).map((r) => r.direction)).toEqual(['higher-better', 'higher-better', 'higher-better', 'neutral']);
    expect(rows.map((r) => r.id)).toEqual(QUESTIONS.map((_, i) => 100 + i));
    const joined = db.prepare('SELECT count(*) AS n FROM answers a JOIN questions q ON q.id = a.question_id').get() as { n: number };
    expect(joined.n).toBe(QUESTIONS.length);
    db.prepare("INSERT INTO questions (uid, survey_id, position, text, type, scale_min, scale_max) VALUES ('rank1', 's1', 99, '请给以下服务排序', 'rank', 1, 6)").run();
    expect(() => db.prepare("UPDATE questions SET direction = 'sideways' WHERE uid = 'rank1'").run()).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
