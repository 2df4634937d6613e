import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import 'antd/dist/antd.css';
import './styles.css';
import { Root } from './app/Root';
import { parseRoute } from './app/router';
import { prefetchFromLocation } from './features/editor/store/prefetch';
import { prefetchJourneys } from './features/journeys/store';
import { loadWorkspaceEarly } from './features/workspace/store';

// Ask the backend for what the first screen shows while the app boots: the workspace status,
// the journey list when opening on it, or the map when opening straight onto a journey.
void loadWorkspaceEarly();
if (parseRoute(window.location.hash).name === 'journeys') prefetchJourneys();
prefetchFromLocation();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
