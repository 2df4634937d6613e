/**
 * Same-named departments are merged when an older workspace is opened: every reference to a
 * duplicate (lanes, and through them pain points and actions; questions linked to a department;
 * lanes inside saved map versions) moves to the department that is kept. On real SQLite files.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/backend/db/migrations';
import { APPLICATION_ID, openWorkspaceDb, registerMigrationFunctions } from '../../../../electron/backend/db/open';
import { useTmpDir } from '../../../support/tmp';

const tmp = useTmpDir();
const AT = '2026-01-01T00:00:00.000Z';

/** A workspace at the schema just before the merge, holding "销售部" three ways and "Parts" twice. */
function workspaceWithDuplicates(path: string): void {
  const merge = MIGRATIONS.findIndex((m) => m.name === 'merge-departments');
  expect(merge).toBeGreaterThan(0);
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  registerMigrationFunctions(db);
  for (const m of MIGRATIONS.slice(0, merge)) db.exec(m.sql);
  db.pragma(`user_version = ${MIGRATIONS[merge - 1]!.version}`);
  const dept = db.prepare('INSERT INTO departments (id, name, color, position) VALUES (?, ?, ?, ?)');
  dept.run('d-sales', '销售部', '#332288', 1);
  dept.run('dept-sales', '销售部', '#332288', 2);
  dept.run('d-sales-spaced', ' 销售部 ', null, 3);
  dept.run('d-parts', 'Parts', null, 4);
  dept.run('d-parts-lower', 'parts', null, 5);
  dept.run('d-finance', 'Finance', null, 6);
  db.prepare('INSERT INTO journeys (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run('j1', '现场销售', AT, AT);
  db.prepare('INSERT INTO stages (id, journey_id, name, position) VALUES (?, ?, ?, ?)').run('s1', 'j1', '到店', 0);
  const lane = db.prepare("INSERT INTO lanes (id, journey_id, name, kind, department_id, position) VALUES (?, 'j1', ?, 'department', ?, ?)");
  lane.run('l1', '销售', 'd-sales', 0);
  lane.run('l2', '销售（模板）', 'dept-sales', 1);
  lane.run('l3', '配件', 'd-parts-lower', 2);
  lane.run('l4', '财务', 'd-finance', 3);
  db.prepare("INSERT INTO touchpoints (id, journey_id, stage_id, lane_id, title, need) VALUES ('t1', 'j1', 's1', 'l2', '报价', 2)").run();
  db.prepare("INSERT INTO improvement_actions (id, touchpoint_id, title, status, created_at, updated_at) VALUES ('a1', 't1', '统一报价单', 'planned', ?, ?)").run(AT, AT);
  db.prepare("INSERT INTO surveys (id, name, kind, created_at, updated_at) VALUES ('sv', '客户问卷', 'external', ?, ?)").run(AT, AT);
  const q = db.prepare("INSERT INTO questions (uid, survey_id, position, text, type, link_kind, link_id) VALUES (?, 'sv', ?, ?, 'likert', ?, ?)");
  q.run('q1', 0, '销售顾问专业吗', 'department', 'd-sales-spaced');
  q.run('q2', 1, '配件到货及时吗', 'department', 'd-parts');
  q.run('q3', 2, '报价清楚吗', 'touchpoint', 't1');
  const snapshot = {
    lanes: [
      { id: 'l1', name: '销售', kind: 'department', departmentId: 'd-sales', color: null },
      { id: 'l2', name: '销售（模板）', kind: 'department', departmentId: 'dept-sales', color: null },
      { id: 'l3', name: '配件', kind: 'department', departmentId: 'd-parts-lower', color: null },
      { id: 'l5', name: '客户', kind: 'customer', departmentId: null, color: null },
    ],
    touchpoints: [],
  };
  db.prepare("INSERT INTO journey_snapshots (id, journey_id, name, created_at, data) VALUES ('v1', 'j1', '基线', ?, ?)").run(AT, JSON.stringify(snapshot));
  db.close();
}

describe('merging same-named departments', () => {
  it('keeps one department per name and moves every reference to it', async () => {
    const path = join(tmp(), 'old.jaudit');
    workspaceWithDuplicates(path);
    const db = await openWorkspaceDb(path);
    try {
      expect(db.prepare('SELECT id, name FROM departments ORDER BY position').all()).toEqual([
        { id: 'd-sales', name: '销售部' },
        { id: 'd-parts', name: 'Parts' },
        { id: 'd-finance', name: 'Finance' },
      ]);
      const lanes = db.prepare('SELECT id, department_id AS d FROM lanes ORDER BY position').all();
      expect(lanes).toEqual([
        { id: 'l1', d: 'd-sales' },
        { id: 'l2', d: 'd-sales' },
        { id: 'l3', d: 'd-parts' },
        { id: 'l4', d: 'd-finance' },
      ]);
      // The pain point and its action stay on their lane, now in the merged department.
      expect(db.prepare("SELECT l.department_id AS d FROM improvement_actions a JOIN touchpoints t ON t.id = a.touchpoint_id JOIN lanes l ON l.id = t.lane_id WHERE a.id = 'a1'").get()).toEqual({ d: 'd-sales' });
      expect(db.prepare('SELECT uid, link_kind AS kind, link_id AS id FROM questions ORDER BY position').all()).toEqual([
        { uid: 'q1', kind: 'department', id: 'd-sales' },
        { uid: 'q2', kind: 'department', id: 'd-parts' },
        { uid: 'q3', kind: 'touchpoint', id: 't1' },
      ]);
      const data = JSON.parse((db.prepare("SELECT data FROM journey_snapshots WHERE id = 'v1'").get() as { data: string }).data) as {
        lanes: { id: string; departmentId: string | null; name: string }[];
      };
      expect(data.lanes.map((l) => [l.id, l.departmentId, l.name])).toEqual([
        ['l1', 'd-sales', '销售'],
        ['l2', 'd-sales', '销售（模板）'],
        ['l3', 'd-parts', '配件'],
        ['l5', null, '客户'],
      ]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
