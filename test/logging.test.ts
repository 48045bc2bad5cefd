import { execFile } from 'node:child_process';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger, warnAtMostOncePerMinute } from '../src/logger.ts';
import { requestLogScope } from '../src/observability/request-record.ts';
import { graphql } from './gql/index.ts';
import { bearer, writeApiKeys } from './helpers/api-keys.ts';
import { type Stack, postGraphQL, startStack } from './helpers/stack.ts';
import { subscribe } from './helpers/subscriptions.ts';
import { useStack } from './helpers/use-stack.ts';

const BoundAndPlate = graphql(`
  query BoundAndPlate($esn: String!) { terminal(esn: $esn) { bound plateNumber } }
`);
const LoggedOdometer = graphql(`
  query LoggedOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }
`);
const RequestIdProbe = graphql(`
  query RequestIdProbe { __typename }
`);
const FleetConditionAndFuelGrade = graphql(`
  query FleetConditionAndFuelGrade($esns: [String!]!) { terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } } }
`);
const LoggedVehicle = graphql(`
  query LoggedVehicle($esn: String!) { terminal(esn: $esn) { bound vehicle { condition { odometerKm } profile { plateNumber } } } }
`);
const LoggedUnlock = graphql(`
  mutation LoggedUnlock($esn: String!, $idempotencyKey: String!) { unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { state } }
`);

const LoggedTires = graphql(`
  query LoggedTires($esn: String!) { terminal(esn: $esn) { vehicle { tires { all { position } } } } }
`);

const LoggedEvents = graphql(`
  subscription LoggedEvents { vehicleEvents { id } }
`);

const stack = useStack({ maxUpstreamCallsPerRequest: 5, client: { readRetries: 1, retryDelayMs: 1 } });

const accessLines = () => stack.logRecords().filter((record) => record.msg === 'graphql request');


