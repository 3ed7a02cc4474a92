import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createClient } from '../../../../renderer/src/api/client';
import { ClientProvider } from '../../../../renderer/src/api/ClientContext';
import { App } from '../../../../renderer/src/app/App';
import { fakeTransport, type FakeTransport, type Handlers } from './fake-transport';
import { gardenInfo, snapshot } from './plants';

/** Renders the whole app against a fake door; a test replaces only the handlers it cares about. */
export function renderApp(handlers: Handlers = {}, hash = '#/plants'): { transport: FakeTransport } & ReturnType<typeof render> {
  window.location.hash = hash;
  const transport = fakeTransport({
    'garden.info': () => gardenInfo(),
    'garden.recent': () => [],
    'garden.snapshot': () => snapshot([]),
    ...handlers,
  });
  const result = render(
    <ClientProvider client={createClient(transport)}>
      <App />
    </ClientProvider>,
  );
  return { transport, ...result };
}

export function withClient(transport: FakeTransport, children: ReactNode) {
  return <ClientProvider client={createClient(transport)}>{children}</ClientProvider>;
}
