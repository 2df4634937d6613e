import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import 'antd/dist/antd.css';
import './styles.css';
import { Root } from './app/Root';
import { prefetchFromLocation } from './features/editor/store/prefetch';

// Opening straight onto a journey: start fetching its map while the app boots.
prefetchFromLocation();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
