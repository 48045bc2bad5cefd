import type { EventPusher } from './webhook.ts';
import { ZodError, z } from 'zod';
import { FaultSettingsError, type FaultInjector } from './faults.ts';
import { parseJson } from './json.ts';
import type { World } from './world.ts';

/**
 * Calls per service number since start or the last reset. Every request that reached a
 * `/srv/{service}/...` route counts, whatever its outcome (bad signature, fault, unknown service...).
 */
export class CallStats {
  private calls = new Map<string, number>();

  record(service: string): void {
    this.calls.set(service, (this.calls.get(service) ?? 0) + 1);
  }

  snapshot(): { calls: Record<string, number>; total: number } {
    const calls = Object.fromEntries([...this.calls].sort(([a], [b]) => a.localeCompare(b)));
    return { calls, total: [...this.calls.values()].reduce((sum, count) => sum + count, 0) };
  }

  reset(): void {
    this.calls = new Map();
  }
}

/** One terminal as listed by GET /__sim/fleet. */
export interface FleetEntry {
  esn: string;
  activeCode: string;
  bound: boolean;
  inserted: boolean;
  /** Ignition on right now (1011 driveStatus 1). */
  driving: boolean;
  mobile: string | null;
  cid: string | null;
  uid: string | null;
  plateNo: string | null;
  tripCount: number;
}

export interface AdminDependencies {
  readonly stats: CallStats;
  readonly faults: FaultInjector;
  readonly world: World;
  readonly events: EventPusher;
  readonly settings: { now(): number };
}

export interface AdminReply {
  readonly status: number;
  readonly body: unknown;
}

/** The sandbox's own routes under /__sim/, outside the iauto360 protocol. */
export function handleAdmin(method: string, pathname: string, rawBody: string, deps: AdminDependencies): AdminReply {
  const route = `${method} ${pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /__sim/stats':
      return ok(deps.stats.snapshot());
    case 'POST /__sim/reset':
      deps.stats.reset();
      return ok(deps.stats.snapshot());
    case 'GET /__sim/fleet':
      return ok(fleetListing(deps.world));
    case 'GET /__sim/faults':
      return ok(deps.faults.settings);
    case 'POST /__sim/faults':
      return updateFaults(rawBody, deps.faults);
    case 'GET /__sim/events':
      return ok({ events: deps.events.events() });
    case 'GET /__sim/webhook':
      return ok(deps.events.settings);
    case 'POST /__sim/webhook':
      return updateWebhook(rawBody, deps.events);
    case 'POST /__sim/trips':
      return recordTrip(rawBody, deps);
    case 'POST /__sim/world/reset':
      deps.world.restore();
      return ok({ restored: true, terminals: deps.world.terminals.length });
    default: {
      const known = ['/__sim/stats', '/__sim/reset', '/__sim/fleet', '/__sim/faults', '/__sim/events', '/__sim/webhook', '/__sim/trips', '/__sim/world/reset'];
      return known.includes(pathname.replace(/\/+$/, ''))
        ? { status: 405, body: { error: `method ${method} not allowed on ${pathname}` } }
        : { status: 404, body: { error: `no admin route ${pathname}; see ${known.join(', ')}` } };
    }
  }
}

export function fleetListing(world: World): FleetEntry[] {
  return world.terminals.map((terminal) => ({
    esn: terminal.esn,
    activeCode: terminal.activeCode,
    bound: terminal.binding !== null,
    inserted: terminal.inserted,
    driving: terminal.vehicle.condition.ignitionOn,
    mobile: terminal.binding?.mobileNo ?? null,
    cid: terminal.binding?.cid ?? null,
    uid: terminal.binding?.uid ?? null,
    plateNo: terminal.binding ? terminal.vehicle.profile.plateNumber : null,
    tripCount: terminal.vehicle.trips.length,
  }));
}

function updateFaults(rawBody: string, faults: FaultInjector): AdminReply {
  try {
    return ok(faults.update(rawBody.trim() === '' ? {} : parseJson(rawBody)));
  } catch (error) {
    if (error instanceof FaultSettingsError || error instanceof SyntaxError) return { status: 400, body: { error: error.message } };
    throw error;
  }
}

function updateWebhook(rawBody: string, events: EventPusher): AdminReply {
  try {
    return ok(events.configure(rawBody.trim() === '' ? {} : parseJson(rawBody)));
  } catch (error) {
    if (error instanceof ZodError || error instanceof SyntaxError) return { status: 400, body: { error: error.message } };
    throw error;
  }
}

const RecordTripRequest = z.strictObject({ esn: z.string().regex(/^\d{1,20}$/, 'must be an ESN (digits)') });

/** POST /__sim/trips {"esn"}: the vehicle finishes a trip now (World.recordTrip). */
function recordTrip(rawBody: string, deps: AdminDependencies): AdminReply {
  let esn: string;
  try {
    ({ esn } = RecordTripRequest.parse(parseJson(rawBody.trim() === '' ? '{}' : rawBody)));
  } catch (error) {
    if (error instanceof ZodError || error instanceof SyntaxError) return { status: 400, body: { error: error.message } };
    throw error;
  }
  if (!deps.world.terminal(esn)) return { status: 404, body: { error: `no terminal ${esn}` } };
  const recorded = deps.world.recordTrip(esn, Math.floor(deps.settings.now() / 1000));
  if ('refused' in recorded) return { status: 409, body: { error: recorded.refused } };
  const { trip } = recorded;
  return ok({ trip: { id: trip.id, startTime: trip.startTime, endTime: trip.endTime, mileageKm: trip.mileageKm } });
}

function ok(body: unknown): AdminReply {
  return { status: 200, body };
}
