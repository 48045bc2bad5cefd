import { useEffect, useRef, useState } from 'preact/hooks';
import { useSubscription } from '@urql/preact';
import { requestProblem } from './errors.ts';
import { dateTime, words } from './format.ts';
import type { FleetEventsSubscription as FleetEvents } from './gql/graphql.ts';
import { FleetEventsSubscription } from './operations.ts';

type FeedEvent = FleetEvents['vehicleEvents'];
const STORAGE_KEY = 'iauto-graph.fleet.events';
const SHOWN = 50;

/** What this tab keeps: the events shown to one principal (by name, never by credential), newest first. */
interface StoredFeed {
  principal: string;
  events: FeedEvent[];
}

/**
 * The events this tab showed to `principal`, so a reload (or signing in again after one) resumes
 * after the last one. Another principal's are dropped unread: the tab keeps one principal's feed.
 */
function storedFor(principal: string): FeedEvent[] {
  try {
    const feed = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<StoredFeed> | null;
    if (feed?.principal === principal && Array.isArray(feed.events)) return feed.events;
  } catch {
    // Unreadable: start afresh.
  }
  forgetStoredEvents();
  return [];
}

/** Forgets the events kept for this tab: Sign out leaves nothing of the user's behind. */
export function forgetStoredEvents(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** The first wait before asking again for a stream that ended, doubled at each try that brings no event, up to the last. */
const RECONNECT_MS = 1_000;
const RECONNECT_MAX_MS = 30_000;

/**
 * The live event feed: vehicleEvents with `since` the last event this tab saw, so after a reload
 * the gateway replays what arrived meanwhile before the live events, with no gap; with
 * authentication on, so does signing in again as the same `principal` (myAccess.name). A stream that
 * ends (the gateway closed it, the connection dropped) is asked again the same way, after a
 * wait that grows while tries bring nothing; one the gateway refused with an error is not (a 401
 * ends the session, see client.ts; any other refusal is shown).
 */
export function EventFeed({ principal, plates }: { principal: string; plates: ReadonlyMap<string, string> }) {
  const [events, setEvents] = useState<FeedEvent[]>(() => storedFor(principal));
  const [since, setSince] = useState(() => events[0]?.id ?? null);
  const tries = useRef(0);
  const [result, subscribeAgain] = useSubscription({ query: FleetEventsSubscription, variables: { since } }, (_previous, data) => {
    tries.current = 0;
    setEvents((shown) => {
      if (shown.some((event) => event.id === data.vehicleEvents.id)) return shown;
      const next = [data.vehicleEvents, ...shown].slice(0, SHOWN);
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ principal, events: next } satisfies StoredFeed));
      return next;
    });
    return data;
  });
  const refused = result.error !== undefined && result.error.networkError === undefined;
  useEffect(() => {
    if (result.fetching || refused) return;
    const wait = Math.min(RECONNECT_MAX_MS, RECONNECT_MS * 2 ** tries.current);
    const timer = setTimeout(() => {
      tries.current += 1;
      const last = events[0]?.id ?? null;
      // A new `since` starts a new stream by itself; the same one is asked again.
      if (last !== since) setSince(last);
      else subscribeAgain({ requestPolicy: 'network-only' });
    }, wait);
    return () => clearTimeout(timer);
  }, [result.fetching, refused]);
  const problem = result.error ? (requestProblem(result.error) ?? result.error.message) : undefined;
  return (
    <section class="events" aria-labelledby="events-heading">
      <h2 id="events-heading">Live events</h2>
      {problem ? (
        <p class="badge error" role="alert">
          {problem}
        </p>
      ) : null}
      {events.length === 0 ? <p>No events yet.</p> : null}
      <ol class="event-feed" aria-live="polite">
        {events.map((event) => (
          <li key={event.id} data-event-id={event.id}>
            <strong>{words(event.type)}</strong> <span>{plates.get(event.esn) ?? `ESN ${event.esn}`}</span> <time dateTime={event.occurredAt}>{dateTime(event.occurredAt)}</time>{' '}
            <span>{event.text ?? ''}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
