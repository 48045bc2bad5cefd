import { decodeGlobalID } from '@pothos/plugin-relay';
import { claimedTripCursor, pagesCovering } from '../domain/trip-paging.ts';
import { MAX_ESNS, MAX_IDS, MAX_PAGE_SIZE } from '../schema/validation.ts';
import type { ServiceNumber } from '../upstream/services.ts';

/** What one resolution of a field can cost upstream, and how many objects its selection runs on. */
export interface FieldCost {
  /**
   * Read services the field calls, once per parent object: the loader sends each (service, ESN)
   * once per request, so sibling fields naming the same service on one object cost it once.
   */
  reads?: readonly ServiceNumber[];
  /** Calls that depend on the arguments (writes, paged reads), per resolution. */
  calls?: (args: Arguments) => number;
  /** Catalog calls (4001 brand list, 4002 one brand's tree); `all` = the brand list and every brand's tree. */
  catalog?: 'brands' | 'tree' | 'all' | ((args: Arguments) => 'all' | 'none');
  /** How many objects the field returns per resolution (a list's size); 1 when not given. */
  items?: (args: Arguments, inherited: number) => number;
  /** The list size that a connection's `edges` below this field will have. */
  edges?: (args: Arguments) => number;
}

export type Arguments = Record<string, unknown>;

/** The size of a catalog list whose length no argument bounds: at most every brand, or a brand's entries. */
export const UNBOUNDED_LIST = Number.POSITIVE_INFINITY;

/**
 * How many items a list argument asks for, up to its limit. A list beyond its limit (or a page size
 * out of range) is refused by the argument's own rule before any call, with an error naming it, so
 * it costs nothing: counting it in full would refuse the whole operation for its cost instead.
 */
const listSize = (value: unknown, max: number) => (Array.isArray(value) ? (value.length <= max ? value.length : 0) : max);

const TRIPS_DEFAULT_PAGE_SIZE = 10;
const pageSizeRefused = (args: Arguments) => typeof args.first === 'number' && (args.first < 0 || args.first > MAX_PAGE_SIZE);
const tripsFirst = (args: Arguments) =>
  typeof args.first !== 'number' ? TRIPS_DEFAULT_PAGE_SIZE : pageSizeRefused(args) ? 0 : args.first;
/**
 * The trip-list pages a `trips` field can load: those of its slice, and when the cursor names its
 * trip, as far again, since the page goes on after that trip where trips recorded since have
 * moved it (less than a page further: src/schema/trips.ts).
 */
const tripsPages = (args: Arguments): number => {
  const cursor = typeof args.after === 'string' ? claimedTripCursor(args.after) : null;
  const start = cursor ? cursor.offset + 1 : 0;
  const first = tripsFirst(args);
  return pagesCovering(start, cursor?.tripId ? 2 * first : first).length;
};

/**
 * The calls loading nodes by global id may make (src/schema/node.ts): a trip's is one trip-list
 * page (1012); a brand's the brand list (4001), a sub-brand's, series' or model's the brand list
 * and its brand's tree (4002); a terminal's or vehicle's none. An id that does not decode is
 * refused before any call.
 */
const NODE_LOAD_CALLS: Readonly<Record<string, number>> = { Trip: 1, Brand: 1, SubBrand: 2, Series: 2, Model: 2 };
const nodeLoadCalls = (ids: unknown, max: number): number => {
  const list = Array.isArray(ids) ? (ids.length <= max ? ids : []) : [ids];
  return list.reduce<number>((total, id) => {
    try {
      return total + (NODE_LOAD_CALLS[decodeGlobalID(String(id)).typename] ?? 0);
    } catch {
      return total;
    }
  }, 0);
};

/**
 * The upstream cost of every field that can make a call, by `Type.field`. Fields not listed cost
 * nothing themselves (they shape data already fetched, or read the gateway's own stores: events,
 * door-command state, `myTerminals`, `myAccess`) and return one object. The README's
 * "Upstream cost" table is this one in words.
 */
export const fieldCosts: Readonly<Record<string, FieldCost>> = {
  'Query.terminals': { items: (args) => listSize(args.esns, MAX_ESNS) },
  'Query.vehicles': { items: (args) => listSize(args.esns, MAX_ESNS) },
  'Query.node': { calls: (args) => nodeLoadCalls(args.id, 1) },
  'Query.nodes': { items: (args) => listSize(args.ids, MAX_IDS), calls: (args) => nodeLoadCalls(args.ids, MAX_IDS) },
  'Query._entities': { items: (args) => (Array.isArray(args.representations) ? args.representations.length : 100) },
  'Query.brands': { catalog: 'brands', items: () => UNBOUNDED_LIST },
  'Query.brand': { catalog: 'brands' },
  'Query.model': { catalog: 'all' },

  'Terminal.bindStatus': { reads: [1001] },
  'Terminal.bound': { reads: [1001] },
  'Terminal.pluggedIn': { reads: [1001] },
  'Terminal.lastActiveAt': { reads: [1001] },
  'Terminal.mobile': { reads: [1001] },
  'Terminal.plateNumber': { reads: [1001] },

  'Vehicle.condition': { reads: [1011] },
  'Vehicle.profile': { reads: [1021] },
  'UpdateVehicleProfilePayload.profile': { reads: [1021] },
  'Vehicle.batteryHistory': { reads: [1017], items: () => 7 },
  'Vehicle.healthCheck': { reads: [1018] },
  'Vehicle.tires': { reads: [1019] },
  'Vehicle.trips': {
    // Only the 10-trip pages the slice touches; an empty slice still reads page 1 for the total.
    calls: (args) => (pageSizeRefused(args) ? 0 : tripsPages(args)),
    edges: tripsFirst,
  },
  'TripConnection.edges': { items: (_args, inherited) => inherited },
  'Trip.track': { reads: [1013] },
  'Trip.evaluation': { reads: [1016] },
  'FuelStatistics.modelAverage': { reads: [3001] },
  'FuelStatistics.overall': { reads: [3002] },
  'FuelStatistics.lastSevenDays': { reads: [3003] },
  'FuelStatistics.lastDay': { reads: [3004] },

  'VehicleProfile.model': { catalog: 'all' },
  'Brand.subBrands': { catalog: 'tree', items: () => UNBOUNDED_LIST },
  'SubBrand.series': { items: () => UNBOUNDED_LIST },
  'Series.models': { items: () => UNBOUNDED_LIST },

  'Mutation.bindTerminal': { calls: () => 1 },
  'Mutation.unbindTerminal': { calls: () => 1 },
  'Mutation.deleteTrip': { calls: () => 1 },
  'Mutation.lockDoors': { calls: () => 1 },
  'Mutation.unlockDoors': { calls: () => 1 },
  'Mutation.updateVehicleProfile': {
    calls: () => 1,
    catalog: (args) => ((args.input as { modelId?: unknown } | undefined)?.modelId == null ? 'none' : 'all'),
  },
};
