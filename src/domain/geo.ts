/** A point as the upstream sends it: [longitude, latitude]. */
export type LngLat = readonly [lng: number, lat: number];

const EARTH_RADIUS_KM = 6371.0088;
// Krasovsky 1940 ellipsoid, which the GCJ-02 obfuscation is defined on.
const KRASOVSKY_A = 6378245.0;
const KRASOVSKY_EE = 0.00669342162296594323;

/** Whether GCJ-02 applies: outside mainland China the datum equals WGS-84 (rough bounding box). */
export function isInsideChina([lng, lat]: LngLat): boolean {
  return lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

function gcjOffset([lng, lat]: LngLat): LngLat {
  const x = lng - 105.0;
  const y = lat - 35.0;
  let dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  dLat += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  dLat += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  dLat += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  let dLng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  dLng += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  dLng += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  dLng += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  const radLat = (lat / 180.0) * Math.PI;
  const magic = 1 - KRASOVSKY_EE * Math.sin(radLat) * Math.sin(radLat);
  const sqrtMagic = Math.sqrt(magic);
  return [
    (dLng * 180.0) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * Math.PI),
    (dLat * 180.0) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI),
  ];
}

/** WGS-84 → GCJ-02 (the forward obfuscation). */
export function wgs84ToGcj02(point: LngLat): LngLat {
  if (!isInsideChina(point)) return point;
  const [dLng, dLat] = gcjOffset(point);
  return [point[0] + dLng, point[1] + dLat];
}

/**
 * GCJ-02 → WGS-84. The forward transform has no closed-form inverse; a few fixed-point
 * iterations bring the error well below a centimetre.
 */
export function gcj02ToWgs84(point: LngLat): LngLat {
  if (!isInsideChina(point)) return point;
  let guess: LngLat = point;
  for (let i = 0; i < 10; i++) {
    const projected = wgs84ToGcj02(guess);
    const errLng = projected[0] - point[0];
    const errLat = projected[1] - point[1];
    guess = [guess[0] - errLng, guess[1] - errLat];
    if (Math.abs(errLng) < 1e-9 && Math.abs(errLat) < 1e-9) break;
  }
  return guess;
}

/** Great-circle distance in km between two points of the same datum. */
export function haversineKm(a: LngLat, b: LngLat): number {
  const toRad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * toRad;
  const dLng = (b[0] - a[0]) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length in km of a polyline. */
export function pathLengthKm(points: readonly LngLat[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += haversineKm(points[i - 1]!, points[i]!);
  return total;
}
