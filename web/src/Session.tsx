import { Provider } from '@urql/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { App } from './App.tsx';
import { createFleetClient } from './client.ts';
import { forgetStoredEvents } from './EventFeed.tsx';

interface SessionState {
  id: number;
  /** The API key or token, in this tab's memory only; undefined when signed out. */
  credential: string | undefined;
  /** True when the previous session ended because the gateway refused its credential. */
  refused: boolean;
  /** True when the previous session ended by Sign out. */
  signedOut: boolean;
}

/**
 * One sign-in: its credential (in this tab's memory only), its own GraphQL client and cache, and
 * its own App. Signing in or out starts a new session: the previous client's cache and open
 * streams go with it, so one principal never sees another's data (the feed kept in
 * sessionStorage is the principal's own, see EventFeed).
 * The gateway refusing the credential (401) in any answer, whichever part of the page asked,
 * ends the session the same way, and the form says why.
 */
export function Session() {
  const [session, setSession] = useState<SessionState>({ id: 0, credential: undefined, refused: false, signedOut: false });
  const start = (credential: string | undefined, refused = false, signedOut = false) => {
    setSession((previous) => ({ id: previous.id + 1, credential: credential?.trim() || undefined, refused, signedOut }));
  };
  // Sign out leaves nothing of the user's behind: the events kept for the tab go too, once the
  // previous App and its feed's stream are gone (so no late event writes them back). A reload or a
  // refused credential (an expired JWT) keeps them for the same principal's next sign-in; the feed
  // drops them for another principal's.
  useEffect(() => {
    if (session.signedOut) forgetStoredEvents();
  }, [session]);
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
      <App key={session.id} signedIn={session.credential !== undefined} refused={session.refused} onSignIn={start} onSignOut={() => start(undefined, false, true)} />
    </Provider>
  );
}
