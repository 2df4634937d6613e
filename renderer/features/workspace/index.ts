/** The open workspace file: its state, its dialogs and the screens that show it. */
export { subscribeToWorkspaceChanges } from './actions';
export { ReadOnlyBanner } from './ReadOnlyBanner';
export { hasWorkspace, loadWorkspaceEarly, useWorkspace } from './store';
export { WorkspaceDialogs } from './WorkspaceDialogs';
export { WorkspaceErrorScreen } from './WorkspaceErrorScreen';
export { WorkspaceFile } from './WorkspaceFile';
export { WorkspaceMenu } from './WorkspaceMenu';
