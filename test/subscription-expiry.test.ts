import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient as createWsClient } from 'graphql-ws';
import { SignJWT, exportSPKI, generateKeyPair } from 'jose';
import WebSocket from 'ws';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { writeApiKeys } from './helpers/api-keys.ts';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { type Transport, subscribe } from './helpers/subscriptions.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * A subscription is authenticated once, when it starts. One started with a JWT ends when the JWT
 * expires, its last result an UNAUTHENTICATED error, on every transport: events must not keep
 * flowing to a credential that no longer lets anyone start them.
 */

const ExpiringFeed = graphql(`
  subscription ExpiringFeed { vehicleEvents { id } }
`);
const ConditionOverSocket = graphql(`
  query ConditionOverSocket($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }
`);

const identityProvider = await generateKeyPair('ES256');
const publicKeyFile = join(mkdtempSync(join(tmpdir(), 'iauto-graph-expiry-')), 'public.pem');
writeFileSync(publicKeyFile, await exportSPKI(identityProvider.publicKey));

/** A JWT reaching every terminal with the read scope, expiring `seconds` from now (whole seconds, as `exp` is). */
async function jwtExpiringIn(seconds: number) {
  const expiresAt = Math.ceil(Date.now() / 1000) + seconds;
  const token = await new SignJWT({ scope: 'read', esns: ['*'] })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject('alice')
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(identityProvider.privateKey);
  return { token, expiresAtMs: expiresAt * 1000 };
}

let apiKey = '';
const stack = useStack(() => {
  const { file, keys } = writeApiKeys({ operator: { scopes: ['read'], esns: '*' } });
  apiKey = keys.operator;
  return { env: { AUTH_API_KEYS_FILE: file, AUTH_JWT_PUBLIC_KEY_FILE: publicKeyFile } };
});

/** Posts one vehicle event through the signed webhook and gives its id. */
async function pushEvent(): Promise<string> {
  const record = { id: freshEventId(), esn: stack.simulator.world.boundTerminals()[0]!.esn, type: '震动', time: Math.floor(Date.now() / 1000) };
  expect((await postPush(stack.webhookUrl, pushBody([record]))).status).toBe(200);
  return String(record.id);
}

describe('a subscription started with a JWT', () => {
  it.each(['sse', 'websocket'] as Transport[])('ends when the JWT expires, over %s, its last result UNAUTHENTICATED', async (transport) => {
    const { token, expiresAtMs } = await jwtExpiringIn(3);
    const feed = subscribe(transport, stack.url, ExpiringFeed, {}, `Bearer ${token}`);
    try {
      // Live before it expires: an event pushed now arrives.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const before = await pushEvent();
      await feed.waitFor(1, 5_000);
      expect(feed.results[0]).toEqual({ data: { vehicleEvents: { id: before } } });

      await feed.ended;
      const endedAt = Date.now();
      expect(endedAt).toBeGreaterThanOrEqual(expiresAtMs);
      expect(endedAt - expiresAtMs).toBeLessThan(2_000);
      const last = feed.results.at(-1)!;
      expect(last.data ?? null).toBeNull();
      expect(last.errors?.[0]).toMatchObject({
        message: 'The credential of this subscription has expired: subscribe again with a valid one.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      // Nothing reaches it after: an event pushed now is not delivered to the ended stream.
      const count = feed.results.length;
      await pushEvent();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(feed.results.length).toBe(count);
    } finally {
      await feed.close();
    }
  });

  it("over yoga's own SSE at /graphql, ends the response with the error and `complete`", async () => {
    const { token, expiresAtMs } = await jwtExpiringIn(2);
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'subscription { vehicleEvents { id } }' }),
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAtMs);
    expect(text).toMatch(/event: next\ndata: \{"errors":\[\{"message":"The credential of this subscription has expired: subscribe again with a valid one\.".*"code":"UNAUTHENTICATED"/);
    expect(text).toMatch(/event: complete\n/);
  });

  it('stays open with an API key (no expiry)', async () => {
    const feed = subscribe('sse', stack.url, ExpiringFeed, {}, `Bearer ${apiKey}`);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const id = await pushEvent();
      await feed.waitFor(1, 5_000);
      expect(feed.results).toEqual([{ data: { vehicleEvents: { id } } }]);
    } finally {
      await feed.close();
    }
  });

  it('connected over WebSocket, runs no further operation on the socket once the JWT has expired', async () => {
    const { token, expiresAtMs } = await jwtExpiringIn(2);
    // Not lazy: one socket for both operations, as a client keeping its connection would.
    const client = createWsClient({ url: stack.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    const ask = async () => {
      const results = [];
      for await (const result of client.iterate({ query: print(ConditionOverSocket), variables: { esn } })) results.push(result);
      return results;
    };
    try {
      const before = await ask();
      expect(before[0]?.errors).toBeUndefined();
      await stack.resetStats();
      await new Promise((resolve) => setTimeout(resolve, expiresAtMs + 200 - Date.now()));
      const after = await ask().catch((errors: unknown) => [{ errors }]);
      expect(after).toEqual([
        {
          errors: [
            expect.objectContaining({
              message: 'The credential of this connection has expired: connect again with a valid one.',
              extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
            }),
          ],
        },
      ]);
      expect((await stack.stats()).total).toBe(0);
    } finally {
      await client.dispose();
    }
  });
});
