import { lazy, Suspense } from 'react';
import { useOpenedOnce } from '../../lib/useOpenedOnce';
import { useWorkspace } from './store';

// Each dialog's code loads the first time it opens: none of them is needed to start the app.
const NewWorkspaceModal = lazy(() => import('./NewWorkspaceModal').then((m) => ({ default: m.NewWorkspaceModal })));
const OpenWorkspaceModal = lazy(() => import('./OpenWorkspaceModal').then((m) => ({ default: m.OpenWorkspaceModal })));
const SaveCopyModal = lazy(() => import('./SaveCopyModal').then((m) => ({ default: m.SaveCopyModal })));
const BackupsModal = lazy(() => import('./BackupsModal').then((m) => ({ default: m.BackupsModal })));

/** The browser-mode workspace dialogs (the desktop app uses native ones instead), and the backups dialog of both. */
export function WorkspaceDialogs() {
  const dialog = useWorkspace((s) => s.dialog);
  const close = useWorkspace((s) => s.closeDialog);
  const newUsed = useOpenedOnce(dialog === 'new');
  const openUsed = useOpenedOnce(dialog === 'open');
  const saveUsed = useOpenedOnce(dialog === 'save');
  const backupsUsed = useOpenedOnce(dialog === 'backups');
  return (
    <Suspense fallback={null}>
      {newUsed ? <NewWorkspaceModal open={dialog === 'new'} onClose={close} /> : null}
      {openUsed ? <OpenWorkspaceModal open={dialog === 'open'} onClose={close} /> : null}
      {saveUsed ? <SaveCopyModal open={dialog === 'save'} onClose={close} /> : null}
      {backupsUsed ? <BackupsModal open={dialog === 'backups'} onClose={close} /> : null}
    </Suspense>
  );
}
