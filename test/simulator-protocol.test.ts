import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/simulator/server.ts';
import { signEvent, signRequest } from '../src/upstream/signature.ts';
import { FIXED_NOW, admin, callService, startTestSimulator } from './helpers/simulator.ts';

let simulator: RunningSimulator;
let boundEsn: string;
let unboundEsn: string;

beforeAll(async () => {
  simulator = await startTestSimulator();
  boundEsn = simulator.world.boundTerminals()[0]!.esn;
  unboundEsn = simulator.world.terminals.find((terminal) => terminal.binding === null)!.esn;
});
afterAll(() => simulator.close());

describe('signature known answers (docs/upstream.md §2)', () => {
  const body = '{"time":1700000000000,"data":{"esn":"861276678889726"},"plan":1001}';

  it('hashes openId + body + secureCode + time', () => {
    expect(Buffer.byteLength(body)).toBe(67);
    expect(signRequest('demo-open-id', body, 'demo-secure-code', 1700000000000)).toBe('f880b5a5ce7e8eff4a4ec7cc011a1cf6');
  });

  it('changes with any re-serialization of the body', () => {
    const spaced = '{"time": 1700000000000, "data": {"esn": "861276678889726"}, "plan": 1001}';
    expect(signRequest('demo-open-id', spaced, 'demo-secure-code', 1700000000000)).toBe('b97259837000ac8d729709ac4d0958a1');
  });

  it('signs a pushed event as md5(body + secureCode) over UTF-8', () => {
    const event =
      '{"records":[{"id":1001,"esn":"861276678889726","uid":"1424587","type":"点火","time":1700000000,"location":[113.353982,23.149862],"attrs":{"status":1}}]}';
    expect(Buffer.byteLength(event)).toBe(154);
    expect(signEvent(event, 'demo-secure-code')).toBe('34452a85dd26148ab5a1f9db82c3861c');
  });

  it('the worked request of docs/upstream.md §2 reaches the simulator with the documented signature', async () => {
    const reply = await callService(simulator, 1011, null, { rawBody: body, time: 1700000000000, signature: 'f880b5a5ce7e8eff4a4ec7cc011a1cf6' });
    // The signature is accepted; the made-up ESN of the example is simply not in this fleet.
    expect(reply.json).toEqual({ flag: 0, data: {}, err: 'unknown ESN 861276678889726' });
  });
});

