import { BackupsModal } from './BackupsModal';
import { NewWorkspaceModal } from './NewWorkspaceModal';
import { OpenWorkspaceModal } from './OpenWorkspaceModal';
import { SaveCopyModal } from './SaveCopyModal';
import { useWorkspace } from './store';

/** The browser-mode workspace dialogs (the desktop app uses native ones instead), and the backups dialog of both. */
export function WorkspaceDialogs() {
  const dialog = useWorkspace((s) => s.dialog);
  const close = useWorkspace((s) => s.closeDialog);
  return (
    <>
      <NewWorkspaceModal open={dialog === 'new'} onClose={close} />
      <OpenWorkspaceModal open={dialog === 'open'} onClose={close} />
      <SaveCopyModal open={dialog === 'save'} onClose={close} />
      <BackupsModal open={dialog === 'backups'} onClose={close} />
    </>
  );
}
