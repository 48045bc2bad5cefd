import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { EventStoreUnavailableError } from '../errors.ts';
import { type Logger, requestLogger, warnAtMostOncePerMinute } from '../logger.ts';
import { recordOf } from '../observability/request-record.ts';
import { readAtMost } from '../request-body-limit.ts';
import { describeIssues } from '../upstream/errors.ts';
import { parseJsonLossless } from '../upstream/lossless-json.ts';
import type { DoorCommands } from './door-commands.ts';
import { type WireEventRecord, newEventFromWire, wireEventRecord, wirePushBody } from './event.ts';
import type { EventStore } from './store.ts';

export const WEBHOOK_PATH = '/webhooks/iauto360';
const MAX_BODY_BYTES = 1024 * 1024;

export interface EventWebhookOptions {
  store: EventStore;
  doorCommands: DoorCommands;
  /** The secret both sides agreed on: the partner's secure code. */
  secureCode: string;
  logger: Logger;
  now?: () => number;
}

/** `versign` check: md5 over the exact body bytes followed by the secret, compared in constant time. */
export function hasValidSignature(body: Uint8Array, secureCode: string, versign: string | null): boolean {
  if (!versign || !/^[0-9a-fA-F]{32}$/.test(versign)) return false;
  const expected = createHash('md5').update(body).update(secureCode, 'utf8').digest();
  return timingSafeEqual(expected, Buffer.from(versign, 'hex'));
}

type Reply = { status: number; body: Record<string, unknown>; headers?: Record<string, string> };

/** A body past the limit: not read further, and the connection closed, so its rest is never read either. */
const tooLarge: Reply = { status: 413, body: { error: `the body may be at most ${MAX_BODY_BYTES} bytes` }, headers: { connection: 'close' } };

/**
 * The receiver of iauto360's event push, `POST /webhooks/iauto360?versign=…` (docs/events.md):
 * verify, decode every record, store durably (known ids are skipped), settle door commands, then
 * answer 200. Never calls iauto360.
 */
export async function receivePush(request: Request, options: EventWebhookOptions & { warnBadSignature: (fields: Record<string, unknown>) => void }): Promise<Reply> {
  if (request.method !== 'POST') return { status: 405, body: { error: 'use POST' } };
  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > MAX_BODY_BYTES) return tooLarge;
  // Counted as it streams: a chunked body declares no length, and must not be held whole before it is refused.
  const body = await readAtMost(request, MAX_BODY_BYTES);
  if (body === null) return tooLarge;
  const versign = new URL(request.url).searchParams.get('versign');
  if (!hasValidSignature(body, options.secureCode, versign)) {
    options.warnBadSignature({ bytes: body.byteLength, signed: versign !== null });
    return { status: 401, body: { error: 'missing or wrong versign' } };
  }
  let json: unknown;
  try {
    json = parseJsonLossless(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return { status: 400, body: { error: 'the body is not UTF-8 JSON' } };
  }
  const parsed = wirePushBody.safeParse(json);
  if (!parsed.success) return { status: 400, body: { error: `not a push body: ${describeIssues(parsed.error.issues)}` } };
  // Record by record: one the gateway cannot read (no id, no time in unix seconds...) must not cost
  // the others of its POST, which a sender retrying the whole POST would never get stored.
  const records: WireEventRecord[] = [];
  const refused: string[] = [];
  for (const [index, record] of (parsed.data.records ?? []).entries()) {
    const checked = wireEventRecord.safeParse(record);
    if (checked.success) records.push(checked.data);
    else refused.push(describeIssues(checked.error.issues, ['records', index]));
  }
  // Nothing readable: the sender is told the POST was not a push it can expect stored.
  if (refused.length > 0 && records.length === 0) return { status: 400, body: { error: `not a push body: ${refused.join('; ')}` } };
  if (refused.length > 0) options.logger.warn({ refused: refused.length, problems: refused.slice(0, 5) }, 'event webhook: records refused, the others stored');
  const receivedAt = (options.now ?? Date.now)();
  const stored = await options.store.append(records.map((record) => newEventFromWire(record, receivedAt)));
  try {
    await options.doorCommands.onEventsStored(stored);
  } catch (error) {
    options.logger.error({ err: storeFailure(error) }, 'event webhook: settling door commands failed (the events are stored)');
  }
  const received = records.length + refused.length;
  const counts = { received, stored: stored.length, duplicates: records.length - stored.length };
  return { status: 200, body: refused.length > 0 ? { ...counts, refused: refused.length, problems: refused.slice(0, 10) } : counts };
}


/** Mounts the receiver on the yoga instance, ahead of GraphQL. */
export function useEventWebhook(options: EventWebhookOptions): Plugin {
  // Anyone can post to the webhook: unsigned posts write one line a minute (with how many were not
  // written), not one each, or a flood of them would be a flood of the log.
  const warnBadSignature = warnAtMostOncePerMinute(options.logger, 'event webhook: bad or missing versign');
  const receive: OnRequest = async ({ request, endResponse, fetchAPI, serverContext }) => {
    // Its lines carry the POST's request id (the logger made only when a line is written).
    let requestLog: Logger | undefined;
    const logger = () => (requestLog ??= requestLogger(options.logger, recordOf(serverContext)));
    let reply: Reply;
    try {
      reply = await receivePush(request, {
        ...options,
        get logger() {
          return logger();
        },
        warnBadSignature: (fields) => warnBadSignature(fields, logger),
      });
    } catch (error) {
      logger().error({ err: storeFailure(error) }, 'event webhook: storing failed');
      reply = { status: 503, body: { error: 'the events could not be stored; send them again' } };
    }
    endResponse(
      new fetchAPI.Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json; charset=utf-8', ...reply.headers } }),
    );
  };
  // Every other request passes at once, without a promise to wait for.
  return { onRequest: (payload) => (payload.url.pathname === WEBHOOK_PATH ? receive(payload) : undefined) };
}

type OnRequest = NonNullable<Plugin['onRequest']>;

/** The store's own message only: a store that is down (Redis unreachable) is an operations event, not a bug to trace. */
function storeFailure(error: unknown): { message: string } {
  return { message: error instanceof EventStoreUnavailableError ? error.reason : (error as Error).message };
}
