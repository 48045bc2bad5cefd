import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeys, createApiKey, sha256Hex } from '../src/auth/api-keys.ts';
import { loadConfig } from '../src/config.ts';
import { startGateway } from '../src/gateway.ts';
import { createRootLogger } from '../src/logger.ts';
import { graphql } from './gql/index.ts';
import { bearer } from './helpers/api-keys.ts';
import { postGraphQL, startStack } from './helpers/stack.ts';

const JwtTerminalBound = graphql(`
  query JwtTerminalBound($esn: String!) { terminal(esn: $esn) { bound } }
`);
const JwtLockDoors = graphql(`
  mutation JwtLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: "jwt-read-only") { state } }
`);

const ISSUER = 'https://idp.example';
const AUDIENCE = 'iauto-graph';
const keyPair = await generateKeyPair('ES256');
const jwk = { ...(await exportJWK(keyPair.publicKey)), kid: 'k1', alg: 'ES256' };

/** An identity provider's JWKS endpoint on loopback. */
const jwks = createServer((_request, response) => {
  jwksRequests++;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ keys: [jwk] }));
});
let jwksRequests = 0;
beforeAll(() => new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => jwks.close(() => resolve())));

function token(claims: Record<string, unknown>, options: { issuer?: string; audience?: string; expires?: string; key?: CryptoKey } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
    .setSubject('alice')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '5m')
    .sign(options.key ?? keyPair.privateKey);
}

