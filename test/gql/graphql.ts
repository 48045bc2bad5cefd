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

/** Whether a terminal is bound to a user. A terminal produces driving data only while bound. */
export type BindStatus =
  /** Bound to a user (by mobile number or partner id). */
  | 'BOUND'
  /** Not bound to any user. */
  | 'UNBOUND';

/** Which terminal to bind (its ESN or its activation code, exactly one) and to which user (a mobile number, a partner user id, or both). */
export type BindTerminalInput = {
  /** The activation code printed for the terminal, 1 to 64 characters without control characters. Give this or `esn`. */
  activationCode?: string | null | undefined;
  /** The terminal serial number (ESN): 15 to 17 digits, else refused (BAD_USER_INPUT) with no upstream call. Give this or `activationCode`. */
  esn?: string | null | undefined;
  /** The user's mobile number: 11 digits starting with 1. */
  mobile?: string | null | undefined;
  /** Your own id for the user or vehicle, kept by iauto360 with the binding: 1 to 64 characters. */
  partnerUserId?: string | null | undefined;
};

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

/** What the car reported for a lock or unlock, read from the event text. */
export type DoorEventOutcome =
  /** The text says failure (失败). */
  | 'FAILED'
  /** The text says success (成功). */
  | 'SUCCEEDED'
  /** The text says neither (or both). */
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

/** Chinese licence plate category (GA 36 code). Codes the service does not document map to OTHER. */
export type PlateType =
  /** Code 01: large vehicle, yellow plate. */
  | 'LARGE_VEHICLE'
  /** Any other plate type code; see `plateTypeCode` for the raw code. */
  | 'OTHER'
  /** Code 02: small vehicle (passenger car), blue plate. */
  | 'SMALL_VEHICLE';

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

/** The kind of tyre-pressure anomaly of a TIRE_PRESSURE event. */
export type TirePressureAnomaly =
  /** Abnormal pressure (attrs type 2). */
  | 'ABNORMAL_PRESSURE'
  /** Abnormal temperature (attrs type 4). */
  | 'ABNORMAL_TEMPERATURE'
  /** Low pressure (attrs type 3). */
  | 'LOW_PRESSURE'
  /** The sensor's battery is low (attrs type 5). */
  | 'LOW_SENSOR_BATTERY'
  /** The tyre may be leaking (attrs type 1). */
  | 'POSSIBLE_LEAK';

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

/** Which terminal to unbind, and the user it is bound to (the mobile number or partner user id used at binding). */
export type UnbindTerminalInput = {
  /** The terminal serial number (ESN): 15 to 17 digits, else refused (BAD_USER_INPUT) with no upstream call. */
  esn: string;
  /** The mobile number the terminal is bound to: 11 digits starting with 1. */
  mobile?: string | null | undefined;
  /** The partner user id given at binding: 1 to 64 characters. */
  partnerUserId?: string | null | undefined;
};

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

/** A partial change of the vehicle profile: only the fields given are changed. Give at least one; null is not accepted. */
export type VehicleProfileInput = {
  /** When the annual vehicle inspection is due. */
  annualInspectionDueDate?: string | null | undefined;
  /** When the annual road toll ticket was bought. */
  annualTollTicketDate?: string | null | undefined;
  /** Engine serial number: 1 to 32 letters, digits or dashes (upper-cased). */
  engineNumber?: string | null | undefined;
  /** The petrol grade the vehicle takes. */
  fuelGrade?: FuelGrade | null | undefined;
  /** When the insurance was bought. */
  insuranceDate?: string | null | undefined;
  /** Name of the insurance company: 1 to 64 characters, no control characters. */
  insurer?: string | null | undefined;
  /** Distance between two services, in km: 0 to 10000000. */
  maintenanceIntervalKm?: number | null | undefined;
  /** Catalog id of the vehicle model: a positive integer that exists in the catalog. */
  modelId?: number | null | undefined;
  /** Licence plate number, e.g. 粤A12345 (upper-cased). */
  plateNumber?: string | null | undefined;
  /** Plate category. OTHER cannot be stored: give the code in `plateTypeCode` instead. */
  plateType?: PlateType | null | undefined;
  /** Plate category as its two-digit code (e.g. 02), for codes PlateType does not name. */
  plateTypeCode?: string | null | undefined;
  /** Total mileage in km as the owner states it: 0 to 10000000. */
  profileMileageKm?: number | null | undefined;
  /** When the vehicle and vessel tax was paid. */
  vehicleTaxDate?: string | null | undefined;
  /** Vehicle identification number: 17 letters and digits without I, O or Q (upper-cased). */
  vin?: string | null | undefined;
};

export type JwtTerminalBoundQueryVariables = Exact<{
  esn: string;
}>;


export type JwtTerminalBoundQuery = { terminal: { bound: boolean | null } | null };

export type JwtLockDoorsMutationVariables = Exact<{
  esn: string;
}>;


export type JwtLockDoorsMutation = { lockDoors: { state: DoorCommandState } | null };

export type AuthTerminalStatusQueryVariables = Exact<{
  esn: string;
}>;


export type AuthTerminalStatusQuery = { terminal: { esn: string, bound: boolean | null, vehicle: { condition: { odometerKm: number | null } | null } | null } | null };

export type AuthMixedTerminalsQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type AuthMixedTerminalsQuery = { terminals: Array<{ esn: string, bound: boolean | null } | null> };

export type AuthBrandsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthBrandsQuery = { brand: { name: string } | null };

export type AuthLockDoorsMutationVariables = Exact<{
  esn: string;
}>;


export type AuthLockDoorsMutation = { lockDoors: { state: DoorCommandState } | null };

export type AuthAuditedLockMutationVariables = Exact<{
  esn: string;
}>;


export type AuthAuditedLockMutation = { lockDoors: { state: DoorCommandState } | null };

export type AuthDeleteTripMutationVariables = Exact<{
  esn: string;
}>;


export type AuthDeleteTripMutation = { deleteTrip: { deletedTripId: string } | null };

export type AuthUpdateProfileMutationVariables = Exact<{
  esn: string;
}>;


export type AuthUpdateProfileMutation = { updateVehicleProfile: { vehicle: { esn: string } } | null };

export type AuthUnbindMutationVariables = Exact<{
  esn: string;
}>;


export type AuthUnbindMutation = { unbindTerminal: { esn: string } | null };

export type AuthBindMutationVariables = Exact<{
  esn: string;
}>;


export type AuthBindMutation = { bindTerminal: { esn: string | null } | null };

export type AuthBindByActivationCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthBindByActivationCodeMutation = { bindTerminal: { esn: string | null } | null };

export type AuthQueryTypeNameQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthQueryTypeNameQuery = { __schema: { queryType: { name: string | null } } };

export type AuthTerminalGlobalIdsQueryVariables = Exact<{
  esn: string;
  from: string;
  to: string;
}>;


export type AuthTerminalGlobalIdsQuery = { terminal: { id: string, vehicle: { id: string, trips: { edges: Array<{ node: { id: string } | null }> } | null } | null } | null };

export type AuthNodesOfTerminalsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AuthNodesOfTerminalsQuery = { nodes: Array<
    | { __typename: 'Brand', id: string }
    | { __typename: 'Model', id: string }
    | { __typename: 'Series', id: string }
    | { __typename: 'SubBrand', id: string }
    | { __typename: 'Terminal', id: string }
    | { __typename: 'Trip', id: string }
    | { __typename: 'Vehicle', id: string }
   | null> };

export type AuthOwnEventsSubscriptionVariables = Exact<{
  esns?: Array<string> | string | null | undefined;
}>;


export type AuthOwnEventsSubscription = { vehicleEvents:
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
   };

export type AuthSinceEventsSubscriptionVariables = Exact<{
  since?: string | null | undefined;
}>;


export type AuthSinceEventsSubscription = { vehicleEvents:
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
   };

export type AuthMyTerminalsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMyTerminalsQuery = { myTerminals: Array<{ esn: string }> };

export type ConditionAndProfileQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type ConditionAndProfileQuery = { terminals: Array<{ vehicle: { condition: { odometerKm: number | null } | null, profile: { fuelGrade: FuelGrade | null } | null } | null } | null> };

export type BoundTwiceQueryVariables = Exact<{
  esn: string;
}>;


export type BoundTwiceQuery = { a: { bound: boolean | null } | null, b: { bound: boolean | null } | null };

export type KeptModelQueryVariables = Exact<{
  modelId: number;
}>;


export type KeptModelQuery = { model: { name: string, year: number | null, fullName: string, id: number, brand: { name: string, logoUrl: string | null } } | null };

export type CatalogLogosQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogLogosQuery = { brands: Array<{ logoUrl: string | null, id: number } | null> | null };

export type MalformedBrandsAndModelQueryVariables = Exact<{
  modelId: number;
}>;


export type MalformedBrandsAndModelQuery = { brands: Array<{ name: string, id: number } | null> | null, model: { id: number, brand: { id: number } } | null };

export type MalformedBrandAndModelQueryVariables = Exact<{
  brandId: number;
  modelId: number;
}>;


export type MalformedBrandAndModelQuery = { brand: { id: number } | null, model: { id: number } | null };

export type MalformedSetModelMutationVariables = Exact<{
  esn: string;
  modelId: number;
}>;


export type MalformedSetModelMutation = { updateVehicleProfile: { vehicle: { esn: string } } | null };

export type MalformedBrandTreeQueryVariables = Exact<{
  brandId: number;
  modelId: number;
  nodeIds: Array<string | number> | string | number;
}>;


export type MalformedBrandTreeQuery = { brand: { subBrands: Array<{ id: number, series: Array<{ id: number, models: Array<{ name: string, id: number } | null> } | null> } | null> | null } | null, model: { id: number } | null, nodes: Array<
    | { catalogId: number }
    | Record<PropertyKey, never>
   | null> };

