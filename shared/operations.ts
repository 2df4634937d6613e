/**
 * The names of every backend operation. Kept free of imports so the sandboxed
 * preload can bundle it without pulling in the schemas.
 */
export const OPERATION_NAMES = [
  'app.info',
  'workspace.status',
  'workspace.open',
  'workspace.create',
  'workspace.saveCopy',
  'workspace.recent',
  'journeys.list',
  'journeys.get',
  'journeys.create',
  'journeys.update',
  'journeys.duplicate',
  'journeys.delete',
  'journeys.restore',
  'journeys.applyChanges',
  'journeys.version',
  'journeys.importMap',
  'departments.list',
  'departments.create',
  'surveys.list',
  'surveys.get',
  'surveys.create',
  'surveys.update',
  'surveys.delete',
  'surveys.saveQuestions',
  'surveys.answerCounts',
  'surveys.restoreQuestions',
  'rounds.create',
  'rounds.update',
  'rounds.delete',
  'rounds.summary',
  'rounds.addResponses',
  'import.preview',
  'import.check',
  'import.start',
  'import.progress',
  'import.cancel',
  'compare.rounds',
  'journeys.snapshots',
  'journeys.snapshot',
  'journeys.getSnapshot',
  'journeys.restoreSnapshot',
  'journeys.compareVersions',
  'reports.start',
  'reports.progress',
  'reports.cancel',
  'reports.take',
  'painPoints.list',
  'painPoints.get',
  'painPoints.setReach',
  'painPoints.addCause',
  'painPoints.removeCause',
  'painPoints.addStory',
  'painPoints.removeStory',
  'actions.create',
  'actions.update',
  'actions.delete',
  'actions.openByTouchpoint',
  'settings.painRules',
  'settings.setPainRules',
  'painPoints.export',
  'backups.list',
  'backups.create',
  'backups.restore',
  'workshop.interfaces',
  'workshop.start',
  'workshop.current',
  'workshop.resume',
  'workshop.open',
  'workshop.lock',
  'workshop.reveal',
  'workshop.status',
  'workshop.results',
  'workshop.apply',
  'workshop.close',
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/** IPC channel for an operation. */
export const channelOf = (name: OperationName): string => `op:${name}`;

/**
 * Desktop-only commands run by the Electron main process (native dialogs).
 * Browser mode offers the same actions through in-app forms instead.
 */
export const SHELL_COMMANDS = ['newWorkspace', 'openWorkspace', 'saveCopy'] as const;
export type ShellCommand = (typeof SHELL_COMMANDS)[number];
export const shellChannelOf = (name: ShellCommand): string => `shell:${name}`;

/** Event sent from main to the renderer when the open workspace changed. */
export const WORKSPACE_CHANGED_CHANNEL = 'event:workspace-changed';
