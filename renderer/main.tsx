// First: sends the start-up requests before the rest of the code is evaluated.
import { boot } from './app/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import 'antd/dist/antd.css';
import './styles.css';
import { Root } from './app/Root';
import { prefetchJourneys } from './features/journeys';
import { loadWorkspaceEarly } from './features/workspace';

// The first render waits briefly for the start-up answers, so it shows the workspace and the
// list at once instead of a spinner first (a slow backend gets the spinner after the wait).
const FIRST_SCREEN_WAIT_MS = 400;
await Promise.race([
  Promise.all([loadWorkspaceEarly(boot.info, boot.status), boot.journeys ? prefetchJourneys(boot.journeys) : null]),
  new Promise((done) => setTimeout(done, FIRST_SCREEN_WAIT_MS)),
]);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
