import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../src/auth/principal.ts';
import { graphql } from './gql/gql.ts';
import { bearer, writeApiKeys } from './helpers/api-keys.ts';
import { type GraphQLResponse, postGraphQL } from './helpers/stack.ts';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { subscribe } from './helpers/subscriptions.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * The authorization matrix: principals × operations × terminals (own, foreign, unbound). Every
 * denied part answers FORBIDDEN at its own path and makes no upstream call; every allowed part
 * reaches the upstream (and may then be refused there, which is not our concern here).
 */

let keys: Record<'reader' | 'manager' | 'controller' | 'tenant' | 'fleet', string>;
let own = '';
let foreign = '';
let unbound = '';

const stack = useStack(() => ({
  env: (simulator) => {
    const bound = simulator.world.boundTerminals();
    own = bound[0]!.esn;
    foreign = bound[1]!.esn;
    unbound = simulator.world.terminals.find((terminal) => terminal.binding === null)!.esn;
    const written = writeApiKeys({
      reader: { scopes: ['read'], esns: [own, unbound] },
      manager: { scopes: ['manage'], esns: [own, unbound] },
      controller: { scopes: ['control'], esns: [own, unbound] },
      tenant: { scopes: ['read', 'manage', 'control'], esns: [foreign] },
      fleet: { scopes: ['read', 'manage', 'control'], esns: '*' },
    });
    keys = written.keys;
    return { AUTH_API_KEYS_FILE: written.file };
  },
}));

const TerminalStatus = graphql(`
  query AuthTerminalStatus($esn: String!) {
    terminal(esn: $esn) { esn bound vehicle { condition { odometerKm } } }
  }
`);
const MixedTerminals = graphql(`
  query AuthMixedTerminals($esns: [String!]!) {
    terminals(esns: $esns) { esn bound }
  }
`);
const Brands = graphql(`
  query AuthBrands { brand(id: 12) { name } }
`);
const LockDoors = graphql(`
  mutation AuthLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: $esn) { state } }
`);
const AuditedLock = graphql(`
  mutation AuthAuditedLock($esn: String!) { lockDoors(esn: $esn, idempotencyKey: "audit-test") { state } }
`);
const DeleteTrip = graphql(`
  mutation AuthDeleteTrip($esn: String!) { deleteTrip(esn: $esn, tripId: "1") { deletedTripId } }
`);
const UpdateProfile = graphql(`
  mutation AuthUpdateProfile($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: "平安车险" }) { vehicle { esn } } }
`);
const Unbind = graphql(`
  mutation AuthUnbind($esn: String!) { unbindTerminal(input: { esn: $esn, mobile: "10000000000" }) { esn } }
`);
const Bind = graphql(`
  mutation AuthBind($esn: String!) { bindTerminal(input: { esn: $esn, mobile: "10000000000" }) { esn } }
`);
const BindByActivationCode = graphql(`
  mutation AuthBindByActivationCode { bindTerminal(input: { activationCode: "ABC123", mobile: "13800000000" }) { esn } }
`);
const QueryTypeName = graphql(`
  query AuthQueryTypeName { __schema { queryType { name } } }
`);

const TerminalGlobalIds = graphql(`
  query AuthTerminalGlobalIds($esn: String!, $from: DateTime!, $to: DateTime!) {
    terminal(esn: $esn) { id vehicle { id trips(first: 1, from: $from, to: $to) { edges { node { id } } } } }
  }
`);
const NodesOfTerminals = graphql(`
  query AuthNodesOfTerminals($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }
`);

