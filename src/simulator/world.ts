import { buildCatalog, type Catalog, type CatalogModel } from './catalog.ts';
import { generateFleet, userIdFor, type Binding, type Terminal } from './fleet.ts';
import type { LngLat } from '../domain/geo.ts';
import { fuelStatistics, modelStatistics, type FuelStatistics, type ModelStatistics, type StatisticsPeriod } from './statistics.ts';
import { toUnixSeconds } from './time.ts';
import type { FuelGrade } from '../domain/fuel-grades.ts';
import { chooseDestination, driveTrip, evaluateTrip, trackOfTrip, type Trip, type TripEvaluation } from './trips.ts';
import { fastestRoute, locationOfNode } from './geo.ts';
import { Random } from './random.ts';
import type { VehicleProfile } from './vehicle.ts';

export interface WorldOptions {
  /** Same seed and same `now` give a deep-equal world. */
  readonly seed: number;
  readonly terminalCount: number;
  /** The moment the world is generated for, unix ms. */
  readonly now: number;
}

/** The fuel grade assumed when a vehicle's profile has none. */
export const DEFAULT_FUEL_GRADE: FuelGrade = '92';

/**
 * The simulator's state: the catalog and the fleet of terminals with their vehicles, in real units.
 * The services read and change it; tests compare decoded wire values with it.
 */
export class World {
  readonly seed: number;
  readonly terminalCount: number;
  /** The moment the world was generated for, unix ms; trips end before it. */
  readonly createdAt: number;
  readonly catalog: Catalog;
  /** In generation order. */
  terminals: Terminal[] = [];
  private terminalsByEsn = new Map<string, Terminal>();
  /** Each vehicle's fuel grade when its trips were driven: a finished trip's evaluation never changes. */
  private tripFuelGrades = new Map<string, FuelGrade>();
  /** Draws for the trips recorded while the simulator runs (recordTrip), restarted by restore(). */
  private recordings = new Random(0);
  /** The fuel grade each trip recorded while running was driven on (the vehicle's at that time), by trip id. */
  private recordedFuelGrades = new Map<string, FuelGrade>();

  constructor(options: WorldOptions) {
    this.seed = options.seed;
    this.terminalCount = options.terminalCount;
    this.createdAt = options.now;
    this.catalog = buildCatalog();
    this.restore();
  }

  /** Puts back the world as generated, undoing every bind, unbind, profile update and deletion. */
  restore(): void {
    this.terminals = generateFleet(this.seed, this.terminalCount, toUnixSeconds(this.createdAt), this.catalog);
    this.terminalsByEsn = new Map(this.terminals.map((terminal) => [terminal.esn, terminal]));
    this.tripFuelGrades = new Map(this.terminals.map((terminal) => [terminal.esn, terminal.vehicle.profile.fuelGrade ?? DEFAULT_FUEL_GRADE]));
    this.recordings = Random.derive(this.seed, 'recorded-trips');
    this.recordedFuelGrades = new Map();
  }

  /**
   * A bound vehicle finishes a trip at `endTime` (unix s), driven from where it stood to one of its
   * usual destinations with its habits: 1012 lists it first from then on, and 1013 and 1016 serve its
   * track and evaluation. The vehicle is then parked where it ended, ignition off, its odometer
   * advanced by the trip. A vehicle driving now finishes that drive: the trip began no earlier than
   * its ignition came on. Refused (with the reason) for an unknown or unbound terminal, and when no
   * trip fits since its last one ended (or its ignition came on).
   */
  recordTrip(esn: string, endTime: number): { trip: Trip } | { refused: string } {
    const terminal = this.terminal(esn);
    if (!terminal) return { refused: `no terminal ${esn}` };
    if (!terminal.binding) return { refused: `terminal ${esn} is not bound: it records no trips` };
    const { vehicle } = terminal;
    const random = this.recordings;
    const lastEnd = vehicle.trips.at(-1)?.endTime ?? 0;
    // A drive under way is the trip: it began when the ignition came on.
    const earliest = Math.max(lastEnd + 60, vehicle.drivingSince ?? 0);
    // One of its usual destinations near enough to have been driven in that time.
    let drive: { destination: number; driven: Omit<Trip, 'id'>; duration: number } | undefined;
    for (let attempt = 0; attempt < 12 && !drive; attempt++) {
      const destination = chooseDestination(random, vehicle.habits, vehicle.lastNode);
      const driven = driveTrip(random, vehicle.habits, fastestRoute(vehicle.lastNode, destination), endTime);
      const duration = driven.endTime - driven.startTime;
      if (endTime - duration >= earliest) drive = { destination, driven, duration };
    }
    if (!drive) {
      const [what, at] = earliest === vehicle.drivingSince ? ['its ignition came on', earliest] : ['its last trip ended', lastEnd];
      return { refused: `${what} at ${new Date(at * 1000).toISOString()}: no trip ending now fits since then` };
    }
    const { destination, driven, duration } = drive;
    const startTime = endTime - duration;
    const previous = vehicle.trips.at(-1)?.id;
    const id =
      vehicle.habits.idStyle === 'long'
        ? String(BigInt(previous ?? `86${random.digits(15)}`) + BigInt(random.int(1, 997)))
        : String(startTime * 1000 + random.int(0, 999));
    const trip: Trip = { ...driven, id, startTime, endTime };
    vehicle.trips = [...vehicle.trips, trip];
    this.recordedFuelGrades.set(trip.id, this.fuelGradeOf(esn));
    vehicle.lastNode = destination;
    vehicle.condition.location = locationOfNode(destination);
    vehicle.condition.odometerKm = Math.round((vehicle.condition.odometerKm + trip.mileageKm) * 10) / 10;
    park(terminal, trip.endTime);
    return { trip };
  }

