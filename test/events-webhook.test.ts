import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../src/domain/geo.ts';
import { freshEventId, postPush, pushBody, type TestRecord } from './helpers/events.ts';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack({ wireWebhook: false });

const VehicleEvents = graphql(`
  query VehicleEvents($esn: String!, $first: Int, $after: String, $types: [VehicleEventType!]) {
    terminal(esn: $esn) {
      vehicle {
        events(first: $first, after: $after, types: $types) {
          edges {
            cursor
            node {
              __typename
              id
              type
              wireType
              esn
              occurredAt
              receivedAt
              text
              userId
              attributes
              location { lng lat wgs84 { lng lat } }
              ... on VibrationEvent { level }
              ... on CollisionEvent { level }
              ... on LowBatteryEvent { level }
              ... on IgnitionEvent { ignitionOn anomalous }
              ... on TirePressureEvent { anomaly tire }
              ... on DoorEvent { action outcome }
              ... on DataQuotaEvent { usedMegabytes }
              ... on RestrictedAreaEvent { reportedPosition { lng lat } }
            }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`);

async function eventsOf(esn: string, first = 50) {
  const result = await stack.graphql(VehicleEvents, { esn, first });
  expect(result.errors).toBeUndefined();
  return result.data!.terminal!.vehicle!.events!.edges.map((edge) => edge.node);
}

let esnCounter = 100;
const freshEsn = () => `8612766788${String(esnCounter++).padStart(5, '0')}`;