describe('JWT from a JWKS URL', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let own = '';
  let other = '';
  beforeAll(async () => {
    stack = await startStack({
      env: (simulator) => {
        const [first, second] = simulator.world.boundTerminals();
        own = first!.esn;
        other = second!.esn;
        return {
          AUTH_JWT_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`,
          AUTH_JWT_ISSUER: ISSUER,
          AUTH_JWT_AUDIENCE: AUDIENCE,
        };
      },
    });
  });
  afterAll(() => stack.close());

  it('takes scopes from `scope` and terminals from `esns`', async () => {
    const jwt = await token({ scope: 'read openid', esns: [own] });
    const mine = await stack.graphql(JwtTerminalBound, { esn: own }, bearer(jwt));
    expect(mine.data?.terminal?.bound).toBe(true);
    const theirs = await stack.graphql(JwtTerminalBound, { esn: other }, bearer(jwt));
    expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const door = await stack.graphql(JwtLockDoors, { esn: own }, bearer(jwt));
    expect(door.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(jwksRequests).toBe(1);
  });

  it('["*"] reaches every terminal', async () => {
    const jwt = await token({ scope: 'read', esns: ['*'] });
    const theirs = await stack.graphql(JwtTerminalBound, { esn: other }, bearer(jwt));
    expect(theirs.data?.terminal?.bound).toBe(true);
  });

  for (const [label, make] of [
    ['an expired token', () => token({ scope: 'read', esns: ['*'] }, { expires: '-1m' })],
    ['another audience', () => token({ scope: 'read', esns: ['*'] }, { audience: 'someone-else' })],
    ['another issuer', () => token({ scope: 'read', esns: ['*'] }, { issuer: 'https://evil.example' })],
    ['a token signed by another key', async () => token({ scope: 'read', esns: ['*'] }, { key: (await generateKeyPair('ES256')).privateKey })],
    ['a malformed esns claim', () => token({ scope: 'read', esns: 'all' })],
  ] as const) {
    it(`refuses ${label} with 401 and no upstream call`, async () => {
      await stack.resetStats();
      const { response, result } = await postGraphQL(stack.url, JwtTerminalBound, { esn: own }, { authorization: `Bearer ${await make()}` });
      expect(response.status).toBe(401);
      expect(result.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', requestId: response.headers.get('x-request-id') });
      expect((await stack.stats()).total).toBe(0);
    });
  }
});

describe('JWT from a public key file', () => {
  it('verifies with the PEM key and a configurable ESN claim', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'iauto-graph-jwt-')), 'public.pem');
    writeFileSync(file, await exportSPKI(keyPair.publicKey));
    let own = '';
    const stack = await startStack({
      env: (simulator) => {
        own = simulator.world.boundTerminals()[0]!.esn;
        return { AUTH_JWT_PUBLIC_KEY_FILE: file, AUTH_JWT_ESNS_CLAIM: 'https://iauto-graph/esns' };
      },
    });
    try {
      const jwt = await token({ scope: 'read', 'https://iauto-graph/esns': [own] });
      const result = await stack.graphql(JwtTerminalBound, { esn: own }, bearer(jwt));
      expect(result.data?.terminal?.bound).toBe(true);
    } finally {
      await stack.close();
    }
  });
});

describe('API keys', () => {
  it('finds each key again on every request, and never lets a wrong key through, however many are tried', () => {
    const reader = createApiKey('reader', ['read'], '*');
    const fleet = createApiKey('fleet', ['read', 'manage'], ['860000000000001']);
    const keys = new ApiKeys([reader.entry, fleet.entry]);
    for (let round = 0; round < 3; round++) {
      expect(keys.principal(reader.key)?.name).toBe('reader');
      expect(keys.principal(fleet.key)?.name).toBe('fleet');
      expect(keys.principal(`${reader.key}x`)).toBeUndefined();
      expect(keys.principal(reader.key.slice(0, -1))).toBeUndefined();
    }
    for (let attempt = 0; attempt < 1000; attempt++) expect(keys.principal(createApiKey('guess', ['read'], '*').key)).toBeUndefined();
    expect([...keys.principal(fleet.key)!.scopes]).toEqual(['read', 'manage']);
  });
});

describe('start rules', () => {
  const real = { IAUTO_OPEN_ID: 'partner', IAUTO_SECURE_CODE: 'secret', IAUTO_BASE_URL: 'https://open.iauto360.cn' };

  it('refuses real credentials without authentication unless AUTH_DISABLED=true', async () => {
    const config = { ...loadConfig({ ...real, PORT: '0' }) };
    const upstream = config.upstream!;
    await expect(startGateway({ config, upstream })).rejects.toThrow(/AUTH_API_KEYS_FILE: .*AUTH_DISABLED=true/);
    const warnings: string[] = [];
    const logger = createRootLogger({ level: 'silent' });
    logger.warn = ((message: string) => void warnings.push(message)) as typeof logger.warn;
    const open = await startGateway({ config: loadConfig({ ...real, PORT: '0', AUTH_DISABLED: 'true' }), upstream, logger });
    await open.close();
    expect(warnings.join('\n')).toMatch(/AUTH_DISABLED=true: the gateway runs OPEN/);
  });

  it('turns GraphiQL off with real credentials unless GRAPHIQL=true, and on with the simulator', () => {
    expect(loadConfig({}).security.graphiql).toBe(true);
    expect(loadConfig({ ...real, AUTH_DISABLED: 'true' }).security.graphiql).toBe(false);
    expect(loadConfig({ ...real, AUTH_DISABLED: 'true', GRAPHIQL: 'true' }).security.graphiql).toBe(true);
  });

  it('refuses a keys file with a broken entry, naming it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'iauto-graph-keys-')), 'keys.json');
    writeFileSync(file, JSON.stringify([{ name: 'ops', sha256: 'abc', scopes: ['read'], esns: '*' }]));
    await expect(startStack({ env: { AUTH_API_KEYS_FILE: file } })).rejects.toThrow(/AUTH_API_KEYS_FILE: .*\[0\.sha256\]/);
  });

  it('refuses two keys of one name granting differently, and a name in the jwt: prefix of JWT callers', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'iauto-graph-keys-')), 'keys.json');
    const ops = createApiKey('ops', ['read', 'control'], ['860000000000001']).entry;
    const rotated = createApiKey('ops', ['control', 'read'], ['860000000000001']).entry;
    const wider = createApiKey('ops', ['read', 'control'], ['860000000000001', '860000000000002']).entry;
    writeFileSync(file, JSON.stringify([ops, rotated, wider]));
    await expect(startStack({ env: { AUTH_API_KEYS_FILE: file } })).rejects.toThrow(
      /AUTH_API_KEYS_FILE: .*\[2\.name\] entry 0 has the name ops with other scopes or terminals/,
    );
    // The same grant under one name (a key being rotated) is fine.
    expect(new ApiKeys([ops, rotated]).size).toBe(2);
    expect(() => createApiKey('jwt:alice', ['read'], '*')).toThrow(/jwt: is reserved/);
    writeFileSync(file, JSON.stringify([{ ...ops, name: 'jwt:alice' }]));
    await expect(startStack({ env: { AUTH_API_KEYS_FILE: file } })).rejects.toThrow(/AUTH_API_KEYS_FILE: .*\[0\.name\] the prefix jwt: is reserved/);
  });
});

describe('npm run api-key', () => {
  it('runs the compiled command line, so a server installed without dev dependencies can make keys', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts['api-key']).toBe('node dist/cli/api-key.js');
  });

  it('prints a key and the entry holding its SHA-256', async () => {
    // The source of dist/cli/api-key.js, run directly: the tests do not depend on a build having run.
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/api-key.ts', '--name', 'ops', '--scopes', 'read,control', '--esns', '860000000000001']);
    const key = /^(iag_[A-Za-z0-9_-]{43})$/m.exec(stdout)?.[1];
    expect(key).toBeDefined();
    const entry = JSON.parse(stdout.slice(stdout.indexOf('{')));
    expect(entry).toEqual({ name: 'ops', sha256: sha256Hex(key!), scopes: ['read', 'control'], esns: ['860000000000001'] });
  });
});
