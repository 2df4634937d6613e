-- Workspace schema, version 8: one department per name.
-- Departments are matched by name, trimmed and case-insensitive. Earlier versions let a
-- journey template add a department the workspace already had ("销售部" twice), which split
-- the department filter. Each group of same-named departments keeps its first (by position,
-- then id); every reference to the others moves to it: lanes, questions linked to a department,
-- and the lanes inside saved map versions. Pain points and their actions follow their lanes.

CREATE TEMP TABLE department_merge AS
SELECT d.id AS old_id,
       (SELECT k.id FROM departments k
        WHERE lower(trim(k.name)) = lower(trim(d.name))
        ORDER BY k.position, k.id LIMIT 1) AS keep_id
FROM departments d;
DELETE FROM department_merge WHERE old_id = keep_id;

UPDATE lanes
SET department_id = (SELECT keep_id FROM department_merge WHERE old_id = lanes.department_id)
WHERE department_id IN (SELECT old_id FROM department_merge);

UPDATE questions
SET link_id = (SELECT keep_id FROM department_merge WHERE old_id = questions.link_id)
WHERE link_kind = 'department' AND link_id IN (SELECT old_id FROM department_merge);

UPDATE journey_snapshots
SET data = json_set(data, '$.lanes', json((
  SELECT json_group_array(
           CASE WHEN m.keep_id IS NULL THEN json(l.value)
                ELSE json_set(l.value, '$.departmentId', m.keep_id) END
           ORDER BY l.key)
  FROM json_each(journey_snapshots.data, '$.lanes') AS l
  LEFT JOIN department_merge AS m ON m.old_id = json_extract(l.value, '$.departmentId'))))
WHERE EXISTS (
  SELECT 1 FROM json_each(journey_snapshots.data, '$.lanes') AS l
  JOIN department_merge AS m ON m.old_id = json_extract(l.value, '$.departmentId'));

-- Cached round aggregates may be grouped by a merged department: computed again on demand.
DELETE FROM analysis_cache;

DELETE FROM departments WHERE id IN (SELECT old_id FROM department_merge);
UPDATE departments SET name = trim(name) WHERE name <> trim(name);

DROP TABLE department_merge;
