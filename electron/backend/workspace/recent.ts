/**
 * The list of recently opened workspaces, kept in the app's data folder (not in a workspace).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MAX_RECENT = 10;

export class RecentList {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent-workspaces.json');
  }

  list(): string[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT) : [];
    } catch {
      return [];
    }
  }

  add(path: string): void {
    const next = [path, ...this.list().filter((p) => p !== path)].slice(0, MAX_RECENT);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      // Write then rename so a crash never leaves half a file.
      writeFileSync(`${this.file}.tmp`, JSON.stringify(next, null, 2));
      renameSync(`${this.file}.tmp`, this.file);
    } catch {
      // The list is a convenience; failing to record it must not fail the open.
    }
  }
}
