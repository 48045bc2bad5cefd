import { Provider } from '@urql/preact';
import { useMemo, useState } from 'preact/hooks';
import { App } from './App.tsx';
import { createFleetClient } from './client.ts';
import { forgetStoredEvents } from './EventFeed.tsx';

/**
 * One sign-in: its credential (in this tab's memory only), its own GraphQL client and cache, and
 * its own App. Signing in or out starts a new session: the previous client's cache, open streams
 * and the feed kept in sessionStorage go with it, so one principal never sees another's data.
 */
export function Session() {
  const [session, setSession] = useState<{ id: number; credential: string | undefined }>({ id: 0, credential: undefined });
  const client = useMemo(() => createFleetClient(session.credential), [session]);
  const start = (credential: string | undefined) => {
    forgetStoredEvents();
    setSession((previous) => ({ id: previous.id + 1, credential: credential?.trim() || undefined }));
  };
  return (
    <Provider value={client}>
      <App key={session.id} signedIn={session.credential !== undefined} onSignIn={start} onSignOut={() => start(undefined)} />
    </Provider>
  );
}