export type CatalogTreeQueryVariables = Exact<{
  brandId: number;
}>;


export type CatalogTreeQuery = { brand: { name: string, logoUrl: string | null, id: number, subBrands: Array<{ name: string, id: number, brand: { id: number }, series: Array<{ name: string, id: number, subBrand: { id: number }, models: Array<{ name: string, year: number | null, fullName: string, id: number, series: { id: number }, brand: { id: number } } | null> } | null> } | null> | null } | null };

export type BrandListQueryVariables = Exact<{ [key: string]: never; }>;


export type BrandListQuery = { brands: Array<{ name: string, logoUrl: string | null, id: number } | null> | null };

export type ModelNameQueryVariables = Exact<{
  id: number;
}>;


export type ModelNameQuery = { model: { year: number | null, fullName: string, id: number, series: { name: string, subBrand: { name: string } }, brand: { name: string } } | null };

export type BrandsAndModelQueryVariables = Exact<{
  modelId: number;
}>;


export type BrandsAndModelQuery = { brands: Array<{ id: number } | null> | null, model: { id: number } | null };

export type BrandAndModelIdsQueryVariables = Exact<{
  brandId: number;
  modelId: number;
}>;


export type BrandAndModelIdsQuery = { brand: { id: number } | null, model: { id: number } | null };

export type SubBrandTreeQueryVariables = Exact<{
  brandId: number;
}>;


export type SubBrandTreeQuery = { brand: { subBrands: Array<{ id: string, catalogId: number, series: Array<{ id: string, catalogId: number, models: Array<{ catalogId: number } | null> } | null> } | null> | null } | null };

