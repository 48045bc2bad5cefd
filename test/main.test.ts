import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleQuery } from '../src/example-query.ts';
import { type RunningSimulator, startSimulator } from '../src/simulator/server.ts';

const mainScript = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const importTrace = fileURLToPath(new URL('./fixtures/import-trace/register.mjs', import.meta.url));
const children: ChildProcess[] = [];
let simulator: RunningSimulator | undefined;

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await simulator?.close();
  simulator = undefined;
});

/** Runs `npm start`'s entry point on a free port and waits for the line that names ESNs to try. */
async function start(env: Record<string, string>, nodeOptions: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...nodeOptions, mainScript], {
    env: { ...process.env, PORT: '0', IAUTO_OPEN_ID: '', IAUTO_SECURE_CODE: '', IAUTO_BASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ready = env.IAUTO_OPEN_ID ? 'upstream:' : 'ESNs to try';
  for (let waited = 0; !output.includes(ready) && child.exitCode === null && waited < 20_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = /GraphiQL at (http:\/\/localhost:\d+\/graphql)/.exec(output)?.[1];
  const esns = /ESNs to try: (.*)/.exec(output)?.[1]?.split(', ') ?? [];
  return { child, output: () => output, url: url?.replace('localhost', '127.0.0.1'), esns };
}

describe('npm start', () => {
  it('without credentials serves GraphiQL over the embedded simulator, its example query returns data, and SIGINT stops it', async () => {
    const { child, output, url, esns } = await start({});
    expect(url, output()).toBeDefined();
    expect(output()).toContain('the embedded iauto360 simulator');
    expect(esns.length).toBeGreaterThanOrEqual(2);

    expect((await fetch(new URL('/health', url))).status).toBe(200);
    const page = await (await fetch(url!, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('query Dashboard');
    expect(page).toContain(esns[0]);

    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: exampleQuery(esns) }),
    });
    const result = (await response.json()) as { data?: { fleet: Array<{ esn: string; vehicle: { trips: { totalCount: number } } }> }; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.data?.fleet.map((terminal) => terminal.esn)).toEqual(esns.slice(0, 2));

    const exited = once(child, 'exit');
    child.kill('SIGINT');
    expect((await exited)[0]).toBe(0);
  });

  it('with credentials talks to the service they name', async () => {
    simulator = await startSimulator({ port: 0, secureCode: 'a-real-looking-secret', terminalCount: 4 });
    const { output, url } = await start({
      IAUTO_BASE_URL: simulator.baseUrl,
      IAUTO_OPEN_ID: simulator.openId,
      IAUTO_SECURE_CODE: 'a-real-looking-secret',
    });
    expect(output()).toContain(`upstream: ${simulator.baseUrl} as ${simulator.openId}`);
    const esn = simulator.world.boundTerminals()[0]!.esn;
    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ terminal(esn: "${esn}") { bound plateNumber } }` }),
    });
    expect(await response.json()).toEqual({
      data: { terminal: { bound: true, plateNumber: simulator.world.terminal(esn)!.vehicle.profile.plateNumber } },
    });
    expect(simulator.stats().calls).toEqual({ '1001': 1 });
    expect(output()).not.toContain('a-real-looking-secret');
  });

  it('refuses a half-given configuration with a message naming the variable', async () => {
    const { child, output } = await start({ IAUTO_OPEN_ID: 'someone' });
    const [code] = child.exitCode === null ? await once(child, 'exit') : [child.exitCode];
    expect(code).toBe(1);
    expect(output()).toContain('IAUTO_SECURE_CODE: IAUTO_SECURE_CODE is required when IAUTO_OPEN_ID is set');
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
      const { child, output, url } = await start(
        { IAUTO_BASE_URL: baseUrl, IAUTO_OPEN_ID: 'someone', IAUTO_SECURE_CODE: 'a-real-looking-secret' },
        ['--import', importTrace],
      );
      expect(url, output()).toBeDefined();
      expect(output()).toContain('[import] file://');
      expect(output()).toContain('/src/gateway.ts');
      expect(output()).not.toContain('/src/simulator/');
      expect(seen).toEqual([]);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      expect((await exited)[0]).toBe(0);
    } finally {
      upstream.close();
    }
  });

  it('without credentials imports the simulator (the trace above can see it)', async () => {
    const { output, url } = await start({}, ['--import', importTrace]);
    expect(url, output()).toBeDefined();
    expect(output()).toContain('/src/simulator/server.ts');
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
});
