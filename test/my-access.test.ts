import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportSPKI, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { bearer, writeApiKeys } from './helpers/api-keys.ts';
import { postGraphQL } from './helpers/stack.ts';
import { subscribe } from './helpers/subscriptions.ts';
import { useStack } from './helpers/use-stack.ts';

const WhoAmI = graphql(`
  query WhoAmI {
    myAccess { name scopes reachesEveryTerminal terminalCount authenticated }
  }
`);
const WhoAmIWithTerminals = graphql(`
  query WhoAmIWithTerminals {
    myAccess { name terminalCount }
    myTerminals { esn }
  }
`);
/** The viewer asked over a WebSocket (graphql-ws runs queries too), where the socket authenticated once. */
const WhoAmIOverWebSocket = graphql(`
  query WhoAmIOverWebSocket { myAccess { name scopes authenticated } }
`);

const jwtKeys = await generateKeyPair('ES256');
const publicKeyFile = join(mkdtempSync(join(tmpdir(), 'iauto-graph-viewer-')), 'public.pem');
writeFileSync(publicKeyFile, await exportSPKI(jwtKeys.publicKey));
/** A JWT for subject alice, signed with the key the gateway trusts (AUTH_JWT_PUBLIC_KEY_FILE). */
const jwt = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).setSubject('alice').setIssuedAt().setExpirationTime('5m').sign(jwtKeys.privateKey);

describe('myAccess on an open gateway (the embedded simulator, no authentication)', () => {
  const stack = useStack();

  it('is anonymous, with every scope and every terminal, and says authentication is off; no upstream call', async () => {
    const answer = await stack.graphql(WhoAmI);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.myAccess).toEqual({
      name: 'anonymous',
      scopes: ['READ', 'MANAGE', 'CONTROL'],
      reachesEveryTerminal: true,
      terminalCount: null,
      authenticated: false,
    });
    expect((await stack.stats()).total).toBe(0);
  });
});

describe('myAccess with API keys and JWTs', () => {
  let keys: Record<'reader' | 'operator' | 'fleet', string>;
  let own: string[] = [];
  const stack = useStack(() => ({
    env: (simulator) => {
      own = simulator.world.boundTerminals().slice(0, 3).map((terminal) => terminal.esn);
      const written = writeApiKeys({
        reader: { scopes: ['read'], esns: own },
        operator: { scopes: ['control', 'read'], esns: own.slice(0, 1) },
        fleet: { scopes: ['read', 'manage', 'control'], esns: '*' },
      });
      keys = written.keys;
      return { AUTH_API_KEYS_FILE: written.file, AUTH_JWT_PUBLIC_KEY_FILE: publicKeyFile };
    },
  }));

  it.each([
    ['reader', { name: 'reader', scopes: ['READ'], reachesEveryTerminal: false, terminalCount: 3, authenticated: true }],
    ['operator', { name: 'operator', scopes: ['READ', 'CONTROL'], reachesEveryTerminal: false, terminalCount: 1, authenticated: true }],
    ['fleet', { name: 'fleet', scopes: ['READ', 'MANAGE', 'CONTROL'], reachesEveryTerminal: true, terminalCount: null, authenticated: true }],
  ] as const)('tells the %s key its name, scopes and terminals, without an upstream call', async (name, expected) => {
    const answer = await stack.graphql(WhoAmI, {}, bearer(keys[name]));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.myAccess).toEqual(expected);
    expect((await stack.stats()).total).toBe(0);
  });

  it('counts exactly the terminals myTerminals lists', async () => {
    const answer = await stack.graphql(WhoAmIWithTerminals, {}, bearer(keys.reader));
    expect(answer.data?.myAccess.terminalCount).toBe(answer.data?.myTerminals.length);
    expect(answer.data?.myTerminals.map((terminal) => terminal.esn)).toEqual(own);
  });

  it('tells a JWT its subject, the scopes it holds (unknown ones dropped) and its terminals', async () => {
    const limited = await jwt({ scope: 'openid control read', esns: own.slice(1) });
    expect((await stack.graphql(WhoAmI, {}, bearer(limited))).data?.myAccess).toEqual({
      name: 'jwt:alice',
      scopes: ['READ', 'CONTROL'],
      reachesEveryTerminal: false,
      terminalCount: 2,
      authenticated: true,
    });
    const everywhere = await jwt({ scope: 'manage', esns: ['*'] });
    expect((await stack.graphql(WhoAmI, {}, bearer(everywhere))).data?.myAccess).toMatchObject({ scopes: ['MANAGE'], reachesEveryTerminal: true, terminalCount: null });
    expect((await stack.stats()).total).toBe(0);
  });

  it('answers over WebSocket as over HTTP, for the principal the socket authenticated as', async () => {
    const subscription = subscribe('websocket', stack.url, WhoAmIOverWebSocket, {}, `Bearer ${keys.operator}`);
    try {
      await subscription.waitFor(1);
      expect(subscription.results[0]?.data).toEqual({ myAccess: { name: 'operator', scopes: ['READ', 'CONTROL'], authenticated: true } });
    } finally {
      await subscription.close();
    }
  });

  it('opens nothing: without credentials, or with a wrong key, it is HTTP 401 UNAUTHENTICATED and no data', async () => {
    for (const headers of [{}, bearer(`${keys.fleet}x`).headers]) {
      const { response, result, text } = await postGraphQL(stack.url, WhoAmI, {}, headers);
      expect(response.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
      expect(text).not.toContain('anonymous');
    }
  });

  it('never carries the credential: no key, no hash, no token in the answer', async () => {
    const token = await jwt({ scope: 'read', esns: ['*'] });
    for (const credential of [keys.fleet, token]) {
      const { text } = await postGraphQL(stack.url, WhoAmI, {}, bearer(credential).headers);
      expect(text).not.toContain(credential);
      expect(text).not.toMatch(/[0-9a-f]{64}/);
    }
  });
});
