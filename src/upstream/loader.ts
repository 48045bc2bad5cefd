import DataLoader from 'dataloader';
import { denial } from '../auth/authorize.ts';
import { type Principal, openPrincipal } from '../auth/principal.ts';
import { scopeOf } from '../auth/scopes.ts';
import { forbidden } from '../errors.ts';
import { type Logger, requestLogger } from '../logger.ts';
import type { RequestRecord } from '../observability/request-record.ts';
import type { IautoClient } from './client.ts';
import { UpstreamCallLimitError, UpstreamError } from './errors.ts';
import { type ServiceNumber, type ServiceRequest, type ServiceResponse, invalidatedBy, isImmutable, serviceTable } from './services.ts';
import type { SharedReads } from './shared-reads.ts';

interface ReadKey {
  service: ServiceNumber;
  data: unknown;
  cacheKey: string;
}

export interface UpstreamLoaderOptions {
  /** The most upstream attempts (retries and catalog calls included) this request may make. */
  maxCalls?: number;
  /** Immutable reads shared with the other requests of this process (kept answers, calls in flight). */
  sharedReads?: SharedReads;
  /** Who is asking; every call is checked against its scopes and terminals first. */
  principal?: Principal;
  /** Receives one audit line per write. */
  log?: Logger;
  /** The request this loader serves: its upstream attempts are counted in its access line. */
  record?: RequestRecord;
  /** When set, every call fails with it, unsent (a subscription event its caller's rate limit refused). */
  refusal?: Error;
}

/** What a request spent upstream, as reported in `extensions.upstreamCost`. */
export interface UpstreamSpending {
  /** Upstream attempts sent, retries and catalog calls included (each is billed). */
  calls: number;
  /** Reads answered without a call of this request: shared across requests (kept or joined in flight) or from the catalog cache. */
  cached: number;
  /** Attempts per service number. */
  byService: Record<string, number>;
}

/**
 * The per-request gateway to iauto360, and the one choke point every upstream call of a request
 * passes. Each call is first authorized against the principal (the service's scope, the ESN in
 * its data), so a denied part fails FORBIDDEN without any call. Reads go through one DataLoader
 * keyed by (service, data): within a request each distinct read is sent once, however many fields
 * ask for it, and distinct reads run concurrently. Immutable reads are shared across requests
 * (SharedReads): a kept answer or a call another request has in flight is used instead of a call.
 * Writes are sent exactly once, logged as one audit line, and then
 * drop the request's cached reads (and the shared answers they invalidate), so a mutation payload
 * refetches what the write changed. Every attempt is billed, so a request may send at most
 * `maxCalls` attempts, retries and catalog calls included; those past it fail unsent.
 */
export class UpstreamLoader {
  readonly #client: IautoClient;
  readonly #reads: DataLoader<ReadKey, unknown, string>;
  readonly #maxCalls: number;
  readonly #sharedReads: SharedReads | undefined;
  readonly #principal: Principal;
  readonly #log: Logger | undefined;
  readonly #record: RequestRecord | undefined;
  readonly #refusal: Error | undefined;
  readonly #byService = new Map<ServiceNumber, number>();
  readonly #inFlight = new Set<Promise<unknown>>();
  /** Reads, writes and catalog calls asked of this loader and not yet settled (answered, cached or failed). */
  #unsettled = 0;
  #calls = 0;
  #cached = 0;

