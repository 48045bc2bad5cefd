import DataLoader from 'dataloader';
import type { IautoClient } from './client.ts';
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
 * request's cached reads, so a mutation payload refetches what the write changed.
 */
export class UpstreamLoader {
  readonly #client: IautoClient;
  readonly #reads: DataLoader<ReadKey, unknown, string>;

  constructor(client: IautoClient) {
    this.#client = client;
    this.#reads = new DataLoader(
      (keys) => Promise.all(keys.map((key) => client.call(key.service, key.data as never).catch((error: Error) => error))),
      { cacheKeyFn: (key) => key.cacheKey },
    );
  }

  read<S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    if (serviceTable[service].kind !== 'read') throw new TypeError(`service ${service} is a write`);
    return this.#reads.load({ service, data, cacheKey: `${service}:${canonicalJson(data)}` }) as Promise<ServiceResponse<S>>;
  }

  async write<S extends ServiceNumber>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    if (serviceTable[service].kind !== 'write') throw new TypeError(`service ${service} is a read`);
    try {
      return await this.#client.call(service, data);
    } finally {
      this.#reads.clearAll();
    }
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
