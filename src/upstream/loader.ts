import DataLoader from 'dataloader';
import { requestScope } from '../observability/request-record.ts';
import type { IautoClient } from './client.ts';
import { UpstreamCallLimitError } from './errors.ts';
import { type ServiceNumber, type ServiceRequest, type ServiceResponse, invalidatedBy, isImmutable, serviceTable } from './services.ts';
import type { SharedAnswers } from './shared-cache.ts';

interface ReadKey {
  service: ServiceNumber;
  data: unknown;
  cacheKey: string;
}

/**
 * The per-request gateway to iauto360. Reads go through one DataLoader keyed by
 * (service, data): within a request each distinct read is sent once, however many fields ask
 * for it, and distinct reads run concurrently. Immutable reads are first looked up in the
 * cache shared across requests. Writes are sent exactly once and then drop the request's
 * cached reads (and the shared answers they invalidate), so a mutation payload refetches what
 * the write changed. Every call is billed, so a request may send at most `maxCalls`; the calls
 * past it fail unsent.
 */
export class UpstreamLoader {
  readonly #client: IautoClient;
  readonly #reads: DataLoader<ReadKey, unknown, string>;
  readonly #maxCalls: number;
  readonly #sharedCache: SharedAnswers | undefined;
  #calls = 0;

  constructor(client: IautoClient, options: { maxCalls?: number; sharedCache?: SharedAnswers } = {}) {
    this.#client = client;
    this.#maxCalls = options.maxCalls ?? Number.POSITIVE_INFINITY;
    this.#sharedCache = options.sharedCache;
    this.#reads = new DataLoader((keys) => Promise.all(keys.map((key) => this.#readThrough(key).catch((error: Error) => error))), {
      cacheKeyFn: (key) => key.cacheKey,
    });
  }

  /** Upstream calls this request has sent (or tried to). */
  get calls(): number {
    return this.#calls;
  }

  read<S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    if (serviceTable[service].kind !== 'read') throw new TypeError(`service ${service} is a write`);
    return this.#reads.load({ service, data, cacheKey: cacheKeyOf(service, data) }) as Promise<ServiceResponse<S>>;
  }

  async write<S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    if (serviceTable[service].kind !== 'write') throw new TypeError(`service ${service} is a read`);
    try {
      const answer = (await this.#send(service, data)) as ServiceResponse<S>;
      await Promise.all(invalidatedBy(service).map((stale) => this.#sharedCache?.delete(cacheKeyOf(stale, data))));
      return answer;
    } finally {
      this.#reads.clearAll();
    }
  }

  async #readThrough({ service, data, cacheKey }: ReadKey): Promise<unknown> {
    const shared = isImmutable(service) ? this.#sharedCache : undefined;
    const cached = await shared?.get(cacheKey);
    if (cached !== undefined) return cached;
    const answer = await this.#send(service, data);
    await shared?.set(cacheKey, answer as object);
    return answer;
  }

  #send(service: ServiceNumber, data: unknown): Promise<unknown> {
    if (this.#calls >= this.#maxCalls) {
      requestScope.getStore()?.recordUpstream(service, 'call-limit');
      return Promise.reject(new UpstreamCallLimitError(service, this.#maxCalls));
    }
    this.#calls++;
    return this.#client.call(service, data as never);
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