  constructor(client: IautoClient, options: UpstreamLoaderOptions = {}) {
    this.#client = client;
    this.#maxCalls = options.maxCalls ?? Number.POSITIVE_INFINITY;
    this.#sharedReads = options.sharedReads;
    this.#principal = options.principal ?? openPrincipal;
    this.#log = options.log;
    this.#record = options.record;
    this.#refusal = options.refusal;
    this.#reads = new DataLoader((keys) => Promise.all(keys.map((key) => this.#readThrough(key).catch((error: Error) => error))), {
      cacheKeyFn: (key) => key.cacheKey,
    });
  }

  /** Upstream attempts this request has sent, retries and catalog calls included. */
  get calls(): number {
    return this.#calls;
  }

  get spending(): UpstreamSpending {
    return { calls: this.#calls, cached: this.#cached, byService: Object.fromEntries(this.#byService) };
  }

  read<S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    if (serviceTable[service].kind !== 'read') throw new TypeError(`service ${service} is a write`);
    const denial = this.#denial(service, data);
    if (denial) return Promise.reject(denial);
    return this.#tracked(this.#reads.load({ service, data, cacheKey: cacheKeyOf(service, data) })) as Promise<ServiceResponse<S>>;
  }

  /**
   * The refusal of a write by this principal (FORBIDDEN, audited), or undefined when it may be
   * sent: for callers that must refuse before their own bookkeeping (door commands).
   */
  refusalOfWrite<S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Error | undefined {
    const denial = this.#denial(service, data);
    if (denial) this.#audit(service, (data as { esn?: string }).esn, 'FORBIDDEN');
    return denial;
  }

  write<S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    return this.#tracked(this.#write(service, data));
  }

  async #write<S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    if (serviceTable[service].kind !== 'write') throw new TypeError(`service ${service} is a read`);
    const esn = (data as { esn?: string }).esn;
    const denial = this.refusalOfWrite(service, data);
    if (denial) throw denial;
    try {
      const answer = (await this.#send(service, data)) as ServiceResponse<S>;
      this.#audit(service, esn ?? (answer as { esn?: string }).esn, 'ok');
      await Promise.all(invalidatedBy(service).map((stale) => this.#sharedReads?.invalidate(cacheKeyOf(stale, data))));
      return answer;
    } catch (error) {
      this.#audit(service, esn, error instanceof UpstreamError ? error.kind : 'failed');
      throw error;
    } finally {
      this.#reads.clearAll();
    }
  }

  /**
   * A call on behalf of the catalog index shared by all requests: authorized, counted and capped
   * as this request's, but not deduplicated here (the index never fetches the same thing twice).
   */
  catalogCall<S extends 4001 | 4002>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    const denial = this.#denial(service, data);
    if (denial) return Promise.reject(denial);
    return this.#tracked(this.#send(service, data)) as Promise<ServiceResponse<S>>;
  }

  /** True when nothing asked of this loader is unsettled: no read, write or catalog call under way. */
  get idle(): boolean {
    return this.#unsettled === 0;
  }

  #tracked<T>(work: Promise<T>): Promise<T> {
    this.#unsettled++;
    const done = () => {
      this.#unsettled--;
    };
    work.then(done, done);
    return work;
  }

  /**
   * Resolves once no call of this request is in flight. GraphQL answers as soon as a failure has
   * nulled its parent, while sibling calls may still run; waiting for them keeps the reported
   * spending exact and leaves nothing of a request running after its answer.
   */
  async settled(): Promise<void> {
    // After each batch settles, let the resolvers that awaited it run (they may send the next call).
    do {
      await Promise.allSettled([...this.#inFlight]);
      await new Promise((resolve) => setImmediate(resolve));
    } while (this.#inFlight.size > 0);
  }

  /** Counts a read answered from a cache, without a call. */
  noteCached(): void {
    this.#cached++;
  }

  /** Why this principal may not make this call, or undefined when it may. */
  #denial(service: ServiceNumber, data: unknown): Error | undefined {
    if (this.#refusal) return this.#refusal;
    const esn = (data as { esn?: unknown } | null)?.esn;
    const denied = denial(this.#principal, scopeOf(service), typeof esn === 'string' ? esn : undefined);
    if (denied) return denied;
    if (esn === undefined && this.#principal.esns !== '*' && service === 1002) {
      // A bind by activation code does not say which terminal it binds: only a principal reaching all may.
      return forbidden(`${this.#principal.name} may only act on terminals named by ESN.`);
    }
    return undefined;
  }

  #audit(service: ServiceNumber, esn: string | undefined, outcome: string): void {
    if (this.#log) requestLogger(this.#log, this.#record).info({ audit: 'write', principal: this.#principal.name, service, esn: esn ?? null, outcome }, `upstream write ${service}: ${outcome}`);
  }

  async #readThrough({ service, data, cacheKey }: ReadKey): Promise<unknown> {
    if (!this.#sharedReads || !isImmutable(service)) return this.#send(service, data);
    // In flight for this request too while it waits for another request's call: settled() waits for it.
    const { answer, shared } = await this.#inFlightUntilSettled(this.#sharedReads.read(cacheKey, () => this.#send(service, data) as Promise<object>));
    if (shared) this.#cached++;
    return answer;
  }

  #send(service: ServiceNumber, data: unknown): Promise<unknown> {
    return this.#inFlightUntilSettled(this.#client.call(service, data as never, { beforeAttempt: () => this.#countAttempt(service), record: this.#record }));
  }

  #inFlightUntilSettled<T>(work: Promise<T>): Promise<T> {
    this.#inFlight.add(work);
    const forget = () => this.#inFlight.delete(work);
    work.then(forget, forget);
    return work;
  }

  #countAttempt(service: ServiceNumber): void {
    if (this.#calls >= this.#maxCalls) {
      this.#record?.recordUpstream(service, 'call-limit');
      throw new UpstreamCallLimitError(service, this.#maxCalls);
    }
    this.#calls++;
    this.#byService.set(service, (this.#byService.get(service) ?? 0) + 1);
  }
}

/** The key of one read: its service and its data, whatever the data's key order. */
export function cacheKeyOf(service: ServiceNumber, data: unknown): string {
  return `${service}:${canonicalJson(data)}`;
}

/** JSON with object keys sorted, so equal data gives equal cache keys whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