describe('the access log', () => {
  it('writes one JSON line per GraphQL request with its id, operation, principal, duration and upstream calls', async () => {
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    stack.logLines.length = 0;
    const { response, result } = await postGraphQL(stack.url, BoundAndPlate, { esn });
    expect(result.data).toEqual({ terminal: { bound: true, plateNumber: stack.simulator.world.terminal(esn)!.vehicle.profile.plateNumber } });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    expect(accessLines()).toHaveLength(1);
    const [line] = accessLines();
    expect(line).toMatchObject({
      level: 30,
      requestId,
      operationName: 'BoundAndPlate',
      operationType: 'query',
      principal: expect.any(String),
      status: 200,
      outcome: 'ok',
      upstreamAttempts: 1,
      upstream: { '1001': { ok: 1 } },
      errors: {},
    });
    expect(line).not.toHaveProperty('upstreamBadParts');
    expect(line!.durationMs).toBeGreaterThan(0);
    expect(new Date(line!.time as string).toISOString()).toBe(line!.time);
    expect(Math.abs(Date.parse(line!.time as string) - Date.now())).toBeLessThan(5_000);
  });

  it('counts the parts of an answer that broke the contract (each failed alone) by service, the call itself ok', async () => {
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    stack.simulator.setFaults({ badRecordRate: 1, services: [1019], esns: [esn] });
    stack.logLines.length = 0;
    const { result } = await postGraphQL(stack.url, LoggedTires, { esn });
    expect(result.data).toEqual({ terminal: { vehicle: { tires: { all: [null, null, null, null] } } } });
    expect(accessLines()).toHaveLength(1);
    expect(accessLines()[0]).toMatchObject({
      outcome: 'partial',
      upstreamAttempts: 1,
      upstream: { '1019': { ok: 1 } },
      upstreamBadParts: { '1019': 4 },
      errors: { UPSTREAM_BAD_RESPONSE: 4 },
    });
  });

  it('echoes a caller-given x-request-id, in the header and in every error', async () => {
    stack.simulator.setFaults({ errorRate: 1, services: [1011] });
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    stack.logLines.length = 0;
    const { response, result } = await postGraphQL(stack.url, LoggedOdometer, { esn }, { 'x-request-id': 'trace-abc.123' });
    expect(response.headers.get('x-request-id')).toBe('trace-abc.123');
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', requestId: 'trace-abc.123' });
    expect(accessLines()[0]).toMatchObject({ requestId: 'trace-abc.123', outcome: 'partial', errors: { UPSTREAM_REJECTED: 1 } });
  });

  it('observes an operation over WebSocket as a request: request id in its errors, one access line, its upstream calls', async () => {
    stack.simulator.setFaults({ errorRate: 1, services: [1011] });
    try {
      const esn = stack.simulator.world.boundTerminals()[0]!.esn;
      stack.logLines.length = 0;
      const operation = subscribe('websocket', stack.url, LoggedOdometer, { esn });
      await operation.ended;
      expect(operation.results).toHaveLength(1);
      const [result] = operation.results;
      expect(result!.data).toEqual({ terminal: { vehicle: { condition: null } } });
      const requestId = result!.errors![0]!.extensions!.requestId;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(result!.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED' });
      expect(accessLines()).toHaveLength(1);
      expect(accessLines()[0]).toMatchObject({
        requestId,
        transport: 'websocket',
        status: null,
        operationName: 'LoggedOdometer',
        operationType: 'query',
        principal: expect.any(String),
        outcome: 'partial',
        upstreamAttempts: 1,
        upstream: { '1011': { rejected: 1 } },
        errors: { UPSTREAM_REJECTED: 1 },
      });
      // The gateway's own lines about this operation carry its id too.
      expect(stack.logRecords().filter((record) => record.requestId === requestId).length).toBeGreaterThanOrEqual(1);
    } finally {
      stack.simulator.setFaults({ errorRate: 0, services: null });
    }
  });

  it('answers a WebSocket operation that does not parse with a coded error, logged, the socket kept', async () => {
    stack.logLines.length = 0;
    // A raw document that does not parse: on purpose not a typed one.
    const broken = { kind: 'Document', definitions: [] } as unknown as typeof RequestIdProbe;
    const operation = subscribe('websocket', stack.url, broken, {});
    await operation.ended;
    expect(operation.results).toHaveLength(1);
    const error = operation.results[0]!.errors![0]!;
    expect(error.extensions).toMatchObject({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(accessLines()).toHaveLength(1);
    expect(accessLines()[0]).toMatchObject({ requestId: error.extensions!.requestId, transport: 'websocket', outcome: 'error' });
  });

  it('writes a subscription\'s line when its stream ends, over SSE at /graphql and /graphql/stream', async () => {
    const linesOf = () => accessLines().filter((line) => line.operationName === 'LoggedEvents');
    const before = linesOf().length;
    // yoga's SSE at /graphql
    const aborted = new AbortController();
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(LoggedEvents) }),
      signal: aborted.signal,
    });
    expect(response.status).toBe(200);
    // graphql-sse at /graphql/stream
    const streamed = subscribe('sse', stack.url, LoggedEvents, {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(linesOf()).toHaveLength(before);
    aborted.abort();
    await streamed.close();
    await expect.poll(() => linesOf().length).toBe(before + 2);
    for (const line of linesOf().slice(before)) expect(line).toMatchObject({ operationType: 'subscription', outcome: 'ok', status: 200, principal: 'anonymous', cutOff: true });
  });

  it('replaces an x-request-id that is not a sane token', async () => {
    const { response } = await postGraphQL(stack.url, RequestIdProbe, {}, { 'x-request-id': 'a b\tc{"x":1}' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // As the README has it: letters, digits and `._:@-`, at most 128.
    const kept = `Ab9._:@-${'x'.repeat(120)}`;
    expect((await postGraphQL(stack.url, RequestIdProbe, {}, { 'x-request-id': kept })).response.headers.get('x-request-id')).toBe(kept);
    const tooLong = `${kept}x`;
    expect((await postGraphQL(stack.url, RequestIdProbe, {}, { 'x-request-id': tooLong })).response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('summarises upstream faults per request: one line with counts by service and kind, not one per field', async () => {
    const esns = stack.simulator.world
      .boundTerminals()
      .slice(0, 4)
      .map((terminal) => terminal.esn);
    stack.simulator.setFaults({ http5xxRate: 1, services: [1011] });
    stack.logLines.length = 0;
    const { result } = await postGraphQL(stack.url, FleetConditionAndFuelGrade, { esns });
    // 5 calls allowed, in the order the fields ask: 1011 and 1021 of terminals 0 and 1, then terminal 2's 1011.
    // Each 1011 fails (5xx); its retry does not fit in the cap, so that read fails with its own fault, not the cap's.
    const coded = result.errors!.map((error) => [error.path!.join('.'), error.extensions!.code]);
    expect(coded.sort()).toEqual([
      ['terminals.0.vehicle.condition', 'UPSTREAM_UNAVAILABLE'],
      ['terminals.1.vehicle.condition', 'UPSTREAM_UNAVAILABLE'],
      ['terminals.2.vehicle.condition', 'UPSTREAM_UNAVAILABLE'],
      ['terminals.2.vehicle.profile', 'UPSTREAM_CALL_LIMIT'],
      ['terminals.3.vehicle.condition', 'UPSTREAM_CALL_LIMIT'],
      ['terminals.3.vehicle.profile', 'UPSTREAM_CALL_LIMIT'],
    ]);
    expect(result.data!.terminals.map((terminal) => [terminal!.vehicle!.condition, terminal!.vehicle!.profile === null])).toEqual([
      [null, false],
      [null, false],
      [null, true],
      [null, true],
    ]);
    expect(await stack.stats()).toMatchObject({ total: 5, calls: { '1011': 3, '1021': 2 } });

    // Yoga's own debug lines aside (LOG_LEVEL=debug), the request wrote one line.
    expect(stack.logRecords().filter((record) => (record.level as number) >= 30)).toHaveLength(1);
    expect(accessLines()[0]).toMatchObject({
      operationName: 'FleetConditionAndFuelGrade',
      outcome: 'partial',
      upstreamAttempts: 5,
      // Calls not sent because of the cap: the three refused retries and terminal 3's read for 1011, the reads of terminals 2 and 3 for 1021.
      upstream: { '1011': { http: 3, 'call-limit': 4 }, '1021': { ok: 2, 'call-limit': 2 } },
      errors: { UPSTREAM_UNAVAILABLE: 3, UPSTREAM_CALL_LIMIT: 3 },
    });
  });

  it('puts the request id on every line the gateway writes for a request, at info level without an async context: warnings, an unexpected error, a write\'s audit; never a secret', async () => {
    // Deployed at info: ids travel with the request (requestLogger), not through AsyncLocalStorage.
    expect(requestLogScope.enabled).toBe(false);
    const terminal = stack.simulator.world.boundTerminals()[3]!;
    const { rateLimits, doorCommands } = stack.gateway as { rateLimits: { request: unknown }; doorCommands: { send: unknown } };
    const originals = { request: rateLimits.request, send: doorCommands.send };
    const token = 'Bearer not-a-key-but-secret-looking-0123';
    const sent: Array<{ id: string; records: Array<Record<string, unknown>>; text: string; answer?: string }> = [];
    const send = async (id: string, request: () => Promise<Response>, done: (records: Array<Record<string, unknown>>) => boolean) => {
      stack.logLines.length = 0;
      const answer = await request().then((response) => response.text());
      for (let waited = 0; !done(stack.logRecords()) && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      sent.push({ id, records: stack.logRecords(), text: stack.logLines.join(''), answer });
      return JSON.parse(answer) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
    };
    const graphqlPost = (id: string, query: string, variables: object) => () =>
      fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': id, authorization: token }, body: JSON.stringify({ query, variables }) });
    const hasAccessLine = (records: Array<Record<string, unknown>>) => records.some((record) => record.msg === 'graphql request');
    try {
      // A rate limiter that fails lets the request through, with a warning.
      rateLimits.request = async () => {
        throw new Error('rate limiter unreachable');
      };
      await send('info-line-1', graphqlPost('info-line-1', print(BoundAndPlate), { esn: terminal.esn }), hasAccessLine);
      rateLimits.request = originals.request;

      // A bug (the door-command log throwing what it never should) is masked for the client and logged with the id the client is given.
      doorCommands.send = async () => {
        throw new TypeError('unexpected failure at /srv/door-commands');
      };
      const failed = await send('info-line-2', graphqlPost('info-line-2', print(LoggedUnlock), { esn: terminal.esn, idempotencyKey: 'info-line-2' }), hasAccessLine);
      doorCommands.send = originals.send;
      expect(failed.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'info-line-2' });

      await send('info-line-3', graphqlPost('info-line-3', print(LoggedUnlock), { esn: terminal.esn, idempotencyKey: 'info-line-3' }), hasAccessLine);
      await send(
        'info-line-4',
        () => fetch(stack.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'info-line-4' }, body: '{"records":[]}' }),
        (records) => records.some((record) => record.level === 40),
      );
    } finally {
      Object.assign(rateLimits, { request: originals.request });
      Object.assign(doorCommands, { send: originals.send });
    }

    const [limiterDown, unexpected, unlock, webhook] = sent;
    expect(limiterDown!.records.map((record) => [record.level, record.msg])).toEqual([[40, 'rate limits unavailable; request let through'], [30, 'graphql request']]);
    expect(unexpected!.records.map((record) => [record.level, record.msg])).toEqual([[50, 'unexpected failure at /srv/door-commands'], [30, 'graphql request']]);
    expect(unlock!.records.filter((record) => record.audit === 'write')).toHaveLength(1);
    expect(webhook!.records.map((record) => [record.level, record.msg])).toEqual([[40, 'event webhook: bad or missing versign']]);
    for (const { id, records, text } of sent) {
      expect(records.map((record) => [record.msg, record.requestId])).toEqual(records.map((record) => [record.msg, id]));
      // Once per line: a line given the id twice (a child logger and the async context both) would repeat the key.
      for (const line of text.trim().split('\n')) expect(line.match(/"requestId"/g)).toHaveLength(1);
    }
    // The internal message is in the log (for whoever fixes the bug), never in the answer; no secret anywhere.
    expect(unexpected!.answer).not.toContain('/srv/');
    const text = sent.map((entry) => entry.text).join('');
    expect(text).not.toContain(stack.simulator.secureCode);
    expect(text).not.toContain('secret-looking');
    expect(text).not.toMatch(/[0-9a-f]{32}/);
  });

  it('logs nothing for pages that are not GraphQL requests (GraphiQL, /health)', async () => {
    stack.logLines.length = 0;
    await fetch(stack.url, { headers: { accept: 'text/html' } }).then((response) => response.text());
    await fetch(new URL('/health', stack.url)).then((response) => response.text());
    expect(accessLines()).toHaveLength(0);
  });

  it('never holds the secure code, a signature or a signed path, whatever happened', async () => {
    const terminal = stack.simulator.world.boundTerminals()[1]!;
    stack.logLines.length = 0;
    for (const [index, faults] of [{}, { errorRate: 1 }, { http5xxRate: 1 }, { malformedRate: 1 }].entries()) {
      stack.simulator.setFaults({ ...faults, services: null });
      await postGraphQL(stack.url, LoggedVehicle, { esn: terminal.esn });
      await postGraphQL(stack.url, LoggedUnlock, { esn: terminal.esn, idempotencyKey: `logging-${index}` });
      // Invalid on purpose (no such field): codegen validates documents against the schema.
      await postGraphQL(stack.url, '{ nonsense }');
    }
    const text = stack.logLines.join('');
    expect(stack.logLines.length).toBeGreaterThanOrEqual(12);
    expect(text).not.toContain(stack.simulator.secureCode);
    expect(text).not.toMatch(/[0-9a-f]{32}/);
    expect(text).not.toContain('/srv/');
  });
});

describe('the log format', () => {
  it('is JSON lines unless LOG_FORMAT=pretty asks for text', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    createRootLogger({ destination }).info({ requestId: 'r1' }, 'hello');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, requestId: 'r1', msg: 'hello' });

    createRootLogger({ destination, format: 'pretty' }).info({ requestId: 'r2' }, 'hello');
    expect(() => JSON.parse(lines[1]!)).toThrow();
    expect(lines[1]).toMatch(/INFO.*hello/);
    expect(lines[1]).toContain('requestId: "r2"');
    expect(lines[1]).not.toContain('\u001b[');
  });

  it('writes standard output in batches of what was logged within batchMs, in order, and everything still pending when the process exits or crashes', async () => {
    // A batch of a second, so the two first turns surely fall in one however slow the machine.
    const script = (end: string) =>
      [
        "import { createRootLogger } from './src/logger.ts';",
        "const log = createRootLogger({ format: 'json', batchMs: 1000 });",
        "const writes = []; const write = process.stdout.write.bind(process.stdout);",
        'process.stdout.write = (text) => (writes.push(text.split("\\n").length - 1), write(text));',
        "process.on('exit', () => process.stderr.write(JSON.stringify(writes)));",
        'for (let n = 1; n <= 3; n++) log.info({ n }, "turn one");',
        'setImmediate(() => log.info({ n: 4 }, "turn two"));',
        'setTimeout(() => { log.info({ n: 5 }, "after the batch"); ' + end + ' }, 1500);',
      ].join('\n');
    for (const end of ['process.exit(0);', 'throw new Error("crash");']) {
      const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(end)]).catch(
        (failed: { stdout: string; stderr: string }) => failed,
      );
      const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { n: number; msg: string });
      expect(lines.map((line) => [line.n, line.msg])).toEqual([[1, 'turn one'], [2, 'turn one'], [3, 'turn one'], [4, 'turn two'], [5, 'after the batch']]);
      // Lines written per write() of standard output: the four of the first second together, then the last one at exit.
      expect(JSON.parse(/\[\d+(?:,\d+)*\]/.exec(run.stderr)![0])).toEqual([4, 1]);
    }
  });

  it('censors fields that could carry a secret even if some code logged them', () => {
    const lines: string[] = [];
    createRootLogger({ destination: { write: (line: string) => void lines.push(line) } }).info(
      { secureCode: 'top-secret', upstream: { signature: 'abc', token: 't' }, authorization: 'Bearer x' },
      'oops',
    );
    expect(lines[0]).not.toMatch(/top-secret|abc|Bearer/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ secureCode: '***', upstream: { signature: '***', token: '***' } });
  });

  it('writes a repeated warning at most once a minute, the next line counting those it skipped', () => {
    const lines: Array<Record<string, unknown>> = [];
    let now = Date.parse('2026-11-29T12:00:00Z');
    const realNow = Date.now;
    Date.now = () => now;
    try {
      const warn = warnAtMostOncePerMinute(createRootLogger({ destination: { write: (line: string) => void lines.push(JSON.parse(line)) } }), 'flooded');
      for (let i = 0; i < 5; i++) warn({ attempt: i });
      now += 59_000;
      warn({ attempt: 5 });
      expect(lines.map(({ msg, attempt, suppressed }) => ({ msg, attempt, suppressed }))).toEqual([{ msg: 'flooded', attempt: 0, suppressed: undefined }]);
      now += 1_000;
      warn({ attempt: 6 });
      warn({ attempt: 7 });
      now += 60_000;
      warn({ attempt: 8 });
      expect(lines.map(({ level, attempt, suppressed }) => ({ level, attempt, suppressed }))).toEqual([
        { level: 40, attempt: 0, suppressed: undefined },
        { level: 40, attempt: 6, suppressed: 5 },
        { level: 40, attempt: 8, suppressed: 1 },
      ]);
    } finally {
      Date.now = realNow;
    }
  });
});

