import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import type { GraphQLResponse } from './helpers/stack.ts';
import { useStack } from './helpers/use-stack.ts';

/** A door command that would reach the car if a hostile page got it through. */
const HostileUnlock = graphql(`
  mutation HostileUnlock($esn: String!) { unlockDoors(esn: $esn, idempotencyKey: "csrf") { state } }
`);
const CorsProbe = graphql(`
  query CorsProbe { __typename }
`);

/*
 * CSRF, CORS and the limits on a request's size and a document's shape, on an open gateway (the
 * sandbox), where nothing but these layers stands between a hostile page or client and the upstream.
 */

const stack = useStack({ env: { CORS_ORIGINS: 'https://fleet.example, https://ops.example' } });

async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: GraphQLResponse<unknown> | undefined; headers: Headers }> {
  const response = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as GraphQLResponse<unknown>) : undefined, headers: response.headers };
}
const query = (text: string) => JSON.stringify({ query: text });
const codeOf = (answer: { body?: GraphQLResponse<unknown> }) => answer.body?.errors?.[0]?.extensions?.code;

async function expectHealthy() {
  const started = performance.now();
  const response = await fetch(stack.url.replace('/graphql', '/health'));
  expect(response.status).toBe(200);
  expect(performance.now() - started).toBeLessThan(1000);
}

function esn() {
  return stack.simulator.world.boundTerminals()[0]!.esn;
}

const unlock = () => ({ query: print(HostileUnlock), variables: { esn: esn() } });

describe('CSRF: a simple (non-preflighted) request runs nothing', () => {
  it('a cross-site form POST of a door command: 403, no upstream call', async () => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: unlock().query, variables: JSON.stringify(unlock().variables) }).toString(),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect((await stack.stats()).total).toBe(0);
  });

  it('multipart and text/plain: 403, no upstream call', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify(unlock()));
    form.set('map', '{}');
    expect((await fetch(stack.url, { method: 'POST', body: form })).status).toBe(403);
    const plain = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(unlock()),
    });
    expect(plain.status).toBe(403);
    expect((await stack.stats()).total).toBe(0);
  });

  it('a GET mutation runs nothing, with or without the CSRF header', async () => {
    const url = `${stack.url}?${new URLSearchParams({ query: unlock().query, variables: JSON.stringify(unlock().variables) })}`;
    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } })).status).toBe(405);
    expect((await stack.stats()).total).toBe(0);
  });

  it('JSON (what a frontend sends) and GET with the CSRF header work', async () => {
    expect((await post(query(print(CorsProbe)))).body?.data).toEqual({ __typename: 'Query' });
    const get = await fetch(`${stack.url}?query=${encodeURIComponent(print(CorsProbe))}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});

describe('CORS from an allow-list', () => {
  for (const origin of ['https://fleet.example', 'https://ops.example']) {
    it(`answers the allowed origin ${origin} with its own headers, without credentials`, async () => {
      const preflight = await fetch(stack.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const actual = await post(query(print(CorsProbe)), { origin });
      expect(actual.headers.get('access-control-allow-origin')).toBe(origin);
    });
  }

  it('gives any other origin no CORS header at all, even with a forged Host', async () => {
    for (const origin of ['http://evil.example', 'null', 'https://fleet.example.evil.example']) {
      const preflight = await fetch(stack.url, {
        method: 'OPTIONS',
        headers: { origin, host: 'fleet.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const actual = await post(query(print(CorsProbe)), { origin });
      expect(actual.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('request body size (MAX_REQUEST_BYTES, default 100 KiB)', () => {
  const limit = 100 * 1024;
  // Built to an exact byte size, not a fixed document, so it cannot come from codegen.
  const padded = (bytes: number) => {
    const base = query('{ __typename }');
    return JSON.stringify({ query: `{ __typename }${' '.repeat(bytes - base.length)}` });
  };

  it('accepts a body of exactly the limit and refuses one byte more with 413, unread', async () => {
    expect(Buffer.byteLength(padded(limit))).toBe(limit);
    expect((await post(padded(limit))).status).toBe(200);
    const refused = await post(padded(limit + 1));
    expect(refused.status).toBe(413);
    expect(codeOf(refused)).toBe('PAYLOAD_TOO_LARGE');
  });

  for (const size of [5 * 1024 * 1024, 344 * 1024]) {
    it(`refuses the ${size / 1024} KiB repeated-field document of the report at once, and /health still answers`, async () => {
      const document = `# ${Math.random()}\n{ ${'__typename '.repeat(Math.floor(size / 11))} }`;
      const refused = await post(query(document)).catch((error: Error) => ({ status: 0, error }));
      // The gateway answers 413 before reading the body; a client still sending may see the connection close instead.
      expect([413, 0]).toContain(refused.status);
      await expectHealthy();
    });
  }
});

