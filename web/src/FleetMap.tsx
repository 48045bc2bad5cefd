import { useState } from 'preact/hooks';

export interface MapMarker {
  esn: string;
  label: string;
  lng: number;
  lat: number;
}

export interface LngLat {
  lng: number;
  lat: number;
}

interface Props {
  markers: MapMarker[];
  selectedEsn: string | undefined;
  /** The selected trip's path, WGS-84. */
  track: LngLat[] | undefined;
  /** Optional slippy-map tiles drawn under the positions; none by default (no external request). */
  tileUrl: string | null;
  onSelect: (esn: string) => void;
}

const WIDTH = 640;
const HEIGHT = 420;
const PADDING = 28;
const TILE_SIZE = 256;

/** Web Mercator, as a fraction of the world (0..1 both ways): the projection of slippy-map tiles. */
function mercator({ lng, lat }: LngLat): { x: number; y: number } {
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return { x: (lng + 180) / 360, y: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI) };
}

/**
 * The fleet drawn locally in SVG: every vehicle's WGS-84 position and the selected trip's track,
 * on a Web Mercator grid of longitude and latitude lines; no tile server unless one is configured.
 */
export function FleetMap({ markers, selectedEsn, track, tileUrl, onSelect }: Props) {
  const [hovered, setHovered] = useState<string | undefined>();
  const points = [...markers, ...(track ?? [])];
  if (points.length === 0) {
    return <p class="map-empty">No vehicle has reported a position yet.</p>;
  }
  const projected = points.map(mercator);
  const minX = Math.min(...projected.map((p) => p.x));
  const maxX = Math.max(...projected.map((p) => p.x));
  const minY = Math.min(...projected.map((p) => p.y));
  const maxY = Math.max(...projected.map((p) => p.y));
  const span = Math.max(maxX - minX, (maxY - minY) * (WIDTH / HEIGHT), 1e-5);
  const scale = (WIDTH - 2 * PADDING) / span;
  const centerX = (minX + maxX) / 2;
  const centerY = (minY + maxY) / 2;
  const toScreen = (position: LngLat) => {
    const { x, y } = mercator(position);
    return { x: WIDTH / 2 + (x - centerX) * scale, y: HEIGHT / 2 + (y - centerY) * scale };
  };
  const fromScreen = (sx: number, sy: number): LngLat => {
    const x = centerX + (sx - WIDTH / 2) / scale;
    const y = centerY + (sy - HEIGHT / 2) / scale;
    return { lng: x * 360 - 180, lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI };
  };
  const topLeft = fromScreen(0, 0);
  const bottomRight = fromScreen(WIDTH, HEIGHT);
  const gridStep = niceStep((bottomRight.lng - topLeft.lng) / 5);
  const meridians = range(topLeft.lng, bottomRight.lng, gridStep);
  const parallels = range(bottomRight.lat, topLeft.lat, gridStep);
  const digits = Math.max(0, -Math.floor(Math.log10(gridStep)));

  return (
    <svg
      class="fleet-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Map of ${markers.length} vehicle positions (WGS-84)${track ? ` and the selected trip's track of ${track.length} points` : ''}`}
    >
      <rect width={WIDTH} height={HEIGHT} class="map-water" />
      {tileUrl ? <Tiles tileUrl={tileUrl} scale={scale} centerX={centerX} centerY={centerY} /> : null}
      <g class="graticule" aria-hidden="true">
        {meridians.map((lng) => {
          const { x } = toScreen({ lng, lat: topLeft.lat });
          return (
            <g key={`m${lng}`}>
              <line x1={x} x2={x} y1={0} y2={HEIGHT} />
              <text x={x + 3} y={HEIGHT - 6}>
                {lng.toFixed(digits)}°E
              </text>
            </g>
          );
        })}
        {parallels.map((lat) => {
          const { y } = toScreen({ lng: topLeft.lng, lat });
          return (
            <g key={`p${lat}`}>
              <line x1={0} x2={WIDTH} y1={y} y2={y} />
              <text x={4} y={y - 3}>
                {lat.toFixed(digits)}°N
              </text>
            </g>
          );
        })}
      </g>
      {track && track.length > 1 ? (
        <polyline
          class="track"
          data-testid="track"
          points={track
            .map(toScreen)
            .map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`)
            .join(' ')}
        />
      ) : null}
      {markers.map((marker) => {
        const { x, y } = toScreen(marker);
        const selected = marker.esn === selectedEsn;
        return (
          <g
            key={marker.esn}
            class={selected ? 'marker selected' : 'marker'}
            data-esn={marker.esn}
            transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
            onClick={() => onSelect(marker.esn)}
            onMouseEnter={() => setHovered(marker.esn)}
            onMouseLeave={() => setHovered(undefined)}
          >
            <title>{`${marker.label}: ${marker.lat.toFixed(5)}°N ${marker.lng.toFixed(5)}°E`}</title>
            <circle r={selected ? 8 : 6} />
            {selected || hovered === marker.esn ? (
              <text x={10} y={4}>
                {marker.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

function Tiles({ tileUrl, scale, centerX, centerY }: { tileUrl: string; scale: number; centerX: number; centerY: number }) {
  const zoom = Math.max(0, Math.min(19, Math.round(Math.log2(scale / TILE_SIZE))));
  const tiles = 2 ** zoom;
  const size = scale / tiles;
  const first = { x: Math.floor((centerX - WIDTH / 2 / scale) * tiles), y: Math.floor((centerY - HEIGHT / 2 / scale) * tiles) };
  const last = { x: Math.floor((centerX + WIDTH / 2 / scale) * tiles), y: Math.floor((centerY + HEIGHT / 2 / scale) * tiles) };
  const images = [];
  for (let x = Math.max(0, first.x); x <= Math.min(tiles - 1, last.x); x++) {
    for (let y = Math.max(0, first.y); y <= Math.min(tiles - 1, last.y); y++) {
      const href = tileUrl.replace('{z}', String(zoom)).replace('{x}', String(x)).replace('{y}', String(y));
      images.push(
        <image key={`${x}/${y}`} href={href} x={WIDTH / 2 + (x / tiles - centerX) * scale} y={HEIGHT / 2 + (y / tiles - centerY) * scale} width={size} height={size} />,
      );
    }
  }
  return <g aria-hidden="true">{images}</g>;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * power;
}

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = Math.ceil(from / step) * step; value <= to && values.length < 50; value += step) values.push(Number(value.toFixed(10)));
  return values;
}
