/**
 * Automatic backups of the open workspace: list them, take one now, restore one as a copy.
 */
import { z } from 'zod';
import { Empty, op, type OpMap } from './op';

export const BackupInfo = z.object({
  /** File name inside the backup folder, e.g. `project-2026-11-23T18-46-47-103Z.jaudit`. */
  name: z.string(),
  path: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const backupOps = {
  /** The open workspace's backups, newest first, and the folder that holds them. */
  'backups.list': op(Empty, z.object({ dir: z.string(), backups: z.array(BackupInfo) })),
  /** Takes a backup now (online backup API: consistent while the file is in use). */
  'backups.create': op(Empty, BackupInfo),
  /**
   * Writes the chosen backup to a new file (never over an existing one) and opens it.
   * Without `path`, the copy goes beside the workspace as `<name> (restored <time>).jaudit`.
   */
  'backups.restore': op(
    z.object({ name: z.string().min(1).max(255), path: z.string().trim().min(1).max(4096).optional() }).strict(),
    z.object({ path: z.string(), from: z.string() }),
  ),
} satisfies OpMap;
