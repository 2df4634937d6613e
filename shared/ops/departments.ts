/**
 * The workspace's departments (the lanes a touchpoint is owned by).
 */
import { z } from 'zod';
import { Department } from '../domain/journey';
import { Empty, op, type OpMap } from './op';

export const departmentOps = {
  'departments.list': op(Empty, z.array(Department)),
  'departments.create': op(z.object({ name: z.string().trim().min(1).max(200), color: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable() }).strict(), Department),
} satisfies OpMap;