describe('the event webhook', () => {
  it('accepts the worked example of the push (exact bytes and versign) and stores it as a typed event', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/events/worked-example.json', 'utf8'));
    const body = readFileSync('test/fixtures/events/worked-example.body.json');
    expect(body.byteLength).toBe(fixture.bodyBytes);
    const before = Date.now();
    const reply = await postPush(stack.webhookUrl, body, { versign: fixture.versign });
    expect(reply).toEqual({ status: 200, json: { received: 1, stored: 1, duplicates: 0 } });

    const [event] = await eventsOf('861276678889726');
    const wgs84 = gcj02ToWgs84([113.353982, 23.149862]);
    expect(event).toMatchObject({
      __typename: 'IgnitionEvent',
      id: '1001',
      type: 'IGNITION_ON',
      wireType: '点火',
      esn: '861276678889726',
      occurredAt: new Date(1_700_000_000_000).toISOString(),
      text: null,
      userId: '1424587',
      attributes: { status: 1 },
      location: { lng: 113.353982, lat: 23.149862, wgs84: { lng: wgs84[0], lat: wgs84[1] } },
      ignitionOn: true,
      anomalous: false,
    });
    expect(Date.parse(event!.receivedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect((await stack.stats()).total).toBe(0);
  });

  it('answers 401 to a wrong or missing versign, 400 to a body that is not a push, and stores nothing', async () => {
    const esn = freshEsn();
    const body = pushBody([{ id: freshEventId(), esn, type: '熄火', time: 1_700_000_100 }]);
    expect((await postPush(stack.webhookUrl, body, { secret: 'not-the-secure-code' })).status).toBe(401);
    expect((await postPush(stack.webhookUrl, body, { versign: null })).status).toBe(401);
    expect((await postPush(stack.webhookUrl, body, { versign: 'abc' })).status).toBe(401);
    // One byte changed after signing.
    expect((await postPush(stack.webhookUrl, body.replace('熄火', '点火'), { versign: (await import('../src/upstream/signature.ts')).signEvent(body, 'demo-secure-code') })).status).toBe(401);
    // Anyone can post unsigned: four refusals wrote one warning, not four (one a minute at most).
    expect(stack.logRecords().filter((record) => record.msg === 'event webhook: bad or missing versign')).toEqual([
      expect.objectContaining({ level: 40, bytes: Buffer.byteLength(body), signed: true }),
    ]);

    const malformed = await postPush(stack.webhookUrl, '{"records":[{"id":1,');
    expect(malformed.status).toBe(400);
    const wrongShape = await postPush(stack.webhookUrl, JSON.stringify({ records: [{ id: 'x', esn, type: '点火' }] }));
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.json.error).toMatch(/records\.0\.id/);
    // A time that is no unix second (0, or milliseconds) would be a date no event list could show.
    for (const time of [0, -5, 1_700_000_100_000]) {
      const badTime = await postPush(stack.webhookUrl, pushBody([{ id: freshEventId(), esn, type: '熄火', time }]));
      expect(badTime.status).toBe(400);
      expect(badTime.json.error).toMatch(/records\.0\.time/);
    }
    expect(await eventsOf(esn)).toEqual([]);
  });

  it('stores the readable records of a POST and refuses only the others, naming each, so a bad record costs no other', async () => {
    const esn = freshEsn();
    const good = [freshEventId(), freshEventId()] as const;
    const body = pushBody([
      { id: good[0], esn, type: '点火', time: 1_700_000_000 },
      { id: freshEventId(), esn, type: '熄火', time: 0 },
      { id: good[1], esn, type: '熄火', time: 1_700_000_600 },
    ]);
    const reply = await postPush(stack.webhookUrl, body);
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ received: 3, stored: 2, duplicates: 0, refused: 1, problems: [expect.stringMatching(/^records\.1\.time: /)] });
    expect((await eventsOf(esn)).map((event) => event.id).sort()).toEqual(good.map(String).sort());
    const warning = stack.logRecords().find((record) => record.msg === 'event webhook: records refused, the others stored');
    expect(warning).toMatchObject({ refused: 1, problems: [expect.stringMatching(/^records\.1\.time: /)] });
    // The same POST again: the stored ones are duplicates, the bad one refused again.
    expect((await postPush(stack.webhookUrl, body)).json).toMatchObject({ received: 3, stored: 0, duplicates: 2, refused: 1 });
  });

  it('refuses a body past 1 MiB as it streams, before reading the rest, also when it declares no length (chunked)', async () => {
    const declared = await fetch(`${stack.webhookUrl}?versign=${'0'.repeat(32)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(1024 * 1024 + 1),
    });
    expect(declared.status).toBe(413);

    // A chunked body of up to 64 MiB, written as fast as the gateway reads it: the refusal must come
    // after about 1 MiB (plus what the sockets buffer), not once the whole body has been read and held.
    const { status, bytesWritten, total } = await postChunked(stack.webhookUrl, 64 * 1024 * 1024);
    expect(status).toBe(413);
    expect(bytesWritten).toBeLessThan(total / 4);
  });

  it('stores several records of one POST, decodes every type, keeps an unknown type as UNKNOWN with its raw text', async () => {
    const esn = freshEsn();
    const time = 1_700_000_000;
    const records: TestRecord[] = [
      { type: '震动', attrs: { level: 1 }, text: '[粤A12345] 于 [2017-06-16 13:16] 在 [广东省广州市天河区龙口东路]附近发生轻微震动,请留意.' },
      { type: '拔出' },
      { type: '点火', attrs: { status: 2 } },
      { type: '熄火' },
      { type: '越界' },
      { type: '碰撞', attrs: { level: 2 } },
      { type: '违章' },
      { type: '故障' },
      { type: '电瓶电压', attrs: { level: 2 } },
      { type: '胎压', attrs: { type: 3 }, text: '胎压过低(右后轮),请及时检查.' },
      { type: '保养' },
      { type: '开锁', text: '[粤A12345] 于 [2023-11-15 06:13:20] 在 [广东省广州市天河区]附近 开锁失败' },
      { type: '关锁', text: '[粤A12345] 于 [2023-11-15 06:13:20] 在 [广东省广州市天河区]附近 关锁成功' },
      { type: '流量超出', attrs: { use: 2048 } },
      { type: '禁入地界', attrs: { lng: 113.3, lat: 23.2 } },
      { type: '定位', location: [113.35, 23.15], uid: '' },
      { type: '洗车', uid: 'U-77', attrs: { bay: 3, mode: '精洗' } },
    ].map((partial) => ({ id: freshEventId(), esn, time, ...partial }) as TestRecord);
    const reply = await postPush(stack.webhookUrl, pushBody(records));
    expect(reply).toEqual({ status: 200, json: { received: 17, stored: 17, duplicates: 0 } });

    const events = (await eventsOf(esn)).reverse();
    expect(events.map((event) => [event.id, event.__typename, event.type, event.wireType])).toEqual([
      [String(records[0]!.id), 'VibrationEvent', 'VIBRATION', '震动'],
      [String(records[1]!.id), 'GeneralVehicleEvent', 'UNPLUGGED', '拔出'],
      [String(records[2]!.id), 'IgnitionEvent', 'IGNITION_ON', '点火'],
      [String(records[3]!.id), 'IgnitionEvent', 'IGNITION_OFF', '熄火'],
      [String(records[4]!.id), 'GeneralVehicleEvent', 'GEOFENCE_EXIT', '越界'],
      [String(records[5]!.id), 'CollisionEvent', 'COLLISION', '碰撞'],
      [String(records[6]!.id), 'GeneralVehicleEvent', 'TRAFFIC_VIOLATION', '违章'],
      [String(records[7]!.id), 'GeneralVehicleEvent', 'FAULT', '故障'],
      [String(records[8]!.id), 'LowBatteryEvent', 'LOW_BATTERY', '电瓶电压'],
      [String(records[9]!.id), 'TirePressureEvent', 'TIRE_PRESSURE', '胎压'],
      [String(records[10]!.id), 'GeneralVehicleEvent', 'MAINTENANCE_DUE', '保养'],
      [String(records[11]!.id), 'DoorEvent', 'DOOR_UNLOCKED', '开锁'],
      [String(records[12]!.id), 'DoorEvent', 'DOOR_LOCKED', '关锁'],
      [String(records[13]!.id), 'DataQuotaEvent', 'DATA_QUOTA_EXCEEDED', '流量超出'],
      [String(records[14]!.id), 'RestrictedAreaEvent', 'RESTRICTED_AREA_ENTRY', '禁入地界'],
      [String(records[15]!.id), 'GeneralVehicleEvent', 'LOCATION', '定位'],
      [String(records[16]!.id), 'GeneralVehicleEvent', 'UNKNOWN', '洗车'],
    ]);
    expect(events[0]).toMatchObject({ level: 1, text: records[0]!.text });
    expect(events[2]).toMatchObject({ ignitionOn: true, anomalous: true });
    expect(events[3]).toMatchObject({ ignitionOn: false, anomalous: null });
    expect(events[5]).toMatchObject({ level: 2 });
    expect(events[8]).toMatchObject({ level: 2 });
    expect(events[9]).toMatchObject({ anomaly: 'LOW_PRESSURE', tire: 'REAR_RIGHT' });
    expect(events[11]).toMatchObject({ action: 'UNLOCK', outcome: 'FAILED' });
    expect(events[12]).toMatchObject({ action: 'LOCK', outcome: 'SUCCEEDED' });
    expect(events[13]).toMatchObject({ usedMegabytes: 2048 });
    expect(events[14]).toMatchObject({ reportedPosition: { lng: 113.3, lat: 23.2 } });
    expect(events[15]).toMatchObject({ location: { lng: 113.35, lat: 23.15 } });
    expect(events[16]!.location).toBeNull();
    // What the typed fields do not decode is still there: the user id and the raw attrs.
    expect(events[16]).toMatchObject({ userId: 'U-77', attributes: { bay: 3, mode: '精洗' } });
    expect(events[1]).toMatchObject({ userId: '1424587', attributes: null });
    // A blank uid reads as null whichever store kept it (Redis drops empty fields, SQLite keeps them).
    expect(events[15]).toMatchObject({ userId: null });
  });

  it('stores a redelivered event once and pages the list newest first', async () => {
    const esn = freshEsn();
    const records = [1, 2, 3].map(() => ({ id: freshEventId(), esn, type: '定位', time: 1_700_000_000 }));
    const body = pushBody(records);
    expect((await postPush(stack.webhookUrl, body)).json).toEqual({ received: 3, stored: 3, duplicates: 0 });
    expect((await postPush(stack.webhookUrl, body)).json).toEqual({ received: 3, stored: 0, duplicates: 3 });
    expect((await postPush(stack.webhookUrl, pushBody([records[1]!]))).json).toEqual({ received: 1, stored: 0, duplicates: 1 });

    const first = await stack.graphql(VehicleEvents, { esn, first: 2 });
    const page = first.data!.terminal!.vehicle!.events!;
    expect(page.edges.map((edge) => edge.node.id)).toEqual([String(records[2]!.id), String(records[1]!.id)]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await stack.graphql(VehicleEvents, { esn, first: 2, after: page.pageInfo.endCursor });
    expect(second.data!.terminal!.vehicle!.events!.edges.map((edge) => edge.node.id)).toEqual([String(records[0]!.id)]);
    expect(second.data!.terminal!.vehicle!.events!.pageInfo.hasNextPage).toBe(false);
    const filtered = await stack.graphql(VehicleEvents, { esn, types: ['VIBRATION'] });
    expect(filtered.data!.terminal!.vehicle!.events!.edges).toEqual([]);
  });

  it("stores the vendor's example push (two records, Chinese text)", async () => {
    const body = readFileSync('test/fixtures/vendor-examples/events.example.json', 'utf8');
    expect((await postPush(stack.webhookUrl, body)).json).toEqual({ received: 2, stored: 2, duplicates: 0 });
    const events = await eventsOf('351234567812345');
    expect(events.map((event) => [event.id, event.__typename])).toEqual([
      ['124', 'IgnitionEvent'],
      ['123', 'VibrationEvent'],
    ]);
  });
});

/** POSTs `total` bytes without a Content-Length (chunked), stopping when the answer comes; how many bytes were written by then. */
function postChunked(webhookUrl: string, total: number): Promise<{ status: number; bytesWritten: number; total: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let bytesWritten = 0;
    let answered = false;
    const request = httpRequest(`${webhookUrl}?versign=${'0'.repeat(32)}`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } });
    request.on('response', (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode!, bytesWritten, total });
      request.destroy();
    });
    request.on('error', (error) => (answered ? undefined : reject(error)));
    const write = () => {
      while (!answered && bytesWritten < total) {
        bytesWritten += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', write);
      }
      if (!answered) request.end();
    };
    write();
  });
}