type Principal = keyof typeof keys;
const operations = [
  { name: 'terminal', document: TerminalStatus, scope: 'read', path: ['terminal'] },
  { name: 'lockDoors', document: LockDoors, scope: 'control', path: ['lockDoors'] },
  { name: 'deleteTrip', document: DeleteTrip, scope: 'manage', path: ['deleteTrip'] },
  { name: 'updateVehicleProfile', document: UpdateProfile, scope: 'manage', path: ['updateVehicleProfile'] },
  { name: 'unbindTerminal', document: Unbind, scope: 'manage', path: ['unbindTerminal'] },
  { name: 'bindTerminal', document: Bind, scope: 'manage', path: ['bindTerminal'] },
] as ReadonlyArray<{ name: string; document: TypedDocumentNode<unknown, { esn: string }>; scope: Scope; path: readonly string[] }>;
const grants: Record<Principal, { scopes: Scope[]; reaches: (kind: 'own' | 'foreign' | 'unbound') => boolean }> = {
  reader: { scopes: ['read'], reaches: (kind) => kind !== 'foreign' },
  manager: { scopes: ['manage'], reaches: (kind) => kind !== 'foreign' },
  controller: { scopes: ['control'], reaches: (kind) => kind !== 'foreign' },
  tenant: { scopes: ['read', 'manage', 'control'], reaches: (kind) => kind === 'foreign' },
  fleet: { scopes: ['read', 'manage', 'control'], reaches: () => true },
};
const esnOf = (kind: 'own' | 'foreign' | 'unbound') => ({ own, foreign, unbound })[kind];

const codeAt = (result: GraphQLResponse<unknown>, path: readonly (string | number)[]) =>
  result.errors?.find((error) => JSON.stringify(error.path) === JSON.stringify(path))?.extensions?.code;

describe('without valid credentials', () => {
  for (const [label, headers] of [
    ['no token', {}],
    ['an unknown API key', { authorization: 'Bearer iag_not-a-key' }],
    ['a malformed JWT', { authorization: 'Bearer aaa.bbb.ccc' }],
    ['a Basic header', { authorization: 'Basic dXNlcjpwYXNz' }],
  ] as const) {
    it(`${label}: HTTP 401 UNAUTHENTICATED, nothing parsed, no upstream call`, async () => {
      const { response, result } = await postGraphQL(stack.url, TerminalStatus, { esn: own }, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await stack.stats()).total).toBe(0);
    });
  }

  it('introspection needs credentials too', async () => {
    const { response } = await postGraphQL(stack.url, QueryTypeName);
    expect(response.status).toBe(401);
    const allowed = await stack.graphql(QueryTypeName, undefined, bearer(keys.controller));
    expect(allowed.data?.__schema.queryType.name).toBe('Query');
  });

  it('/health answers without credentials', async () => {
    const response = await fetch(stack.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
  });
});

describe.each(Object.keys(grants) as Principal[])('%s', (principal) => {
  for (const operation of operations) {
    for (const kind of ['own', 'foreign', 'unbound'] as const) {
      const allowed = grants[principal].scopes.includes(operation.scope) && grants[principal].reaches(kind);
      it(`${operation.name} on a${kind === 'own' ? 'n own' : ` ${kind}`} terminal: ${allowed ? 'reaches the upstream' : 'FORBIDDEN, no call'}`, async () => {
        const result = await stack.graphql(operation.document, { esn: esnOf(kind) }, bearer(keys[principal]));
        const { total } = await stack.stats();
        if (allowed) {
          expect(codeAt(result, operation.path)).not.toBe('FORBIDDEN');
          expect(total).toBeGreaterThan(0);
          // Binding the unbound terminal works: undo it for the next cases.
          if (operation.name === 'bindTerminal' && kind === 'unbound') {
            expect((await stack.graphql(Unbind, { esn: unbound }, bearer(keys.fleet))).errors).toBeUndefined();
          }
        } else {
          expect(codeAt(result, operation.path)).toBe('FORBIDDEN');
          expect(result.errors).toHaveLength(1);
          expect(total).toBe(0);
        }
      });
    }
  }
});