describe('requests refused before they run', () => {
  const { file, keys } = writeApiKeys({ dana: { scopes: ['read'], esns: '*' }, erin: { scopes: ['read'], esns: '*' }, fay: { scopes: ['read'], esns: '*' } });
  let refusing: Stack;
  beforeAll(async () => {
    refusing = await startStack({ env: { AUTH_API_KEYS_FILE: file, RATE_LIMIT_REQUESTS_PER_MINUTE: '2', MAX_REQUEST_BYTES: '1024' } });
  });
  afterAll(() => refusing?.close());

  it('write their access line, with the status, the code and who asked when known, and count in the request metrics', async () => {
    const post = (requestId: string, body: string, headers: Record<string, string> = {}) =>
      fetch(refusing.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...headers }, body }).then((response) => response.status);
    const query = JSON.stringify({ query: '{ __typename }' });
    expect(await post('no-key', query)).toBe(401);
    // Credentials come first, as the README's Security section orders the checks: no key, no 413 either.
    expect(await post('too-large-no-key', JSON.stringify({ query: `{ __typename }${' '.repeat(2_000)}` }))).toBe(401);
    expect(await post('too-large', JSON.stringify({ query: `{ __typename }${' '.repeat(2_000)}` }), bearer(keys.dana).headers)).toBe(413);
    expect(await post('not-json', 'not json', bearer(keys.dana).headers)).toBe(400);
    expect(await post('too-many', query, bearer(keys.dana).headers)).toBe(429);
    // Cross-site, a wrong method, a wrong Content-Type (two requests a minute each key).
    expect(await post('cross-site', query, { ...bearer(keys.erin).headers, 'content-type': 'text/plain' })).toBe(403);
    const put = await fetch(refusing.url, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-request-id': 'wrong-method', ...bearer(keys.erin).headers }, body: query });
    expect(put.status).toBe(405);
    expect(await post('wrong-type', '<query/>', { ...bearer(keys.fay).headers, 'content-type': 'application/xml', 'x-graphql-yoga-csrf': '1' })).toBe(415);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const lines = refusing.logRecords().filter((record) => record.msg === 'graphql request');
    const line = (requestId: string) => lines.find((record) => record.requestId === requestId);
    expect(line('no-key')).toMatchObject({ status: 401, outcome: 'error', principal: null, errors: { UNAUTHENTICATED: 1 }, upstreamAttempts: 0 });
    expect(line('too-large-no-key')).toMatchObject({ status: 401, principal: null, errors: { UNAUTHENTICATED: 1 } });
    expect(line('too-large')).toMatchObject({ status: 413, outcome: 'error', principal: 'dana', errors: { PAYLOAD_TOO_LARGE: 1 } });
    expect(line('not-json')).toMatchObject({ status: 400, outcome: 'error', principal: 'dana', errors: { BAD_REQUEST: 1 } });
    expect(line('too-many')).toMatchObject({ status: 429, outcome: 'error', principal: 'dana', errors: { RATE_LIMITED: 1 } });
    expect(line('cross-site')).toMatchObject({ status: 403, outcome: 'error', principal: 'erin', errors: { BAD_REQUEST: 1 } });
    expect(line('wrong-method')).toMatchObject({ status: 405, outcome: 'error', principal: 'erin', errors: { BAD_REQUEST: 1 } });
    expect(line('wrong-type')).toMatchObject({ status: 415, outcome: 'error', principal: 'fay', errors: { BAD_REQUEST: 1 } });
    expect(lines).toHaveLength(8);

    const metrics = await (await fetch(new URL('/metrics', refusing.url), bearer(keys.dana))).text();
    expect(metrics).toContain('graphql_requests_total{operation_name="",operation_type="",outcome="error"} 8');
  });
});
