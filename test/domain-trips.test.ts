import { describe, expect, it } from 'vitest';
import { pathLengthKm } from '../src/domain/geo.ts';
import { trackGeoJson, trackLengthKm } from '../src/domain/track.ts';
import { cursorKey } from '../src/domain/sealed-cursor.ts';
import { loadWindow, openTripCursor, pagesCovering, sealTripCursor, sealedCursorOffset } from '../src/domain/trip-paging.ts';
import { decodeTrip, decodeTripEvaluation, decodeTripVerdict } from '../src/domain/trips.ts';

describe('decodeTrip', () => {
  it('turns a 1012 record into named fields in real units', () => {
    const trip = decodeTrip('861276678889726', {
      id: '86127667888972656',
      startTime: 1483212344,
      endTime: 1483216462,
      mileage: 60.4,
      avgOil: 7.3,
      totalOil: 4.41,
      rapidAccelerate: 1,
      rapidBreak: 2,
      hotTime: 23,
      idleTime: 285,
      maxSpeed: 93.2,
    });
    expect(trip).toEqual({
      esn: '861276678889726',
      id: '86127667888972656',
      startedAt: new Date(1483212344_000),
      endedAt: new Date(1483216462_000),
      durationSeconds: 4118,
      distanceKm: 60.4,
      averageFuelConsumptionLitersPer100Km: 7.3,
      fuelUsedLiters: 4.41,
      harshAccelerations: 1,
      harshBrakings: 2,
      warmUpSeconds: 23,
      idleSeconds: 285,
      maxSpeedKmh: 93.2,
    });
  });

  it('reads missing counts as unknown, not zero', () => {
    const trip = decodeTrip('861276678889726', {
      id: '1',
      startTime: 1483212344,
      endTime: 1483216462,
      mileage: 1,
      avgOil: 1,
      totalOil: 1,
      rapidAccelerate: undefined,
      rapidBreak: undefined,
      hotTime: 0,
      idleTime: 0,
      maxSpeed: 10,
    });
    expect(trip.harshAccelerations).toBeNull();
    expect(trip.harshBrakings).toBeNull();
  });
});

describe('decodeTripEvaluation', () => {
  const emptyEvaluation = {
    totalMileage: undefined,
    avgSpeed: undefined,
    fastestSpeed: undefined,
    breakTimes: undefined,
    accelerateTimes: undefined,
    fatigueDrivingTimes: undefined,
    speedingSpeeds: undefined,
    hotTime: undefined,
    totalExp: undefined,
    drivingTime: undefined,
    isLongDrving: undefined,
    totalDes: undefined,
    oilType: undefined,
    oilCost: undefined,
    carbonEmissions: undefined,
  };

  it('scales the vendor example into km, km/h, yuan and kg', () => {
    const evaluation = decodeTripEvaluation({
      accelerateTimes: 9,
      avgSpeed: 2900,
      breakTimes: 9,
      carbonEmissions: 471,
      endTime: 1508310698,
      drivingTime: 1380,
      fastestSpeed: 100,
      fatigueDrivingTimes: 1571,
      hotTime: 120,
      isLongDrving: 1,
      oilCost: 1087,
      oilType: '93',
      speedingSpeeds: 0,
      startTime: 1508310694,
      totalDes: '较差',
      totalExp: -30,
      totalMileage: 1111,
    });
    expect(evaluation).toEqual({
      distanceKm: 11.11,
      averageSpeedKmh: 29,
      topSpeedKmh: 100,
      harshBrakings: 9,
      harshAccelerations: 9,
      fatigueDrivingSeconds: 1571,
      speedingSpeedKmh: null,
      warmUpSeconds: 120,
      experiencePoints: -30,
      startedAt: new Date(1508310694_000),
      endedAt: new Date(1508310698_000),
      drivingSeconds: 1380,
      longDrive: true,
      verdict: 'POOR',
      verdictText: '较差',
      fuelGrade: '93',
      fuelCostYuan: 10.87,
      carbonEmissionsKg: 4.71,
    });
  });

  it('keeps a real speeding speed and drops unknown fuel grades and missing fields', () => {
    const evaluation = decodeTripEvaluation({
      ...emptyEvaluation,
      startTime: 1,
      endTime: 2,
      speedingSpeeds: 132,
      oilType: '98',
      isLongDrving: 0,
    });
    expect(evaluation.speedingSpeedKmh).toBe(132);
    expect(evaluation.fuelGrade).toBeNull();
    expect(evaluation.longDrive).toBe(false);
    expect(evaluation.distanceKm).toBeNull();
    expect(evaluation.verdict).toBe('UNKNOWN');
    expect(evaluation.verdictText).toBeNull();
  });

  it('maps the five Chinese verdicts and keeps anything else as UNKNOWN', () => {
    expect(['极佳', '良好', '一般', '较差', '糟糕', '还行', undefined].map(decodeTripVerdict)).toEqual([
      'EXCELLENT',
      'GOOD',
      'AVERAGE',
      'POOR',
      'BAD',
      'UNKNOWN',
      'UNKNOWN',
    ]);
  });
});

