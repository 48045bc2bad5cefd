/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a caller may do (the README's "Scopes and terminals"). */
export type AccessScope =
  /** Send remote door commands (`lockDoors`, `unlockDoors`). */
  | 'CONTROL'
  /** Bind and unbind terminals, update vehicle profiles, delete trips. */
  | 'MANAGE'
  /** Read terminals, vehicles (condition, profile, trips, diagnostics, fuel), events and door commands. */
  | 'READ';

/** A remote door command. */
export type DoorAction =
  /** Lock the doors. */
  | 'LOCK'
  /** Unlock the doors. */
  | 'UNLOCK';

/** Where a door command stands: SENT → ACCEPTED or REJECTED; ACCEPTED → SUCCEEDED, FAILED or TIMED_OUT; SENT → UNKNOWN when iauto360 did not answer the command in time, then SUCCEEDED, FAILED or UNKNOWN (from the outcome event), or UNKNOWN for good when no event arrives within DOOR_COMMAND_TIMEOUT_SECONDS; SENT → UNKNOWN (final) when the gateway stopped before recording 5001's answer and IAUTO_TIMEOUT_MS plus DOOR_COMMAND_TIMEOUT_SECONDS have passed. The command is final exactly when `completedAt` is set. */
export type DoorCommandState =
  /** iauto360 accepted it and is reaching the car; waiting for the outcome event. */
  | 'ACCEPTED'
  /** The car reported failure (the matching 开锁/关锁 event). Final. */
  | 'FAILED'
  /** iauto360 did not accept it (e.g. the terminal is unplugged): nothing was done. Final. */
  | 'REJECTED'
  /** Being sent to iauto360; no answer yet. */
  | 'SENT'
  /** The car reported success (the matching 开锁/关锁 event). Final. */
  | 'SUCCEEDED'
  /** Accepted, but no outcome event arrived within DOOR_COMMAND_TIMEOUT_SECONDS: the doors' state is unknown. Final. */
  | 'TIMED_OUT'
  /** The command may or may not have been applied: iauto360 did not answer it in time, or the outcome event said neither success nor failure. Not resent. While `completedAt` is null (no answer from iauto360, less than DOOR_COMMAND_TIMEOUT_SECONDS since it was sent) its outcome event may still settle it: wait rather than resend. Final once `completedAt` is set. */
  | 'UNKNOWN';

/** Whether the engine is running, as last reported by the terminal. */
export type DriveStatus =
  /** Ignition off: the vehicle is parked. */
  | 'IGNITION_OFF'
  /** Ignition on: the vehicle is running or driving. */
  | 'IGNITION_ON';

/** Who defines what a diagnostic trouble code means: its second character (and, for P3xxx, its third). */
export type FaultCodeAuthority =
  /** The SAE J2012 / ISO 15031-6 standard: the same meaning on every vehicle (P0xxx, P2xxx, P3400–P3FFF, C0xxx, B0xxx, U0xxx). */
  | 'GENERIC'
  /** The vehicle's manufacturer: look it up in the manufacturer's documentation (P1xxx, P3000–P33FF, C1/C2, B1/B2, U1/U2). */
  | 'MANUFACTURER'
  /** A range the standard reserves (C3xxx, B3xxx, U3xxx). */
  | 'RESERVED';

/** The vehicle system a diagnostic trouble code belongs to: its first letter. */
export type FaultSystem =
  /** B: airbags, seats, climate, lights and other body electronics. */
  | 'BODY'
  /** C: brakes, steering, suspension. */
  | 'CHASSIS'
  /** U: communication between the control units (the vehicle network). */
  | 'NETWORK'
  /** P: engine, transmission and their emission controls. */
  | 'POWERTRAIN';

/** Petrol grade by research octane number, as sold in China. */
export type FuelGrade =
  /** 90-octane petrol. */
  | 'RON90'
  /** 92-octane petrol. */
  | 'RON92'
  /** 93-octane petrol. */
  | 'RON93'
  /** 95-octane petrol. */
  | 'RON95'
  /** 97-octane petrol. */
  | 'RON97';

/** The area of the powertrain a generic powertrain code (P0xxx) names by its third character. */
export type PowertrainArea =
  /** P04xx: auxiliary emission controls (catalyst, EGR, evaporative system). */
  | 'AUXILIARY_EMISSION_CONTROLS'
  /** P06xx: computer output circuit. */
  | 'COMPUTER_OUTPUT_CIRCUIT'
  /** P00xx: fuel and air metering and auxiliary emission controls. */
  | 'FUEL_AIR_AND_EMISSION_CONTROLS'
  /** P01xx: fuel and air metering. */
  | 'FUEL_AND_AIR_METERING'
  /** P03xx: ignition system or misfire. */
  | 'IGNITION_OR_MISFIRE'
  /** P02xx: fuel and air metering, injector circuit. */
  | 'INJECTOR_CIRCUIT'
  /** P05xx: vehicle speed controls and idle control system. */
  | 'SPEED_AND_IDLE_CONTROL'
  /** P07xx–P09xx: transmission. */
  | 'TRANSMISSION';

/** An alert raised by a tyre pressure sensor (one bit of the TPMS status). */
export type TireAlert =
  /** Pressure too high (bit 1). */
  | 'HIGH_PRESSURE'
  /** Temperature too high (bit 2). */
  | 'HIGH_TEMPERATURE'
  /** Pressure too low (bit 0). */
  | 'LOW_PRESSURE'
  /** The sensor's battery voltage is low (bit 4). */
  | 'LOW_SENSOR_BATTERY'
  /** No signal from the sensor (bit 5). */
  | 'NO_SIGNAL'
  /** Suspected slow leak (bit 3). */
  | 'SUSPECTED_LEAK';

/** Where a tyre sits on the vehicle. */
export type TirePosition =
  /** Front left tyre. */
  | 'FRONT_LEFT'
  /** Front right tyre. */
  | 'FRONT_RIGHT'
  /** Rear left tyre. */
  | 'REAR_LEFT'
  /** Rear right tyre. */
  | 'REAR_RIGHT';

/** The overall state of one tyre's pressure sensor, decided by the sensor's status code alone (never by the pressure or temperature figures). */
export type TireState =
  /** The sensor reports at least one alert; see `alerts`. */
  | 'ALERT'
  /** The tyre pressure monitoring device reports a fault (status −1); readings are not usable. */
  | 'DEVICE_FAULT'
  /** The sensor reports no alert. */
  | 'NORMAL'
  /** No alert, but the sensor has never reported (no update time) or sent no status: there is nothing to judge. */
  | 'NO_DATA';

/** The overall verdict of iauto360's trip evaluation. */
export type TripVerdict =
  /** Average driving (一般). */
  | 'AVERAGE'
  /** Bad driving (糟糕). */
  | 'BAD'
  /** Excellent driving (极佳). */
  | 'EXCELLENT'
  /** Good driving (良好). */
  | 'GOOD'
  /** Poor driving (较差). */
  | 'POOR'
  /** A verdict this API does not know; see `verdictText`. */
  | 'UNKNOWN';

/** What a vehicle event reports. */
export type VehicleEventType =
  /** Suspected collision while driving (碰撞). `level`: sensitivity 1 high, 2 low. */
  | 'COLLISION'
  /** The terminal's mobile data exceeded its quota (流量超出); Wi-Fi will be switched off. */
  | 'DATA_QUOTA_EXCEEDED'
  /** The outcome of a lock command (关锁): success or failure. */
  | 'DOOR_LOCKED'
  /** The outcome of an unlock command (开锁): success or failure. */
  | 'DOOR_UNLOCKED'
  /** Fault codes appeared (故障). */
  | 'FAULT'
  /** Driven out of the geofence (越界); at most once per 10 minutes. */
  | 'GEOFENCE_EXIT'
  /** Ignition off (熄火). */
  | 'IGNITION_OFF'
  /** Ignition on (点火). */
  | 'IGNITION_ON'
  /** The terminal reported its position (定位). */
  | 'LOCATION'
  /** Battery voltage under a warning threshold (电瓶电压). `level`: 1 first tier (low), 2 second tier (too low). */
  | 'LOW_BATTERY'
  /** Maintenance mileage nearly reached (保养); pushed after ignition off. */
  | 'MAINTENANCE_DUE'
  /** Driven into a no-entry area (禁入地界); at most once per 10 minutes. */
  | 'RESTRICTED_AREA_ENTRY'
  /** A tyre-pressure (TPMS) anomaly (胎压). */
  | 'TIRE_PRESSURE'
  /** New traffic-violation records were found (违章). */
  | 'TRAFFIC_VIOLATION'
  /** A type this gateway does not know; `wireType` holds the raw type. */
  | 'UNKNOWN'
  /** The terminal was pulled out of the OBD port (拔出); repeats within 8 h are not pushed. */
  | 'UNPLUGGED'
  /** Vibration while parked (震动). `level`: sensitivity 1 high, 2 medium, 3 low. */
  | 'VIBRATION';

export type FleetTerminalsQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetTerminalsQuery = { myAccess: { name: string, scopes: Array<AccessScope> }, myTerminals: Array<{ esn: string, bound: boolean | null, pluggedIn: boolean | null, plateNumber: string | null, lastActiveAt: string | null }> };

export type FleetVehiclesQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type FleetVehiclesQuery = { terminals: Array<{ esn: string, vehicle: { esn: string, condition: { batteryVoltage: number | null, odometerKm: number | null, driveStatus: DriveStatus | null, location: { wgs84: { lng: number, lat: number } } | null, faults: Array<{ code: string, system: FaultSystem | null, definedBy: FaultCodeAuthority | null, area: PowertrainArea | null }> | null } | null, tires: { hasAlerts: boolean | null, all: Array<{ position: TirePosition, state: TireState, alerts: Array<TireAlert> } | null> } | null, profile: { model: { id: string, fullName: string, brand: { id: string, name: string } } | null } | null } | null } | null> };

export type VehicleTripsQueryVariables = Exact<{
  esn: string;
  first: number;
  after?: string | null | undefined;
}>;


export type VehicleTripsQuery = { terminal: { esn: string, vehicle: { esn: string, trips: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, tripId: string, startedAt: string | null, endedAt: string | null, distanceKm: number, durationSeconds: number | null, averageFuelConsumptionLitersPer100Km: number, topSpeedKmh: number } | null }> } | null } | null } | null };

