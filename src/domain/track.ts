import { type LngLat, gcj02ToWgs84, pathLengthKm } from './geo.ts';

/** The datum a track is expressed in. */
export type GeoDatum = 'WGS84' | 'GCJ02';

/** A trip's track as the upstream sends it (1013): GCJ-02 points in chronological order. */
export interface TripTrack {
  tripId: string;
  points: readonly LngLat[];
}

/**
 * Lengths of point lists already measured. A finished trip's points are one shared, never-changed
 * array (the shared cache hands the same answer to every request), so each is measured once.
 */
const measuredLengths = new WeakMap<readonly LngLat[], number>();

/** Length along the track, measured on the GCJ-02 points (its offset from WGS-84 is locally near-constant). */
export function trackLengthKm(track: TripTrack): number {
  let length = measuredLengths.get(track.points);
  if (length === undefined) {
    length = pathLengthKm(track.points);
    measuredLengths.set(track.points, length);
  }
  return length;
}

/**
 * The track as a GeoJSON Feature (RFC 7946). A LineString needs two positions, so a track
 * with fewer points is an unlocated Feature (geometry null). WGS-84 is what RFC 7946 requires;
 * GCJ-02 is for Chinese map SDKs, and `properties.datum` says which one was used.
 */
export function trackGeoJson(track: TripTrack, datum: GeoDatum) {
  const coordinates = track.points.map((point) => {
    const [lng, lat] = datum === 'WGS84' ? gcj02ToWgs84(point) : point;
    return [lng, lat];
  });
  return {
    type: 'Feature',
    geometry: coordinates.length >= 2 ? { type: 'LineString', coordinates } : null,
    properties: {
      tripId: track.tripId,
      datum: datum === 'WGS84' ? 'WGS-84' : 'GCJ-02',
      pointCount: coordinates.length,
      lengthKm: trackLengthKm(track),
    },
  };
}
