/**
 * The app and the open workspace: what is running, which file is open, open / create / copy.
 */
import { z } from 'zod';
import { Empty, op, type OpMap } from './op';

const FilePath = z.string().trim().min(1).max(4096);

export const WorkspaceStatus = z.object({
  /** Absolute path of the open workspace, or null when none could be opened. */
  path: z.string().nullable(),
  schemaVersion: z.number().int().nullable(),
  /** The file (a read-only file or drive) opened for reading only: every change is refused. */
  readOnly: z.boolean(),
  /** Why the last open failed, when it did. */
  error: z
    .object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
    .nullable(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  mode: z.enum(['desktop', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const workspaceOps = {
  'app.info': op(Empty, AppInfo),
  'workspace.status': op(Empty, WorkspaceStatus),
  'workspace.open': op(z.object({ path: FilePath }).strict(), WorkspaceStatus),
  'workspace.create': op(
    z.object({ path: FilePath, sample: z.boolean().default(false), lang: z.enum(['zh-CN', 'en']).default('en') }).strict(),
    WorkspaceStatus,
  ),
  'workspace.saveCopy': op(z.object({ path: FilePath }).strict(), z.object({ path: z.string(), bytes: z.number().int() })),
  'workspace.recent': op(Empty, z.array(z.string())),
  /** The running version, and the open workspace's schema version, path and size on disk. */
  'workspace.about': op(Empty, z.object({ appVersion: z.string(), schemaVersion: z.number().int(), path: z.string(), bytes: z.number().int() })),
} satisfies OpMap;
