import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { ClientProvider } from './api/ClientContext';
import { pickTransport } from './api/transports';
import { App } from './app/App';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/markdown.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

const client = createClient(pickTransport(window));

createRoot(container).render(
  <StrictMode>
    <ClientProvider client={client}>
      <App />
    </ClientProvider>
  </StrictMode>,
);
