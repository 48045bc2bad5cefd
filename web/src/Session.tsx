import { Provider } from '@urql/preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { App } from './App.tsx';
import { createFleetClient } from './client.ts';
import { forgetStoredEvents } from './EventFeed.tsx';

interface SessionState {
  id: number;
  /** The API key or token, in this tab's memory only; undefined when signed out. */
  credential: string | undefined;
  /** True when the previous session ended because the gateway refused its credential. */
  refused: boolean;
}

/**
 * One sign-in: its credential (in this tab's memory only), its own GraphQL client and cache, and
 * its own App. Signing in or out starts a new session: the previous client's cache, open streams
 * and the feed kept in sessionStorage go with it, so one principal never sees another's data.
 * The gateway refusing the credential (401) in any answer, whichever part of the page asked,
 * ends the session the same way, and the form says why.
 */
export function Session() {
  const [session, setSession] = useState<SessionState>({ id: 0, credential: undefined, refused: false });
  const start = (credential: string | undefined, refused = false) => {
    forgetStoredEvents();
    setSession((previous) => ({ id: previous.id + 1, credential: credential?.trim() || undefined, refused }));
  };
  const currentId = useRef(session.id);
  currentId.current = session.id;
  const client = useMemo(
    () =>
      createFleetClient(session.credential, () => {
        // An answer still arriving for a session already ended does not end the next one.
        if (currentId.current !== session.id) return;
        currentId.current = -1;
        start(undefined, true);
      }),
    [session],
  );
  return (
    <Provider value={client}>
      <App key={session.id} signedIn={session.credential !== undefined} refused={session.refused} onSignIn={start} onSignOut={() => start(undefined)} />
    </Provider>
  );
}