export type SeriesNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SeriesNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { catalogId: number, id: string, subBrand: { catalogId: number }, models: Array<{ catalogId: number } | null> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type BrandsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrandsQuery = { brands: Array<{ id: string, name: string, logoUrl: string | null } | null> | null };

export type TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type TypenameQuery = { __typename: 'Query' };

export type DashboardQueryVariables = Exact<{
  esns: Array<string> | string;
  pinned: string;
  from: string;
  to: string;
}>;


export type DashboardQuery = { fleet: Array<{ esn: string, vehicle: { condition: { odometerKm: number | null, driveStatus: DriveStatus | null, speedKmh: number | null, location: { lng: number, lat: number } | null } | null, battery: { batteryVoltage: number | null } | null, profile: { fuelGrade: FuelGrade | null, model: { name: string, id: number, series: { name: string, id: number, subBrand: { name: string } } } | null } | null, trips: { totalCount: number, edges: Array<{ node: { distanceKm: number, id: string, track: { pointCount: number, lengthKm: number } | null, evaluation: { distanceKm: number | null, fuelCostYuan: number | null } | null } | null }> } | null, latest: { edges: Array<{ node: { id: string, evaluation: { verdict: TripVerdict } | null } | null }> } | null } | null } | null>, pinned: { vehicle: { trips: { edges: Array<{ node: { distanceKm: number, track: { lengthKm: number } | null, evaluation: { distanceKm: number | null, fuelCostYuan: number | null } | null } | null }> } | null, condition: { driveStatus: DriveStatus | null, speedKmh: number | null } | null, profile: { fuelGrade: FuelGrade | null, model: { id: number, series: { id: number } } | null } | null } | null } | null };

export type VehicleSummaryFragment = { condition: { driveStatus: DriveStatus | null, speedKmh: number | null } | null, profile: { fuelGrade: FuelGrade | null, model: { id: number, series: { id: number } } | null } | null };

export type TripDetailFragment = { distanceKm: number, track: { lengthKm: number } | null, evaluation: { distanceKm: number | null, fuelCostYuan: number | null } | null };

export type LockDoorsMutationVariables = Exact<{
  esn: string;
  key: string;
}>;


export type LockDoorsMutation = { lockDoors: { id: string, action: DoorAction, esn: string, idempotencyKey: string, state: DoorCommandState, requestedAt: string, acceptedAt: string | null, completedAt: string | null, message: string } | null };

export type UnlockDoorsMutationVariables = Exact<{
  esn: string;
  key: string;
}>;


export type UnlockDoorsMutation = { unlockDoors: { id: string, action: DoorAction, state: DoorCommandState, message: string } | null };

export type DoorCommandStateQueryVariables = Exact<{
  id: string | number;
}>;


export type DoorCommandStateQuery = { doorCommand: { id: string, state: DoorCommandState, acceptedAt: string | null, completedAt: string | null, message: string, outcomeEvent:
      | { __typename: 'CollisionEvent', id: string, type: VehicleEventType }
      | { __typename: 'DataQuotaEvent', id: string, type: VehicleEventType }
      | { __typename: 'DoorEvent', action: DoorAction, outcome: DoorEventOutcome, id: string, type: VehicleEventType }
      | { __typename: 'GeneralVehicleEvent', id: string, type: VehicleEventType }
      | { __typename: 'IgnitionEvent', id: string, type: VehicleEventType }
      | { __typename: 'LowBatteryEvent', id: string, type: VehicleEventType }
      | { __typename: 'RestrictedAreaEvent', id: string, type: VehicleEventType }
      | { __typename: 'TirePressureEvent', id: string, type: VehicleEventType }
      | { __typename: 'VibrationEvent', id: string, type: VehicleEventType }
     | null } | null };

export type DoorCommandProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type DoorCommandProgressSubscription = { doorCommand: { id: string, state: DoorCommandState, outcomeEvent:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type DoorCommandEndingSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type DoorCommandEndingSubscription = { doorCommand: { id: string, state: DoorCommandState, requestedAt: string, completedAt: string | null, message: string, outcomeEvent:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type VehicleWithFaultyFieldQueryVariables = Exact<{
  esn: string;
}>;


export type VehicleWithFaultyFieldQuery = { terminal: { esn: string, vehicle: { condition: { odometerKm: number | null } | null, profile: { plateNumber: string | null } | null, tires: { hasAlerts: boolean | null } | null } | null } | null };

export type EventPageQueryVariables = Exact<{
  esn: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventPageQuery = { terminal: { esn: string, vehicle: { events: { edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } | null } | null };

export type TripCursorQueryVariables = Exact<{
  esn: string;
}>;


export type TripCursorQuery = { terminal: { vehicle: { trips: { pageInfo: { endCursor: string | null } } | null } | null } | null };

export type ReplayedIdsSubscriptionVariables = Exact<{
  since?: string | null | undefined;
}>;


export type ReplayedIdsSubscription = { vehicleEvents:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type LiveIdsSubscriptionVariables = Exact<{
  esns?: Array<string> | string | null | undefined;
}>;


export type LiveIdsSubscription = { vehicleEvents:
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
    | { id: string, esn: string }
   };

export type LockOnceMutationVariables = Exact<{
  esn: string;
  key: string;
}>;


export type LockOnceMutation = { lockDoors: { id: string, state: DoorCommandState } | null };

export type CommandOutcomeQueryVariables = Exact<{
  id: string | number;
}>;


export type CommandOutcomeQuery = { doorCommand: { state: DoorCommandState, outcomeEvent:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } | null };

export type EventsOfVehicleQueryVariables = Exact<{
  esn: string;
}>;


export type EventsOfVehicleQuery = { terminal: { vehicle: { events: { edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } | null } | null } | null };

export type VehicleEventsFeedSubscriptionVariables = Exact<{
  esns?: Array<string> | string | null | undefined;
  types?: Array<VehicleEventType> | VehicleEventType | null | undefined;
  since?: string | null | undefined;
}>;


export type VehicleEventsFeedSubscription = { vehicleEvents:
    | { __typename: 'CollisionEvent', id: string, esn: string, type: VehicleEventType }
    | { __typename: 'DataQuotaEvent', id: string, esn: string, type: VehicleEventType }
    | { __typename: 'DoorEvent', id: string, esn: string, type: VehicleEventType }
    | { __typename: 'GeneralVehicleEvent', id: string, esn: string, type: VehicleEventType }
    | { __typename: 'IgnitionEvent', id: string, esn: string, type: VehicleEventType }
    | { __typename: 'LowBatteryEvent', id: string, esn: string, type: VehicleEventType }
    | { __typename: 'RestrictedAreaEvent', id: string, esn: string, type: VehicleEventType }
    | { __typename: 'TirePressureEvent', id: string, esn: string, type: VehicleEventType }
    | { __typename: 'VibrationEvent', level: number | null, id: string, esn: string, type: VehicleEventType }
   };

export type EventsWithOdometerSubscriptionVariables = Exact<{
  esns?: Array<string> | string | null | undefined;
}>;


export type EventsWithOdometerSubscription = { vehicleEvents:
    | { id: string, vehicle: { condition: { odometerKm: number | null } | null } }
    | { id: string, vehicle: { condition: { odometerKm: number | null } | null } }
    | { id: string, vehicle: { condition: { odometerKm: number | null } | null } }
    | { id: string, vehicle: { condition: { odometerKm: number | null } | null } }
    | { id: string, vehicle: { condition: { odometerKm: number | null } | null } }
    | { id: string, vehicle: { condition: { odometerKm: number | null } | null } }
    | { id: string, vehicle: { condition: { odometerKm: number | null } | null } }
    | { id: string, vehicle: { condition: { odometerKm: number | null } | null } }
    | { id: string, vehicle: { condition: { odometerKm: number | null } | null } }
   };

export type VehicleEventsQueryVariables = Exact<{
  esn: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  types?: Array<VehicleEventType> | VehicleEventType | null | undefined;
}>;


export type VehicleEventsQuery = { terminal: { vehicle: { events: { edges: Array<{ cursor: string, node:
            | { __typename: 'CollisionEvent', level: number | null, id: string, type: VehicleEventType, wireType: string, esn: string, occurredAt: string, receivedAt: string, text: string | null, userId: string | null, attributes: unknown, location: { lng: number, lat: number, wgs84: { lng: number, lat: number } } | null }
            | { __typename: 'DataQuotaEvent', usedMegabytes: number | null, id: string, type: VehicleEventType, wireType: string, esn: string, occurredAt: string, receivedAt: string, text: string | null, userId: string | null, attributes: unknown, location: { lng: number, lat: number, wgs84: { lng: number, lat: number } } | null }
            | { __typename: 'DoorEvent', action: DoorAction, outcome: DoorEventOutcome, id: string, type: VehicleEventType, wireType: string, esn: string, occurredAt: string, receivedAt: string, text: string | null, userId: string | null, attributes: unknown, location: { lng: number, lat: number, wgs84: { lng: number, lat: number } } | null }
            | { __typename: 'GeneralVehicleEvent', id: string, type: VehicleEventType, wireType: string, esn: string, occurredAt: string, receivedAt: string, text: string | null, userId: string | null, attributes: unknown, location: { lng: number, lat: number, wgs84: { lng: number, lat: number } } | null }
            | { __typename: 'IgnitionEvent', ignitionOn: boolean, anomalous: boolean | null, id: string, type: VehicleEventType, wireType: string, esn: string, occurredAt: string, receivedAt: string, text: string | null, userId: string | null, attributes: unknown, location: { lng: number, lat: number, wgs84: { lng: number, lat: number } } | null }
            | { __typename: 'LowBatteryEvent', level: number | null, id: string, type: VehicleEventType, wireType: string, esn: string, occurredAt: string, receivedAt: string, text: string | null, userId: string | null, attributes: unknown, location: { lng: number, lat: number, wgs84: { lng: number, lat: number } } | null }
            | { __typename: 'RestrictedAreaEvent', id: string, type: VehicleEventType, wireType: string, esn: string, occurredAt: string, receivedAt: string, text: string | null, userId: string | null, attributes: unknown, reportedPosition: { lng: number, lat: number } | null, location: { lng: number, lat: number, wgs84: { lng: number, lat: number } } | null }
            | { __typename: 'TirePressureEvent', anomaly: TirePressureAnomaly | null, tire: TirePosition | null, id: string, type: VehicleEventType, wireType: string, esn: string, occurredAt: string, receivedAt: string, text: string | null, userId: string | null, attributes: unknown, location: { lng: number, lat: number, wgs84: { lng: number, lat: number } } | null }
            | { __typename: 'VibrationEvent', level: number | null, id: string, type: VehicleEventType, wireType: string, esn: string, occurredAt: string, receivedAt: string, text: string | null, userId: string | null, attributes: unknown, location: { lng: number, lat: number, wgs84: { lng: number, lat: number } } | null }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null } | null };

export type FailureDomainDashboardQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type FailureDomainDashboardQuery = { brands: Array<{ name: string } | null> | null, terminals: Array<{ esn: string, bound: boolean | null, registeredPlate: string | null, vehicle: { esn: string, condition: { odometerKm: number | null, batteryVoltage: number | null, faultCodes: Array<string> | null } | null, trips: { totalCount: number, edges: Array<{ node: { tripId: string, distanceKm: number, track: { pointCount: number } | null, evaluation: { verdict: TripVerdict, fuelCostYuan: number | null } | null } | null }> } | null, batteryHistory: Array<{ voltage: number } | null> | null, healthCheck: { faultCodes: Array<string> | null } | null, tires: { hasAlerts: boolean | null } | null, profile: { plateNumber: string | null, model: { fullName: string } | null } | null, fuelStatistics: { modelAverage: { averageSpeedKmh: number | null } | null, overall: { distanceKm: number | null } | null, lastSevenDays: { distanceKm: number | null } | null, lastDay: { distanceKm: number | null } | null } } | null } | null> };

export type DoorCommandAsServedQueryVariables = Exact<{
  id: string | number;
}>;


export type DoorCommandAsServedQuery = { doorCommand: { state: DoorCommandState, message: string, completedAt: string | null } | null };

export type HostileUnlockMutationVariables = Exact<{
  esn: string;
}>;


export type HostileUnlockMutation = { unlockDoors: { state: DoorCommandState } | null };

export type CorsProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type CorsProbeQuery = { __typename: 'Query' };

export type DebugOdometerQueryVariables = Exact<{
  esn: string;
}>;


export type DebugOdometerQuery = { terminal: { vehicle: { condition: { odometerKm: number | null } | null } | null } | null };

export type DebugUnlockMutationVariables = Exact<{
  esn: string;
  idempotencyKey: string;
}>;


export type DebugUnlockMutation = { unlockDoors: { state: DoorCommandState } | null };

export type BoundAndPlateQueryVariables = Exact<{
  esn: string;
}>;


export type BoundAndPlateQuery = { terminal: { bound: boolean | null, plateNumber: string | null } | null };

export type LoggedOdometerQueryVariables = Exact<{
  esn: string;
}>;


export type LoggedOdometerQuery = { terminal: { vehicle: { condition: { odometerKm: number | null } | null } | null } | null };

export type RequestIdProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestIdProbeQuery = { __typename: 'Query' };

export type FleetConditionAndFuelGradeQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type FleetConditionAndFuelGradeQuery = { terminals: Array<{ vehicle: { condition: { odometerKm: number | null } | null, profile: { fuelGrade: FuelGrade | null } | null } | null } | null> };

export type LoggedVehicleQueryVariables = Exact<{
  esn: string;
}>;


export type LoggedVehicleQuery = { terminal: { bound: boolean | null, vehicle: { condition: { odometerKm: number | null } | null, profile: { plateNumber: string | null } | null } | null } | null };

export type LoggedUnlockMutationVariables = Exact<{
  esn: string;
  idempotencyKey: string;
}>;


export type LoggedUnlockMutation = { unlockDoors: { state: DoorCommandState } | null };

export type LoggedTiresQueryVariables = Exact<{
  esn: string;
}>;


export type LoggedTiresQuery = { terminal: { vehicle: { tires: { all: Array<{ position: TirePosition } | null> } | null } | null } | null };

export type LoggedEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LoggedEventsSubscription = { vehicleEvents:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type StartedBoundAndPlateQueryVariables = Exact<{
  esn: string;
}>;


export type StartedBoundAndPlateQuery = { terminal: { bound: boolean | null, plateNumber: string | null } | null };

export type StartedBatteryHistoryQueryVariables = Exact<{
  esn: string;
}>;


export type StartedBatteryHistoryQuery = { terminal: { vehicle: { batteryHistory: Array<{ voltage: number } | null> | null } | null } | null };

export type StartedBoundQueryVariables = Exact<{
  esn: string;
}>;


export type StartedBoundQuery = { terminal: { bound: boolean | null } | null };

export type PlateQueryVariables = Exact<{
  esn: string;
}>;


export type PlateQuery = { terminal: { plateNumber: string | null } | null };

export type OdometerQueryVariables = Exact<{
  esn: string;
}>;


export type OdometerQuery = { terminal: { vehicle: { condition: { odometerKm: number | null } | null } | null } | null };

export type TrackPointCountsQueryVariables = Exact<{
  esn: string;
}>;


export type TrackPointCountsQuery = { terminal: { vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } | null } | null };

export type MeteredTiresQueryVariables = Exact<{
  esn: string;
}>;


export type MeteredTiresQuery = { terminal: { vehicle: { tires: { all: Array<{ position: TirePosition } | null> } | null } | null } | null };

export type FleetPlatesQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type FleetPlatesQuery = { terminals: Array<{ plateNumber: string | null } | null> };

export type TerminalBoundQueryVariables = Exact<{
  esn: string;
}>;


export type TerminalBoundQuery = { terminal: { bound: boolean | null } | null };

export type BindTerminalMutationVariables = Exact<{
  input: BindTerminalInput;
}>;


export type BindTerminalMutation = { bindTerminal: { esn: string | null, terminal: { esn: string, bound: boolean | null, mobile: string | null } | null } | null };

export type ModelBenchmarkQueryVariables = Exact<{
  esn: string;
}>;


export type ModelBenchmarkQuery = { terminal: { vehicle: { profile: { modelId: number | null } | null, fuelStatistics: { modelAverage: { averageSpeedKmh: number | null, idlePercent: number | null } | null } } | null } | null };

export type SetModelMutationVariables = Exact<{
  esn: string;
  modelId: number;
}>;


export type SetModelMutation = { updateVehicleProfile: { vehicle: { esn: string } } | null };

export type UnbindTerminalMutationVariables = Exact<{
  input: UnbindTerminalInput;
}>;


export type UnbindTerminalMutation = { unbindTerminal: { esn: string, terminal: { esn: string, bound: boolean | null } } | null };

export type TripIdsFragment = { totalCount: number, edges: Array<{ node: { id: string } | null }> };

export type VehicleTripIdsQueryVariables = Exact<{
  esn: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type VehicleTripIdsQuery = { terminal: { vehicle: { trips: { totalCount: number, edges: Array<{ node: { id: string } | null }> } | null } | null } | null };

export type DeleteTripRefetchMutationVariables = Exact<{
  esn: string;
  tripId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DeleteTripRefetchMutation = { deleteTrip: { deletedTripId: string, vehicle: { esn: string, trips: { totalCount: number, edges: Array<{ node: { id: string } | null }> } | null } } | null };

export type DeleteUnknownTripMutationVariables = Exact<{
  esn: string;
}>;


export type DeleteUnknownTripMutation = { deleteTrip: { deletedTripId: string } | null };

export type DeleteTripMutationVariables = Exact<{
  esn: string;
  tripId: string | number;
}>;


export type DeleteTripMutation = { deleteTrip: { deletedTripId: string } | null };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { myAccess: { name: string, scopes: Array<AccessScope>, reachesEveryTerminal: boolean, terminalCount: number | null, authenticated: boolean } };

export type WhoAmIWithTerminalsQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIWithTerminalsQuery = { myAccess: { name: string, terminalCount: number | null }, myTerminals: Array<{ esn: string }> };

export type WhoAmIOverWebSocketQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIOverWebSocketQuery = { myAccess: { name: string, scopes: Array<AccessScope>, authenticated: boolean } };

export type MyTerminalEsnsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTerminalEsnsQuery = { myTerminals: Array<{ esn: string }> };

export type MyTerminalPlatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTerminalPlatesQuery = { myTerminals: Array<{ esn: string, plateNumber: string | null }> };

export type NodesByIdQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdQuery = { nodes: Array<
    | { __typename: 'Brand', catalogId: number, name: string, id: string }
    | { __typename: 'Model', catalogId: number, fullName: string, id: string }
    | { __typename: 'Series', catalogId: number, name: string, id: string }
    | { __typename: 'SubBrand', catalogId: number, name: string, id: string, brand: { catalogId: number } }
    | { __typename: 'Terminal', esn: string, bound: boolean | null, id: string }
    | { __typename: 'Trip', tripId: string, startedAt: string | null, distanceKm: number, id: string, evaluation: { verdict: TripVerdict } | null }
    | { __typename: 'Vehicle', esn: string, id: string, condition: { odometerKm: number | null } | null }
   | null> };

export type NodeSampleQueryVariables = Exact<{
  esn: string;
}>;


export type NodeSampleQuery = { terminal: { id: string, vehicle: { id: string, trips: { edges: Array<{ node: { id: string, tripId: string, startedAt: string | null, distanceKm: number, evaluation: { verdict: TripVerdict } | null } | null }> } | null, profile: { model: { id: string, catalogId: number, fullName: string, series: { id: string, catalogId: number, name: string, subBrand: { id: string, catalogId: number, name: string, brand: { id: string, catalogId: number, name: string } } } } | null } | null } | null } | null };

export type DeleteNodeTripMutationVariables = Exact<{
  esn: string;
  tripId: string | number;
}>;


export type DeleteNodeTripMutation = { deleteTrip: { deletedTripId: string } | null };

export type GoodAndBadNodeQueryVariables = Exact<{
  good: string | number;
  bad: string | number;
}>;


export type GoodAndBadNodeQuery = { good:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { esn: string, id: string }
   | null, bad:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type VehiclesInOrderQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type VehiclesInOrderQuery = { vehicles: Array<{ esn: string, profile: { plateNumber: string | null } | null } | null> };

export type RateLimitedTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitedTypenameQuery = { __typename: 'Query' };

export type RateLimitedEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RateLimitedEventsSubscription = { vehicleEvents:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type RateLimitedFleetBoundQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type RateLimitedFleetBoundQuery = { terminals: Array<{ bound: boolean | null } | null> };

export type ReadinessProbeQueryVariables = Exact<{
  esn: string;
}>;


export type ReadinessProbeQuery = { terminal: { bound: boolean | null } | null };

export type OutageOdometerQueryVariables = Exact<{
  esn: string;
}>;


export type OutageOdometerQuery = { terminal: { vehicle: { condition: { odometerKm: number | null } | null } | null } | null };

export type OutageEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OutageEventsSubscription = { vehicleEvents:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type OutageLatestEventsQueryVariables = Exact<{
  esn: string;
}>;


export type OutageLatestEventsQuery = { terminal: { bound: boolean | null, vehicle: { events: { edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } | null } | null } | null };

export type OutageLockMutationVariables = Exact<{
  esn: string;
  idempotencyKey: string;
}>;


export type OutageLockMutation = { lockDoors: { id: string, state: DoorCommandState } | null };

export type SharedBrandsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedBrandsQuery = { brands: Array<{ id: string, name: string } | null> | null };

export type SharedTripsQueryVariables = Exact<{
  esn: string;
}>;


export type SharedTripsQuery = { terminal: { vehicle: { trips: { edges: Array<{ node: { id: string, track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } | null } | null };

export type SharedDeleteTripMutationVariables = Exact<{
  esn: string;
  id: string | number;
}>;


export type SharedDeleteTripMutation = { deleteTrip: { deletedTripId: string } | null };

export type FinishedTripsQueryVariables = Exact<{
  esn: string;
}>;


export type FinishedTripsQuery = { terminal: { vehicle: { trips: { edges: Array<{ node: { id: string, track: { pointCount: number, lengthKm: number } | null, evaluation: { verdict: TripVerdict, fuelCostYuan: number | null, fuelGrade: FuelGrade | null } | null } | null }> } | null } | null } | null };

export type DeleteFinishedTripMutationVariables = Exact<{
  esn: string;
  id: string | number;
}>;


export type DeleteFinishedTripMutation = { deleteTrip: { deletedTripId: string } | null };

export type ChangeFuelGradeMutationVariables = Exact<{
  esn: string;
  grade: FuelGrade;
}>;


export type ChangeFuelGradeMutation = { updateVehicleProfile: { profile: { fuelGrade: FuelGrade | null } | null } | null };

export type ShutdownFeedSubscriptionVariables = Exact<{
  esns?: Array<string> | string | null | undefined;
  since?: string | null | undefined;
}>;


export type ShutdownFeedSubscription = { vehicleEvents:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type ShutdownPlainQueryVariables = Exact<{
  esn: string;
}>;


export type ShutdownPlainQuery = { terminal: { bound: boolean | null } | null };

export type ExpiringFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ExpiringFeedSubscription = { vehicleEvents:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type ConditionOverSocketQueryVariables = Exact<{
  esn: string;
}>;


export type ConditionOverSocketQuery = { terminal: { vehicle: { condition: { odometerKm: number | null } | null } | null } | null };

export type EventsWithLatestTrackSubscriptionVariables = Exact<{
  esns?: Array<string> | string | null | undefined;
}>;


export type EventsWithLatestTrackSubscription = { vehicleEvents:
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } }
   };

export type OdometerNowQueryVariables = Exact<{
  esn: string;
}>;


export type OdometerNowQuery = { terminal: { vehicle: { condition: { odometerKm: number | null } | null } | null } | null };

export type EventsWithTripDetailSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EventsWithTripDetailSubscription = { vehicleEvents:
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } }
    | { id: string, vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } }
   };

export type TerminalStatusQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type TerminalStatusQuery = { terminals: Array<{ esn: string, bindStatus: BindStatus | null, bound: boolean | null, pluggedIn: boolean | null, lastActiveAt: string | null, mobile: string | null, plateNumber: string | null, vehicle: { esn: string, terminal: { esn: string } } | null } | null> };

export type OneTerminalStatusQueryVariables = Exact<{
  esn: string;
}>;


export type OneTerminalStatusQuery = { terminal: { esn: string, bindStatus: BindStatus | null, bound: boolean | null, pluggedIn: boolean | null, lastActiveAt: string | null, mobile: string | null, plateNumber: string | null } | null };

export type VehiclePositionQueryVariables = Exact<{
  esn: string;
}>;


export type VehiclePositionQuery = { terminal: { vehicle: { condition: { location: { lng: number, lat: number, wgs84: { lng: number, lat: number } } | null } | null } | null } | null };

export type OdometerAndTripCountsQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type OdometerAndTripCountsQuery = { terminals: Array<{ esn: string, vehicle: { condition: { odometerKm: number | null } | null, trips: { totalCount: number } | null } | null } | null> };

export type TwoTerminalStatusesQueryVariables = Exact<{
  first: string;
  second: string;
}>;


export type TwoTerminalStatusesQuery = { a: { esn: string, bound: boolean | null, vehicle: { condition: { odometerKm: number | null } | null } | null } | null, b: { esn: string, plateNumber: string | null } | null };

export type PlateEverywhereQueryVariables = Exact<{
  esn: string;
}>;


export type PlateEverywhereQuery = { terminal: { plateNumber: string | null, vehicle: { profile: { plateNumber: string | null } | null } | null } | null };

export type TracedCarQueryVariables = Exact<{
  esn: string;
}>;


export type TracedCarQuery = { terminal: { plateNumber: string | null, vehicle: { condition: { odometerKm: number | null } | null } | null } | null };

export type TracedPlateQueryVariables = Exact<{
  esn: string;
}>;


export type TracedPlateQuery = { terminal: { plateNumber: string | null } | null };

export type CarQueryVariables = Exact<{
  esn: string;
}>;


export type CarQuery = { terminal: { plateNumber: string | null, vehicle: { condition: { odometerKm: number | null } | null } | null } | null };

export type TripPageQueryVariables = Exact<{
  esn: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TripPageQuery = { terminal: { vehicle: { trips: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { startedAt: string | null, endedAt: string | null, durationSeconds: number | null, distanceKm: number, averageFuelConsumptionLitersPer100Km: number, fuelUsedLiters: number, harshAccelerations: number | null, harshBrakings: number | null, warmUpSeconds: number, idleSeconds: number, topSpeedKmh: number, maxSpeedKmh: number, id: string } | null }> } | null } | null } | null };

export type SharedTripPageQueryVariables = Exact<{
  esn: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type SharedTripPageQuery = { terminal: { vehicle: { a: { totalCount: number, edges: Array<{ node: { id: string } | null }> } | null, b: { totalCount: number } | null } | null } | null };

export type TripTrackAndEvaluationQueryVariables = Exact<{
  esn: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TripTrackAndEvaluationQuery = { terminal: { vehicle: { trips: { edges: Array<{ node: { startedAt: string | null, endedAt: string | null, distanceKm: number, id: string, track: { pointCount: number, lengthKm: number, wgs: unknown, gcj: unknown, points: Array<{ lng: number, lat: number }> } | null, evaluation: { distanceKm: number | null, averageSpeedKmh: number | null, topSpeedKmh: number | null, harshBrakings: number | null, harshAccelerations: number | null, fatigueDrivingSeconds: number | null, speedingSpeedKmh: number | null, warmUpSeconds: number | null, experiencePoints: number | null, startedAt: string | null, endedAt: string | null, drivingSeconds: number | null, longDrive: boolean | null, verdict: TripVerdict, verdictText: string | null, fuelGrade: FuelGrade | null, fuelCostYuan: number | null, carbonEmissionsKg: number | null } | null } | null }> } | null } | null } | null };

export type NewestTripEvaluationQueryVariables = Exact<{
  esn: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type NewestTripEvaluationQuery = { terminal: { vehicle: { trips: { edges: Array<{ node: { id: string, evaluation: { distanceKm: number | null, averageSpeedKmh: number | null, topSpeedKmh: number | null, harshBrakings: number | null, harshAccelerations: number | null, fatigueDrivingSeconds: number | null, speedingSpeedKmh: number | null, warmUpSeconds: number | null, experiencePoints: number | null, startedAt: string | null, endedAt: string | null, drivingSeconds: number | null, longDrive: boolean | null, verdict: TripVerdict, verdictText: string | null, fuelGrade: FuelGrade | null, fuelCostYuan: number | null, carbonEmissionsKg: number | null } | null } | null }> } | null } | null } | null };

export type NewestTripIdsQueryVariables = Exact<{
  esn: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type NewestTripIdsQuery = { terminal: { vehicle: { trips: { edges: Array<{ node: { id: string, evaluation: { startedAt: string | null } | null, track: { pointCount: number } | null } | null }> } | null } | null } | null };

export type TripsWithEvaluationsQueryVariables = Exact<{
  esn: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TripsWithEvaluationsQuery = { terminal: { vehicle: { trips: { totalCount: number, edges: Array<{ node: { id: string, track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } | null } | null };

export type TripByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TripByIdQuery = { node:
    | { tripId: string, distanceKm: number }
    | Record<PropertyKey, never>
   | null };

export type TripGlobalIdsQueryVariables = Exact<{
  esn: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TripGlobalIdsQuery = { terminal: { vehicle: { trips: { edges: Array<{ node: { id: string, tripId: string } | null }> } | null } | null } | null };

export type CostTerminalAndConditionQueryVariables = Exact<{
  esn: string;
}>;


export type CostTerminalAndConditionQuery = { terminal: { bound: boolean | null, mobile: string | null, vehicle: { condition: { odometerKm: number | null } | null } | null } | null };

export type CostFirstTripTrackQueryVariables = Exact<{
  esn: string;
}>;


export type CostFirstTripTrackQuery = { terminal: { vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null } | null }> } | null } | null } | null };

export type CostRunawayQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type CostRunawayQuery = { terminals: Array<{ vehicle: { trips: { edges: Array<{ node: { track: { pointCount: number } | null, evaluation: { verdict: TripVerdict } | null } | null }> } | null } | null } | null> };

export type CostFleetDashboardQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type CostFleetDashboardQuery = { terminals: Array<{ bound: boolean | null, vehicle: { condition: { odometerKm: number | null } | null, profile: { fuelGrade: FuelGrade | null } | null, tires: { hasAlerts: boolean | null } | null, trips: { totalCount: number } | null } | null } | null> };

export type CostFleetBoundQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type CostFleetBoundQuery = { terminals: Array<{ bound: boolean | null } | null> };

export type CostUnknownModelQueryVariables = Exact<{ [key: string]: never; }>;


export type CostUnknownModelQuery = { model: { id: string } | null };

export type CostProfileUpdateMutationVariables = Exact<{
  esn: string;
}>;


export type CostProfileUpdateMutation = { updateVehicleProfile: { profile: { insurer: string | null } | null } | null };

export type CostTripIdsQueryVariables = Exact<{
  esn: string;
}>;


export type CostTripIdsQuery = { terminal: { vehicle: { trips: { edges: Array<{ node: { id: string } | null }> } | null } | null } | null };

export type CostNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CostNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CostNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CostNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type TripsAfterQueryVariables = Exact<{
  esn: string;
  after?: string | null | undefined;
}>;


export type TripsAfterQuery = { terminal: { vehicle: { trips: { edges: Array<{ cursor: string }> } | null } | null } | null };

export type ProfileFieldsFragment = { modelId: number | null, profileMileageKm: number | null, maintenanceIntervalKm: number | null, fuelGrade: FuelGrade | null, plateNumber: string | null, plateType: PlateType | null, plateTypeCode: string | null, vin: string | null, engineNumber: string | null, insurer: string | null, insuranceDate: string | null, vehicleTaxDate: string | null, annualTollTicketDate: string | null, annualInspectionDueDate: string | null, model: { fullName: string, id: number } | null };

export type UpdateProfileMutationVariables = Exact<{
  esn: string;
  input: VehicleProfileInput;
}>;


export type UpdateProfileMutation = { updateVehicleProfile: { vehicle: { esn: string }, profile: { modelId: number | null, profileMileageKm: number | null, maintenanceIntervalKm: number | null, fuelGrade: FuelGrade | null, plateNumber: string | null, plateType: PlateType | null, plateTypeCode: string | null, vin: string | null, engineNumber: string | null, insurer: string | null, insuranceDate: string | null, vehicleTaxDate: string | null, annualTollTicketDate: string | null, annualInspectionDueDate: string | null, model: { fullName: string, id: number } | null } | null } | null };

export type ReadProfileQueryVariables = Exact<{
  esn: string;
}>;


export type ReadProfileQuery = { terminal: { vehicle: { profile: { modelId: number | null, profileMileageKm: number | null, maintenanceIntervalKm: number | null, fuelGrade: FuelGrade | null, plateNumber: string | null, plateType: PlateType | null, plateTypeCode: string | null, vin: string | null, engineNumber: string | null, insurer: string | null, insuranceDate: string | null, vehicleTaxDate: string | null, annualTollTicketDate: string | null, annualInspectionDueDate: string | null, model: { fullName: string, id: number } | null } | null } | null } | null };

export type StateConditionQueryVariables = Exact<{
  esn: string;
}>;


export type StateConditionQuery = { terminal: { vehicle: { condition: { odometerKm: number | null, batteryVoltage: number | null, driveStatus: DriveStatus | null, ignitionOn: boolean | null, vin: string | null, speedKmh: number | null, engineRpm: number | null, coolantTemperatureCelsius: number | null, faultCodes: Array<string> | null, location: { lng: number, lat: number } | null } | null } | null } | null };

export type StateBatteryHistoryQueryVariables = Exact<{
  esn: string;
}>;


export type StateBatteryHistoryQuery = { terminal: { vehicle: { batteryHistory: Array<{ voltage: number, reportedAt: string | null } | null> | null } | null } | null };

export type StateHealthCheckQueryVariables = Exact<{
  esn: string;
}>;


export type StateHealthCheckQuery = { terminal: { vehicle: { healthCheck: { massAirFlowGramsPerSecond: number | null, intakeManifoldPressureKpa: number | null, intakeAirTemperatureCelsius: number | null, coolantTemperatureCelsius: number | null, fuelPressureKpa: number | null, throttlePositionPercent: number | null, egrPercent: number | null, ignitionTimingAdvanceDegrees: number | null, evaporativeSystemPressureKpa: number | null, evaporativePurgePercent: number | null, vacuumPressureKpa: number | null, catalystTemperatureBank1Sensor1Celsius: number | null, catalystTemperatureBank1Sensor2Celsius: number | null, catalystTemperatureBank2Sensor1Celsius: number | null, catalystTemperatureBank2Sensor2Celsius: number | null, engineRpm: number | null, engineLoadPercent: number | null, diagnosedAt: string | null, faultCodes: Array<string> | null } | null } | null } | null };

export type StateTiresQueryVariables = Exact<{
  esn: string;
}>;


export type StateTiresQuery = { terminal: { vehicle: { tires: { hasAlerts: boolean | null, all: Array<{ position: TirePosition, state: TireState, alerts: Array<TireAlert>, rawStatus: number | null, pressureKpa: number | null, pressureBar: number | null, temperatureCelsius: number | null, updatedAt: string | null } | null>, frontLeft: { position: TirePosition } | null, frontRight: { position: TirePosition } | null, rearLeft: { position: TirePosition } | null, rearRight: { position: TirePosition } | null } | null } | null } | null };

export type StateFuelLastDayDistanceQueryVariables = Exact<{
  esn: string;
}>;


export type StateFuelLastDayDistanceQuery = { terminal: { vehicle: { fuelStatistics: { lastDay: { distanceKm: number | null } | null } } | null } | null };

export type StateBenchmarkFiguresFragment = { harshAccelerations: number | null, harshBrakings: number | null, averageSpeedKmh: number | null, averageFuelConsumptionLitersPer100Km: number | null, optimalCoolantTimePercent: number | null, idlePercent: number | null, idleTimeSeconds: number | null };

export type StateDrivingStatisticsFragment = { harshAccelerations: number | null, harshBrakings: number | null, averageSpeedKmh: number | null, averageFuelConsumptionLitersPer100Km: number | null, optimalCoolantTimePercent: number | null, idlePercent: number | null, idleTimeSeconds: number | null, distanceKm: number | null, fuelCostYuan: number | null, costPerKmYuan: number | null, periodStart: string | null, periodEnd: string | null, computedAt: string | null };

export type StateFuelStatisticsQueryVariables = Exact<{
  esn: string;
}>;


export type StateFuelStatisticsQuery = { terminal: { vehicle: { fuelStatistics: { modelAverage: { harshAccelerations: number | null, harshBrakings: number | null, averageSpeedKmh: number | null, averageFuelConsumptionLitersPer100Km: number | null, optimalCoolantTimePercent: number | null, idlePercent: number | null, idleTimeSeconds: number | null } | null, overall: { harshAccelerations: number | null, harshBrakings: number | null, averageSpeedKmh: number | null, averageFuelConsumptionLitersPer100Km: number | null, optimalCoolantTimePercent: number | null, idlePercent: number | null, idleTimeSeconds: number | null, distanceKm: number | null, fuelCostYuan: number | null, costPerKmYuan: number | null, periodStart: string | null, periodEnd: string | null, computedAt: string | null } | null, lastSevenDays: { harshAccelerations: number | null, harshBrakings: number | null, averageSpeedKmh: number | null, averageFuelConsumptionLitersPer100Km: number | null, optimalCoolantTimePercent: number | null, idlePercent: number | null, idleTimeSeconds: number | null, distanceKm: number | null, fuelCostYuan: number | null, costPerKmYuan: number | null, periodStart: string | null, periodEnd: string | null, computedAt: string | null } | null, lastDay: { harshAccelerations: number | null, harshBrakings: number | null, averageSpeedKmh: number | null, averageFuelConsumptionLitersPer100Km: number | null, optimalCoolantTimePercent: number | null, idlePercent: number | null, idleTimeSeconds: number | null, distanceKm: number | null, fuelCostYuan: number | null, costPerKmYuan: number | null, periodStart: string | null, periodEnd: string | null, computedAt: string | null } | null } } | null } | null };

export type StateOdometerAndTireAlertsQueryVariables = Exact<{
  esn: string;
}>;


export type StateOdometerAndTireAlertsQuery = { terminal: { vehicle: { condition: { odometerKm: number | null } | null, tires: { hasAlerts: boolean | null } | null } | null } | null };

export type StateFaultsQueryVariables = Exact<{
  esns: Array<string> | string;
}>;


export type StateFaultsQuery = { terminals: Array<{ esn: string, vehicle: { condition: { faultCodes: Array<string> | null, faults: Array<{ code: string, system: FaultSystem | null, definedBy: FaultCodeAuthority | null, area: PowertrainArea | null }> | null } | null, healthCheck: { faultCodes: Array<string> | null, faults: Array<{ code: string, system: FaultSystem | null, definedBy: FaultCodeAuthority | null, area: PowertrainArea | null }> | null } | null } | null } | null> };

export const VehicleSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driveStatus"}},{"kind":"Field","name":{"kind":"Name","value":"speedKmh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleSummaryFragment, unknown>;
export const TripDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"fuelCostYuan"}}]}}]}}]} as unknown as DocumentNode<TripDetailFragment, unknown>;
export const TripIdsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripIds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TripConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}}]}}]}}]}}]} as unknown as DocumentNode<TripIdsFragment, unknown>;
export const ProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileMileageKm"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceIntervalKm"}},{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"plateType"}},{"kind":"Field","name":{"kind":"Name","value":"plateTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"engineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceDate"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleTaxDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualTollTicketDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualInspectionDueDate"}}]}}]} as unknown as DocumentNode<ProfileFieldsFragment, unknown>;
export const StateBenchmarkFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateBenchmarkFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelDrivingBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"averageFuelConsumptionLitersPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"optimalCoolantTimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"idlePercent"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeSeconds"}}]}}]} as unknown as DocumentNode<StateBenchmarkFiguresFragment, unknown>;
export const StateDrivingStatisticsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateDrivingStatistics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrivingStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"averageFuelConsumptionLitersPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"optimalCoolantTimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"idlePercent"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"fuelCostYuan"}},{"kind":"Field","name":{"kind":"Name","value":"costPerKmYuan"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<StateDrivingStatisticsFragment, unknown>;
export const JwtTerminalBoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JwtTerminalBound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]} as unknown as DocumentNode<JwtTerminalBoundQuery, JwtTerminalBoundQueryVariables>;
export const JwtLockDoorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JwtLockDoors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"StringValue","value":"jwt-read-only","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<JwtLockDoorsMutation, JwtLockDoorsMutationVariables>;
export const AuthTerminalStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthTerminalStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthTerminalStatusQuery, AuthTerminalStatusQueryVariables>;
export const AuthMixedTerminalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMixedTerminals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]} as unknown as DocumentNode<AuthMixedTerminalsQuery, AuthMixedTerminalsQueryVariables>;
export const AuthBrandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthBrands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthBrandsQuery, AuthBrandsQueryVariables>;
export const AuthLockDoorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLockDoors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AuthLockDoorsMutation, AuthLockDoorsMutationVariables>;
export const AuthAuditedLockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthAuditedLock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"StringValue","value":"audit-test","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AuthAuditedLockMutation, AuthAuditedLockMutationVariables>;
export const AuthDeleteTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthDeleteTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tripId"},"value":{"kind":"StringValue","value":"1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTripId"}}]}}]}}]} as unknown as DocumentNode<AuthDeleteTripMutation, AuthDeleteTripMutationVariables>;
export const AuthUpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthUpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVehicleProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"insurer"},"value":{"kind":"StringValue","value":"平安车险","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]}}]} as unknown as DocumentNode<AuthUpdateProfileMutation, AuthUpdateProfileMutationVariables>;
export const AuthUnbindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthUnbind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbindTerminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mobile"},"value":{"kind":"StringValue","value":"10000000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]} as unknown as DocumentNode<AuthUnbindMutation, AuthUnbindMutationVariables>;
export const AuthBindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthBind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindTerminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mobile"},"value":{"kind":"StringValue","value":"10000000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]} as unknown as DocumentNode<AuthBindMutation, AuthBindMutationVariables>;
export const AuthBindByActivationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthBindByActivationCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindTerminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"activationCode"},"value":{"kind":"StringValue","value":"ABC123","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"mobile"},"value":{"kind":"StringValue","value":"13800000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]} as unknown as DocumentNode<AuthBindByActivationCodeMutation, AuthBindByActivationCodeMutationVariables>;
export const AuthQueryTypeNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthQueryTypeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthQueryTypeNameQuery, AuthQueryTypeNameQueryVariables>;
export const AuthTerminalGlobalIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthTerminalGlobalIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthTerminalGlobalIdsQuery, AuthTerminalGlobalIdsQueryVariables>;
export const AuthNodesOfTerminalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthNodesOfTerminals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthNodesOfTerminalsQuery, AuthNodesOfTerminalsQueryVariables>;
export const AuthOwnEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuthOwnEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]} as unknown as DocumentNode<AuthOwnEventsSubscription, AuthOwnEventsSubscriptionVariables>;
export const AuthSinceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuthSinceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]} as unknown as DocumentNode<AuthSinceEventsSubscription, AuthSinceEventsSubscriptionVariables>;
export const AuthMyTerminalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMyTerminals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTerminals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]} as unknown as DocumentNode<AuthMyTerminalsQuery, AuthMyTerminalsQueryVariables>;
export const ConditionAndProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConditionAndProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConditionAndProfileQuery, ConditionAndProfileQueryVariables>;
export const BoundTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoundTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]} as unknown as DocumentNode<BoundTwiceQuery, BoundTwiceQueryVariables>;
export const KeptModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeptModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]}}]} as unknown as DocumentNode<KeptModelQuery, KeptModelQueryVariables>;
export const CatalogLogosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogLogos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<CatalogLogosQuery, CatalogLogosQueryVariables>;
export const MalformedBrandsAndModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MalformedBrandsAndModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}}]}}]}}]} as unknown as DocumentNode<MalformedBrandsAndModelQuery, MalformedBrandsAndModelQueryVariables>;
export const MalformedBrandAndModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MalformedBrandAndModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}}]}}]} as unknown as DocumentNode<MalformedBrandAndModelQuery, MalformedBrandAndModelQueryVariables>;
export const MalformedSetModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MalformedSetModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVehicleProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]}}]} as unknown as DocumentNode<MalformedSetModelMutation, MalformedSetModelMutationVariables>;
export const MalformedBrandTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MalformedBrandTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subBrands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogId"}}]}}]}}]}}]} as unknown as DocumentNode<MalformedBrandTreeQuery, MalformedBrandTreeQueryVariables>;
export const CatalogTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"subBrands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subBrand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogTreeQuery, CatalogTreeQueryVariables>;
export const BrandListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<BrandListQuery, BrandListQueryVariables>;
export const ModelNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subBrand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ModelNameQuery, ModelNameQueryVariables>;
export const BrandsAndModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandsAndModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}}]}}]} as unknown as DocumentNode<BrandsAndModelQuery, BrandsAndModelQueryVariables>;
export const BrandAndModelIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandAndModelIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}}]}}]} as unknown as DocumentNode<BrandAndModelIdsQuery, BrandAndModelIdsQueryVariables>;
export const SubBrandTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubBrandTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subBrands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubBrandTreeQuery, SubBrandTreeQueryVariables>;
export const SeriesNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriesNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Series"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"subBrand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeriesNodesQuery, SeriesNodesQueryVariables>;
export const BrandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<BrandsQuery, BrandsQueryVariables>;
export const TypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Typename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TypenameQuery, TypenameQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"fleet"},"name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VehicleSummary"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"battery"},"name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batteryVoltage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subBrand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripDetail"}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"latest"},"name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pinned"},"name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VehicleSummary"}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripDetail"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driveStatus"}},{"kind":"Field","name":{"kind":"Name","value":"speedKmh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"fuelCostYuan"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const LockDoorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockDoors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<LockDoorsMutation, LockDoorsMutationVariables>;
export const UnlockDoorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockDoors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UnlockDoorsMutation, UnlockDoorsMutationVariables>;
export const DoorCommandStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoorCommandState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doorCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DoorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DoorCommandStateQuery, DoorCommandStateQueryVariables>;
export const DoorCommandProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DoorCommandProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doorCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DoorCommandProgressSubscription, DoorCommandProgressSubscriptionVariables>;
export const DoorCommandEndingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DoorCommandEnding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doorCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DoorCommandEndingSubscription, DoorCommandEndingSubscriptionVariables>;
export const VehicleWithFaultyFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleWithFaultyField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasAlerts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleWithFaultyFieldQuery, VehicleWithFaultyFieldQueryVariables>;
export const EventPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventPageQuery, EventPageQueryVariables>;
export const TripCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TripCursor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TripCursorQuery, TripCursorQueryVariables>;
export const ReplayedIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReplayedIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplayedIdsSubscription, ReplayedIdsSubscriptionVariables>;
export const LiveIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]} as unknown as DocumentNode<LiveIdsSubscription, LiveIdsSubscriptionVariables>;
export const LockOnceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockOnce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<LockOnceMutation, LockOnceMutationVariables>;
export const CommandOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommandOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doorCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CommandOutcomeQuery, CommandOutcomeQueryVariables>;
export const EventsOfVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsOfVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsOfVehicleQuery, EventsOfVehicleQueryVariables>;
export const VehicleEventsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VehicleEventsFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleEventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VibrationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<VehicleEventsFeedSubscription, VehicleEventsFeedSubscriptionVariables>;
export const EventsWithOdometerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EventsWithOdometer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsWithOdometerSubscription, EventsWithOdometerSubscriptionVariables>;
export const VehicleEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleEventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"wireType"}},{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"wgs84"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VibrationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollisionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LowBatteryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IgnitionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ignitionOn"}},{"kind":"Field","name":{"kind":"Name","value":"anomalous"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TirePressureEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anomaly"}},{"kind":"Field","name":{"kind":"Name","value":"tire"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DoorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataQuotaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedMegabytes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RestrictedAreaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleEventsQuery, VehicleEventsQueryVariables>;
export const FailureDomainDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailureDomainDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","alias":{"kind":"Name","value":"registeredPlate"},"name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"batteryVoltage"}},{"kind":"Field","name":{"kind":"Name","value":"faultCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"fuelCostYuan"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"batteryHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voltage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasAlerts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fuelStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelAverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastSevenDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FailureDomainDashboardQuery, FailureDomainDashboardQueryVariables>;
export const DoorCommandAsServedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoorCommandAsServed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doorCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<DoorCommandAsServedQuery, DoorCommandAsServedQueryVariables>;
export const HostileUnlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileUnlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"StringValue","value":"csrf","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<HostileUnlockMutation, HostileUnlockMutationVariables>;
export const CorsProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorsProbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CorsProbeQuery, CorsProbeQueryVariables>;
export const DebugOdometerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DebugOdometer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DebugOdometerQuery, DebugOdometerQueryVariables>;
export const DebugUnlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DebugUnlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DebugUnlockMutation, DebugUnlockMutationVariables>;
export const BoundAndPlateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoundAndPlate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]} as unknown as DocumentNode<BoundAndPlateQuery, BoundAndPlateQueryVariables>;
export const LoggedOdometerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoggedOdometer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoggedOdometerQuery, LoggedOdometerQueryVariables>;
export const RequestIdProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestIdProbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RequestIdProbeQuery, RequestIdProbeQueryVariables>;
export const FleetConditionAndFuelGradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetConditionAndFuelGrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetConditionAndFuelGradeQuery, FleetConditionAndFuelGradeQueryVariables>;
export const LoggedVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoggedVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoggedVehicleQuery, LoggedVehicleQueryVariables>;
export const LoggedUnlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoggedUnlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<LoggedUnlockMutation, LoggedUnlockMutationVariables>;
export const LoggedTiresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoggedTires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoggedTiresQuery, LoggedTiresQueryVariables>;
export const LoggedEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LoggedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoggedEventsSubscription, LoggedEventsSubscriptionVariables>;
export const StartedBoundAndPlateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartedBoundAndPlate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]} as unknown as DocumentNode<StartedBoundAndPlateQuery, StartedBoundAndPlateQueryVariables>;
export const StartedBatteryHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartedBatteryHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batteryHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voltage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartedBatteryHistoryQuery, StartedBatteryHistoryQueryVariables>;
export const StartedBoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartedBound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]} as unknown as DocumentNode<StartedBoundQuery, StartedBoundQueryVariables>;
export const PlateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]} as unknown as DocumentNode<PlateQuery, PlateQueryVariables>;
export const OdometerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Odometer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OdometerQuery, OdometerQueryVariables>;
export const TrackPointCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackPointCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrackPointCountsQuery, TrackPointCountsQueryVariables>;
export const MeteredTiresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeteredTires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeteredTiresQuery, MeteredTiresQueryVariables>;
export const FleetPlatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetPlates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]} as unknown as DocumentNode<FleetPlatesQuery, FleetPlatesQueryVariables>;
export const TerminalBoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerminalBound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]} as unknown as DocumentNode<TerminalBoundQuery, TerminalBoundQueryVariables>;
export const BindTerminalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindTerminal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BindTerminalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindTerminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}}]}}]}}]} as unknown as DocumentNode<BindTerminalMutation, BindTerminalMutationVariables>;
export const ModelBenchmarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelBenchmark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fuelStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelAverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"idlePercent"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelBenchmarkQuery, ModelBenchmarkQueryVariables>;
export const SetModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVehicleProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]}}]} as unknown as DocumentNode<SetModelMutation, SetModelMutationVariables>;
export const UnbindTerminalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnbindTerminal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnbindTerminalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbindTerminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]}}]} as unknown as DocumentNode<UnbindTerminalMutation, UnbindTerminalMutationVariables>;
export const VehicleTripIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleTripIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripIds"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripIds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TripConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}}]}}]}}]}}]} as unknown as DocumentNode<VehicleTripIdsQuery, VehicleTripIdsQueryVariables>;
export const DeleteTripRefetchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTripRefetch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tripId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tripId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tripId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTripId"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripIds"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripIds"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TripConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteTripRefetchMutation, DeleteTripRefetchMutationVariables>;
export const DeleteUnknownTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUnknownTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tripId"},"value":{"kind":"StringValue","value":"1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTripId"}}]}}]}}]} as unknown as DocumentNode<DeleteUnknownTripMutation, DeleteUnknownTripMutationVariables>;
export const DeleteTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tripId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tripId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tripId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTripId"}}]}}]}}]} as unknown as DocumentNode<DeleteTripMutation, DeleteTripMutationVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"reachesEveryTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"terminalCount"}},{"kind":"Field","name":{"kind":"Name","value":"authenticated"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const WhoAmIWithTerminalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmIWithTerminals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"terminalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myTerminals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]} as unknown as DocumentNode<WhoAmIWithTerminalsQuery, WhoAmIWithTerminalsQueryVariables>;
export const WhoAmIOverWebSocketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmIOverWebSocket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"authenticated"}}]}}]}}]} as unknown as DocumentNode<WhoAmIOverWebSocketQuery, WhoAmIOverWebSocketQueryVariables>;
export const MyTerminalEsnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTerminalEsns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTerminals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]} as unknown as DocumentNode<MyTerminalEsnsQuery, MyTerminalEsnsQueryVariables>;
export const MyTerminalPlatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTerminalPlates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTerminals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]} as unknown as DocumentNode<MyTerminalPlatesQuery, MyTerminalPlatesQueryVariables>;
export const NodesByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Terminal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Brand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubBrand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Series"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<NodesByIdQuery, NodesByIdQueryVariables>;
export const NodeSampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subBrand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeSampleQuery, NodeSampleQueryVariables>;
export const DeleteNodeTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNodeTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tripId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tripId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tripId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTripId"}}]}}]}}]} as unknown as DocumentNode<DeleteNodeTripMutation, DeleteNodeTripMutationVariables>;
export const GoodAndBadNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoodAndBadNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"good"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bad"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"good"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"good"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bad"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bad"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GoodAndBadNodeQuery, GoodAndBadNodeQueryVariables>;
export const VehiclesInOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehiclesInOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]}}]} as unknown as DocumentNode<VehiclesInOrderQuery, VehiclesInOrderQueryVariables>;
export const RateLimitedTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimitedTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RateLimitedTypenameQuery, RateLimitedTypenameQueryVariables>;
export const RateLimitedEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RateLimitedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RateLimitedEventsSubscription, RateLimitedEventsSubscriptionVariables>;
export const RateLimitedFleetBoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimitedFleetBound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]} as unknown as DocumentNode<RateLimitedFleetBoundQuery, RateLimitedFleetBoundQueryVariables>;
export const ReadinessProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadinessProbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]} as unknown as DocumentNode<ReadinessProbeQuery, ReadinessProbeQueryVariables>;
export const OutageOdometerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutageOdometer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutageOdometerQuery, OutageOdometerQueryVariables>;
export const OutageEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OutageEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OutageEventsSubscription, OutageEventsSubscriptionVariables>;
export const OutageLatestEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutageLatestEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutageLatestEventsQuery, OutageLatestEventsQueryVariables>;
export const OutageLockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutageLock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockDoors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<OutageLockMutation, OutageLockMutationVariables>;
export const SharedBrandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedBrands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SharedBrandsQuery, SharedBrandsQueryVariables>;
export const SharedTripsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedTrips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedTripsQuery, SharedTripsQueryVariables>;
export const SharedDeleteTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedDeleteTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tripId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTripId"}}]}}]}}]} as unknown as DocumentNode<SharedDeleteTripMutation, SharedDeleteTripMutationVariables>;
export const FinishedTripsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinishedTrips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"fuelCostYuan"}},{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinishedTripsQuery, FinishedTripsQueryVariables>;
export const DeleteFinishedTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFinishedTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tripId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTripId"}}]}}]}}]} as unknown as DocumentNode<DeleteFinishedTripMutation, DeleteFinishedTripMutationVariables>;
export const ChangeFuelGradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeFuelGrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FuelGrade"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVehicleProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fuelGrade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeFuelGradeMutation, ChangeFuelGradeMutationVariables>;
export const ShutdownFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ShutdownFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShutdownFeedSubscription, ShutdownFeedSubscriptionVariables>;
export const ShutdownPlainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShutdownPlain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]} as unknown as DocumentNode<ShutdownPlainQuery, ShutdownPlainQueryVariables>;
export const ExpiringFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExpiringFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ExpiringFeedSubscription, ExpiringFeedSubscriptionVariables>;
export const ConditionOverSocketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConditionOverSocket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConditionOverSocketQuery, ConditionOverSocketQueryVariables>;
export const EventsWithLatestTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EventsWithLatestTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsWithLatestTrackSubscription, EventsWithLatestTrackSubscriptionVariables>;
export const OdometerNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OdometerNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OdometerNowQuery, OdometerNowQueryVariables>;
export const EventsWithTripDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EventsWithTripDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsWithTripDetailSubscription, EventsWithTripDetailSubscriptionVariables>;
export const TerminalStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerminalStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"bindStatus"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"pluggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerminalStatusQuery, TerminalStatusQueryVariables>;
export const OneTerminalStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneTerminalStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"bindStatus"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"pluggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]} as unknown as DocumentNode<OneTerminalStatusQuery, OneTerminalStatusQueryVariables>;
export const VehiclePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehiclePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"wgs84"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehiclePositionQuery, VehiclePositionQueryVariables>;
export const OdometerAndTripCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OdometerAndTripCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OdometerAndTripCountsQuery, OdometerAndTripCountsQueryVariables>;
export const TwoTerminalStatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoTerminalStatuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]} as unknown as DocumentNode<TwoTerminalStatusesQuery, TwoTerminalStatusesQueryVariables>;
export const PlateEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlateEverywhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlateEverywhereQuery, PlateEverywhereQueryVariables>;
export const TracedCarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TracedCar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TracedCarQuery, TracedCarQueryVariables>;
export const TracedPlateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TracedPlate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]} as unknown as DocumentNode<TracedPlateQuery, TracedPlateQueryVariables>;
export const CarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Car"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CarQuery, CarQueryVariables>;
export const TripPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TripPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"averageFuelConsumptionLitersPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"fuelUsedLiters"}},{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}},{"kind":"Field","name":{"kind":"Name","value":"warmUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"idleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"topSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"maxSpeedKmh"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TripPageQuery, TripPageQueryVariables>;
export const SharedTripPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedTripPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedTripPageQuery, SharedTripPageQueryVariables>;
export const TripTrackAndEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TripTrackAndEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"wgs"},"name":{"kind":"Name","value":"geoJson"}},{"kind":"Field","alias":{"kind":"Name","value":"gcj"},"name":{"kind":"Name","value":"geoJson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datum"},"value":{"kind":"EnumValue","value":"GCJ02"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"topSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}},{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"fatigueDrivingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"speedingSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"warmUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"experiencePoints"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"drivingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"longDrive"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictText"}},{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}},{"kind":"Field","name":{"kind":"Name","value":"fuelCostYuan"}},{"kind":"Field","name":{"kind":"Name","value":"carbonEmissionsKg"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TripTrackAndEvaluationQuery, TripTrackAndEvaluationQueryVariables>;
export const NewestTripEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewestTripEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"topSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}},{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"fatigueDrivingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"speedingSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"warmUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"experiencePoints"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"drivingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"longDrive"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictText"}},{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}},{"kind":"Field","name":{"kind":"Name","value":"fuelCostYuan"}},{"kind":"Field","name":{"kind":"Name","value":"carbonEmissionsKg"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewestTripEvaluationQuery, NewestTripEvaluationQueryVariables>;
export const NewestTripIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewestTripIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewestTripIdsQuery, NewestTripIdsQueryVariables>;
export const TripsWithEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TripsWithEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TripsWithEvaluationsQuery, TripsWithEvaluationsQueryVariables>;
export const TripByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TripById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tripId"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}}]}}]}}]} as unknown as DocumentNode<TripByIdQuery, TripByIdQueryVariables>;
export const TripGlobalIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TripGlobalIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tripId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TripGlobalIdsQuery, TripGlobalIdsQueryVariables>;
export const CostTerminalAndConditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostTerminalAndCondition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostTerminalAndConditionQuery, CostTerminalAndConditionQueryVariables>;
export const CostFirstTripTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostFirstTripTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostFirstTripTrackQuery, CostFirstTripTrackQueryVariables>;
export const CostRunawayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostRunaway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostRunawayQuery, CostRunawayQueryVariables>;
export const CostFleetDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostFleetDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasAlerts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostFleetDashboardQuery, CostFleetDashboardQueryVariables>;
export const CostFleetBoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostFleetBound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]} as unknown as DocumentNode<CostFleetBoundQuery, CostFleetBoundQueryVariables>;
export const CostUnknownModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostUnknownModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"IntValue","value":"999999"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CostUnknownModelQuery, CostUnknownModelQueryVariables>;
export const CostProfileUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CostProfileUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVehicleProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"insurer"},"value":{"kind":"StringValue","value":"平安车险","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurer"}}]}}]}}]}}]} as unknown as DocumentNode<CostProfileUpdateMutation, CostProfileUpdateMutationVariables>;
export const CostTripIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostTripIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostTripIdsQuery, CostTripIdsQueryVariables>;
export const CostNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CostNodeQuery, CostNodeQueryVariables>;
export const CostNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CostNodesQuery, CostNodesQueryVariables>;
export const TripsAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TripsAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TripsAfterQuery, TripsAfterQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVehicleProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileMileageKm"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceIntervalKm"}},{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"plateType"}},{"kind":"Field","name":{"kind":"Name","value":"plateTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"engineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceDate"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleTaxDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualTollTicketDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualInspectionDueDate"}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ReadProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"catalogId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileMileageKm"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceIntervalKm"}},{"kind":"Field","name":{"kind":"Name","value":"fuelGrade"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"plateType"}},{"kind":"Field","name":{"kind":"Name","value":"plateTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"engineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceDate"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleTaxDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualTollTicketDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualInspectionDueDate"}}]}}]} as unknown as DocumentNode<ReadProfileQuery, ReadProfileQueryVariables>;
export const StateConditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateCondition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"batteryVoltage"}},{"kind":"Field","name":{"kind":"Name","value":"driveStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ignitionOn"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"speedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"engineRpm"}},{"kind":"Field","name":{"kind":"Name","value":"coolantTemperatureCelsius"}},{"kind":"Field","name":{"kind":"Name","value":"faultCodes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StateConditionQuery, StateConditionQueryVariables>;
export const StateBatteryHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateBatteryHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batteryHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voltage"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StateBatteryHistoryQuery, StateBatteryHistoryQueryVariables>;
export const StateHealthCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateHealthCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"massAirFlowGramsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"intakeManifoldPressureKpa"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAirTemperatureCelsius"}},{"kind":"Field","name":{"kind":"Name","value":"coolantTemperatureCelsius"}},{"kind":"Field","name":{"kind":"Name","value":"fuelPressureKpa"}},{"kind":"Field","name":{"kind":"Name","value":"throttlePositionPercent"}},{"kind":"Field","name":{"kind":"Name","value":"egrPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ignitionTimingAdvanceDegrees"}},{"kind":"Field","name":{"kind":"Name","value":"evaporativeSystemPressureKpa"}},{"kind":"Field","name":{"kind":"Name","value":"evaporativePurgePercent"}},{"kind":"Field","name":{"kind":"Name","value":"vacuumPressureKpa"}},{"kind":"Field","name":{"kind":"Name","value":"catalystTemperatureBank1Sensor1Celsius"}},{"kind":"Field","name":{"kind":"Name","value":"catalystTemperatureBank1Sensor2Celsius"}},{"kind":"Field","name":{"kind":"Name","value":"catalystTemperatureBank2Sensor1Celsius"}},{"kind":"Field","name":{"kind":"Name","value":"catalystTemperatureBank2Sensor2Celsius"}},{"kind":"Field","name":{"kind":"Name","value":"engineRpm"}},{"kind":"Field","name":{"kind":"Name","value":"engineLoadPercent"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosedAt"}},{"kind":"Field","name":{"kind":"Name","value":"faultCodes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StateHealthCheckQuery, StateHealthCheckQueryVariables>;
export const StateTiresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateTires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"all"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pressureKpa"}},{"kind":"Field","name":{"kind":"Name","value":"pressureBar"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureCelsius"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontLeft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontRight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rearLeft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rearRight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StateTiresQuery, StateTiresQueryVariables>;
export const StateFuelLastDayDistanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateFuelLastDayDistance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StateFuelLastDayDistanceQuery, StateFuelLastDayDistanceQueryVariables>;
export const StateFuelStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateFuelStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fuelStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelAverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateBenchmarkFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateDrivingStatistics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastSevenDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateDrivingStatistics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateDrivingStatistics"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateBenchmarkFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelDrivingBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"averageFuelConsumptionLitersPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"optimalCoolantTimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"idlePercent"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateDrivingStatistics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DrivingStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"harshAccelerations"}},{"kind":"Field","name":{"kind":"Name","value":"harshBrakings"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"averageFuelConsumptionLitersPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"optimalCoolantTimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"idlePercent"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"fuelCostYuan"}},{"kind":"Field","name":{"kind":"Name","value":"costPerKmYuan"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<StateFuelStatisticsQuery, StateFuelStatisticsQueryVariables>;
export const StateOdometerAndTireAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateOdometerAndTireAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasAlerts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StateOdometerAndTireAlertsQuery, StateOdometerAndTireAlertsQueryVariables>;
export const StateFaultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateFaults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"esns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"esns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"esns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esn"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultCodes"}},{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"definedBy"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultCodes"}},{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"definedBy"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StateFaultsQuery, StateFaultsQueryVariables>;