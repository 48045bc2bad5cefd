import { type Principal, openPrincipal } from './auth/principal.ts';
import type { CatalogIndex } from './catalog-index.ts';
import type { DoorCommands } from './events/door-commands.ts';
import type { EventStore } from './events/store.ts';
import type { Logger } from './logger.ts';
import { requestScope } from './observability/request-record.ts';
import type { IautoClient } from './upstream/client.ts';
import { UpstreamLoader } from './upstream/loader.ts';
import type { SharedAnswers } from './upstream/shared-cache.ts';

/** What every resolver receives; a new one per GraphQL request. */
export interface Context {
  /** Deduplicating, batching access to iauto360 for this request. */
  upstream: UpstreamLoader;
  /** The car catalog, shared across requests with a TTL. */
  catalog: CatalogIndex;
  /** One clock reading per request, so defaults such as "the last 90 days" agree across fields. */
  requestTime: Date;
  /** Who is asking; the open principal until authentication is configured. */
  principal: Principal;
  /** This request's logger (its lines carry the request id). */
  log: Logger;
  /** The terminals a principal with every terminal sees in `myTerminals` (iauto360 cannot list them). */
  fleetEsns: readonly string[];
  /** Stored vehicle events and their live feed. */
  events: EventStore;
  /** The door-command log and its outcome tracking. */
  doorCommands: DoorCommands;
}

/** Long-lived dependencies shared by every request. */
export interface Gateway {
  client: IautoClient;
  catalog: CatalogIndex;
  /** The most upstream calls one GraphQL request may make (each is billed). */
  maxUpstreamCallsPerRequest?: number;
  /** Answers of immutable reads, shared across requests; none means no sharing. */
  sharedCache?: SharedAnswers;
  now?: () => number;
  logger: Logger;
  /** The configured fleet (FLEET_ESNS, or the embedded simulator's terminals). */
  fleetEsns?: readonly string[];
  events: EventStore;
  doorCommands: DoorCommands;
}

export function createContext(gateway: Gateway): Context {
  const requestId = requestScope.getStore()?.id;
  return {
    upstream: new UpstreamLoader(gateway.client, { maxCalls: gateway.maxUpstreamCallsPerRequest, sharedCache: gateway.sharedCache }),
    catalog: gateway.catalog,
    requestTime: new Date((gateway.now ?? Date.now)()),
    principal: openPrincipal,
    log: requestId === undefined ? gateway.logger : gateway.logger.child({ requestId }),
    fleetEsns: gateway.fleetEsns ?? [],
    events: gateway.events,
    doorCommands: gateway.doorCommands,
  };
}
