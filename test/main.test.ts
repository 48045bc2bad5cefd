import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleQuery } from '../src/example-query.ts';
import { type RunningSimulator, startSimulator } from '../src/simulator/server.ts';
import { graphql } from './gql/index.ts';
import { buildOnce, killScripts, runNpm } from './helpers/npm-script.ts';
import { postGraphQL } from './helpers/stack.ts';

const StartedBoundAndPlate = graphql(`
  query StartedBoundAndPlate($esn: String!) { terminal(esn: $esn) { bound plateNumber } }
`);
const StartedBatteryHistory = graphql(`
  query StartedBatteryHistory($esn: String!) { terminal(esn: $esn) { vehicle { batteryHistory { voltage } } } }
`);
const StartedBound = graphql(`
  query StartedBound($esn: String!) { terminal(esn: $esn) { bound } }
`);

const importTrace = fileURLToPath(new URL('./fixtures/import-trace/register.mjs', import.meta.url));
let simulator: RunningSimulator | undefined;

// The first `npm start` compiles through its prestart; the others reuse that build (--ignore-scripts skips prestart only).
beforeAll(buildOnce, 240_000);

// Each start's data file (events, the kept catalog) in a directory of this file's own, not the checkout's data/.
const dataDirectory = mkdtempSync(join(tmpdir(), 'iauto-graph-main-'));
let starts = 0;
afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

afterEach(async () => {
  killScripts();
  await simulator?.close();
  simulator = undefined;
});

/**
 * Runs `npm start` (silent: only the program's own output) on a free port and waits for the lines
 * that name its upstream and ESNs to try, or for the exit. `nodeOptions` go to NODE_OPTIONS.
 */
async function start(env: Record<string, string>, { build = false, nodeOptions = [] as string[] } = {}) {
  const script = runNpm(['start', '--silent', ...(build ? [] : ['--ignore-scripts'])], {
    PORT: '0',
    IAUTO_OPEN_ID: '',
    IAUTO_SECURE_CODE: '',
    IAUTO_BASE_URL: '',
    EVENTS_DB: join(dataDirectory, `events-${++starts}.db`),
    ...(nodeOptions.length > 0 ? { NODE_OPTIONS: nodeOptions.join(' ') } : {}),
    ...env,
  });
  if ((await script.waitFor('upstream: ', 90_000)) && script.output().includes('embedded')) await script.waitFor('ESNs to try', 5_000);
  const output = script.output();
  const url = /(?:GraphiQL|GraphQL) at (http:\/\/localhost:\d+\/graphql)/.exec(output)?.[1];
  const esns = /ESNs to try: (.*)/.exec(output)?.[1]?.split(', ') ?? [];
  return { script, child: script.child, output: script.output, url: url?.replace('localhost', '127.0.0.1'), esns };
}

