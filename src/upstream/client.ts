import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, errors as undiciErrors } from 'undici';
import { z } from 'zod';
import {
  UpstreamBadResponseError,
  UpstreamError,
  UpstreamHttpError,
  UpstreamInvalidRequestError,
  UpstreamRejectedError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
  describeIssues,
  isTransient,
} from './errors.ts';
import type { RequestRecord } from '../observability/request-record.ts';
import { type ServiceNumber, type ServiceRequest, type ServiceResponse, hasLongIds, isImmutable, isPaged, serviceTable } from './services.ts';
import { parseJsonLossless } from './lossless-json.ts';
import { signRequest } from './signature.ts';
import { countBadParts, optional, wireInt } from './wire.ts';

/**
 * Connections to the service at most, by default: enough that a dashboard's calls at a normal
 * latency (tens of ms) wait on the service rather than on a free connection (with 16, a 20 ms
 * service capped the gateway at 800 calls/s). IAUTO_MAX_CONNECTIONS lowers it to protect a service.
 */
export const DEFAULT_MAX_CONNECTIONS = 128;

/**
 * The largest answer read, by default. The service's largest answers (a brand's model tree, a
 * long trip's track) are tens of KB; a body past this is cut while it arrives, never buffered.
 */
export const DEFAULT_MAX_ANSWER_BYTES = 8 * 1024 * 1024;

export interface IautoClientOptions {
  /** e.g. https://open.iauto360.cn, or the simulator's http://127.0.0.1:PORT. A path prefix is kept. */
  baseUrl: string;
  openId: string;
  secureCode: string;
  /** Billing plan id sent in every envelope; omitted when undefined (the service then picks one). */
  plan?: number;
  /** PEM text of extra CA certificates to trust (the real service uses a self-issued certificate). */
  ca?: string;
  connectTimeoutMs?: number;
  /** The most one attempt may take, from sending to the last byte of the answer (headers and body). */
  timeoutMs?: number;
  /** The most one read may take, all its attempts and backoff delays included; a retry starts only inside it. */
  readDeadlineMs?: number;
  /** Cap on concurrent connections to the service. */
  maxConnections?: number;
  /** An answer longer than this is refused as it arrives (UpstreamBadResponseError, not retried). */
  maxAnswerBytes?: number;
  /** Extra attempts for a read after a timeout, a 5xx or a connection failure. Writes never retry. */
  readRetries?: number;
  /** First retry delay; each further retry doubles it, with jitter. */
  retryDelayMs?: number;
  /** Service numbers to call instead of the table's (docs/upstream.md ambiguity 3: battery history is 1016 in the seed). */
  serviceNumberOverrides?: Partial<Record<ServiceNumber, number>>;
  /** Clock for the envelope `time` (unix ms). */
  now?: () => number;
  /** Observes every attempt, e.g. for metrics. */
  onAttempt?: (event: AttemptEvent) => void;
}

/** Below this, what is left of a read's deadline is not worth another attempt. */
const MINIMUM_ATTEMPT_MS = 20;

/** Per-call options. */
export interface CallOptions {
  /**
   * Runs before every attempt (retries included); throwing stops the call before the attempt is
   * sent, with that error on the first attempt and, on a retry, with the fault that needed the
   * retry (what the caller got from the service), as when the read's deadline leaves no room for
   * one. The per-request loader counts and caps attempts here.
   */
  beforeAttempt?: (attempt: number) => void;
  /** The request the call is made for, handed on in each AttemptEvent (its access line, its trace). */
  record?: RequestRecord;
}

export interface AttemptEvent {
  service: ServiceNumber;
  attempt: number;
  durationMs: number;
  error?: UpstreamError;
  /** Parts of an answer that came (a record, a tyre) that broke the contract: each fails alone where it is shown (see BadPart). */
  badParts?: number;
  /** The request the call was made for (CallOptions.record); none for a call of the process (catalog warm-up). */
  record?: RequestRecord;
}

const envelopeSchema = z.object({
  flag: wireInt,
  data: z.unknown().optional(),
  err: optional(z.union([z.string(), z.number()])),
  page: optional(wireInt),
  totalCount: optional(wireInt),
});

