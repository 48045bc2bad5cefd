import { request } from 'node:http';
import { createRequire } from 'node:module';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

const Brands = graphql(`
  query Brands {
    brands { id name logoUrl }
  }
`);

const Typename = graphql(`
  query Typename {
    __typename
  }
`);

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent, before any decoding. */
  body: Buffer;
}

/** One HTTP exchange with node:http, which (unlike fetch) neither asks for nor undoes compression by itself. */
function exchange(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: options.method ?? 'GET', headers: options.headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode!, headers: incoming.headers, body: Buffer.concat(chunks) }));
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const post = (document: Parameters<typeof print>[0], acceptEncoding?: string) =>
  exchange(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
    body: JSON.stringify({ query: print(document) }),
  });

function decode(answer: RawAnswer): Buffer {
  switch (answer.headers['content-encoding']) {
    case 'br':
      return brotliDecompressSync(answer.body);
    case 'gzip':
      return gunzipSync(answer.body);
    default:
      return answer.body;
  }
}

describe('compressed answers', () => {
  it('sends an answer over 1 KB with brotli or gzip, as the client asks, and the same JSON as uncompressed', async () => {
    const plain = await post(Brands);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.byteLength).toBeGreaterThan(1024);
    const brands = JSON.parse(plain.body.toString()) as { data: { brands: unknown[] } };
    expect(brands.data.brands).toHaveLength(stack.simulator.world.catalog.brands.length);

    const brotli = await post(Brands, 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
    expect(JSON.parse(decode(brotli).toString())).toEqual(brands);

    const gzip = await post(Brands, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decode(gzip).toString())).toEqual(brands);

    const refused = await post(Brands, 'br;q=0, gzip;q=0');
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('leaves an answer under 1 KB as it is', async () => {
    const small = await post(Typename, 'gzip, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('GraphiQL', () => {
  it('is a small page whose files are served separately, hashed, immutable and pre-compressed', async () => {
    const page = await exchange(stack.url, { headers: { accept: 'text/html', 'accept-encoding': 'br' } });
    expect(page.status).toBe(200);
    const html = decode(page).toString();
    expect(html.length).toBeLessThan(5_000);
    expect(html).toContain('<title>iauto-graph</title>');
    const assets = [...html.matchAll(/\/graphiql\/assets\/([\w.]+)/g)].map((match) => match[1]!);
    expect(assets.map((name) => name.replace(/\.[0-9a-f]{16}\./, '.*.')).sort()).toEqual(
      ['css.*.css', 'editorWorkerService.*.js', 'favicon.*.ico', 'graphqlWorker.*.js', 'js.*.js', 'jsonWorker.*.js'].sort(),
    );

    const origin = new URL(stack.url).origin;
    const script = assets.find((name) => name.startsWith('js.'))!;
    const brotli = await exchange(`${origin}/graphiql/assets/${script}`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-type']).toMatch(/^text\/javascript/);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers['content-encoding']).toBe('br');
    const identity = await exchange(`${origin}/graphiql/assets/${script}`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.byteLength).toBeGreaterThan(1_000_000);
    expect(decode(brotli).equals(identity.body)).toBe(true);
    expect(brotli.body.byteLength).toBeLessThan(identity.body.byteLength / 3);
    expect(identity.body.toString()).toContain('renderYogaGraphiQL');

    const gzip = await exchange(`${origin}/graphiql/assets/${assets.find((name) => name.startsWith('css.'))!}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toContain('.monaco-');

    expect((await exchange(`${origin}/graphiql/assets/js.0000000000000000.js`)).status).toBe(404);
    expect((await exchange(`${origin}/graphiql/assets/%2e%2e%2f%2e%2e%2fpackage.json`)).status).toBe(404);
  });

  it("keeps GraphiQL's 9 MB of strings out of the gateway's process: a worker thread writes them to files", async () => {
    await exchange(stack.url, { headers: { accept: 'text/html' } });
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    expect(loaded.filter((path) => path.includes('render-graphiql'))).toEqual([]);
  });
});