export type VehicleFuelQueryVariables = Exact<{
  esn: string;
}>;


export type VehicleFuelQuery = { terminal: { esn: string, vehicle: { esn: string, fuelStatistics: { modelAverage: { averageFuelConsumptionLitersPer100Km: number | null, averageSpeedKmh: number | null, idlePercent: number | null, harshAccelerations: number | null, harshBrakings: number | null } | null, lastSevenDays: { averageFuelConsumptionLitersPer100Km: number | null, averageSpeedKmh: number | null, idlePercent: number | null, harshAccelerations: number | null, harshBrakings: number | null } | null, overall: { averageFuelConsumptionLitersPer100Km: number | null, averageSpeedKmh: number | null, idlePercent: number | null, harshAccelerations: number | null, harshBrakings: number | null } | null } } | null } | null };

export type TripDetailQueryVariables = Exact<{
  esn: string;
  startedAt: string;
}>;


export type TripDetailQuery = { terminal: { esn: string, vehicle: { esn: string, trips: { edges: Array<{ node: { id: string, evaluation: { verdict: TripVerdict, verdictText: string | null, fuelCostYuan: number | null, fuelGrade: FuelGrade | null, averageSpeedKmh: number | null, topSpeedKmh: number | null, harshAccelerations: number | null, harshBrakings: number | null, carbonEmissionsKg: number | null } | null, track: { pointCount: number, lengthKm: number, points: Array<{ wgs84: { lng: number, lat: number } }> } | null } | null }> } | null } | null } | null };