/** The signed iauto360 client: one keep-alive pool, validated answers, typed errors. */
export class IautoClient {
  readonly #pool: Pool;
  readonly #basePath: string;
  readonly #options: IautoClientOptions;
  readonly #readRetries: number;
  readonly #retryDelayMs: number;
  readonly #timeoutMs: number;
  readonly #readDeadlineMs: number;
  readonly #now: () => number;

  constructor(options: IautoClientOptions) {
    const url = new URL(options.baseUrl);
    this.#basePath = url.pathname.replace(/\/+$/, '');
    this.#options = options;
    this.#readRetries = options.readRetries ?? 2;
    this.#retryDelayMs = options.retryDelayMs ?? 100;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#readDeadlineMs = options.readDeadlineMs ?? 2 * this.#timeoutMs;
    this.#now = options.now ?? Date.now;
    // Each attempt is bounded precisely by its own AbortSignal; undici's own timers check on a
    // coarse tick (about a second), so they stay only as a backstop behind it.
    this.#pool = new Pool(url.origin, {
      connections: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      headersTimeout: this.#timeoutMs + 1_000,
      bodyTimeout: this.#timeoutMs + 1_000,
      connect: { timeout: options.connectTimeoutMs ?? 5_000, ...(options.ca ? { ca: options.ca } : {}) },
      maxResponseSize: options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES,
    });
  }

  /**
   * Calls one service and returns its validated response `data`. Reads are retried on transient
   * faults with a small bounded backoff; writes are sent exactly once.
   */
  async call<S extends ServiceNumber>(service: S, data: ServiceRequest<S>, options: CallOptions = {}): Promise<ServiceResponse<S>> {
    const definition = serviceTable[service];
    const checked = definition.request.safeParse(data);
    if (!checked.success) throw new UpstreamInvalidRequestError(service, checked.error.issues);

    const isRead = definition.kind === 'read';
    const attempts = isRead ? 1 + this.#readRetries : 1;
    const deadline = performance.now() + (isRead ? this.#readDeadlineMs : this.#timeoutMs);
    let lastError: UpstreamError | undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        options.beforeAttempt?.(attempt);
      } catch (refusal) {
        throw lastError ?? refusal;
      }
      const started = performance.now();
      const allowedMs = Math.min(this.#timeoutMs, deadline - started);
      try {
        // Only a read has a deadline of its own (a write's is its one attempt's timeout, a hair
        // under #timeoutMs by the time it is sent): only a read can be cut by it.
        const result = await this.#send(service, checked.data, allowedMs, isRead && allowedMs < this.#timeoutMs);
        this.#options.onAttempt?.({ service, attempt, durationMs: performance.now() - started, badParts: countBadParts(result), record: options.record });
        return result as ServiceResponse<S>;
      } catch (error) {
        const upstreamError = error instanceof UpstreamError ? error : new UpstreamUnavailableError(service, 'unexpected failure', { cause: error });
        lastError = upstreamError;
        this.#options.onAttempt?.({ service, attempt, durationMs: performance.now() - started, error: upstreamError, record: options.record });
        if (attempt >= attempts || !isTransient(upstreamError)) throw upstreamError;
        const delay = this.#retryDelayMs * 2 ** (attempt - 1);
        const pause = delay / 2 + Math.random() * (delay / 2);
        // A retry is worth sending only if it can still get an answer before the read's deadline.
        if (deadline - performance.now() - pause < MINIMUM_ATTEMPT_MS) throw upstreamError;
        await sleep(pause);
      }
    }
  }

  /** Waits for the calls under way, then closes the connections. */
  async close(): Promise<void> {
    await this.#pool.close();
  }

  /** Closes the connections now, failing the calls under way. */
  async destroy(): Promise<void> {
    await this.#pool.destroy();
  }

  /** The connection pool now: calls waiting for a connection (`pending`), calls under way, connections. */
  get poolStats(): { pending: number; running: number; connected: number; free: number } {
    const { pending, running, connected, free } = this.#pool.stats;
    return { pending, running, connected, free };
  }

  /** One attempt, aborted after `allowedMs` wherever it is (connecting, waiting for headers, reading the body). */
  async #send(service: ServiceNumber, data: unknown, allowedMs: number, cutByDeadline: boolean): Promise<unknown> {
    const time = this.#now();
    const body = JSON.stringify({ time, data, plan: this.#options.plan });
    const signature = signRequest(this.#options.openId, body, this.#options.secureCode, time);
    const number = this.#options.serviceNumberOverrides?.[service] ?? service;
    const path = `${this.#basePath}/srv/${number}/${encodeURIComponent(this.#options.openId)}/${signature}`;

    const signal = AbortSignal.timeout(Math.max(1, Math.round(allowedMs)));
    let phase: 'headers' | 'body' = 'headers';
    let statusCode: number;
    let text: string;
    try {
      const response = await this.#pool.request({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' },
        body,
        signal,
      });
      phase = 'body';
      statusCode = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      if (signal.aborted) throw new UpstreamTimeoutError(service, cutByDeadline ? 'deadline' : phase, { cause: error });
      throw transportError(service, error);
    }
    if (statusCode < 200 || statusCode > 299) throw new UpstreamHttpError(service, statusCode);
    return parseEnvelope(service, text);
  }
}

