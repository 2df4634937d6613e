/**
 * Handlers for the department operations.
 */
import type { departmentOps } from '../../../shared/ops/departments';
import type { HandlersOf } from '../../../shared/ops/op';
import type { WorkspaceSession } from '../workspace/session';
import { findOrCreateDepartment, listDepartments } from './repo';

export function departmentHandlers(session: WorkspaceSession): HandlersOf<typeof departmentOps> {
  return {
    'departments.list': () => listDepartments(session.requireDb()),
    'departments.create': ({ name, color }) => findOrCreateDepartment(session.requireDb(), name, color),
  };
}