export type FleetLockDoorsMutationVariables = Exact<{
  esn: string;
  idempotencyKey: string;
}>;


export type FleetLockDoorsMutation = { lockDoors: { id: string, action: DoorAction, esn: string, state: DoorCommandState, message: string, completedAt: string | null } | null };

export type FleetUnlockDoorsMutationVariables = Exact<{
  esn: string;
  idempotencyKey: string;
}>;


export type FleetUnlockDoorsMutation = { unlockDoors: { id: string, action: DoorAction, esn: string, state: DoorCommandState, message: string, completedAt: string | null } | null };

export type FleetDoorCommandSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type FleetDoorCommandSubscription = { doorCommand: { id: string, action: DoorAction, esn: string, state: DoorCommandState, message: string, completedAt: string | null } };

export type FleetEventsSubscriptionVariables = Exact<{
  since?: string | null | undefined;
}>;


export type FleetEventsSubscription = { vehicleEvents:
    | { id: string, type: VehicleEventType, esn: string, occurredAt: string, text: string | null }
    | { id: string, type: VehicleEventType, esn: string, occurredAt: string, text: string | null }
    | { id: string, type: VehicleEventType, esn: string, occurredAt: string, text: string | null }
    | { id: string, type: VehicleEventType, esn: string, occurredAt: string, text: string | null }
    | { id: string, type: VehicleEventType, esn: string, occurredAt: string, text: string | null }
    | { id: string, type: VehicleEventType, esn: string, occurredAt: string, text: string | null }
    | { id: string, type: VehicleEventType, esn: string, occurredAt: string, text: string | null }
    | { id: string, type: VehicleEventType, esn: string, occurredAt: string, text: string | null }
    | { id: string, type: VehicleEventType, esn: string, occurredAt: string, text: string | null }
   };