describe('trip cursors', () => {
  const key = cursorKey('test-secret');
  const esn = '867659764755235';

  it('round-trip offsets and trip ids, for their vehicle only', () => {
    for (const offset of [0, 1, 9, 10, 12345]) {
      for (const tripId of [null, '1794448712973', '86127667888972656']) {
        const cursor = sealTripCursor({ offset, tripId }, esn, key);
        expect(sealedCursorOffset(cursor)).toBe(offset);
        expect(openTripCursor(cursor, esn, key)).toEqual({ offset, tripId });
        expect(openTripCursor(cursor, '867659764755236', key)).toBeNull();
      }
    }
  });

  it('refuse a cursor whose offset or trip id was changed after sealing', () => {
    const cursor = sealTripCursor({ offset: 9, tripId: '1794448712973' }, esn, key);
    const [, seal] = cursor.split('.');
    for (const payload of ['trip:10:1794448712973', 'trip:9:1794448712974', 'trip:9']) {
      const forged = `${Buffer.from(payload).toString('base64url')}.${seal}`;
      expect(sealedCursorOffset(forged), payload).not.toBeNull();
      expect(openTripCursor(forged, esn, key), payload).toBeNull();
    }
  });

  it('reject text that is not one of ours', () => {
    // Shaped as a sealed cursor (payload, then a 16-character seal), with payloads that are no offset.
    const sealedShape = (payload: string) => `${Buffer.from(payload).toString('base64url')}.${'A'.repeat(16)}`;
    const foreign = [
      '',
      'abc',
      'not base64!',
      Buffer.from('trip:1').toString('base64url'),
      sealedShape('trip:-1'),
      sealedShape('trip:01'),
      sealedShape('trip:1.5'),
      sealedShape('reminder:3'),
      sealedShape('trip:99999999999'),
      sealedShape('trip:1:'),
      sealedShape('trip:1:abc'),
      sealedShape('trip:1:2:3'),
    ];
    for (const cursor of foreign) expect(sealedCursorOffset(cursor), cursor).toBeNull();
  });
});

describe('pagesCovering', () => {
  it('lists exactly the pages of 10 holding a window', () => {
    expect(pagesCovering(0, 5)).toEqual([1]);
    expect(pagesCovering(0, 10)).toEqual([1]);
    expect(pagesCovering(5, 10)).toEqual([1, 2]);
    expect(pagesCovering(7, 7)).toEqual([1, 2]);
    expect(pagesCovering(10, 10)).toEqual([2]);
    expect(pagesCovering(19, 22)).toEqual([2, 3, 4, 5]);
  });

  it('asks page 1 for an empty window, for the total count', () => {
    expect(pagesCovering(0, 0)).toEqual([1]);
    expect(pagesCovering(35, 0)).toEqual([1]);
  });
});

describe('loadWindow', () => {
  const total = 23;
  const fetched: number[] = [];
  const fetchPage = async (page: number) => {
    fetched.push(page);
    const records = Array.from({ length: 10 }, (_, i) => (page - 1) * 10 + i).filter((offset) => offset < total);
    return { records, totalCount: total };
  };
  const load = async (start: number, count: number) => {
    fetched.length = 0;
    const window = await loadWindow(start, count, fetchPage);
    return { ...window, fetched: [...fetched].sort() };
  };

  it('fetches only the covering pages and slices across page boundaries', async () => {
    expect(await load(7, 7)).toEqual({ items: [7, 8, 9, 10, 11, 12, 13], totalCount: total, fetched: [1, 2] });
    expect(await load(0, 5)).toEqual({ items: [0, 1, 2, 3, 4], totalCount: total, fetched: [1] });
  });

  it('never fetches past the end of the range', async () => {
    expect(await load(14, 100)).toEqual({ items: [14, 15, 16, 17, 18, 19, 20, 21, 22], totalCount: total, fetched: [2, 3] });
    expect(await load(21, 7)).toEqual({ items: [21, 22], totalCount: total, fetched: [3] });
  });

  it('fetches one page for an empty window or an offset past the end', async () => {
    expect(await load(0, 0)).toEqual({ items: [], totalCount: total, fetched: [1] });
    expect(await load(40, 5)).toEqual({ items: [], totalCount: total, fetched: [5] });
  });

  it('stops at a hole rather than shifting later items into wrong positions', async () => {
    const window = await loadWindow(8, 5, async (page) => ({
      records: page === 1 ? [0, 1, 2, 3, 4, 5, 6, 7, 8] : [10, 11, 12],
      totalCount: 13,
    }));
    expect(window.items).toEqual([8]);
  });
});

describe('trip tracks', () => {
  const track = {
    tripId: '7',
    points: [
      [113.258831, 23.145502],
      [113.27, 23.145],
      [113.289729, 23.144023],
    ] as const,
  };

  it('measures the length on the GCJ-02 points', () => {
    expect(trackLengthKm(track)).toBeCloseTo(pathLengthKm(track.points), 9);
    expect(trackLengthKm(track)).toBeGreaterThan(3.1);
    expect(trackLengthKm(track)).toBeLessThan(3.3);
  });

  it('emits a GeoJSON LineString Feature, WGS-84 by default or GCJ-02 on request', () => {
    const gcj = trackGeoJson(track, 'GCJ02');
    expect(gcj).toMatchObject({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: track.points.map(([lng, lat]) => [lng, lat]) },
      properties: { tripId: '7', datum: 'GCJ-02', pointCount: 3 },
    });
    const wgs = trackGeoJson(track, 'WGS84');
    expect(wgs.properties.datum).toBe('WGS-84');
    const [lng, lat] = wgs.geometry!.coordinates[0]!;
    // GCJ-02 shifts Guangzhou by roughly 500 m, mostly to the north-east.
    expect(track.points[0][0] - lng!).toBeGreaterThan(0.003);
    expect(track.points[0][0] - lng!).toBeLessThan(0.008);
    expect(track.points[0][1] - lat!).toBeGreaterThan(-0.005);
    expect(track.points[0][1] - lat!).toBeLessThan(0.001);
  });

  it('has no geometry for a track of fewer than two points', () => {
    expect(trackGeoJson({ tripId: '1', points: [[113.3, 23.1]] }, 'WGS84').geometry).toBeNull();
    expect(trackGeoJson({ tripId: '1', points: [] }, 'GCJ02')).toMatchObject({ geometry: null, properties: { pointCount: 0, lengthKm: 0 } });
  });
});
