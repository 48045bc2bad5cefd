import { type Principal, openPrincipal } from './auth/principal.ts';
import { type CatalogIndex, RequestCatalog } from './catalog-index.ts';
import type { DoorCommands } from './events/door-commands.ts';
import type { EventStore } from './events/store.ts';
import type { Logger } from './logger.ts';
import type { RequestRecord } from './observability/request-record.ts';
import type { IautoClient } from './upstream/client.ts';
import { UpstreamLoader } from './upstream/loader.ts';
import type { SharedReads } from './upstream/shared-reads.ts';

/** What every resolver receives; a new one per GraphQL request. */
export interface Context {
  /** Deduplicating, batching access to iauto360 for this request (for a subscription, for its current event). */
  upstream: UpstreamLoader;
  /** The car catalog, shared across requests with a TTL; its calls count as this request's. */
  catalog: RequestCatalog;
  /**
   * Called by every subscription field before an event's fields resolve. A subscription is one
   * request for its whole life: without this every event would read through the first event's
   * loader, getting its cached answers (a condition as it was then) and sharing one call cap.
   * Each event gets a loader of its own, admitted by `admitEvent` when set.
   */
  beginEvent(this: Context): Promise<void>;
  /**
   * Set by the upstream-cost plugin on a subscription: reserves one event's estimated calls from
   * the caller's upstream calls per minute (giving back what the previous event, `previous`, did
   * not spend), or gives the error every call of the event then fails with.
   */
  admitEvent?: (previous: UpstreamLoader) => Promise<Error | undefined>;
  /** One clock reading per request, so defaults such as "the last 90 days" agree across fields. */
  requestTime: Date;
  /** Who is asking: from the request's credentials, or the open principal when the gateway runs open. */
  principal: Principal;
  /** True when the gateway verified the caller's credential; false when it runs open (authentication off). */
  authenticated: boolean;
  /** The gateway's logger; write a line about this request through `requestLogger(log, record)` (logger.ts) so it carries the request id. */
  log: Logger;
  /** The request's record for its access line (observability/request-record.ts); none for a context built outside a transport. */
  record?: RequestRecord;
  /** Seals and opens trip and event cursors (see domain/sealed-cursor.ts). */
  cursorKey: Buffer;
  /** The terminals a principal with every terminal sees in `myTerminals` (iauto360 cannot list them). */
  fleetEsns: readonly string[];
  /** Stored vehicle events and their live feed. */
  events: EventStore;
  /** The door-command log and its outcome tracking. */
  doorCommands: DoorCommands;
}

/**
 * The `resolve` of every subscription field: the event as it is, once `beginEvent` has given it
 * an upstream loader of its own (see Context.beginEvent).
 */
export async function resolveEvent<Event>(event: Event, _args: unknown, context: Context): Promise<Event> {
  await context.beginEvent();
  return event;
}

/** Long-lived dependencies shared by every request. */
export interface Gateway {
  client: IautoClient;
  catalog: CatalogIndex;
  /** The most upstream calls one GraphQL request may make (each is billed). */
  maxUpstreamCallsPerRequest?: number;
  /** Immutable reads, shared across requests; none means no sharing. */
  sharedReads?: SharedReads;
  now?: () => number;
  logger: Logger;
  /** The key sealing trip cursors. */
  cursorKey: Buffer;
  /** The configured fleet (FLEET_ESNS, or the embedded simulator's terminals). */
  fleetEsns?: readonly string[];
  events: EventStore;
  doorCommands: DoorCommands;
}

/** Who a request runs as: a verified principal, or the open principal when authentication is off. */
export interface Caller {
  principal: Principal;
  authenticated: boolean;
  /** The request's record (its access line), when the request came through a transport that keeps one. */
  record?: RequestRecord;
}

export function createContext(gateway: Gateway, { principal, authenticated, record }: Caller = { principal: openPrincipal, authenticated: false }): Context {
  const log = gateway.logger;
  const loader = (refusal?: Error) =>
    new UpstreamLoader(gateway.client, {
      maxCalls: gateway.maxUpstreamCallsPerRequest,
      sharedReads: gateway.sharedReads,
      principal,
      log,
      record,
      refusal,
    });
  const upstream = loader();
  return {
    upstream,
    catalog: new RequestCatalog(gateway.catalog, upstream),
    // `this`, not the object built here: yoga hands resolvers a copy of it, merged with its own context.
    async beginEvent(this: Context) {
      const refusal = await this.admitEvent?.(this.upstream);
      this.upstream = loader(refusal);
      this.catalog = new RequestCatalog(gateway.catalog, this.upstream);
    },
    requestTime: new Date((gateway.now ?? Date.now)()),
    principal,
    authenticated,
    log,
    record,
    cursorKey: gateway.cursorKey,
    fleetEsns: gateway.fleetEsns ?? [],
    events: gateway.events,
    doorCommands: gateway.doorCommands,
  };
}
