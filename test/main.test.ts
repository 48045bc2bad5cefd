import { once } from 'node:events';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleQuery } from '../src/example-query.ts';
import { type RunningSimulator, startSimulator } from '../src/simulator/server.ts';
import { buildOnce, killScripts, runNpm } from './helpers/npm-script.ts';

let simulator: RunningSimulator | undefined;

// The first `npm start` compiles through its prestart; the others reuse that build (--ignore-scripts skips prestart only).
beforeAll(buildOnce, 240_000);

afterEach(async () => {
  killScripts();
  await simulator?.close();
  simulator = undefined;
});

/** Runs `npm start` on a free port and waits for the lines that name its upstream and ESNs to try (or for the exit). */
async function start(env: Record<string, string>, { build = false } = {}) {
  const script = runNpm(build ? ['start'] : ['start', '--ignore-scripts'], {
    PORT: '0',
    IAUTO_OPEN_ID: '',
    IAUTO_SECURE_CODE: '',
    IAUTO_BASE_URL: '',
    ...env,
  });
  if ((await script.waitFor('upstream: ', 90_000)) && script.output().includes('embedded')) await script.waitFor('ESNs to try', 5_000);
  const output = script.output();
  const url = /GraphiQL at (http:\/\/localhost:\d+\/graphql)/.exec(output)?.[1];
  const esns = /ESNs to try: (.*)/.exec(output)?.[1]?.split(', ') ?? [];
  return { script, output: script.output, url: url?.replace('localhost', '127.0.0.1'), esns };
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

    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: exampleQuery(esns) }),
    });
    const result = (await response.json()) as { data?: { fleet: Array<{ esn: string; vehicle: { trips: { totalCount: number } } }> }; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.data?.fleet.map((terminal) => terminal.esn)).toEqual(esns.slice(0, 2));

    expect(await script.signal('SIGINT')).toBe(0);
    expect(output()).toContain('SIGINT: stopping');
  }, 120_000);

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
    const { script, output } = await start({ IAUTO_OPEN_ID: 'someone' });
    const code = script.child.exitCode ?? (await once(script.child, 'exit'))[0];
    expect(code).toBe(1);
    expect(output()).toContain('IAUTO_SECURE_CODE: IAUTO_SECURE_CODE is required when IAUTO_OPEN_ID is set');
    expect(output()).toContain('IAUTO_BASE_URL');
  });
});