describe('terminals with mixed ESNs', () => {
  it('gives only the foreign item FORBIDDEN, and calls only for the own terminal', async () => {
    const result = await stack.graphql(MixedTerminals, { esns: [own, foreign] }, bearer(keys.reader));
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['terminals', 1], 'FORBIDDEN']]);
    // Once items are nullable the own terminal keeps its data; the foreign one is never called.
    if (result.data?.terminals) expect(result.data.terminals[0]).toEqual({ esn: own, bound: true });
    expect((await stack.stats()).total).toBeLessThanOrEqual(1);

    await stack.resetStats();
    const foreignOnly = await stack.graphql(MixedTerminals, { esns: [foreign] }, bearer(keys.reader));
    expect(foreignOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.stats()).total).toBe(0);
  });

  it('a principal reaching every terminal gets them all', async () => {
    const result = await stack.graphql(MixedTerminals, { esns: [own, foreign, unbound] }, bearer(keys.fleet));
    expect(result.errors).toBeUndefined();
    expect(result.data?.terminals.map((terminal) => terminal?.bound)).toEqual([true, true, false]);
  });
});

describe('the catalog', () => {
  it('is open to any authenticated principal, whatever its scopes', async () => {
    for (const principal of ['reader', 'manager', 'controller'] as const) {
      const result = await stack.graphql(Brands, {}, bearer(keys[principal]));
      expect(result.errors).toBeUndefined();
      expect(result.data?.brand?.name).toBeTruthy();
    }
  });
});

describe('binding by activation code', () => {
  it('needs a principal reaching every terminal, since the code does not say which terminal it is', async () => {
    const result = await stack.graphql(BindByActivationCode, undefined, bearer(keys.manager));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.stats()).total).toBe(0);
  });
});

describe('audit', () => {
  it('logs one line per write with principal, ESN, service and outcome, never the key', async () => {
    const before = stack.logLines.length;
    // A fresh idempotency key: the matrix above already sent LOCK_DOOR with the key `own`.
    await stack.graphql(AuditedLock, { esn: own }, bearer(keys.controller));
    await stack.graphql(AuditedLock, { esn: foreign }, bearer(keys.controller));
    const lines = stack.logLines.slice(before);
    const audit = lines.filter((line) => line.includes('"audit":"write"'));
    expect(audit).toHaveLength(2);
    expect(audit[0]).toContain(`"principal":"controller","service":5001,"esn":"${own}","outcome":"ok"`);
    expect(audit[1]).toContain(`"principal":"controller","service":5001,"esn":"${foreign}","outcome":"FORBIDDEN"`);
    expect(lines.join('\n')).not.toContain(keys.controller);
  });
});

const OwnEvents = graphql(`
  subscription AuthOwnEvents($esns: [String!]) { vehicleEvents(esns: $esns) { id esn } }
`);
const SinceEvents = graphql(`
  subscription AuthSinceEvents($since: String) { vehicleEvents(since: $since) { id esn } }
`);
const MyTerminals = graphql(`
  query AuthMyTerminals { myTerminals { esn } }
`);