  /**
   * The ignition comes on (the sandbox's spontaneous 点火): the vehicle drives, with live readings,
   * from where it stands. Nothing for an unknown, unbound or already driving vehicle.
   */
  startDrive(esn: string, nowSeconds: number): void {
    const terminal = this.terminal(esn);
    if (!terminal?.binding || terminal.vehicle.condition.ignitionOn) return;
    terminal.vehicle.drivingSince = nowSeconds;
    const random = this.recordings;
    Object.assign(terminal.vehicle.condition, {
      ignitionOn: true,
      speedKmh: random.int(15, 65),
      engineRpm: random.int(1300, 2600),
      coolantCelsius: random.int(45, 80),
    });
    terminal.activeTime = Math.max(terminal.activeTime, nowSeconds);
  }

  /**
   * The ignition goes off (the sandbox's spontaneous 熄火): the drive is recorded as a trip ending
   * now when one fits after the vehicle's last trip (recordTrip), and the vehicle is parked either way.
   */
  endDrive(esn: string, nowSeconds: number): void {
    const terminal = this.terminal(esn);
    if (!terminal?.binding || !terminal.vehicle.condition.ignitionOn) return;
    if ('refused' in this.recordTrip(esn, nowSeconds)) park(terminal, nowSeconds);
  }

  terminal(esn: string): Terminal | undefined {
    return this.terminalsByEsn.get(esn);
  }

  terminalByActiveCode(activeCode: string): Terminal | undefined {
    return this.terminals.find((terminal) => terminal.activeCode === activeCode);
  }

  boundTerminals(): Terminal[] {
    return this.terminals.filter((terminal) => terminal.binding !== null);
  }

  model(modelId: number): CatalogModel | undefined {
    return this.catalog.modelsById.get(modelId);
  }

  /** The terminal's current trips, newest first (the order of 1012); empty for an unknown ESN. */
  tripsOf(esn: string): Trip[] {
    return [...(this.terminal(esn)?.vehicle.trips ?? [])].reverse();
  }

  trip(esn: string, tripId: string): Trip | undefined {
    return this.terminal(esn)?.vehicle.trips.find((trip) => trip.id === tripId);
  }

  /** The track of a trip (1013), or undefined for an unknown trip. */
  trackOf(esn: string, tripId: string): LngLat[] | undefined {
    const trip = this.trip(esn, tripId);
    return trip && trackOfTrip(trip);
  }

  /** The evaluation of a trip (1016), priced at the fuel grade the vehicle had when it was driven. */
  evaluationOf(esn: string, tripId: string): TripEvaluation | undefined {
    const trip = this.trip(esn, tripId);
    return trip && evaluateTrip(trip, this.recordedFuelGrades.get(tripId) ?? this.tripFuelGrades.get(esn) ?? DEFAULT_FUEL_GRADE);
  }

  fuelGradeOf(esn: string): FuelGrade {
    return this.terminal(esn)?.vehicle.profile.fuelGrade ?? DEFAULT_FUEL_GRADE;
  }

  /** 3002 (overall), 3003 (last 7 days), 3004 (last day) as computed at `nowMs`. */
  fuelStatistics(esn: string, period: StatisticsPeriod, nowMs: number = this.createdAt): FuelStatistics | undefined {
    const terminal = this.terminal(esn);
    return terminal && fuelStatistics(terminal.vehicle.trips, this.fuelGradeOf(esn), period, toUnixSeconds(nowMs));
  }

  /** 3001: the benchmark of the vehicle's model; undefined when the profile has no model. */
  modelStatistics(esn: string): ModelStatistics | undefined {
    const modelId = this.terminal(esn)?.vehicle.profile.modelId;
    const model = modelId === undefined || modelId === null ? undefined : this.model(modelId);
    return model && modelStatistics(this.seed, model);
  }

  bind(terminal: Terminal, identity: { mobileNo: string | null; cid: string | null }): Binding {
    const binding = { ...identity, uid: userIdFor(this.seed, identity.mobileNo ?? identity.cid ?? '') };
    terminal.binding = binding;
    return binding;
  }

  /** Dissolves the binding; the vehicle's data stays and shows again after the next bind. */
  unbind(terminal: Terminal): void {
    terminal.binding = null;
  }

  updateProfile(terminal: Terminal, changes: Partial<VehicleProfile>): void {
    terminal.vehicle.profile = { ...terminal.vehicle.profile, ...changes };
  }

  /** Removes a trip; false when the terminal has no such trip. */
  deleteTrip(terminal: Terminal, tripId: string): boolean {
    const before = terminal.vehicle.trips.length;
    terminal.vehicle.trips = terminal.vehicle.trips.filter((trip) => trip.id !== tripId);
    return terminal.vehicle.trips.length < before;
  }
}

/** Ignition off: no live readings while parked. */
function park(terminal: Terminal, nowSeconds: number): void {
  Object.assign(terminal.vehicle.condition, { ignitionOn: false, speedKmh: null, engineRpm: null, coolantCelsius: null });
  terminal.vehicle.drivingSince = null;
  terminal.activeTime = Math.max(terminal.activeTime, nowSeconds);
}
