import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/simulator/server.ts';
import { IautoClient } from '../src/upstream/client.ts';
import { UpstreamUnavailableError } from '../src/upstream/errors.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/tls/${name}`, import.meta.url), 'utf8');
let simulator: RunningSimulator;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, tls: { key: fixture('server-key.pem'), cert: fixture('server.pem') } });
});
afterAll(() => simulator.close());

const clientWith = (ca?: string) =>
  new IautoClient({ baseUrl: simulator.baseUrl, openId: simulator.openId, secureCode: simulator.secureCode, ca, readRetries: 0 });

describe('a service with a self-issued certificate (as the real one has)', () => {
  it('is refused without its CA, before anything is sent', async () => {
    expect(simulator.baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const client = clientWith();
    const error = await client.call(4001, {}).catch((caught: unknown) => caught);
    await client.close();
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as Error).message).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|certificate/i);
    expect(simulator.stats().total).toBe(0);
  });

  it('is trusted with the CA option, and answers signed calls over TLS', async () => {
    const client = clientWith(fixture('ca.pem'));
    const esn = simulator.world.boundTerminals()[0]!.esn;
    const status = await client.call(1001, { esn });
    await client.close();
    expect(status.bindStatus).toBe(1);
    expect(simulator.stats().calls).toEqual({ '1001': 1 });
  });
});

describe('the standalone simulator', () => {
  it('serves HTTPS when given a certificate and its key, and refuses one without the other', async () => {
    const { loadSimulatorConfig, SimulatorConfigError } = await import('../src/simulator/config.ts');
    const cert = fileURLToPath(new URL('./fixtures/tls/server.pem', import.meta.url));
    const key = fileURLToPath(new URL('./fixtures/tls/server-key.pem', import.meta.url));
    const { options } = loadSimulatorConfig(['--tls-cert-file', cert], { SIMULATOR_TLS_KEY_FILE: key });
    expect(options.tls).toEqual({ cert: fixture('server.pem'), key: fixture('server-key.pem') });
    expect(() => loadSimulatorConfig(['--tls-cert-file', cert], {})).toThrow(SimulatorConfigError);
    expect(() => loadSimulatorConfig(['--tls-cert-file', cert], {})).toThrow(/give both or neither/);
  });
});
