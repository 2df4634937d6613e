import { randomUUID } from 'node:crypto';

/** Record ids are UUIDs so maps can be copied between workspaces without clashes. */
export const newId = (): string => randomUUID();

/** Timestamps are ISO 8601 in UTC. */
export const now = (): string => new Date().toISOString();
