import DataLoader from 'dataloader';
import type { IautoClient } from './client.ts';
import { UpstreamCallLimitError } from './errors.ts';
import { type ServiceNumber, type ServiceRequest, type ServiceResponse, serviceTable } from './services.ts';

interface ReadKey {
  service: ServiceNumber;
  data: unknown;
  cacheKey: string;
}

/**
 * The per-request gateway to iauto360. Reads go through one DataLoader keyed by
 * (service, data): within a request each distinct read is sent once, however many fields ask
 * for it, and distinct reads run concurrently. Writes are sent exactly once and then drop the
 * request's cached reads, so a mutation payload refetches what the write changed. Every call
 * is billed, so a request may send at most `maxCalls`; the calls past it fail unsent.
 */
export class UpstreamLoader {
  readonly #client: IautoClient;
  readonly #reads: DataLoader<ReadKey, unknown, string>;
  readonly #maxCalls: number;
  #calls = 0;

  constructor(client: IautoClient, options: { maxCalls?: number } = {}) {
    this.#client = client;
    this.#maxCalls = options.maxCalls ?? Number.POSITIVE_INFINITY;
    this.#reads = new DataLoader(
      (keys) => Promise.all(keys.map((key) => this.#send(key.service, key.data).catch((error: Error) => error))),
      { cacheKeyFn: (key) => key.cacheKey },
    );
  }

  /** Upstream calls this request has sent (or tried to). */
  get calls(): number {
    return this.#calls;
  }

  read<S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    if (serviceTable[service].kind !== 'read') throw new TypeError(`service ${service} is a write`);
    return this.#reads.load({ service, data, cacheKey: `${service}:${canonicalJson(data)}` }) as Promise<ServiceResponse<S>>;
  }

  async write<S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    if (serviceTable[service].kind !== 'write') throw new TypeError(`service ${service} is a read`);
    try {
      return (await this.#send(service, data)) as ServiceResponse<S>;
    } finally {
      this.#reads.clearAll();
    }
  }

  #send(service: ServiceNumber, data: unknown): Promise<unknown> {
    if (this.#calls >= this.#maxCalls) return Promise.reject(new UpstreamCallLimitError(service, this.#maxCalls));
    this.#calls++;
    return this.#client.call(service, data as never);
  }
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