describe('request verification', () => {
  it('accepts any formatting of the body as long as the exact text is signed', async () => {
    const spaced = `{ "time": ${FIXED_NOW}, "data": { "esn": "${boundEsn}" } }`;
    const reply = await callService(simulator, 1001, null, { rawBody: spaced });
    expect(reply.status).toBe(200);
    expect(reply.json.flag).toBe(1);
    expect(reply.json.data.bindStatus).toBe(1);
  });

  it('rejects a signature computed over a different serialization', async () => {
    const compact = JSON.stringify({ time: FIXED_NOW, data: { esn: boundEsn } });
    const spaced = JSON.stringify({ time: FIXED_NOW, data: { esn: boundEsn } }, null, 1);
    const reply = await callService(simulator, 1001, null, { rawBody: spaced, signature: signRequest(simulator.openId, compact, simulator.secureCode, FIXED_NOW) });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ flag: 0, data: {}, err: 'invalid signature' });
  });

  it('rejects a wrong secure code, a tampered signature and an uppercase one', async () => {
    for (const options of [{ secureCode: 'not-the-secret' }, { signature: '0'.repeat(32) }, { signature: 'XYZ' }]) {
      const reply = await callService(simulator, 1001, { esn: boundEsn }, options);
      expect(reply.json).toEqual({ flag: 0, data: {}, err: 'invalid signature' });
    }
    const body = JSON.stringify({ time: FIXED_NOW, data: { esn: boundEsn } });
    const upper = signRequest(simulator.openId, body, simulator.secureCode, FIXED_NOW).toUpperCase();
    expect((await callService(simulator, 1001, null, { rawBody: body, signature: upper })).json.err).toBe('invalid signature');
  });

  it('rejects an unknown openId, even when signed with it', async () => {
    const reply = await callService(simulator, 1001, { esn: boundEsn }, { openId: 'someone-else' });
    expect(reply.json).toEqual({ flag: 0, data: {}, err: 'unknown openId' });
  });

  it('rejects an unknown service number after verifying the signature', async () => {
    expect((await callService(simulator, 9999, { esn: boundEsn })).json).toEqual({ flag: 0, data: {}, err: 'unknown service 9999' });
    expect((await callService(simulator, 'abc', {})).json.err).toBe('unknown service abc');
    // Appendix A services are not simulated.
    expect((await callService(simulator, 1004, { esn: boundEsn })).json.err).toBe('unknown service 1004');
  });

  it('rejects a body that is not JSON, or not an envelope', async () => {
    const notJson = await callService(simulator, 1001, null, { rawBody: '{"time":1700000000000,' });
    expect(notJson.json.flag).toBe(0);
    expect(notJson.json.err).toMatch(/^body is not valid JSON/);
    expect((await callService(simulator, 1001, null, { rawBody: '[1,2]' })).json.err).toBe('invalid field body: expected a JSON object with time and data');
  });

  it('names the missing or invalid envelope field', async () => {
    const cases: [string, string][] = [
      [JSON.stringify({ data: {} }), 'missing field time'],
      [JSON.stringify({ time: String(FIXED_NOW), data: {} }), 'invalid field time: expected the request time as an integer of unix milliseconds'],
      [JSON.stringify({ time: FIXED_NOW }), 'missing field data'],
      [JSON.stringify({ time: FIXED_NOW, data: [] }), 'invalid field data: expected an object'],
      [JSON.stringify({ time: FIXED_NOW, data: {}, plan: 'gold' }), 'invalid field plan: expected an integer plan id'],
    ];
    for (const [rawBody, err] of cases) {
      expect((await callService(simulator, 1001, null, { rawBody })).json, rawBody).toEqual({ flag: 0, data: {}, err });
    }
  });

  it('rejects a time more than 5 minutes from its clock, accepts one within', async () => {
    const stale = await callService(simulator, 1001, { esn: boundEsn }, { time: FIXED_NOW - 301_000 });
    expect(stale.json).toEqual({ flag: 0, data: {}, err: 'request time is 301 s away from server time; at most 300 s allowed' });
    const ahead = await callService(simulator, 1001, { esn: boundEsn }, { time: FIXED_NOW + 301_000 });
    expect(ahead.json.flag).toBe(0);
    const slightlyOff = await callService(simulator, 1001, { esn: boundEsn }, { time: FIXED_NOW - 299_000 });
    expect(slightlyOff.json.flag).toBe(1);
  });

  it('names the missing or invalid service field', async () => {
    expect((await callService(simulator, 1011, {})).json.err).toBe('missing field data.esn');
    expect((await callService(simulator, 1011, { esn: Number(boundEsn) })).json.err).toBe(
      'invalid field data.esn: expected the terminal number as a string of 15 to 17 digits',
    );
    expect((await callService(simulator, 4002, {})).json.err).toBe('missing field data.brandId');
    expect((await callService(simulator, 1012, { esn: boundEsn, timeFrom: 0 })).json.err).toBe('missing field data.timeTo');
    expect((await callService(simulator, 1012, { esn: boundEsn, timeFrom: 0, timeTo: 1, page: 0 })).json.err).toBe(
      'invalid field data.page: expected an integer from 1 to 2147483647',
    );
    expect((await callService(simulator, 1016, { esn: boundEsn })).json.err).toBe('missing field data.recordId');
    expect((await callService(simulator, 1016, { esn: boundEsn, recordId: 'abc' })).json.err).toMatch(/^invalid field data.recordId/);
    expect((await callService(simulator, 5001, { esn: boundEsn, opCode: 'HONK' })).json.err).toBe(
      'invalid field data.opCode: expected one of UNLOCK_DOOR, LOCK_DOOR',
    );
  });

  it('rejects an unknown ESN, an unbound terminal and an unknown recordId', async () => {
    expect((await callService(simulator, 1011, { esn: '123456789012345' })).json).toEqual({ flag: 0, data: {}, err: 'unknown ESN 123456789012345' });
    for (const service of [1011, 1012, 1017, 1018, 1019, 1021, 3002, 5001]) {
      const reply = await callService(simulator, service, { esn: unboundEsn, timeFrom: 0, timeTo: 1, opCode: 'LOCK_DOOR' });
      expect(reply.json, String(service)).toEqual({ flag: 0, data: {}, err: 'terminal not bound' });
    }
    // 1001 answers for any known terminal.
    expect((await callService(simulator, 1001, { esn: unboundEsn })).json.data.bindStatus).toBe(0);
    expect((await callService(simulator, 1013, { esn: boundEsn, recordId: '1' })).json).toEqual({ flag: 0, data: {}, err: 'unknown recordId 1' });
    expect((await callService(simulator, 4002, { brandId: 999 })).json.err).toBe('unknown brandId 999');
  });

  it('answers 1014 "service paused" by default', async () => {
    expect((await callService(simulator, 1014, { esn: boundEsn, timeFrom: 0, timeTo: 1 })).json).toEqual({ flag: 0, data: {}, err: 'service paused' });
  });

  it('answers other paths and methods with a JSON failure and a matching HTTP status', async () => {
    const notFound = await fetch(`${simulator.baseUrl}/api/whatever`, { method: 'POST', body: '{}' });
    expect(notFound.status).toBe(404);
    expect(((await notFound.json()) as { flag: number }).flag).toBe(0);
    const get = await fetch(`${simulator.baseUrl}/srv/1001/${simulator.openId}/${'0'.repeat(32)}`);
    expect(get.status).toBe(405);
    expect(await get.json()).toEqual({ flag: 0, data: {}, err: 'method GET not allowed; use POST' });
  });

  it('refuses a body over 1 MiB with HTTP 413', async () => {
    const reply = await callService(simulator, 1001, { esn: boundEsn, padding: 'x'.repeat(1024 * 1024) });
    expect(reply.status).toBe(413);
    expect(reply.json).toEqual({ flag: 0, data: {}, err: 'body larger than 1048576 bytes' });
  });

  it('replies with a JSON content type', async () => {
    const reply = await callService(simulator, 4001, {});
    expect(reply.contentType).toBe('application/json; charset=utf-8');
  });
});

