import { type LngLat, gcj02ToWgs84 } from '../domain/geo.ts';
import { builder } from './builder.ts';

export const Wgs84Coordinate = builder.objectRef<LngLat>('Wgs84Coordinate').implement({
  description: 'A position in WGS-84, the datum of GPS and of map libraries outside China.',
  fields: (t) => ({
    lng: t.float({ nullable: false, description: 'Longitude in degrees, WGS-84.', resolve: (point) => point[0] }),
    lat: t.float({ nullable: false, description: 'Latitude in degrees, WGS-84.', resolve: (point) => point[1] }),
  }),
});

export const Coordinate = builder.objectRef<LngLat>('Coordinate').implement({
  description:
    'A position as iauto360 reports it, in GCJ-02 (the datum Chinese maps such as AMap and Tencent use), with its WGS-84 equivalent.',
  fields: (t) => ({
    lng: t.float({ nullable: false, description: 'Longitude in degrees, GCJ-02.', resolve: (point) => point[0] }),
    lat: t.float({ nullable: false, description: 'Latitude in degrees, GCJ-02.', resolve: (point) => point[1] }),
    wgs84: t.field({
      type: Wgs84Coordinate,
      nullable: false,
      description: 'The same position converted to WGS-84 (for Google Maps, Mapbox, Leaflet with OSM tiles, GPS).',
      resolve: (point) => gcj02ToWgs84(point),
    }),
  }),
});
