import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../src/upstream/client.ts';
import { UpstreamBadResponseError, UpstreamRejectedError } from '../src/upstream/errors.ts';
import { type ServiceNumber, isServiceNumber, serviceNumbers, serviceTable } from '../src/upstream/services.ts';
import { signEvent, signRequest } from '../src/upstream/signature.ts';
import { BadPart, countBadParts, wellFormedRecords } from '../src/upstream/wire.ts';

// The vendor's public example payloads (test/fixtures/vendor-examples), quirks included.
const examplesDir = new URL('./fixtures/vendor-examples/', import.meta.url);
const exampleFiles = readdirSync(examplesDir);
const readExample = (name: string) => readFileSync(new URL(name, examplesDir), 'utf8');

describe('request signature (docs/upstream.md §2)', () => {
  const body = '{"time":1700000000000,"data":{"esn":"861276678889726"},"plan":1001}';

  it('matches the worked example', () => {
    expect(signRequest('demo-open-id', body, 'demo-secure-code', 1700000000000)).toBe('f880b5a5ce7e8eff4a4ec7cc011a1cf6');
  });

  it('changes when the body is re-serialized with spaces', () => {
    const spaced = '{"time": 1700000000000, "data": {"esn": "861276678889726"}, "plan": 1001}';
    expect(signRequest('demo-open-id', spaced, 'demo-secure-code', 1700000000000)).toBe('b97259837000ac8d729709ac4d0958a1');
  });

  it('hashes Chinese text as UTF-8', () => {
    const chinese = '{"time":1700000000000,"data":{"esn":"861276678889726","plateNo":"粤A12345"}}';
    expect(signRequest('demo-open-id', chinese, 'demo-secure-code', '1700000000000')).toMatch(/^[0-9a-f]{32}$/);
    expect(signRequest('demo-open-id', chinese, 'demo-secure-code', 1700000000000)).not.toBe(
      signRequest('demo-open-id', chinese.replace('粤', '?'), 'demo-secure-code', 1700000000000),
    );
  });
});

describe('event signature (docs/upstream.md §2)', () => {
  it('matches the worked example', () => {
    const body =
      '{"records":[{"id":1001,"esn":"861276678889726","uid":"1424587","type":"点火","time":1700000000,"location":[113.353982,23.149862],"attrs":{"status":1}}]}';
    expect(Buffer.byteLength(body)).toBe(154);
    expect(signEvent(body, 'demo-secure-code')).toBe('34452a85dd26148ab5a1f9db82c3861c');
  });
});

describe('the vendor examples', () => {
  const responses = exampleFiles.filter((name) => /^\d{4}\.response\.json$/.test(name));

  it('cover every service of the table', () => {
    expect(responses.map((name) => Number(name.slice(0, 4))).sort()).toEqual([...serviceNumbers].sort());
  });

  it.each(responses)('%s parses with the client schemas', (name) => {
    const service = Number(name.slice(0, 4));
    expect(isServiceNumber(service)).toBe(true);
    const decoded = decodeResponse(service as ServiceNumber, readExample(name));
    expect(decoded).toBeTypeOf('object');
  });

  it('decodes the quirks as documented', () => {
    expect(decodeResponse(1001, readExample('1001.response.json')).mobile).toBe('13820001828');
    const trips = decodeResponse(1012, readExample('1012.response.json'));
    expect(trips).toMatchObject({ totalCount: 11, page: 2 });
    expect(trips.records[0]).toMatchObject({ id: '1', mileage: 60.4, avgOil: 7.3, totalOil: 4.41, rapidBreak: 2 });
    expect(decodeResponse(1013, readExample('1013.response.json')).coords).toEqual([
      [113.258831, 23.145502],
      [113.289729, 23.144023],
    ]);
    expect(decodeResponse(1019, readExample('1019.response.json')).frontLeft).toBe('0|30|30|1509405908');
    const tree = decodeResponse(4002, readExample('4002.response.json'));
    const firstModels = wellFormedRecords(tree.records, 4002).map((subBrand) => wellFormedRecords(wellFormedRecords(subBrand.records, 4002)[0]!.records, 4002)[0]?.id);
    expect(firstModels).toEqual([3434, 3412]);
  });

  it.each(exampleFiles.filter((name) => /^\d{4}\.request\.json$/.test(name)))('%s request data fits the contract', (name) => {
    const service = Number(name.slice(0, 4)) as ServiceNumber;
    const { data } = JSON.parse(readExample(name)) as { data: unknown };
    const result = serviceTable[service].request.safeParse(data);
    if (service === 1012 || service === 1014) {
      // The vendor's example sends millisecond ranges; the contract is seconds (docs/upstream.md ambiguity 6).
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path[0])).toContain('timeFrom');
    } else {
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });
});

