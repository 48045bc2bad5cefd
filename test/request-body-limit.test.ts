import { request as httpRequest, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useRequestBodyLimit } from '../src/request-body-limit.ts';
import type { GraphQLResponse } from './helpers/stack.ts';
import { useStack } from './helpers/use-stack.ts';

interface Reply {
  status: number;
  body: GraphQLResponse<{ echo: number }>;
}

/** A POST over real HTTP: with a Content-Length (the body in one piece), chunked (in pieces), or a declared length with no body sent. */
function post(url: string, parts: string[], mode: 'length' | 'chunked' | { declaredLength: number }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (mode === 'length') headers['content-length'] = String(Buffer.byteLength(parts.join('')));
    if (typeof mode === 'object') headers['content-length'] = String(mode.declaredLength);
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
    });
    request.on('error', (error) => (typeof mode === 'object' ? undefined : reject(error)));
    if (typeof mode === 'object') {
      request.flushHeaders();
      return;
    }
    for (const part of parts) request.write(part);
    request.end();
  });
}

// Raw on purpose: padded to a size, for a small test schema (`echo`) that is not the gateway's, so codegen cannot type it.
const query = (padding: number) => JSON.stringify({ query: `{ echo(text: "${'x'.repeat(padding)}") }` });

describe('the request body limit', () => {
  const limit = 200;
  let url = '';
  let close = () => {};

  beforeAll(async () => {
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { echo(text: String!): Int! }', resolvers: { Query: { echo: (_: unknown, args: { text: string }) => args.text.length } } }),
      maxRequestBodySize: false,
      plugins: [useRequestBodyLimit(limit)],
      logging: false,
    });
    const server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    close = () => {
      server.closeAllConnections();
      server.close();
    };
  });
  afterAll(() => close());

  it('serves a body within the limit, with a Content-Length or chunked', async () => {
    expect(Buffer.byteLength(query(150))).toBeLessThanOrEqual(limit);
    expect(await post(url, [query(150)], 'length')).toEqual({ status: 200, body: { data: { echo: 150 } } });
    const text = query(150);
    expect(await post(url, [text.slice(0, 50), text.slice(50)], 'chunked')).toEqual({ status: 200, body: { data: { echo: 150 } } });
  });

  it('refuses a larger body by its Content-Length with 413, before reading it', async () => {
    const reply = await post(url, [], { declaredLength: limit + 1 });
    expect(reply.status).toBe(413);
    expect(reply.body.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    expect(reply.body.data).toBeUndefined();
  });

  it('refuses a larger chunked body with 413 as it streams', async () => {
    const text = query(400);
    const reply = await post(url, [text.slice(0, 150), text.slice(150, 300), text.slice(300)], 'chunked');
    expect(reply.status).toBe(413);
    expect(reply.body.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('the gateway', () => {
  const stack = useStack();

  it('refuses a body declared above 25 MB with 413 and makes no upstream call', async () => {
    const reply = await post(stack.url, [], { declaredLength: 25_000_001 });
    expect(reply.status).toBe(413);
    expect(reply.body.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await stack.stats()).total).toBe(0);
  });
});