function transportError(service: ServiceNumber, error: unknown): UpstreamError {
  if (error instanceof undiciErrors.ResponseExceededMaxSizeError) return new UpstreamBadResponseError(service, 'the answer is longer than the gateway reads');
  if (error instanceof undiciErrors.ConnectTimeoutError) return new UpstreamTimeoutError(service, 'connect', { cause: error });
  if (error instanceof undiciErrors.HeadersTimeoutError) return new UpstreamTimeoutError(service, 'headers', { cause: error });
  if (error instanceof undiciErrors.BodyTimeoutError) return new UpstreamTimeoutError(service, 'body', { cause: error });
  const code = (error as { code?: unknown } | null)?.code;
  return new UpstreamUnavailableError(service, typeof code === 'string' ? code : 'connection failed', { cause: error });
}

/**
 * Decodes the text of an answer: envelope, flag, paging fields at either level, then the
 * service's response schema. Throws UpstreamRejectedError or UpstreamBadResponseError.
 */
export function decodeResponse<S extends ServiceNumber>(service: S, text: string): ServiceResponse<S> {
  return parseEnvelope(service, text) as ServiceResponse<S>;
}

function parseEnvelope(service: ServiceNumber, text: string): unknown {
  let json: unknown;
  try {
    json = hasLongIds(service) ? parseJsonLossless(text) : JSON.parse(text);
  } catch {
    throw new UpstreamBadResponseError(service, 'the body is not JSON');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new UpstreamBadResponseError(service, `not an iauto360 envelope (${describeIssues(envelope.error.issues)})`, envelope.error.issues);
  }
  const { flag, err, page, totalCount } = envelope.data;
  if (flag !== 1) throw new UpstreamRejectedError(service, err === undefined ? '' : String(err));

  let data = envelope.data.data ?? {};
  if (isPaged(service) && typeof data === 'object' && data !== null) {
    const inner = data as { page?: unknown; totalCount?: unknown };
    data = { ...inner, page: inner.page ?? page, totalCount: inner.totalCount ?? totalCount };
  }
  const parsed = serviceTable[service].response.safeParse(data);
  if (!parsed.success) {
    throw new UpstreamBadResponseError(service, describeIssues(parsed.error.issues), parsed.error.issues);
  }
  if (isImmutable(service)) wireLengths.set(parsed.data as object, text.length);
  return parsed.data;
}

/**
 * The length of the text each answer of an immutable read was decoded from: the shared cache
 * sizes what it keeps by it, where a stringify of a long track would cost more than decoding it.
 */
const wireLengths = new WeakMap<object, number>();

/** The length of the wire text `answer` was decoded from, if it is an immutable read's answer. */
export function wireLengthOf(answer: object): number | undefined {
  return wireLengths.get(answer);
}
