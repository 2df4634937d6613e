/**
 * Handlers for the department operations.
 */
import type { Handlers } from '../../../shared/contract';
import type { WorkspaceSession } from '../workspace/session';
import { findOrCreateDepartment, listDepartments } from './repo';

export function departmentHandlers(session: WorkspaceSession): Pick<Handlers, 'departments.list' | 'departments.create'> {
  return {
    'departments.list': () => listDepartments(session.requireDb()),
    'departments.create': ({ name, color }) => findOrCreateDepartment(session.requireDb(), name, color),
  };
}
