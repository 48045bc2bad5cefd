import { type LngLat, haversineKm, pathLengthKm } from '../domain/geo.ts';
import { Random, itemAt } from './random.ts';
import { ROAD_EDGES, ROAD_NODES, type RoadNodeSource } from './roads.ts';

export const GUANGZHOU_BOUNDS = { minLng: 113.14, maxLng: 113.36, minLat: 23.14, maxLat: 23.42 } as const;

interface RoadEdge {
  readonly road: string;
  readonly expressway: boolean;
  /** Shape from the lower-index node to the higher-index node. */
  readonly geometry: readonly LngLat[];
  readonly lengthKm: number;
}

interface Neighbour {
  readonly node: number;
  readonly edge: RoadEdge;
}

const nodeIndex = new Map(ROAD_NODES.map((source, index) => [source.key, index]));
const edgesByPair = new Map<string, RoadEdge>();
const neighbours: Neighbour[][] = ROAD_NODES.map(() => []);

ROAD_EDGES.forEach((source, index) => {
  const from = indexOfNode(source.from);
  const to = indexOfNode(source.to);
  const [low, high] = from < to ? [from, to] : [to, from];
  const geometry = bentGeometry(locationOfNode(low), locationOfNode(high), index);
  const edge: RoadEdge = { road: source.road, expressway: source.expressway, geometry, lengthKm: pathLengthKm(geometry) };
  edgesByPair.set(`${low}-${high}`, edge);
  itemAt(neighbours, from).push({ node: to, edge });
  itemAt(neighbours, to).push({ node: from, edge });
});

/** Fastest routes between every pair of intersections: the network is small and never changes. */
const ROUTES: readonly (readonly (readonly number[])[])[] = ROAD_NODES.map((_, from) => routesFrom(from));

const ROUTE_LENGTHS: readonly (readonly number[])[] = ROUTES.map((row) => row.map((route) => routeLengthKm(route)));

/** Number of intersections in the road network; node indices run from 0 to this minus one. */
export const ROAD_NODE_COUNT = ROAD_NODES.length;

export function locationOfNode(node: number): LngLat {
  const source = itemAt(ROAD_NODES, node);
  return [source.lng, source.lat];
}

/** The intersections along the fastest route from `from` to `to`, both included. */
export function fastestRoute(from: number, to: number): number[] {
  const route = ROUTES[from]?.[to];
  if (!route) throw new Error(`no road from node ${from} to node ${to}`);
  return [...route];
}

export function routeLengthKm(route: readonly number[]): number {
  return pathLengthKm(routeGeometry(route));
}

/** Length of the fastest route between two intersections, km. */
export function fastestRouteLengthKm(from: number, to: number): number {
  const length = ROUTE_LENGTHS[from]?.[to];
  if (length === undefined) throw new Error(`no road from node ${from} to node ${to}`);
  return length;
}

/** The road geometry of a route, vertex by vertex. */
export function routeGeometry(route: readonly number[]): LngLat[] {
  const points: LngLat[] = [locationOfNode(itemAt(route, 0))];
  for (let i = 1; i < route.length; i++) {
    const from = itemAt(route, i - 1);
    const to = itemAt(route, i);
    const { geometry } = edgeBetween(from, to);
    const shape = from < to ? geometry : [...geometry].reverse();
    points.push(...shape.slice(1));
  }
  return points;
}

export function routeUsesExpressway(route: readonly number[]): boolean {
  return route.some((node, i) => i > 0 && edgeBetween(itemAt(route, i - 1), node).expressway);
}

function edgeBetween(a: number, b: number): RoadEdge {
  const edge = edgesByPair.get(a < b ? `${a}-${b}` : `${b}-${a}`);
  if (!edge) throw new Error(`no road between nodes ${a} and ${b}`);
  return edge;
}

/**
 * A GPS track along a route: about `pointCount` points evenly spaced along the road, every road
 * vertex kept (so the track is as long as the road), the first and last points exactly on the end
 * intersections, interior points with a couple of metres of GPS noise.
 */
