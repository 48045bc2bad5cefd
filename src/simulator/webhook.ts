import { z } from 'zod';
import { signEvent } from '../upstream/signature.ts';
import type { LngLat } from '../domain/geo.ts';
import { stringifyJson } from './json.ts';
import { Random } from './random.ts';

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

/** An event the simulator produced, with the outcome of (the first) pushing it. */
export interface PushedEvent {
  readonly record: EventRecord;
  /** The exact JSON text POSTed (`{"records":[...]}`, this record and its batch). */
  body: string;
  /** The URL posted to, `versign` included; null when no webhook is configured. */
  url: string | null;
  versign: string;
  /** HTTP status of the partner's reply; null when not delivered. */
  status: number | null;
  /** Why delivery failed; null when delivered or not attempted. */
  error: string | null;
  /** When the POST was made, unix ms; null when none was made. */
  sentAt: number | null;
  /** How many POSTs carried this record (more than 1 when redelivered). */
  deliveries: number;
}

/** Knobs of the push, changeable while running (POST /__sim/webhook). */
export const webhookSettingsSchema = z.strictObject({
  /** Spontaneous events (every type but the door outcomes) per minute across the bound fleet; 0 = none. */
  eventsPerMinute: z.number().min(0).max(60_000),
  /** Share of door commands that succeed (a command to a running car always fails). */
  doorSuccessRate: z.number().min(0).max(1),
  /** Delay between a door command and its outcome event, ms. */
  doorOutcomeDelayMs: z.number().int().min(0).max(600_000),
  /** Share of POSTs sent a second time (same body, same signature), as iauto360 may redeliver. */
  redeliverRate: z.number().min(0).max(1),
  /** Records per POST: events produced within 20 ms are sent together, up to this many. */
  batchSize: z.number().int().min(1).max(1000),
  /** Send a batch's records in reverse id order. */
  reorder: z.boolean(),
  /** Share of POSTs signed with a wrong secret (the partner must answer 401). */
  badSignatureRate: z.number().min(0).max(1),
});
export type WebhookSettings = z.infer<typeof webhookSettingsSchema>;

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  eventsPerMinute: 0,
  doorSuccessRate: 1,
  doorOutcomeDelayMs: 1000,
  redeliverRate: 0,
  batchSize: 1,
  reorder: false,
  badSignatureRate: 0,
};

export interface EventPusherOptions {
  readonly secureCode: string;
  readonly webhookUrl: string | undefined;
  readonly settings: WebhookSettings;
  readonly now: () => number;
  readonly firstEventId: bigint;
  readonly seed: number;
  readonly timeoutMs?: number;
}

const BATCH_WINDOW_MS = 20;

/**
 * Produces events some time after their cause and POSTs them to the partner's webhook as
 * `{"records":[...]}` with `?versign=md5(body + secureCode)`. Keeps a log of every event.
 */
export class EventPusher {
  private readonly log: PushedEvent[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly random: Random;
  private pending: PushedEvent[] = [];
  private nextId: bigint;
  private closed = false;
  private webhookUrl: string | undefined;
  settings: WebhookSettings;

  constructor(private readonly options: EventPusherOptions) {
    this.nextId = options.firstEventId;
    this.webhookUrl = options.webhookUrl;
    this.settings = { ...options.settings };
    this.random = Random.derive(options.seed, 'webhook');
  }

  events(): readonly PushedEvent[] {
    return this.log;
  }

  setWebhookUrl(url: string | undefined): void {
    this.webhookUrl = url;
  }

  /** Validates and merges a patch of the knobs. */
  configure(patch: unknown): WebhookSettings {
    const parsed = webhookSettingsSchema.partial().parse(patch);
    this.settings = { ...this.settings, ...parsed };
    return this.settings;
  }

  chance(probability: number): boolean {
    return this.random.chance(probability);
  }

  /** After `delayMs`, builds the record (id assigned then, so ids increase in push order) and pushes it. */
  schedule(build: (id: bigint, nowMs: number) => EventRecord | undefined, delayMs: number): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const record = build(this.nextId, this.options.now());
      if (!record) return;
      this.nextId++;
      this.enqueue(record);
    }, delayMs);
    this.timers.add(timer);
  }

  /** Resolves once every scheduled event has been produced and its delivery has finished. */
  async settled(): Promise<void> {
    while (this.timers.size > 0 || this.inFlight.size > 0 || this.pending.length > 0) {
      await Promise.all([...this.inFlight, new Promise((resolve) => setTimeout(resolve, 5))]);
    }
  }

  /** Drops scheduled events and waits for deliveries under way. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pending = [];
    await Promise.all([...this.inFlight]);
  }

  private enqueue(record: EventRecord): void {
    const event: PushedEvent = { record, body: '', url: null, versign: '', status: null, error: null, sentAt: null, deliveries: 0 };
    this.log.push(event);
    this.pending.push(event);
    if (this.pending.length >= this.settings.batchSize) this.flush();
    else if (this.pending.length === 1) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.flush();
      }, BATCH_WINDOW_MS);
      this.timers.add(timer);
    }
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const records = batch.map((event) => event.record);
    if (this.settings.reorder) records.reverse();
    const body = stringifyJson({ records });
    const badlySigned = this.random.chance(this.settings.badSignatureRate);
    const versign = signEvent(body, badlySigned ? `${this.options.secureCode}-wrong` : this.options.secureCode);
    for (const event of batch) Object.assign(event, { body, versign });
    const redeliver = this.random.chance(this.settings.redeliverRate);
    const delivery = this.deliver(batch, body, versign).then(() => (redeliver ? this.deliver(batch, body, versign) : undefined));
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  private async deliver(batch: PushedEvent[], body: string, versign: string): Promise<void> {
    if (!this.webhookUrl) return;
    const url = new URL(this.webhookUrl);
    url.searchParams.set('versign', versign);
    const sentAt = this.options.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    for (const event of batch) {
      event.deliveries++;
      if (event.deliveries === 1) Object.assign(event, { url: url.toString(), sentAt, status, error });
    }
  }
}
