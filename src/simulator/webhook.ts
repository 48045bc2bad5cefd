import { signEvent } from '../upstream/signature.ts';
import type { LngLat } from '../domain/geo.ts';
import { stringifyJson } from './json.ts';

/** One pushed vehicle event record (docs/upstream.md §6). */
export interface EventRecord {
  /** Int64, unique and increasing. */
  readonly id: bigint;
  readonly esn: string;
  readonly uid: string;
  readonly type: string;
  /** unix s */
  readonly time: number;
  readonly location?: LngLat;
  readonly text?: string;
  readonly attrs?: Record<string, unknown>;
}

/** An event the simulator produced, with the outcome of pushing it. */
export interface PushedEvent {
  readonly record: EventRecord;
  /** The exact JSON text POSTed (`{"records":[record]}`). */
  readonly body: string;
  /** The URL posted to, `versign` included; null when no webhook is configured. */
  url: string | null;
  readonly versign: string;
  /** HTTP status of the partner's reply; null when not delivered. */
  status: number | null;
  /** Why delivery failed; null when delivered or not attempted. */
  error: string | null;
  /** When the POST was made, unix ms; null when none was made. */
  sentAt: number | null;
}

export interface EventPusherOptions {
  readonly secureCode: string;
  readonly webhookUrl: string | undefined;
  readonly delayMs: number;
  readonly now: () => number;
  readonly firstEventId: bigint;
  readonly timeoutMs?: number;
}

/**
 * Produces events some time after their cause and POSTs each to the partner's webhook as
 * `{"records":[...]}` with `?versign=md5(body + secureCode)`. Keeps a log of every event.
 */
export class EventPusher {
  private readonly log: PushedEvent[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private nextId: bigint;
  private closed = false;

  constructor(private readonly options: EventPusherOptions) {
    this.nextId = options.firstEventId;
  }

  events(): readonly PushedEvent[] {
    return this.log;
  }

  /** After the delay, builds the record (id assigned then, so ids increase in push order) and pushes it. */
  schedule(build: (id: bigint, nowMs: number) => EventRecord): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const record = build(this.nextId++, this.options.now());
      const delivery = this.push(record);
      this.inFlight.add(delivery);
      void delivery.finally(() => this.inFlight.delete(delivery));
    }, this.options.delayMs);
    this.timers.add(timer);
  }

  /** Resolves once every scheduled event has been produced and its delivery has finished. */
  async settled(): Promise<void> {
    while (this.timers.size > 0 || this.inFlight.size > 0) {
      await Promise.all([...this.inFlight, new Promise((resolve) => setTimeout(resolve, 5))]);
    }
  }

  /** Drops scheduled events and waits for deliveries under way. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.inFlight]);
  }

  private async push(record: EventRecord): Promise<void> {
    const body = stringifyJson({ records: [record] });
    const versign = signEvent(body, this.options.secureCode);
    const event: PushedEvent = { record, body, url: null, versign, status: null, error: null, sentAt: null };
    this.log.push(event);
    if (!this.options.webhookUrl) return;
    const url = new URL(this.options.webhookUrl);
    url.searchParams.set('versign', versign);
    event.url = url.toString();
    event.sentAt = this.options.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
      event.status = response.status;
      await response.arrayBuffer();
    } catch (error) {
      event.error = error instanceof Error ? error.message : String(error);
    }
  }
}