describe('answer decoding', () => {
  it('keeps ids beyond 2^53 exact', () => {
    const text =
      '{"flag":1,"data":{"records":[{"id":86127667888972656,"startTime":1,"endTime":2,"mileage":1,"avgOil":1,"totalOil":0.01,"hotTime":0,"idleTime":0,"maxSpeed":1}],"totalCount":1,"page":1}}';
    expect(wellFormedRecords(decodeResponse(1012, text).records, 1012)[0]?.id).toBe('86127667888972656');
  });

  it('reads paging fields at the top level too', () => {
    const text = '{"flag":1,"page":3,"totalCount":21,"data":{"records":[]}}';
    expect(decodeResponse(1012, text)).toEqual({ records: [], page: 3, totalCount: 21 });
  });

  it('accepts numbers as strings, strings as numbers, and null optionals', () => {
    const text = '{"flag":"1","data":{"bindStatus":"1","mobile":13600000000,"plateNo":null,"inserted":"0"}}';
    expect(decodeResponse(1001, text)).toEqual({ bindStatus: 1, mobile: '13600000000', inserted: 0 });
  });

  it('turns flag 0 into a rejection, with err as text or number', () => {
    expect(() => decodeResponse(1011, '{"flag":0,"data":{},"err":"terminal not bound"}')).toThrow(UpstreamRejectedError);
    try {
      decodeResponse(1011, '{"flag":0,"err":40100}');
    } catch (error) {
      expect(error).toBeInstanceOf(UpstreamRejectedError);
      expect((error as UpstreamRejectedError).upstreamMessage).toBe('40100');
      expect((error as UpstreamRejectedError).service).toBe(1011);
    }
  });

  it('is strict where it matters', () => {
    const noId = '{"flag":1,"data":{"records":[{"startTime":1,"endTime":2,"mileage":1,"avgOil":1,"totalOil":1,"hotTime":0,"idleTime":0,"maxSpeed":1}],"totalCount":1}}';
    // A record without its id is refused, alone: it stays in its place as a BadPart naming the field.
    const [record] = decodeResponse(1012, noId).records;
    expect(record).toBeInstanceOf(BadPart);
    expect((record as BadPart).error(1012)).toEqual(expect.objectContaining({ kind: 'bad-response', message: expect.stringMatching(/^iauto360 service 1012: bad response: records\.0\.id: /) }));
    expect(() => wellFormedRecords(decodeResponse(1012, noId).records, 1012)).toThrow(UpstreamBadResponseError);
    expect(() => decodeResponse(1012, '{"flag":1,"data":{"records":{"id":1},"totalCount":1}}')).toThrow(UpstreamBadResponseError);
    expect(() => decodeResponse(1013, '{"flag":1,"data":{"coords":[[113.2,"north"]]}}')).toThrow(UpstreamBadResponseError);
    expect(() => decodeResponse(1013, '{"flag":1,"data":{"coords":[[113.2]]}}')).toThrow(UpstreamBadResponseError);
    expect(() => decodeResponse(1011, 'Bad Gateway')).toThrow(/not JSON/);
    expect(() => decodeResponse(1011, '[1,2]')).toThrow(/not an iauto360 envelope/);
  });

  it("checks each record of a brand's tree on its own, at every level, and counts the malformed ones", () => {
    const model = (id: number, name: unknown) => ({ id, name, year: 2017 });
    const tree = decodeResponse(
      4002,
      JSON.stringify({
        flag: 1,
        data: {
          records: [
            { id: 12, name: '北京现代', records: [{ id: 123, name: 'ix25', records: [model(3434, '1.4T'), model(3435, 42)] }, { id: 124, name: 'ix35' }] },
            { id: 'x', name: '现代进口', records: [] },
          ],
        },
      }),
    );
    const [subBrand, badSubBrand] = tree.records;
    expect(badSubBrand).toBeInstanceOf(BadPart);
    const [series, seriesWithoutModels] = (subBrand as Exclude<typeof subBrand, BadPart | undefined>).records;
    // A series must list its models (the contract requires the list): without it, it breaks alone.
    expect(seriesWithoutModels).toBeInstanceOf(BadPart);
    const [wellFormed, badModel] = (series as Exclude<typeof series, BadPart | undefined>).records;
    expect(wellFormed).toEqual(model(3434, '1.4T'));
    expect((badModel as BadPart).error(4002, ['records', 0, 'records', 0]).message).toMatch(/^iauto360 service 4002: bad response: records\.0\.records\.0\.records\.1\.name: /);
    expect(countBadParts(tree)).toBe(3);
  });
});
