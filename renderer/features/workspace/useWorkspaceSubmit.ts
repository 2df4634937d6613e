import { useCallback, useState } from 'react';
import type { WorkspaceStatus } from '../../../shared/ops/workspace';
import { AppError, isAppErrorData } from '../../../shared/errors';
import { useWorkspace } from './store';

/**
 * Runs a workspace operation for a dialog: keeps the error to show inside it and
 * reports success only when the backend really switched to a usable workspace.
 */
export function useWorkspaceSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  /** Adopts a status from open/create; an error inside it is shown and nothing changes. */
  const adopt = useCallback((status: WorkspaceStatus | null): boolean => {
    if (!status) return false;
    if (status.error) {
      setError(isAppErrorData(status.error) ? new AppError(status.error) : status.error);
      return false;
    }
    useWorkspace.getState().applyStatus(status);
    return true;
  }, []);

  const reset = useCallback(() => setError(null), []);

  return { busy, error, run, adopt, reset };
}