export const FleetTerminalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetTerminals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myTerminals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"pluggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}}]}}]}}]} as unknown as DocumentNode<FleetTerminalsQuery, FleetTerminalsQueryVariables>;
export const FleetVehiclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetVehicles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batteryVoltage"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"driveStatus"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wgs84"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"definedBy"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"all"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetVehiclesQuery, FleetVehiclesQueryVariables>;
export const VehicleTripsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleTrips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"averageFuelConsumptionLitersPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"topSpeedKmh"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleTripsQuery, VehicleTripsQueryVariables>;
export const VehicleFuelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleFuel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"fuelStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelAverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageFuelConsumptionLitersPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"idlePercent"}},{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastSevenDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageFuelConsumptionLitersPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"idlePercent"}},{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageFuelConsumptionLitersPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"idlePercent"}},{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleFuelQuery, VehicleFuelQueryVariables>;
export const TripDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TripDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startedAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startedAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictText"}},{"kind":"Field","name":{"kind":"Name","value":"fuelCostYuan"}},{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"topSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}},{"kind":"Field","name":{"kind":"Name","value":"carbonEmissionsKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wgs84"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TripDetailQuery, TripDetailQueryVariables>;
export const FleetLockDoorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetLockDoors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<FleetLockDoorsMutation, FleetLockDoorsMutationVariables>;
export const FleetUnlockDoorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetUnlockDoors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<FleetUnlockDoorsMutation, FleetUnlockDoorsMutationVariables>;
export const FleetDoorCommandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FleetDoorCommand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doorCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<FleetDoorCommandSubscription, FleetDoorCommandSubscriptionVariables>;
export const FleetEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FleetEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<FleetEventsSubscription, FleetEventsSubscriptionVariables>;