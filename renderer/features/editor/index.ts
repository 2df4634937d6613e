/** The journey map editor, as the shell sees it. Its page loads on first use. */
import { lazy } from 'react';

export const EditorPage = lazy(() => import('./EditorPage').then((m) => ({ default: m.EditorPage })));
