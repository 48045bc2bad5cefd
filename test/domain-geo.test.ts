import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, haversineKm, pathLengthKm, wgs84ToGcj02 } from '../src/domain/geo.ts';

describe('GCJ-02 and WGS-84', () => {
  it('obfuscates WGS-84 into GCJ-02 as the reference implementation does (Krasovsky ellipsoid)', () => {
    // Known answer of the widely used coordtransform implementation for Tiananmen.
    const [lng, lat] = wgs84ToGcj02([116.404, 39.915]);
    expect(lng).toBeCloseTo(116.41024449916938, 10);
    expect(lat).toBeCloseTo(39.91640428150164, 10);
  });

  it('inverts GCJ-02 to WGS-84 to well below a centimetre', () => {
    for (const point of [
      [113.278, 23.195],
      [113.353982, 23.149862],
      [116.404, 39.915],
      [121.531541859215, 31.17530398364597],
    ] as const) {
      const wgs = gcj02ToWgs84(point);
      const back = wgs84ToGcj02(wgs);
      expect(haversineKm(back, point) * 1e5).toBeLessThan(0.1);
      // The datum shift in China is a few hundred metres.
      expect(haversineKm(wgs, point)).toBeGreaterThan(0.1);
      expect(haversineKm(wgs, point)).toBeLessThan(1);
    }
    // The one-step inverse of the same reference lands within a metre of the exact one.
    expect(haversineKm(gcj02ToWgs84([116.404, 39.915]), [116.39775550083061, 39.91359571849836])).toBeLessThan(0.001);
  });

  it('leaves points outside China unchanged', () => {
    expect(gcj02ToWgs84([2.3522, 48.8566])).toEqual([2.3522, 48.8566]);
    expect(wgs84ToGcj02([-74.006, 40.7128])).toEqual([-74.006, 40.7128]);
  });
});

describe('distances', () => {
  it('measures great-circle distances and path lengths in km', () => {
    // One degree of latitude is about 111.2 km.
    expect(haversineKm([113.3, 23.0], [113.3, 24.0])).toBeCloseTo(111.19, 1);
    expect(pathLengthKm([])).toBe(0);
    expect(pathLengthKm([[113.3, 23.0]])).toBe(0);
    expect(
      pathLengthKm([
        [113.3, 23.0],
        [113.3, 23.5],
        [113.3, 24.0],
      ]),
    ).toBeCloseTo(111.19, 1);
  });
});
