import { brandList, modelTree } from './catalog.ts';
import { doorCommand } from './commands.ts';
import { fuelStatisticsService, modelBenchmark } from './fuel.ts';
import { readProfile, updateProfile } from './profile.ts';
import { bindTerminal, terminalStatus, unbindTerminal } from './terminal.ts';
import { deleteTrip, reminders, tripEvaluation, tripRecords, tripTrack } from './trips.ts';
import type { ServiceHandler } from './types.ts';
import { batteryHistory, healthCheck, latestCondition, tirePressure } from './vehicle.ts';

const TRIP_EVALUATION_SERVICE = 1016;

/**
 * Service number → handler. The battery history sits at `batteryService`; at 1016 (the seed's
 * numbering) it replaces the trip evaluation, as the seed documents no other 1016.
 */
export function serviceTable(batteryService: number): ReadonlyMap<number, ServiceHandler> {
  const table = new Map<number, ServiceHandler>([
    [4001, brandList],
    [4002, modelTree],
    [1001, terminalStatus],
    [1002, bindTerminal],
    [1003, unbindTerminal],
    [1011, latestCondition],
    [1012, tripRecords],
    [1013, tripTrack],
    [1014, reminders],
    [1015, deleteTrip],
    [TRIP_EVALUATION_SERVICE, tripEvaluation],
    [1018, healthCheck],
    [1019, tirePressure],
    [1021, readProfile],
    [1022, updateProfile],
    [5001, doorCommand],
    [3001, modelBenchmark],
    [3002, fuelStatisticsService('overall')],
    [3003, fuelStatisticsService('lastSevenDays')],
    [3004, fuelStatisticsService('lastDay')],
  ]);
  if (table.has(batteryService) && batteryService !== TRIP_EVALUATION_SERVICE) {
    throw new Error(`batteryService ${batteryService} would hide service ${batteryService}; use 1017, 1016 or an unused number`);
  }
  table.set(batteryService, batteryHistory);
  return table;
}