describe('the other entry points', () => {
  it('myTerminals lists only the caller\'s own terminals, with no upstream call', async () => {
    const before = (await stack.stats()).total;
    const result = await stack.graphql(MyTerminals, {}, bearer(keys.reader));
    expect(result.data?.myTerminals.map((terminal) => terminal.esn).sort()).toEqual([own, unbound].sort());
    expect((await stack.stats()).total).toBe(before);
  });

  it("node(id:)/nodes(ids:) refuse the global ids of another principal's terminal, vehicle and trips alone, FORBIDDEN, with no upstream call", async () => {
    // Any terminal but the reader's own (and its unbound one) is out of its reach; this one has trips.
    const outOfReach = stack.simulator.world.boundTerminals().find((terminal) => terminal.esn !== own && terminal.vehicle.trips.length > 0)!.esn;
    const [ownIds, foreignIds] = await Promise.all(
      [own, outOfReach].map(async (esn) => {
        // The range of the terminal's latest trip, wherever the world put it.
        const start = stack.simulator.world.tripsOf(esn)[0]!.startTime * 1000;
        const range = { from: new Date(start).toISOString(), to: new Date(start + 1000).toISOString() };
        return (await stack.graphql(TerminalGlobalIds, { esn, ...range }, bearer(keys.fleet))).data!.terminal!;
      }),
    );
    const idsOf = (terminal: NonNullable<typeof ownIds>) => [terminal.id, terminal.vehicle!.id, terminal.vehicle!.trips!.edges[0]!.node!.id];
    await stack.resetStats();
    const result = await stack.graphql(NodesOfTerminals, { ids: [...idsOf(foreignIds!), ...idsOf(ownIds!)] }, bearer(keys.reader));
    expect(result.data!.nodes.map((node) => node?.__typename ?? null)).toEqual([null, null, null, 'Terminal', 'Vehicle', 'Trip']);
    expect(result.errors!.map((error) => [error.path, error.extensions?.code])).toEqual([0, 1, 2].map((index) => [['nodes', index], 'FORBIDDEN']));
    // Only the own trip was refetched (one trip-list call); the foreign ids cost nothing.
    expect((await stack.stats()).calls).toEqual({ '1012': 1 });
  });

  for (const transport of ['sse', 'websocket'] as const) {
    it(`subscriptions over ${transport} need the same Bearer token, and stay within the caller's terminals`, async () => {
      const anonymous = subscribe(transport, stack.url, OwnEvents, { esns: [own] });
      await anonymous.ended.catch(() => undefined);
      expect(anonymous.results.some((result) => result.data?.vehicleEvents)).toBe(false);
      await anonymous.close();

      const foreignFeed = subscribe(transport, stack.url, OwnEvents, { esns: [foreign] }, bearer(keys.reader).headers.authorization);
      await foreignFeed.waitFor(1);
      // Worded as every other refusal of a terminal (authorize.ts), naming the caller.
      expect(foreignFeed.results[0]?.errors?.[0]).toMatchObject({ message: `Terminal ${foreign} is not one of reader's terminals.`, extensions: { code: 'FORBIDDEN' } });
      await foreignFeed.close();
      const another = stack.simulator.world.boundTerminals()[2]!.esn;
      const mixedFeed = subscribe(transport, stack.url, OwnEvents, { esns: [own, foreign, another] }, bearer(keys.reader).headers.authorization);
      await mixedFeed.waitFor(1);
      expect(mixedFeed.results[0]?.errors?.[0]?.message).toBe(`Terminals ${foreign}, ${another} are not among reader's terminals.`);
      await mixedFeed.close();

      const mine = subscribe(transport, stack.url, OwnEvents, { esns: [own] }, bearer(keys.reader).headers.authorization);
      const record = { id: freshEventId(), esn: own, type: '定位', time: 1_700_000_000 };
      // The webhook is signed by iauto360, not a Bearer token: it passes with authentication on.
      for (let attempt = 0; attempt < 50 && mine.results.length === 0; attempt++) {
        expect((await postPush(stack.webhookUrl, pushBody([{ ...record, id: freshEventId() }]))).status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await mine.waitFor(1);
      expect(mine.results[0]?.data?.vehicleEvents.esn).toBe(own);
      await mine.close();
    });
  }

  it('vehicleEvents(since:) answers an event id of a terminal out of reach as one not kept: its existence is not the caller\'s to learn', async () => {
    const ownId = freshEventId();
    const foreignId = freshEventId();
    const laterOwnId = freshEventId();
    const pushed = await postPush(
      stack.webhookUrl,
      pushBody([
        { id: ownId, esn: own, type: '定位', time: 1_700_000_000 },
        { id: foreignId, esn: foreign, type: '定位', time: 1_700_000_001 },
        { id: laterOwnId, esn: own, type: '定位', time: 1_700_000_002 },
      ]),
    );
    expect(pushed.json).toMatchObject({ stored: 3 });
    const refusal = async (since: string) => {
      const feed = subscribe('sse', stack.url, SinceEvents, { since }, bearer(keys.reader).headers.authorization);
      await feed.waitFor(1);
      await feed.close();
      return feed.results[0]?.errors?.[0];
    };
    const notKept = (id: string) => ({ message: `Invalid input. since: no stored event has id ${id} (it may be older than the retention)`, extensions: { code: 'BAD_USER_INPUT', field: 'since' } });
    // The foreign terminal's event is answered exactly as an id that was never stored.
    const unknownId = '999999999999999999';
    expect(await refusal(String(foreignId))).toMatchObject(notKept(String(foreignId)));
    expect(await refusal(unknownId)).toMatchObject(notKept(unknownId));
    // The caller's own event replays what came after it, of its own terminals only.
    const mine = subscribe('sse', stack.url, SinceEvents, { since: String(ownId) }, bearer(keys.reader).headers.authorization);
    await mine.waitFor(1);
    expect(mine.results[0]).toEqual({ data: { vehicleEvents: { id: String(laterOwnId), esn: own } } });
    await mine.close();
  });

  it('the webhook, /health, /ready and the fleet page need no Bearer token', async () => {
    const base = stack.url.replace(/\/graphql$/, '');
    const unsigned = await fetch(stack.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { error: string }).error).toMatch(/versign/);
    for (const path of ['/health', '/ready']) expect((await fetch(base + path)).status, path).toBe(200);
    expect((await fetch(`${base}/fleet/`)).status).not.toBe(401);
  });

  it('/metrics on the main port needs valid credentials, any principal\'s, and answers 401 without', async () => {
    const metricsUrl = stack.url.replace(/\/graphql$/, '/metrics');
    for (const authorization of [undefined, 'Bearer iag_not-a-key']) {
      const refused = await fetch(metricsUrl, { headers: authorization ? { authorization } : {} });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="iauto-graph"');
      const { errors } = (await refused.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(errors[0]!.message).toMatch(/METRICS_PORT/);
      expect(errors[0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', requestId: refused.headers.get('x-request-id') });
    }
    const scraped = await fetch(metricsUrl, bearer(keys.reader));
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('graphql_requests_total');
  });
});

describe('reserved graphql-sse streams', () => {
  it("are their reserver's alone: another principal presenting the token can neither open, feed nor stop the stream", async () => {
    const streamUrl = stack.url.replace(/\/graphql$/, '/graphql/stream');
    const as = (key: string, headers: Record<string, string> = {}) => ({ ...bearer(key).headers, ...headers });
    const reserved = await fetch(streamUrl, { method: 'PUT', headers: as(keys.tenant) });
    expect(reserved.status).toBe(201);
    const token = await reserved.text();
    const operation = (key: string, operationId: string) =>
      fetch(streamUrl, {
        method: 'POST',
        headers: as(key, { 'content-type': 'application/json', 'x-graphql-event-stream-token': token }),
        body: JSON.stringify({ query: 'subscription { vehicleEvents { id esn text } }', extensions: { operationId } }),
      });

    // The reader, holding the token, cannot take the stream before its owner opens it...
    const taken = await fetch(`${streamUrl}?token=${encodeURIComponent(token)}`, { headers: as(keys.reader, { accept: 'text/event-stream' }) });
    expect(taken.status).not.toBe(200);
    expect(((await taken.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toMatch(/BAD_REQUEST|NOT_FOUND/);
    // ...nor send operations to it, nor stop its owner's.
    const fed = await operation(keys.reader, 'intruder');
    expect(fed.status).toBe(404);
    expect(((await fed.json()) as { errors: Array<{ message: string; extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('NOT_FOUND');

    const controller = new AbortController();
    const opened = await fetch(`${streamUrl}?token=${encodeURIComponent(token)}`, { headers: as(keys.tenant, { accept: 'text/event-stream' }), signal: controller.signal });
    expect(opened.status).toBe(200);
    expect((await operation(keys.tenant, 'alerts')).status).toBe(202);
    const stopped = await fetch(`${streamUrl}?operationId=alerts`, { method: 'DELETE', headers: as(keys.reader, { 'x-graphql-event-stream-token': token }) });
    expect(stopped.status).toBe(404);
    expect((await fetch(`${streamUrl}?operationId=alerts`, { method: 'DELETE', headers: as(keys.tenant, { 'x-graphql-event-stream-token': token }) })).status).toBe(200);
    controller.abort();
  });
});
