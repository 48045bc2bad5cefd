import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SimulatorConfigError, loadSimulatorConfig } from '../src/simulator/config.ts';
import { DEFAULT_FAULTS } from '../src/simulator/faults.ts';
import type { RunningSimulator } from '../src/simulator/server.ts';
import { askUntil } from './helpers/ask-until.ts';
import { admin, callService, startTestSimulator } from './helpers/simulator.ts';

let simulator: RunningSimulator;
let esn: string;

beforeAll(async () => {
  simulator = await startTestSimulator({ terminalCount: 6 });
  esn = simulator.world.boundTerminals()[0]!.esn;
});
afterEach(() => {
  simulator.setFaults({ ...DEFAULT_FAULTS });
});
afterAll(() => simulator.close());

describe('fault knobs', () => {
  it('errorRate 1 answers every call with a simulated upstream error', async () => {
    simulator.setFaults({ errorRate: 1 });
    for (const service of [1001, 1011, 4001]) {
      const reply = await callService(simulator, service, { esn });
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual({ flag: 0, data: {}, err: 'simulated upstream error' });
    }
  });

  it('esns limits the faults to requests about those terminals', async () => {
    const other = simulator.world.boundTerminals()[1]!.esn;
    simulator.setFaults({ errorRate: 1, esns: [esn] });
    expect((await callService(simulator, 1011, { esn })).json.err).toBe('simulated upstream error');
    expect((await callService(simulator, 1011, { esn: other })).json.flag).toBe(1);
    expect((await callService(simulator, 4001, {})).json.flag).toBe(1);
  });

  it('http5xxRate 1 answers HTTP 503 with an HTML page', async () => {
    simulator.setFaults({ http5xxRate: 1 });
    const reply = await callService(simulator, 1011, { esn });
    expect(reply.status).toBe(503);
    expect(reply.contentType).toMatch(/^text\/html/);
    expect(reply.json).toBeUndefined();
  });

  it('malformedRate 1 answers HTTP 200 with a body that is not JSON', async () => {
    simulator.setFaults({ malformedRate: 1 });
    const reply = await callService(simulator, 1011, { esn });
    expect(reply.status).toBe(200);
    expect(reply.json).toBeUndefined();
    expect(() => JSON.parse(reply.text)).toThrow();
  });

  it('badRecordRate breaks records of list answers in place: their numbers "?", their ids and the other records kept', async () => {
    const clean = (await callService(simulator, 1012, { esn, timeFrom: 0, timeTo: 4_000_000_000, page: 1 })).text;
    simulator.setFaults({ badRecordRate: 0.5 });
    // Parsed as text: the trip ids exceed 2^53.
    const recordsOf = (text: string) => (JSON.parse(text.replace(/"id":(\d+)/g, '"id":"$1"')) as { data: { records: Array<Record<string, unknown>> } }).data.records;
    const broken = await askUntil(
      async () => (await callService(simulator, 1012, { esn, timeFrom: 0, timeTo: 4_000_000_000, page: 1 })).text,
      (text) => new Set(recordsOf(text).map((record) => record.startTime === '?')).size === 2,
    );
    const [before, after] = [recordsOf(clean), recordsOf(broken)];
    expect(after).toHaveLength(before.length);
    expect(before.length).toBeGreaterThanOrEqual(4);
    const isBroken = after.map((record) => record.startTime === '?');
    expect(isBroken).toContain(true);
    expect(isBroken).toContain(false);
    after.forEach((record, index) => {
      if (!isBroken[index]) return expect(record).toEqual(before[index]);
      expect(record.id).toBe(before[index]!.id);
      for (const [field, value] of Object.entries(before[index]!)) if (typeof value === 'number') expect(record[field]).toBe('?');
    });
    simulator.setFaults({ badRecordRate: 1 });
    const battery = (await callService(simulator, 1017, { esn })).json as { data: { records: unknown[] } };
    expect(battery.data.records.length).toBeGreaterThan(0);
    expect(battery.data.records).toEqual(battery.data.records.map(() => ({ val: '?', time: '?' })));
    // The condition's readings, each sent on its own: those sent are "?", the VIN kept.
    const condition = (await callService(simulator, 1011, { esn })).json as { data: Record<string, unknown> };
    for (const field of ['location', 'mileage', 'voltage', 'driveStatus']) expect(condition.data[field]).toBe('?');
    expect(condition.data.vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
    // The terminal status: its numbers "?", its texts kept.
    const status = (await callService(simulator, 1001, { esn })).json as { flag: number; data: Record<string, unknown> };
    for (const field of ['bindStatus', 'inserted', 'activeTime']) expect(status.data[field]).toBe('?');
    expect(status.data.plateNo).not.toBe('?');
    // An answer without a record list or separate fields is untouched.
    const track = (await callService(simulator, 1013, { esn, recordId: before[0]!.id })).json as { flag: number; data: { coords: unknown[][] } };
    expect(track.flag).toBe(1);
    expect(track.data.coords.length).toBeGreaterThan(2);
    expect(track.data.coords.flat()).not.toContain('?');
  });

  it('rates of 0 never fire', async () => {
    simulator.setFaults({ errorRate: 0, http5xxRate: 0, malformedRate: 0 });
    for (let i = 0; i < 20; i++) expect((await callService(simulator, 1001, { esn })).json.flag).toBe(1);
  });

  it('a fractional rate fails some calls and not others', async () => {
    simulator.setFaults({ errorRate: 0.5 });
    const flags = await Promise.all(Array.from({ length: 40 }, () => callService(simulator, 1001, { esn }).then((reply) => reply.json.flag)));
    expect(flags).toContain(0);
    expect(flags).toContain(1);
  });

  it('the services filter confines faults to the listed services', async () => {
    simulator.setFaults({ errorRate: 1, services: [1011] });
    expect((await callService(simulator, 1011, { esn })).json.err).toBe('simulated upstream error');
    expect((await callService(simulator, 1001, { esn })).json.flag).toBe(1);
    expect((await callService(simulator, 1017, { esn })).json.flag).toBe(1);
  });

  it('faults come after verification: a bad signature is still reported as such', async () => {
    simulator.setFaults({ http5xxRate: 1 });
    const reply = await callService(simulator, 1011, { esn }, { secureCode: 'wrong' });
    expect(reply.status).toBe(200);
    expect(reply.json.err).toBe('invalid signature');
  });

  it('a faulted write is not executed', async () => {
    const terminal = simulator.world.boundTerminals()[1]!;
    simulator.setFaults({ errorRate: 1, services: [1003] });
    await callService(simulator, 1003, { esn: terminal.esn, mobileNo: terminal.binding!.mobileNo });
    expect(terminal.binding).not.toBeNull();
  });

  it('latency and jitter delay the reply', async () => {
    simulator.setFaults({ latencyMs: 120, jitterMs: 30 });
    const started = performance.now();
    expect((await callService(simulator, 1001, { esn })).json.flag).toBe(1);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(115);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('admin routes', () => {
  it('GET and POST /__sim/faults read and merge the settings', async () => {
    expect((await admin(simulator, 'faults')).json).toEqual(DEFAULT_FAULTS);
    const merged = await admin(simulator, 'faults', { errorRate: 1, services: [1011] });
    expect(merged.json).toEqual({ ...DEFAULT_FAULTS, errorRate: 1, services: [1011] });
    expect((await admin(simulator, 'faults', { latencyMs: 5 })).json).toEqual({ ...DEFAULT_FAULTS, errorRate: 1, services: [1011], latencyMs: 5 });
    expect((await callService(simulator, 1011, { esn })).json.err).toBe('simulated upstream error');
    expect((await admin(simulator, 'faults', { services: null, errorRate: 0, latencyMs: 0 })).json).toEqual(DEFAULT_FAULTS);
    expect(simulator.faults()).toEqual(DEFAULT_FAULTS);
  });

  it('rejects invalid fault settings with HTTP 400 and keeps the old ones', async () => {
    const reply = await admin(simulator, 'faults', { errorRate: 1.5, latency: 3 });
    expect(reply.status).toBe(400);
    expect(reply.json.error).toMatch(/errorRate: must be at most 1/);
    expect(reply.json.error).toMatch(/latency/);
    expect((await admin(simulator, 'faults', '{not json')).status).toBe(400);
    expect(simulator.faults()).toEqual(DEFAULT_FAULTS);
    expect(() => simulator.setFaults({ http5xxRate: -1 })).toThrow(/http5xxRate/);
  });

  it('GET /__sim/fleet lists every terminal', async () => {
    const fleet = (await admin(simulator, 'fleet')).json;
    expect(fleet).toHaveLength(6);
    const terminal = simulator.world.boundTerminals()[0]!;
    expect(fleet[0]).toEqual({
      esn: terminal.esn,
      activeCode: terminal.activeCode,
      bound: true,
      inserted: terminal.inserted,
      driving: terminal.vehicle.condition.ignitionOn,
      mobile: terminal.binding!.mobileNo,
      cid: terminal.binding!.cid,
      uid: terminal.binding!.uid,
      plateNo: terminal.vehicle.profile.plateNumber,
      tripCount: terminal.vehicle.trips.length,
    });
  });

  it('answers unknown admin routes with 404 and wrong methods with 405', async () => {
    expect((await admin(simulator, 'nothing')).status).toBe(404);
    expect((await admin(simulator, 'stats', {})).status).toBe(405);
    expect((await admin(simulator, 'events')).json).toEqual({ events: [] });
  });
});

describe('standalone configuration', () => {
  it('reads flags over environment variables over defaults', () => {
    const { options } = loadSimulatorConfig(['--port', '4200', '--error-rate', '0.25', '--fault-services', '1011,1012', '--paging-at-top-level'], {
      SIMULATOR_PORT: '4300',
      SIMULATOR_SEED: '7',
      SIMULATOR_LATENCY_MS: '50',
      IAUTO_OPEN_ID: 'partner',
      SIMULATOR_ERR_AS_NUMBER: 'true',
      SIMULATOR_WEBHOOK_URL: 'http://127.0.0.1:9000/hook',
    });
    expect(options).toEqual({
      port: 4200,
      seed: 7,
      openId: 'partner',
      webhookUrl: 'http://127.0.0.1:9000/hook',
      faults: { latencyMs: 50, errorRate: 0.25, services: [1011, 1012] },
      quirks: { errAsNumber: true, pagingAtTopLevel: true },
    });
    expect(loadSimulatorConfig([], {}).options).toEqual({ port: 4100, faults: {}, quirks: {} });
  });

  it('reports every invalid value by flag or variable', () => {
    expect(() => loadSimulatorConfig(['--port', '70000'], { SIMULATOR_ERROR_RATE: 'often', SIMULATOR_TERMINALS: '0' })).toThrow(SimulatorConfigError);
    try {
      loadSimulatorConfig(['--port', '70000'], { SIMULATOR_ERROR_RATE: 'often', SIMULATOR_TERMINALS: '0', SIMULATOR_WEBHOOK_URL: 'nope' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('--port:');
      expect(message).toContain('SIMULATOR_ERROR_RATE: expected a number (got "often")');
      expect(message).toContain('SIMULATOR_TERMINALS:');
      expect(message).toContain('SIMULATOR_WEBHOOK_URL: must be an http(s) URL');
    }
    expect(() => loadSimulatorConfig(['--unknown'], {})).toThrow(/Unknown option '--unknown'/);
  });

  it('the standalone entry listens, prints its credentials and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../src/simulator/main.ts', import.meta.url)), '--port', '0', '--terminals', '5'], {
      env: { ...process.env, IAUTO_SECURE_CODE: 'standalone-secret' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(child, 'exit');
    for (let waited = 0; !output.includes('terminals') && waited < 15_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    const baseUrl = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    expect(baseUrl, output).toBeDefined();
    expect(output).toContain('secureCode  standalone-secret');
    expect(output).toMatch(/\b86\d{13}\b/);
    const fleet = (await (await fetch(`${baseUrl}/__sim/fleet`)).json()) as unknown[];
    expect(fleet).toHaveLength(5);
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
  }, 20_000);
});