describe('npm start', () => {
  it('without credentials serves GraphiQL over the embedded simulator, its example query returns data, and SIGINT stops it', async () => {
    const { script, output, url, esns } = await start({}, { build: true });
    expect(url, output()).toBeDefined();
    // Compiled JavaScript, no TypeScript loader: the server is `node dist/main.js`.
    const commandLines = script.commandLines();
    expect(commandLines.some((line) => /node .*dist\/main\.js$/.test(line)), commandLines.join('\n')).toBe(true);
    expect(commandLines.join('\n')).not.toMatch(/tsx|\.ts\b/);
    expect(output()).toContain('the embedded iauto360 simulator');
    expect(esns.length).toBeGreaterThanOrEqual(2);

    expect((await fetch(new URL('/health', url))).status).toBe(200);
    const page = await (await fetch(url!, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('query Dashboard');
    expect(page).toContain(esns[0]);

    // The product's own example text, exactly as GraphiQL opens with it: not a document of the tests.
    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: exampleQuery(esns) }),
    });
    const result = (await response.json()) as { data?: { fleet: Array<{ esn: string; vehicle: { trips: { totalCount: number } } }> }; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.data?.fleet.map((terminal) => terminal.esn)).toEqual(esns.slice(0, 2));

    expect(await script.signal('SIGINT')).toBe(0);
    expect(output()).toMatch(/"signal":"SIGINT".*"msg":"stopping: no new connections, finishing requests under way"/);
  }, 120_000);

  it('numbers the embedded simulator\'s services as the gateway calls them (IAUTO_BATTERY_SERVICE=1016, the seed\'s numbering)', async () => {
    const { script, output, url, esns } = await start({ IAUTO_BATTERY_SERVICE: '1016' });
    expect(url, output()).toBeDefined();
    const { result } = await postGraphQL(url!, StartedBatteryHistory, { esn: esns[0]! });
    expect(result.errors).toBeUndefined();
    const readings = result.data!.terminal!.vehicle!.batteryHistory!;
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.every((reading) => reading!.voltage > 10 && reading!.voltage < 15)).toBe(true);
    expect(result.extensions?.upstreamCost?.byService).toEqual({ 1017: 1 });
    expect(await script.signal('SIGTERM')).toBe(0);
  });

  it('with credentials talks to the service they name', async () => {
    simulator = await startSimulator({ port: 0, secureCode: 'a-real-looking-secret', terminalCount: 4 });
    const { output, url } = await start({
      IAUTO_BASE_URL: simulator.baseUrl,
      IAUTO_OPEN_ID: simulator.openId,
      IAUTO_SECURE_CODE: 'a-real-looking-secret',
      AUTH_DISABLED: 'true',
    });
    expect(output()).toContain('AUTH_DISABLED=true: the gateway runs OPEN on real credentials');
    expect(output()).toContain(`upstream: ${simulator.baseUrl} as ${simulator.openId}`);
    // GraphiQL is off with real credentials (no GRAPHIQL=true), and the banner says so.
    expect(output()).toContain('GraphQL at http://localhost:');
    expect(output()).toContain('(GraphiQL off: GRAPHIQL=true serves it)');
    const esn = simulator.world.boundTerminals()[0]!.esn;
    const { result } = await postGraphQL(url!, StartedBoundAndPlate, { esn });
    expect(result).toEqual({
      data: { terminal: { bound: true, plateNumber: simulator.world.terminal(esn)!.vehicle.profile.plateNumber } },
      extensions: { upstreamCost: { estimated: 1, calls: 1, cached: 0, byService: { 1001: 1 } } },
    });
    expect(simulator.stats().calls).toEqual({ '1001': 1 });
    expect(output()).not.toContain('a-real-looking-secret');
  });

  it('refuses a half-given configuration with a message naming the variable', async () => {
    const { child, output } = await start({ IAUTO_OPEN_ID: 'someone' });
    const [code] = child.exitCode === null ? await once(child, 'exit') : [child.exitCode];
    expect(code).toBe(1);
    expect(output()).toContain('IAUTO_SECURE_CODE: is required when IAUTO_OPEN_ID is set');
    expect(output()).toContain('IAUTO_BASE_URL');
  });

  it('with credentials imports no simulator code and sends nothing upstream at start', async () => {
    const seen: string[] = [];
    const upstream = createHttpServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      response.writeHead(404).end();
    });
    upstream.listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    try {
      const baseUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
      const { script, output, url } = await start(
        { IAUTO_BASE_URL: baseUrl, IAUTO_OPEN_ID: 'someone', IAUTO_SECURE_CODE: 'a-real-looking-secret', AUTH_DISABLED: 'true' },
        { nodeOptions: ['--import', importTrace] },
      );
      expect(url, output()).toBeDefined();
      expect(output()).toContain('[import] file://');
      expect(output()).toContain('/dist/gateway.js');
      expect(output()).not.toContain('/dist/simulator/');
      expect(seen).toEqual([]);
      expect(await script.signal('SIGTERM')).toBe(0);
    } finally {
      upstream.close();
    }
  });

  it('without credentials imports the simulator (the trace above can see it)', async () => {
    const { output, url } = await start({}, { nodeOptions: ['--import', importTrace] });
    expect(url, output()).toBeDefined();
    expect(output()).toContain('/dist/simulator/server.js');
  });

  it('names PORT in one line when the port is taken', async () => {
    const taken = createServer();
    taken.listen(0, '127.0.0.1');
    await once(taken, 'listening');
    try {
      const port = String((taken.address() as AddressInfo).port);
      const { child, output } = await start({ PORT: port });
      const [code] = child.exitCode === null ? await once(child, 'exit') : [child.exitCode];
      expect(code).toBe(1);
      const lines = output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^PORT: the address is already in use \\(.*127\\.0\\.0\\.1:${port}\\)$`));
    } finally {
      taken.close();
    }
  });

  describe('SIGTERM', () => {
    async function startSlow(shutdownTimeoutMs: number, latencyMs: number) {
      const started = await start({ SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs) });
      const simulatorUrl = /embedded iauto360 simulator at (http:\/\/[\d.:]+)/.exec(started.output())![1]!;
      await fetch(`${simulatorUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify({ latencyMs }), headers: { 'content-type': 'application/json' } });
      const answer = postGraphQL(started.url!, StartedBound, { esn: started.esns[0]! }).then(
        ({ result }) => result,
        (error: unknown) => error,
      );
      // The request is under way once the simulator has received its upstream call.
      const called = async () => ((await (await fetch(`${simulatorUrl}/__sim/stats`)).json()) as { total: number }).total > 0;
      while (!(await called())) await new Promise((resolve) => setTimeout(resolve, 20));
      const exited = started.script.signal('SIGTERM');
      return { ...started, answer, exited };
    }

    it('finishes the request under way, then exits 0', async () => {
      const { answer, exited, output } = await startSlow(5_000, 600);
      expect(await answer).toMatchObject({ data: { terminal: { bound: true } } });
      expect(await exited).toBe(0);
      expect(output()).toMatch(/"msg":"graphql request"/);
      expect(output()).toMatch(/"msg":"stopped"/);
    });

    it('cuts off what runs past SHUTDOWN_TIMEOUT_MS and exits 1', async () => {
      const { answer, exited, output } = await startSlow(300, 8_000);
      expect(await exited).toBe(1);
      expect(await answer).toBeInstanceOf(Error);
      expect(output()).toMatch(/"cutOff":1,"msg":"stopped: 1 request\(s\) cut off after SHUTDOWN_TIMEOUT_MS"/);
      expect(output()).toMatch(/"cutOff":true,"msg":"graphql request"/);
    });
  });
});