describe('billing plans and quirks', () => {
  it('rejects a plan the partner does not hold when plans are configured', async () => {
    const strict = await startTestSimulator({ billingPlans: [1001], terminalCount: 4 });
    try {
      const esn = strict.world.boundTerminals()[0]!.esn;
      expect((await callService(strict, 1001, { esn }, { plan: 1008 })).json).toEqual({ flag: 0, data: {}, err: 'no usable billing plan: plan 1008 is not held' });
      expect((await callService(strict, 1001, { esn }, { plan: 1001 })).json.flag).toBe(1);
      expect((await callService(strict, 1001, { esn }, { plan: null })).json.flag).toBe(1);
    } finally {
      await strict.close();
    }
  });

  it('errAsNumber sends err as a number code and mobileAsNumber sends 1001 mobile as a number', async () => {
    const quirky = await startTestSimulator({ terminalCount: 4, quirks: { errAsNumber: true, mobileAsNumber: true } });
    try {
      expect((await callService(quirky, 1001, { esn: boundEsn }, { secureCode: 'wrong' })).json).toEqual({ flag: 0, data: {}, err: 4011 });
      expect((await callService(quirky, 1011, { esn: '000000000000000' })).json.err).toBe(4041);
      const terminal = quirky.world.boundTerminals()[0]!;
      const status = await callService(quirky, 1001, { esn: terminal.esn });
      expect(status.json.data.mobile).toBe(Number(terminal.binding!.mobileNo));
      expect(status.text).toContain(`"mobile":${terminal.binding!.mobileNo}`);
    } finally {
      await quirky.close();
    }
  });

  it('serves the battery history at the configured number; at 1016 it replaces the trip evaluation', async () => {
    const seedNumbering = await startTestSimulator({ terminalCount: 4, quirks: { batteryService: 1016 } });
    try {
      const esn = seedNumbering.world.boundTerminals()[0]!.esn;
      const battery = await callService(seedNumbering, 1016, { esn });
      expect(battery.json.data.records).toHaveLength(7);
      expect((await callService(seedNumbering, 1017, { esn })).json.err).toBe('unknown service 1017');
    } finally {
      await seedNumbering.close();
    }
    await expect(startTestSimulator({ quirks: { batteryService: 1011 } })).rejects.toThrow(/would hide service 1011/);
  });

  it('rejects invalid options with a readable error', async () => {
    await expect(startTestSimulator({ terminalCount: 0 })).rejects.toThrow(/terminalCount/);
    await expect(startTestSimulator({ webhookUrl: 'ftp://x' })).rejects.toThrow(/webhookUrl: must be an http\(s\) URL/);
    await expect(startTestSimulator({ faults: { errorRate: 2 } })).rejects.toThrow(/errorRate/);
  });
});

describe('call statistics', () => {
  it('counts every request that reached a service route, rejected ones included', async () => {
    await admin(simulator, 'reset', {});
    await callService(simulator, 1001, { esn: boundEsn });
    await callService(simulator, 1001, { esn: boundEsn }, { secureCode: 'wrong' });
    await callService(simulator, 1011, { esn: 'x' });
    await callService(simulator, 9999, {});
    await fetch(`${simulator.baseUrl}/nowhere`);
    const stats = await admin(simulator, 'stats');
    expect(stats.json).toEqual({ calls: { '1001': 2, '1011': 1, '9999': 1 }, total: 4 });
    expect(simulator.stats()).toEqual(stats.json);
    const reset = await admin(simulator, 'reset', {});
    expect(reset.json).toEqual({ calls: {}, total: 0 });
  });
});