export function buildTrack(route: readonly number[], seed: number, pointCount: number): LngLat[] {
  const geometry = routeGeometry(route);
  const spacingKm = pathLengthKm(geometry) / Math.max(1, pointCount - 1);
  const random = new Random(seed);
  const noise = (): number => random.float(-0.00002, 0.00002);
  const track: LngLat[] = [itemAt(geometry, 0)];
  for (let i = 1; i < geometry.length; i++) {
    const start = itemAt(geometry, i - 1);
    const end = itemAt(geometry, i);
    const steps = Math.max(1, Math.round(haversineKm(start, end) / spacingKm));
    for (let step = 1; step < steps; step++) {
      const t = step / steps;
      track.push(roundLngLat([start[0] + (end[0] - start[0]) * t + noise(), start[1] + (end[1] - start[1]) * t + noise()]));
    }
    track.push(end);
  }
  return track;
}

/** The point a fraction (0..1) of the way along a route. */
export function pointAlongRoute(route: readonly number[], fraction: number): LngLat {
  const geometry = routeGeometry(route);
  let remaining = pathLengthKm(geometry) * Math.min(1, Math.max(0, fraction));
  for (let i = 1; i < geometry.length; i++) {
    const start = itemAt(geometry, i - 1);
    const end = itemAt(geometry, i);
    const length = haversineKm(start, end);
    if (remaining <= length && length > 0) {
      const t = remaining / length;
      return roundLngLat([start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t]);
    }
    remaining -= length;
  }
  return itemAt(geometry, geometry.length - 1);
}

/** A Chinese address for event texts: province, city, district and road of the nearest intersection. */
export function addressNear(location: LngLat): string {
  let nearest: RoadNodeSource = itemAt(ROAD_NODES, 0);
  let best = Number.POSITIVE_INFINITY;
  for (const source of ROAD_NODES) {
    const distance = haversineKm(location, [source.lng, source.lat]);
    if (distance < best) {
      best = distance;
      nearest = source;
    }
  }
  return `广东省${nearest.city}${nearest.district}${nearest.road}`;
}

export function roundLngLat(point: LngLat): LngLat {
  return [Math.round(point[0] * 1e6) / 1e6, Math.round(point[1] * 1e6) / 1e6];
}

function indexOfNode(key: string): number {
  const index = nodeIndex.get(key);
  if (index === undefined) throw new Error(`road network: unknown node ${key}`);
  return index;
}

/** A road between two intersections: the straight line with two gentle bends. */
function bentGeometry(from: LngLat, to: LngLat, edgeIndex: number): LngLat[] {
  const random = Random.derive(7, 'road', edgeIndex);
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const bend = (t: number): LngLat => {
    const offset = random.float(-0.06, 0.06);
    return roundLngLat([from[0] + dx * t - dy * offset, from[1] + dy * t + dx * offset]);
  };
  return [from, bend(1 / 3), bend(2 / 3), to];
}

/** Dijkstra on travel time (expressways at 80 km/h, other roads at 40 km/h) from one intersection to all. */
function routesFrom(from: number): number[][] {
  const time = ROAD_NODES.map(() => Number.POSITIVE_INFINITY);
  const previous = ROAD_NODES.map(() => -1);
  const done = ROAD_NODES.map(() => false);
  time[from] = 0;
  for (;;) {
    let current = -1;
    for (let i = 0; i < time.length; i++) {
      if (!done[i] && itemAt(time, i) < Number.POSITIVE_INFINITY && (current < 0 || itemAt(time, i) < itemAt(time, current))) current = i;
    }
    if (current < 0) break;
    done[current] = true;
    for (const { node, edge } of itemAt(neighbours, current)) {
      const candidate = itemAt(time, current) + edge.lengthKm / (edge.expressway ? 80 : 40);
      if (candidate < itemAt(time, node)) {
        time[node] = candidate;
        previous[node] = current;
      }
    }
  }
  return ROAD_NODES.map((_, to) => {
    if (to !== from && itemAt(previous, to) < 0) throw new Error(`road network: node ${to} is unreachable from ${from}`);
    const route = [to];
    while (itemAt(route, 0) !== from) route.unshift(itemAt(previous, itemAt(route, 0)));
    return route;
  });
}
