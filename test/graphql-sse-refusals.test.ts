import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER, eventStream, json, useStreamEndpoint } from './helpers/graphql-sse.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * The graphql-sse protocol at /graphql/stream refuses like every other request of the gateway: a
 * JSON error with a code, the request id, a message saying what to send, the HTTP status
 * graphql-sse chose (405 where it said 415 to a method it does not serve), no stack trace, nothing
 * logged as a failure and no upstream call. graphql-sse's own refusals were `Stream not found`,
 * empty 404/405/406/415 answers, the JSON parser's message, "Unable to detect operation AST" for
 * every invalid document, and HTTP 500 with a stack trace for a syntax error.
 */

const stack = useStack();
const { streamUrl, keptOpen, reserve } = useStreamEndpoint(stack);
/** The header a GET carrying an operation needs (CSRF prevention, as at /graphql). */
const scripted = { 'x-graphql-yoga-csrf': '1' };
const subscription = 'subscription { vehicleEvents { id } }';

/** Reserves a stream and opens its connection, left open until the test ends. */
async function openReserved(): Promise<string> {
  const token = await reserve();
  const controller = keptOpen();
  const response = await fetch(`${streamUrl()}?token=${token}`, { headers: eventStream, signal: controller.signal });
  expect(response.status).toBe(200);
  return token;
}