// The documents here are generated by size (fields, aliases, depth, directives), hostile on purpose: they cannot be codegen documents.
describe('document limits, checked before validation', () => {
  it('tokens (MAX_TOKENS, default 1000): 1000 pass, 1001 are refused', async () => {
    // `{`, `}` and n fields: n + 2 tokens.
    const fields = (count: number) => `{ ${'__typename '.repeat(count)}}`;
    const allowed = await post(query(fields(998)));
    expect(allowed.body?.errors).toBeUndefined();
    const refused = await post(query(fields(999)));
    expect(refused.body?.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'MAX_TOKENS', max: 1000 });
  });

  it('the 86 KiB repeated-field document with a unique comment is refused while parsing', async () => {
    const document = `# ${Math.random()}\n{ ${'__typename '.repeat((86 * 1024) / 11)} }`;
    const refused = await post(query(document));
    expect(codeOf(refused)).toBe('OPERATION_LIMIT');
    await expectHealthy();
  });

  it('aliases (MAX_ALIASES, default 30): 30 pass, 31 are refused; 2000 conflicting ones fail fast', async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: terminal(esn: "${esn()}") { esn }`).join(' ')} }`;
    expect((await post(query(aliases(30)))).body?.errors).toBeUndefined();
    const refused = await post(query(aliases(31)));
    expect(refused.body?.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'MAX_ALIASES', max: 30 });
    const conflicting = `{ ${Array.from({ length: 2000 }, (_, index) => `x: terminal(esn: "${100000000000000 + index}") { esn }`).join(' ')} }`;
    expect(codeOf(await post(query(conflicting)))).toBe('OPERATION_LIMIT');
    expect((await stack.stats()).total).toBe(0);
    await expectHealthy();
  });

  it('depth (MAX_DEPTH, default 12): 12 levels pass, 13 are refused; depth 1000 is refused without a crash', async () => {
    // terminal > vehicle > terminal > … > esn
    const nested = (depth: number) => {
      let selection = 'esn';
      for (let level = depth - 1; level >= 2; level--) selection = `${level % 2 === 0 ? 'vehicle' : 'terminal'} { ${selection} }`;
      return `{ terminal(esn: "${esn()}") { ${selection} } }`;
    };
    expect((await post(query(nested(12)))).body?.errors).toBeUndefined();
    const refused = await post(query(nested(13)));
    expect(refused.body?.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'MAX_DEPTH', max: 12 });
    const deep = await post(query(`${'{ a '.repeat(1000)}${'}'.repeat(1000)}`));
    expect(codeOf(deep)).toBe('OPERATION_LIMIT');
    await expectHealthy();
  });

  it('directives (MAX_DIRECTIVES, default 20): 20 pass, 21 are refused', async () => {
    const directives = (count: number) => `{ ${Array.from({ length: count }, () => '__typename @include(if: true)').join(' ')} }`;
    expect((await post(query(directives(20)))).body?.errors).toBeUndefined();
    const refused = await post(query(directives(21)));
    expect(refused.body?.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'MAX_DIRECTIVES', max: 20 });
  });
});
