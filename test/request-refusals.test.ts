import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationProblem } from '../src/request-refusals.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * A request that is not a usable GraphQL request (not JSON, a simple cross-site request, a body
 * type nobody reads, the wrong method, an operation that cannot be chosen) is refused before
 * anything runs, like every other error: a code, the request id, a message saying what to send
 * instead, and no internal detail (no `originalError`, no parser message); nothing is logged as
 * a failure and no upstream call is made.
 */

const stack = useStack();

interface Refusal {
  name: string;
  init: () => { url?: string; method?: string; headers?: Record<string, string>; body?: string };
  status: number;
  code: string;
  message: RegExp;
}

const json = { 'content-type': 'application/json' };
const typename = (extra: object = {}) => JSON.stringify({ query: '{ __typename }', ...extra });

const refusals: Refusal[] = [
  { name: 'a body that is not JSON', init: () => ({ headers: json, body: '{"query":' }), status: 400, code: 'BAD_REQUEST', message: /^POST body sent invalid JSON\.$/ },
  {
    name: 'a text/plain POST (a form a hostile page can send)',
    init: () => ({ headers: { 'content-type': 'text/plain' }, body: typename() }),
    status: 403,
    code: 'BAD_REQUEST',
    message: /cross-site request: send the operation as JSON \(Content-Type: application\/json\), or a GET with the x-graphql-yoga-csrf header/,
  },
  {
    name: 'a GET without the CSRF header',
    init: () => ({ url: `${stack.url}?query=${encodeURIComponent('{ __typename }')}`, method: 'GET' }),
    status: 403,
    code: 'BAD_REQUEST',
    message: /x-graphql-yoga-csrf/,
  },
  {
    name: 'a Content-Type no parser reads',
    init: () => ({ headers: { 'content-type': 'application/xml', 'x-graphql-yoga-csrf': '1' }, body: '<query/>' }),
    status: 415,
    code: 'BAD_REQUEST',
    message: /^Content-Type "application\/xml" is not read here: send the operation as JSON/,
  },
  { name: 'PUT', init: () => ({ method: 'PUT', headers: json, body: typename() }), status: 405, code: 'BAD_REQUEST', message: /GET and POST/ },
  {
    name: 'an operation name the document does not have',
    init: () => ({ headers: json, body: JSON.stringify({ query: 'query Fleet { __typename } query Pinned { __typename }', operationName: 'Dashboard' }) }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /^Unknown operation named "Dashboard"; the document has "Fleet", "Pinned"\.$/,
  },
  {
    name: 'two operations and no name',
    init: () => ({ headers: json, body: JSON.stringify({ query: 'query Fleet { __typename } query Pinned { __typename }' }) }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /^The document has 2 operations: name the one to run in "operationName"\.$/,
  },
  {
    name: 'an operation name that is not text',
    init: () => ({ headers: json, body: typename({ operationName: 7 }) }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /^Expected "operationName" param to be a string, but given number\.$/,
  },
  {
    name: 'a document of fragments only',
    init: () => ({ headers: json, body: JSON.stringify({ query: 'fragment F on Query { __typename }' }) }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /no operation/,
  },
];

describe('requests that are not usable GraphQL requests', () => {
  for (const refusal of refusals) {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      it(`${refusal.name} (accept ${accept}): HTTP ${refusal.status}, ${refusal.code}, no internals, no call`, async () => {
        const logged = stack.logLines.length;
        const { url = stack.url, method = 'POST', headers = {}, body } = refusal.init();
        const response = await fetch(url, { method, headers: { accept, ...headers }, body });
        const text = await response.text();
        expect(response.status).toBe(refusal.status);
        const answer = JSON.parse(text) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
        expect(answer.data).toBeUndefined();
        expect(answer.errors).toHaveLength(1);
        const [error] = answer.errors;
        expect(error!.message).toMatch(refusal.message);
        expect(error!.extensions).toEqual({ code: refusal.code, requestId: response.headers.get('x-request-id') });
        expect(text).not.toMatch(/originalError|SyntaxError|stack/);
        const failures = stack.logRecords().slice(logged).filter((record) => (record.level as number) >= 50);
        expect(failures).toEqual([]);
        expect((await stack.stats()).total).toBe(0);
      });
    }
  }

  it('an Accept that no answer fits: HTTP 406 BAD_REQUEST before the operation runs, so a mutation sends nothing', async () => {
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    const cases = [
      { accept: 'application/xml', query: `mutation { lockDoors(esn: "${esn}", idempotencyKey: "accept-xml") { id } }`, message: /^No answer can be sent in the media types of `Accept` "application\/xml": send `Accept: application\/json`/ },
      { accept: 'application/json; charset=latin1', query: '{ __typename }', message: /`Accept` "application\/json; charset=latin1"/ },
      { accept: 'application/json', query: 'subscription { vehicleEvents { id } }', message: /for a subscription \(its events are streamed\): send `Accept: text\/event-stream`\.$/ },
    ];
    for (const { accept, query, message } of cases) {
      const response = await fetch(stack.url, { method: 'POST', headers: { ...json, accept }, body: JSON.stringify({ query }) });
      expect(response.status).toBe(406);
      const answer = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors[0]!.message).toMatch(message);
      expect(answer.errors[0]!.extensions).toEqual({ code: 'BAD_REQUEST', requestId: response.headers.get('x-request-id') });
    }
    expect((await stack.stats()).total).toBe(0);
    expect(await stack.gateway.doorCommands.get('accept-xml')).toBeNull();
    expect(stack.logRecords().filter((record) => record.audit === 'write')).toEqual([]);
  });

  it('echoes at most 100 characters of what the client sent', async () => {
    const long = 'X'.repeat(5_000);
    const answer = await fetch(stack.url, { method: 'POST', headers: json, body: JSON.stringify({ query: 'query A { __typename }', operationName: long }) });
    const [error] = ((await answer.json()) as { errors: Array<{ message: string }> }).errors;
    expect(error!.message).toBe(`Unknown operation named "${'X'.repeat(100)}…"; the document has "A".`);
    const xml = await fetch(stack.url, { method: 'POST', headers: { 'content-type': `application/${'x'.repeat(3_000)}`, 'x-graphql-yoga-csrf': '1' }, body: '<a/>' });
    expect(xml.status).toBe(415);
    expect(((await xml.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe(
      `Content-Type "application/${'x'.repeat(88)}…" is not read here: send the operation as JSON (Content-Type: application/json).`,
    );
  });

  it('refusing an operation name does not stick to the document: the same text with a right name runs', async () => {
    const query = 'query Fleet { __typename } query Pinned { __typename }';
    const post = (operationName: string) =>
      fetch(stack.url, { method: 'POST', headers: json, body: JSON.stringify({ query, operationName }) }).then(async (response) => ({ status: response.status, body: await response.json() }));
    expect((await post('Dashboard')).status).toBe(400);
    expect(await post('Pinned')).toEqual({ status: 200, body: expect.objectContaining({ data: { __typename: 'Query' } }) });
    expect((await post('Dashboard')).status).toBe(400);
    expect(await post('Fleet')).toEqual({ status: 200, body: expect.objectContaining({ data: { __typename: 'Query' } }) });
  });
});

describe('operationProblem', () => {
  const documents = [
    '{ a }',
    'query A { a }',
    'query A { a } query B { b }',
    '{ a } query B { b }',
    'fragment F on Query { a }',
    'query A { ...F } fragment F on Query { a }',
    'mutation M { m } subscription S { s }',
  ];
  const names: unknown[] = [undefined, null, '', 'A', 'B', 'M', 'S', 'C', 1, {}];
  it('finds a problem exactly when graphql-js finds no operation to run', () => {
    for (const text of documents) {
      const document = parse(text);
      for (const name of names) {
        const graphqlFinds = typeof name === 'string' || name == null ? getOperationAST(document, name as string | null | undefined) !== null : false;
        expect(operationProblem(document, name) === undefined, `${text} with ${JSON.stringify(name)}`).toBe(graphqlFinds);
      }
    }
  });
});