interface Request {
  url?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

interface Refusal {
  name: string;
  request: () => Promise<Request> | Request;
  status: number;
  code: string;
  message: string | RegExp;
  headers?: Record<string, string>;
}

const refusals: Refusal[] = [
  {
    name: 'a GET without a token that does not ask for an event stream',
    request: () => ({ url: `${streamUrl()}?query=${encodeURIComponent('{ __typename }')}`, headers: scripted }),
    status: 404,
    code: 'NOT_FOUND',
    message:
      'This request names no reserved stream: send the operation with `Accept: text/event-stream` to run it on a stream of its own, or reserve one with PUT /graphql/stream (the answer is its token) and name it in the `X-GraphQL-Event-Stream-Token` header or the `token` parameter.',
  },
  {
    name: 'an Accept that lists text/event-stream among others',
    request: () => ({ url: `${streamUrl()}?query=${encodeURIComponent('{ __typename }')}`, headers: { ...scripted, accept: 'text/event-stream, application/json' } }),
    status: 404,
    code: 'NOT_FOUND',
    message: /^This request names no reserved stream: .* \(`Accept` must be exactly `text\/event-stream`, not "text\/event-stream, application\/json"\), or reserve one/,
  },
  {
    name: 'an unknown token in the URL',
    request: () => ({ url: `${streamUrl()}?token=no-such-stream` }),
    status: 404,
    code: 'NOT_FOUND',
    message:
      'No stream is reserved under the token "no-such-stream" (it was never reserved, it was not opened in time, or its connection has closed): reserve one with PUT /graphql/stream (the answer is its token), or send the operation with `Accept: text/event-stream` to run it on a stream of its own.',
  },
  {
    name: 'an operation POSTed under an unknown token (header)',
    request: () => ({ method: 'POST', headers: { ...json, [TOKEN_HEADER]: 'no-such-stream' }, body: JSON.stringify({ query: subscription, extensions: { operationId: '1' } }) }),
    status: 404,
    code: 'NOT_FOUND',
    message: /^No stream is reserved under the token "no-such-stream"/,
  },
  {
    name: 'a DELETE under an unknown token',
    request: () => ({ url: `${streamUrl()}?operationId=1`, method: 'DELETE', headers: { [TOKEN_HEADER]: 'no-such-stream' } }),
    status: 404,
    code: 'NOT_FOUND',
    message: /^No stream is reserved under the token "no-such-stream"/,
  },
  {
    name: 'a second connection to a reserved stream already open',
    request: async () => ({ url: `${streamUrl()}?token=${await openReserved()}`, headers: eventStream }),
    status: 409,
    code: 'BAD_REQUEST',
    message:
      /^The stream reserved under the token "[\w.-]+" is already open on another connection, and a reserved stream has one: send operations to it with POST, or reserve one with PUT \/graphql\/stream \(the answer is its token\)\.$/,
  },
  {
    name: 'reserving a stream under a token already reserved',
    request: async () => ({ method: 'PUT', headers: { [TOKEN_HEADER]: await reserve() } }),
    status: 409,
    code: 'BAD_REQUEST',
    message: /^A stream is already reserved under the token "[\w.-]+": open it with GET and `Accept: text\/event-stream`, or send PUT without a token to reserve another\.$/,
  },
  {
    name: 'reserving a stream asking for JSON',
    request: () => ({ method: 'PUT', headers: { accept: 'application/json' } }),
    status: 406,
    code: 'BAD_REQUEST',
    message: 'Reserving a stream answers its token as text: send `Accept: text/plain` (or none), not "application/json".',
  },
  {
    name: 'an operation sent to a reserved stream without an operation id',
    request: async () => ({ method: 'POST', headers: { ...json, [TOKEN_HEADER]: await reserve() }, body: JSON.stringify({ query: subscription }) }),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'An operation sent to a reserved stream needs an id in `extensions.operationId` (its events on the stream carry it).',
  },
  {
    name: 'a second operation with the same id on a reserved stream',
    request: async () => {
      const token = await openReserved();
      const init = { method: 'POST', headers: { ...json, [TOKEN_HEADER]: token }, body: JSON.stringify({ query: subscription, extensions: { operationId: 'alerts' } }) };
      expect((await fetch(streamUrl(), init)).status).toBe(202);
      return init;
    },
    status: 409,
    code: 'BAD_REQUEST',
    message: 'An operation with this `extensions.operationId` is already running on this stream: give each operation an id of its own (or stop that one first with DELETE).',
  },
  {
    name: 'an operation sent to a reserved stream asking for HTML',
    request: async () => ({ method: 'POST', headers: { ...json, accept: 'text/html', [TOKEN_HEADER]: await reserve() }, body: JSON.stringify({ query: subscription, extensions: { operationId: '1' } }) }),
    status: 406,
    code: 'BAD_REQUEST',
    message: /^An operation sent to a reserved stream is answered 202 with no body \(its events go to the stream\): send `Accept: application\/json` \(or none\), not "text\/html"; or send the operation with `Accept: text\/event-stream`/,
  },
  {
    name: 'a DELETE without an operation id',
    request: async () => ({ method: 'DELETE', headers: { [TOKEN_HEADER]: await reserve() } }),
    status: 400,
    code: 'BAD_REQUEST',
    message: "Name the operation to stop: DELETE /graphql/stream?operationId=<its id>, with the stream's token.",
  },
  {
    name: 'a method the protocol does not have',
    request: () => ({ method: 'PATCH', headers: { [TOKEN_HEADER]: 'no-such-stream' } }),
    status: 405,
    code: 'BAD_REQUEST',
    message:
      'Method "PATCH" is not served at /graphql/stream: PUT reserves a stream, GET with `Accept: text/event-stream` opens it (or runs an operation on a stream of its own), POST sends an operation, DELETE stops one.',
    headers: { allow: 'GET, POST, PUT, DELETE' },
  },
  {
    name: 'a method the protocol does not have, asking for an event stream (graphql-sse said 415)',
    request: () => ({ method: 'PATCH', headers: eventStream }),
    status: 405,
    code: 'BAD_REQUEST',
    message: /^Method "PATCH" is not served at \/graphql\/stream/,
    headers: { allow: 'GET, POST, PUT, DELETE' },
  },
  {
    name: 'a text/plain POST',
    request: () => ({ method: 'POST', headers: { ...eventStream, 'content-type': 'text/plain' }, body: JSON.stringify({ query: subscription }) }),
    status: 415,
    code: 'BAD_REQUEST',
    message: 'Content-Type "text/plain" is not read here: send the operation as JSON (Content-Type: application/json), or a GET with the operation in the URL.',
  },
  {
    name: 'a body that is not JSON',
    request: () => ({ method: 'POST', headers: { ...eventStream, ...json }, body: '{"query":' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: "The body is not JSON: send a JSON object with the operation's `query`.",
  },
  {
    name: 'a body without a query',
    request: () => ({ method: 'POST', headers: { ...eventStream, ...json }, body: JSON.stringify({ variables: {} }) }),
    status: 400,
    code: 'BAD_REQUEST',
    message: "The request has no `query`: send the operation's document in it.",
  },
  {
    name: 'a query that is not text',
    request: () => ({ method: 'POST', headers: { ...eventStream, ...json }, body: JSON.stringify({ query: 7 }) }),
    status: 400,
    code: 'BAD_REQUEST',
    message: "`query` must be a string: the operation's document.",
  },
  {
    name: 'variables that are a list',
    request: () => ({ method: 'POST', headers: { ...eventStream, ...json }, body: JSON.stringify({ query: subscription, variables: [] }) }),
    status: 400,
    code: 'BAD_REQUEST',
    message: '`variables` must be an object of variable values by name.',
  },
  {
    name: 'extensions that are text',
    request: () => ({ method: 'POST', headers: { ...eventStream, ...json }, body: JSON.stringify({ query: subscription, extensions: 'x' }) }),
    status: 400,
    code: 'BAD_REQUEST',
    message: '`extensions` must be an object.',
  },
  {
    name: 'URL variables that are not JSON',
    request: () => ({ url: `${streamUrl()}?query=${encodeURIComponent(subscription)}&variables=%7B`, headers: { ...scripted, ...eventStream } }),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The `variables` or `extensions` URL parameter is not JSON: send each as a URL-encoded JSON object.',
  },
  {
    name: 'a document that does not parse (graphql-sse answered HTTP 500 with a stack trace)',
    request: () => ({ url: `${streamUrl()}?query=${encodeURIComponent('subscription { vehicleEvents { id }')}`, headers: { ...scripted, ...eventStream } }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: 'Syntax Error: Expected Name, found <EOF>.',
  },
  {
    name: 'a document that does not validate (graphql-sse answered "Unable to detect operation AST")',
    request: () => ({ method: 'POST', headers: { ...eventStream, ...json }, body: JSON.stringify({ query: 'subscription { vehicleEvents { nope } }' }) }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^Cannot query field "nope" on type "VehicleEvent"\./,
  },
  {
    name: 'two operations and no operation name',
    request: () => ({ method: 'POST', headers: { ...eventStream, ...json }, body: JSON.stringify({ query: 'query A { __typename } query B { __typename }' }) }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: 'The document has 2 operations: name the one to run in "operationName".',
  },
  {
    name: 'a mutation over GET',
    request: () => ({ url: `${streamUrl()}?query=${encodeURIComponent('mutation { __typename }')}`, headers: { ...scripted, ...eventStream } }),
    status: 405,
    code: 'BAD_REQUEST',
    message: 'Can only perform a mutation operation from a POST request.',
    headers: { allow: 'POST' },
  },
  {
    // What a hostile page's EventSource sends: a GET without a preflight. On an open gateway it would run the query, billed.
    name: 'a GET running an operation without the CSRF header',
    request: () => ({ url: `${streamUrl()}?query=${encodeURIComponent(`{ terminal(esn: "${stack.simulator.world.boundTerminals()[0]!.esn}") { vehicle { condition { speedKmh } } } }`)}`, headers: eventStream }),
    status: 403,
    code: 'BAD_REQUEST',
    message: 'Refused as a possible cross-site request: send the operation as JSON (Content-Type: application/json), or a GET with the x-graphql-yoga-csrf header.',
  },
];

describe('graphql-sse refusals at /graphql/stream', () => {
  for (const refusal of refusals) {
    it(`${refusal.name}: HTTP ${refusal.status}, ${refusal.code}, the request id, no internals, no call`, async () => {
      const { url = streamUrl(), ...init } = await refusal.request();
      await stack.resetStats();
      const logged = stack.logLines.length;
      const response = await fetch(url, init);
      const text = await response.text();
      expect(response.status).toBe(refusal.status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      for (const [name, value] of Object.entries(refusal.headers ?? {})) expect(response.headers.get(name)).toBe(value);
      const answer = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(answer.errors.length).toBeGreaterThanOrEqual(1);
      const [error] = answer.errors;
      if (typeof refusal.message === 'string') expect(error!.message).toBe(refusal.message);
      else expect(error!.message).toMatch(refusal.message);
      expect(error!.extensions).toEqual({ code: refusal.code, requestId: response.headers.get('x-request-id') });
      expect(text).not.toMatch(/originalError|SyntaxError|stack|\n\s+at /);
      const failures = stack.logRecords().slice(logged).filter((record) => (record.level as number) >= 50);
      expect(failures).toEqual([]);
      expect((await stack.stats()).total).toBe(0);
    });
  }

  it('quotes at most 100 characters of a token', async () => {
    const response = await fetch(`${streamUrl()}?token=${'t'.repeat(3_000)}`);
    expect(response.status).toBe(404);
    const { errors } = (await response.json()) as { errors: Array<{ message: string }> };
    expect(errors[0]!.message).toMatch(new RegExp(`^No stream is reserved under the token "${'t'.repeat(100)}…" \\(`));
  });

  it('a refused request leaves the protocol working: a reserved stream still carries an operation, a stream of its own still answers', async () => {
    const token = await reserve();
    expect((await fetch(streamUrl(), { method: 'PUT', headers: { [TOKEN_HEADER]: token } })).status).toBe(409);
    const controller = keptOpen();
    const stream = await fetch(`${streamUrl()}?token=${token}`, { headers: eventStream, signal: controller.signal });
    expect(stream.status).toBe(200);
    const sent = await fetch(streamUrl(), {
      method: 'POST',
      headers: { ...json, [TOKEN_HEADER]: token },
      body: JSON.stringify({ query: '{ __typename }', extensions: { operationId: 'q1' } }),
    });
    expect(sent.status).toBe(202);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    while (!received.includes('event: complete')) received += (await reader.read()).value ?? '';
    expect(received).toMatch(/event: next\ndata: \{"id":"q1","payload":\{"data":\{"__typename":"Query"\}/);

    const own = await fetch(streamUrl(), { method: 'POST', headers: { ...eventStream, ...json }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('"data":{"__typename":"Query"}');
    // A GET with the CSRF header runs its operation, as at /graphql.
    const viaGet = await fetch(`${streamUrl()}?query=${encodeURIComponent('{ __typename }')}`, { headers: { ...scripted, ...eventStream } });
    expect(viaGet.status).toBe(200);
    expect(await viaGet.text()).toContain('"data":{"__typename":"Query"}');
  });

  it('an operation refused before it runs (a variable of the wrong type) answers its coded error in the stream, as graphql-sse streams results', async () => {
    const response = await fetch(streamUrl(), {
      method: 'POST',
      headers: { ...eventStream, ...json },
      body: JSON.stringify({ query: 'subscription ($esns: [String!]) { vehicleEvents(esns: $esns) { id } }', variables: { esns: 7 } }),
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    const next = /event: next\ndata: (.*)\n/.exec(text);
    const result = JSON.parse(next![1]!) as { data: unknown; errors: Array<{ extensions: Record<string, unknown> }> };
    expect(result.data).toBeNull();
    expect(result.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: response.headers.get('x-request-id') });
    expect(result.errors[0]!.extensions).not.toHaveProperty('http');
    expect(text).toContain('event: complete');
    expect((await stack.stats()).total).toBe(0);
  });
});

/** A POST of `parts` over real HTTP with no Content-Length (chunked), asking for an event stream: its status and text. */
function postChunked(url: string, parts: string[]): Promise<{ status: number; text: string; requestId: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers: { ...json, ...eventStream } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, text, requestId: String(response.headers['x-request-id']) }));
    });
    request.on('error', reject);
    for (const part of parts) request.write(part);
    request.end();
  });
}

describe('the request body limit at /graphql/stream (MAX_REQUEST_BYTES, 100 KiB by default), as at /graphql', () => {
  const padded = (bytes: number) => JSON.stringify({ query: '{ __typename }', extensions: { pad: 'x'.repeat(bytes) } });
  const tooLarge = 'The request body exceeds 102400 bytes (MAX_REQUEST_BYTES).';

  it('refuses a body whose Content-Length is above it with 413 PAYLOAD_TOO_LARGE, running nothing', async () => {
    const logged = stack.logLines.length;
    const response = await fetch(streamUrl(), { method: 'POST', headers: { ...json, ...eventStream }, body: padded(200_000) });
    expect(response.status).toBe(413);
    const { errors } = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(errors).toEqual([{ message: tooLarge, extensions: { code: 'PAYLOAD_TOO_LARGE', requestId: response.headers.get('x-request-id') } }]);
    expect(stack.logRecords().slice(logged).filter((record) => (record.level as number) >= 50)).toEqual([]);
    expect((await stack.stats()).total).toBe(0);
  });

  it('refuses a chunked body once it passes the limit with 413, and serves one within it', async () => {
    const large = padded(200_000);
    const refused = await postChunked(streamUrl(), [large.slice(0, 60_000), large.slice(60_000, 120_000), large.slice(120_000)]);
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.text)).toEqual({ errors: [{ message: tooLarge, extensions: { code: 'PAYLOAD_TOO_LARGE', requestId: refused.requestId } }] });

    const small = padded(50_000);
    const served = await postChunked(streamUrl(), [small.slice(0, 20_000), small.slice(20_000)]);
    expect(served.status, served.text).toBe(200);
    expect(served.text).toContain('"data":{"__typename":"Query"}');
    expect((await stack.stats()).total).toBe(0);
  });
});
