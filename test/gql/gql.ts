/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuthTerminalStatus($esn: String!) {\n    terminal(esn: $esn) { esn bound vehicle { condition { odometerKm } } }\n  }\n": typeof types.AuthTerminalStatusDocument,
    "\n  query AuthMixedTerminals($esns: [String!]!) {\n    terminals(esns: $esns) { esn bound }\n  }\n": typeof types.AuthMixedTerminalsDocument,
    "\n  query AuthBrands { brand(id: 12) { name } }\n": typeof types.AuthBrandsDocument,
    "\n  mutation AuthLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: $esn) { state } }\n": typeof types.AuthLockDoorsDocument,
    "\n  mutation AuthAuditedLock($esn: String!) { lockDoors(esn: $esn, idempotencyKey: \"audit-test\") { state } }\n": typeof types.AuthAuditedLockDocument,
    "\n  mutation AuthDeleteTrip($esn: String!) { deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId } }\n": typeof types.AuthDeleteTripDocument,
    "\n  mutation AuthUpdateProfile($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: \"平安车险\" }) { vehicle { esn } } }\n": typeof types.AuthUpdateProfileDocument,
    "\n  mutation AuthUnbind($esn: String!) { unbindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n": typeof types.AuthUnbindDocument,
    "\n  mutation AuthBind($esn: String!) { bindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n": typeof types.AuthBindDocument,
    "\n  subscription AuthOwnEvents($esns: [String!]) { vehicleEvents(esns: $esns) { id esn } }\n": typeof types.AuthOwnEventsDocument,
    "\n  query AuthMyTerminals { myTerminals { esn } }\n": typeof types.AuthMyTerminalsDocument,
    "\n  query ConditionAndProfile($esns: [String!]!) {\n    terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } }\n  }\n": typeof types.ConditionAndProfileDocument,
    "\n  query BoundTwice($esn: String!) {\n    a: terminal(esn: $esn) { bound }\n    b: terminal(esn: $esn) { bound }\n  }\n": typeof types.BoundTwiceDocument,
    "\n  query CatalogTree($brandId: Int!) {\n    brand(id: $brandId) {\n      id: catalogId name logoUrl\n      subBrands {\n        id: catalogId name brand { id: catalogId }\n        series {\n          id: catalogId name subBrand { id: catalogId }\n          models { id: catalogId name year fullName series { id: catalogId } brand { id: catalogId } }\n        }\n      }\n    }\n  }\n": typeof types.CatalogTreeDocument,
    "\n  query BrandList {\n    brands { id: catalogId name logoUrl }\n  }\n": typeof types.BrandListDocument,
    "\n  query ModelName($id: Int!) {\n    model(id: $id) { id: catalogId year fullName series { name subBrand { name } } brand { name } }\n  }\n": typeof types.ModelNameDocument,
    "\n  query BrandsAndModel($modelId: Int!) {\n    brands { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n": typeof types.BrandsAndModelDocument,
    "\n  query BrandAndModelIds($brandId: Int!, $modelId: Int!) {\n    brand(id: $brandId) { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n": typeof types.BrandAndModelIdsDocument,
    "\n  query Brands {\n    brands { id name logoUrl }\n  }\n": typeof types.BrandsDocument,
    "\n  query Typename {\n    __typename\n  }\n": typeof types.TypenameDocument,
    "\n  query Dashboard($esns: [String!]!, $pinned: String!, $from: DateTime!, $to: DateTime!) {\n    fleet: terminals(esns: $esns) {\n      esn\n      vehicle {\n        ...VehicleSummary\n        condition {\n          odometerKm\n          location { lng lat }\n        }\n        battery: condition { batteryVoltage }\n        profile {\n          model {\n            name\n            series { name subBrand { name } }\n          }\n        }\n        trips(first: 5, from: $from, to: $to) {\n          totalCount\n          edges {\n            node {\n              id: tripId\n              ...TripDetail\n              track { pointCount }\n            }\n          }\n        }\n        latest: trips(first: 3, from: $from, to: $to) {\n          edges { node { id: tripId evaluation { verdict } } }\n        }\n      }\n    }\n    pinned: terminal(esn: $pinned) {\n      vehicle {\n        ...VehicleSummary\n        trips(first: 5, from: $from, to: $to) { edges { node { ...TripDetail } } }\n      }\n    }\n  }\n\n  fragment VehicleSummary on Vehicle {\n    condition { driveStatus speedKmh }\n    profile { fuelGrade model { id: catalogId series { id: catalogId } } }\n  }\n\n  fragment TripDetail on Trip {\n    distanceKm\n    track { lengthKm }\n    evaluation { distanceKm fuelCostYuan }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation LockDoors($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id action esn idempotencyKey state requestedAt acceptedAt completedAt message }\n  }\n": typeof types.LockDoorsDocument,
    "\n  mutation UnlockDoors($esn: String!, $key: String!) {\n    unlockDoors(esn: $esn, idempotencyKey: $key) { id action state message }\n  }\n": typeof types.UnlockDoorsDocument,
    "\n  query DoorCommandState($id: ID!) {\n    doorCommand(id: $id) {\n      id\n      state\n      acceptedAt\n      completedAt\n      message\n      outcomeEvent { __typename id type ... on DoorEvent { action outcome } }\n    }\n  }\n": typeof types.DoorCommandStateDocument,
    "\n  subscription DoorCommandProgress($id: ID!) {\n    doorCommand(id: $id) { id state outcomeEvent { id } }\n  }\n": typeof types.DoorCommandProgressDocument,
    "\n  subscription ReplayedIds($since: String) {\n    vehicleEvents(since: $since) { id }\n  }\n": typeof types.ReplayedIdsDocument,
    "\n  subscription LiveIds($esns: [String!]) {\n    vehicleEvents(esns: $esns) { id esn }\n  }\n": typeof types.LiveIdsDocument,
    "\n  mutation LockOnce($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id state }\n  }\n": typeof types.LockOnceDocument,
    "\n  query CommandOutcome($id: ID!) {\n    doorCommand(id: $id) { state outcomeEvent { id } }\n  }\n": typeof types.CommandOutcomeDocument,
    "\n  query EventsOfVehicle($esn: String!) {\n    terminal(esn: $esn) { vehicle { events(first: 100) { edges { node { id } } } } }\n  }\n": typeof types.EventsOfVehicleDocument,
    "\n  subscription VehicleEventsFeed($esns: [String!], $types: [VehicleEventType!], $since: String) {\n    vehicleEvents(esns: $esns, types: $types, since: $since) {\n      __typename\n      id\n      esn\n      type\n      ... on VibrationEvent { level }\n    }\n  }\n": typeof types.VehicleEventsFeedDocument,
    "\n  query VehicleEvents($esn: String!, $first: Int, $after: String, $types: [VehicleEventType!]) {\n    terminal(esn: $esn) {\n      vehicle {\n        events(first: $first, after: $after, types: $types) {\n          edges {\n            cursor\n            node {\n              __typename\n              id\n              type\n              wireType\n              esn\n              occurredAt\n              receivedAt\n              text\n              location { lng lat wgs84 { lng lat } }\n              ... on VibrationEvent { level }\n              ... on CollisionEvent { level }\n              ... on LowBatteryEvent { level }\n              ... on IgnitionEvent { ignitionOn anomalous }\n              ... on TirePressureEvent { anomaly tire }\n              ... on DoorEvent { action outcome }\n              ... on DataQuotaEvent { usedMegabytes }\n              ... on RestrictedAreaEvent { reportedPosition { lng lat } }\n            }\n          }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": typeof types.VehicleEventsDocument,
    "\n  query TerminalBound($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n": typeof types.TerminalBoundDocument,
    "\n  mutation BindTerminal($input: BindTerminalInput!) {\n    bindTerminal(input: $input) { esn terminal { esn bound mobile } }\n  }\n": typeof types.BindTerminalDocument,
    "\n  mutation UnbindTerminal($input: UnbindTerminalInput!) {\n    unbindTerminal(input: $input) { esn terminal { esn bound } }\n  }\n": typeof types.UnbindTerminalDocument,
    "\n  fragment TripIds on TripConnection {\n    totalCount edges { node { id: tripId } }\n  }\n": typeof types.TripIdsFragmentDoc,
    "\n  query VehicleTripIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n": typeof types.VehicleTripIdsDocument,
    "\n  mutation DeleteTripRefetch($esn: String!, $tripId: ID!, $from: DateTime, $to: DateTime) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId vehicle { esn trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n": typeof types.DeleteTripRefetchDocument,
    "\n  mutation DeleteUnknownTrip($esn: String!) {\n    deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId }\n  }\n": typeof types.DeleteUnknownTripDocument,
    "\n  mutation DeleteTrip($esn: String!, $tripId: ID!) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId }\n  }\n": typeof types.DeleteTripDocument,
    "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n": typeof types.MyTerminalEsnsDocument,
    "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n": typeof types.MyTerminalPlatesDocument,
    "\n  query SharedBrands {\n    brands { id name }\n  }\n": typeof types.SharedBrandsDocument,
    "\n  query SharedTrips($esn: String!) {\n    terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }\n  }\n": typeof types.SharedTripsDocument,
    "\n  mutation SharedDeleteTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n": typeof types.SharedDeleteTripDocument,
    "\n  query FinishedTrips($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: 3) {\n          edges { node { id: tripId track { pointCount lengthKm } evaluation { verdict fuelCostYuan fuelGrade } } }\n        }\n      }\n    }\n  }\n": typeof types.FinishedTripsDocument,
    "\n  mutation DeleteFinishedTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n": typeof types.DeleteFinishedTripDocument,
    "\n  mutation ChangeFuelGrade($esn: String!, $grade: FuelGrade!) {\n    updateVehicleProfile(esn: $esn, input: { fuelGrade: $grade }) { profile { fuelGrade } }\n  }\n": typeof types.ChangeFuelGradeDocument,
    "\n  subscription ShutdownFeed($esns: [String!], $since: String) {\n    vehicleEvents(esns: $esns, since: $since) { id }\n  }\n": typeof types.ShutdownFeedDocument,
    "\n  query ShutdownPlain($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n": typeof types.ShutdownPlainDocument,
    "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n": typeof types.TerminalStatusDocument,
    "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n": typeof types.VehiclePositionDocument,
    "\n  query TracedCar($esn: String!) {\n    terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } }\n  }\n": typeof types.TracedCarDocument,
    "\n  query TracedPlate($esn: String!) {\n    terminal(esn: $esn) { plateNumber }\n  }\n": typeof types.TracedPlateDocument,
    "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TripPageDocument,
    "\n  fragment ProfileFields on VehicleProfile {\n    modelId model { id: catalogId fullName } profileMileageKm maintenanceIntervalKm fuelGrade plateNumber plateType plateTypeCode\n    vin engineNumber insurer insuranceDate vehicleTaxDate annualTollTicketDate annualInspectionDueDate\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  mutation UpdateProfile($esn: String!, $input: VehicleProfileInput!) {\n    updateVehicleProfile(esn: $esn, input: $input) {\n      vehicle { esn }\n      profile { ...ProfileFields }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query ReadProfile($esn: String!) {\n    terminal(esn: $esn) { vehicle { profile { ...ProfileFields } } }\n  }\n": typeof types.ReadProfileDocument,
    "\n  query StateCondition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat } odometerKm batteryVoltage driveStatus ignitionOn vin\n          speedKmh engineRpm coolantTemperatureCelsius faultCodes\n        }\n      }\n    }\n  }\n": typeof types.StateConditionDocument,
    "\n  query StateBatteryHistory($esn: String!) {\n    terminal(esn: $esn) { vehicle { batteryHistory { voltage reportedAt } } }\n  }\n": typeof types.StateBatteryHistoryDocument,
    "\n  query StateHealthCheck($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        healthCheck {\n          massAirFlowGramsPerSecond intakeManifoldPressureKpa intakeAirTemperatureCelsius coolantTemperatureCelsius\n          fuelPressureKpa throttlePositionPercent egrPercent ignitionTimingAdvanceDegrees evaporativeSystemPressureKpa\n          evaporativePurgePercent vacuumPressureKpa catalystTemperatureBank1Sensor1Celsius catalystTemperatureBank1Sensor2Celsius\n          catalystTemperatureBank2Sensor1Celsius catalystTemperatureBank2Sensor2Celsius engineRpm engineLoadPercent diagnosedAt faultCodes\n        }\n      }\n    }\n  }\n": typeof types.StateHealthCheckDocument,
    "\n  query StateTires($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        tires {\n          hasAlerts\n          all { position state alerts rawStatus pressureKpa pressureBar temperatureCelsius updatedAt }\n          frontLeft { position } frontRight { position } rearLeft { position } rearRight { position }\n        }\n      }\n    }\n  }\n": typeof types.StateTiresDocument,
    "\n  query StateFuelLastDayDistance($esn: String!) {\n    terminal(esn: $esn) { vehicle { fuelStatistics { lastDay { distanceKm } } } }\n  }\n": typeof types.StateFuelLastDayDistanceDocument,
    "\n  fragment StateBenchmarkFigures on ModelDrivingBenchmark {\n    harshAccelerations harshBrakings averageSpeedKmh averageFuelConsumptionLitersPer100Km optimalCoolantTimePercent idlePercent idleTimeSeconds\n  }\n": typeof types.StateBenchmarkFiguresFragmentDoc,
    "\n  fragment StateDrivingStatistics on DrivingStatistics {\n    harshAccelerations harshBrakings averageSpeedKmh averageFuelConsumptionLitersPer100Km optimalCoolantTimePercent idlePercent idleTimeSeconds\n    distanceKm fuelCostYuan costPerKmYuan periodStart periodEnd computedAt\n  }\n": typeof types.StateDrivingStatisticsFragmentDoc,
    "\n  query StateFuelStatistics($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        fuelStatistics {\n          modelAverage { ...StateBenchmarkFigures }\n          overall { ...StateDrivingStatistics }\n          lastSevenDays { ...StateDrivingStatistics }\n          lastDay { ...StateDrivingStatistics }\n        }\n      }\n    }\n  }\n": typeof types.StateFuelStatisticsDocument,
    "\n  query StateOdometerAndTireAlerts($esn: String!) {\n    terminal(esn: $esn) { vehicle { condition { odometerKm } tires { hasAlerts } } }\n  }\n": typeof types.StateOdometerAndTireAlertsDocument,
};
const documents: Documents = {
    "\n  query AuthTerminalStatus($esn: String!) {\n    terminal(esn: $esn) { esn bound vehicle { condition { odometerKm } } }\n  }\n": types.AuthTerminalStatusDocument,
    "\n  query AuthMixedTerminals($esns: [String!]!) {\n    terminals(esns: $esns) { esn bound }\n  }\n": types.AuthMixedTerminalsDocument,
    "\n  query AuthBrands { brand(id: 12) { name } }\n": types.AuthBrandsDocument,
    "\n  mutation AuthLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: $esn) { state } }\n": types.AuthLockDoorsDocument,
    "\n  mutation AuthAuditedLock($esn: String!) { lockDoors(esn: $esn, idempotencyKey: \"audit-test\") { state } }\n": types.AuthAuditedLockDocument,
    "\n  mutation AuthDeleteTrip($esn: String!) { deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId } }\n": types.AuthDeleteTripDocument,
    "\n  mutation AuthUpdateProfile($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: \"平安车险\" }) { vehicle { esn } } }\n": types.AuthUpdateProfileDocument,
    "\n  mutation AuthUnbind($esn: String!) { unbindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n": types.AuthUnbindDocument,
    "\n  mutation AuthBind($esn: String!) { bindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n": types.AuthBindDocument,
    "\n  subscription AuthOwnEvents($esns: [String!]) { vehicleEvents(esns: $esns) { id esn } }\n": types.AuthOwnEventsDocument,
    "\n  query AuthMyTerminals { myTerminals { esn } }\n": types.AuthMyTerminalsDocument,
    "\n  query ConditionAndProfile($esns: [String!]!) {\n    terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } }\n  }\n": types.ConditionAndProfileDocument,
    "\n  query BoundTwice($esn: String!) {\n    a: terminal(esn: $esn) { bound }\n    b: terminal(esn: $esn) { bound }\n  }\n": types.BoundTwiceDocument,
    "\n  query CatalogTree($brandId: Int!) {\n    brand(id: $brandId) {\n      id: catalogId name logoUrl\n      subBrands {\n        id: catalogId name brand { id: catalogId }\n        series {\n          id: catalogId name subBrand { id: catalogId }\n          models { id: catalogId name year fullName series { id: catalogId } brand { id: catalogId } }\n        }\n      }\n    }\n  }\n": types.CatalogTreeDocument,
    "\n  query BrandList {\n    brands { id: catalogId name logoUrl }\n  }\n": types.BrandListDocument,
    "\n  query ModelName($id: Int!) {\n    model(id: $id) { id: catalogId year fullName series { name subBrand { name } } brand { name } }\n  }\n": types.ModelNameDocument,
    "\n  query BrandsAndModel($modelId: Int!) {\n    brands { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n": types.BrandsAndModelDocument,
    "\n  query BrandAndModelIds($brandId: Int!, $modelId: Int!) {\n    brand(id: $brandId) { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n": types.BrandAndModelIdsDocument,
    "\n  query Brands {\n    brands { id name logoUrl }\n  }\n": types.BrandsDocument,
    "\n  query Typename {\n    __typename\n  }\n": types.TypenameDocument,
    "\n  query Dashboard($esns: [String!]!, $pinned: String!, $from: DateTime!, $to: DateTime!) {\n    fleet: terminals(esns: $esns) {\n      esn\n      vehicle {\n        ...VehicleSummary\n        condition {\n          odometerKm\n          location { lng lat }\n        }\n        battery: condition { batteryVoltage }\n        profile {\n          model {\n            name\n            series { name subBrand { name } }\n          }\n        }\n        trips(first: 5, from: $from, to: $to) {\n          totalCount\n          edges {\n            node {\n              id: tripId\n              ...TripDetail\n              track { pointCount }\n            }\n          }\n        }\n        latest: trips(first: 3, from: $from, to: $to) {\n          edges { node { id: tripId evaluation { verdict } } }\n        }\n      }\n    }\n    pinned: terminal(esn: $pinned) {\n      vehicle {\n        ...VehicleSummary\n        trips(first: 5, from: $from, to: $to) { edges { node { ...TripDetail } } }\n      }\n    }\n  }\n\n  fragment VehicleSummary on Vehicle {\n    condition { driveStatus speedKmh }\n    profile { fuelGrade model { id: catalogId series { id: catalogId } } }\n  }\n\n  fragment TripDetail on Trip {\n    distanceKm\n    track { lengthKm }\n    evaluation { distanceKm fuelCostYuan }\n  }\n": types.DashboardDocument,
    "\n  mutation LockDoors($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id action esn idempotencyKey state requestedAt acceptedAt completedAt message }\n  }\n": types.LockDoorsDocument,
    "\n  mutation UnlockDoors($esn: String!, $key: String!) {\n    unlockDoors(esn: $esn, idempotencyKey: $key) { id action state message }\n  }\n": types.UnlockDoorsDocument,
    "\n  query DoorCommandState($id: ID!) {\n    doorCommand(id: $id) {\n      id\n      state\n      acceptedAt\n      completedAt\n      message\n      outcomeEvent { __typename id type ... on DoorEvent { action outcome } }\n    }\n  }\n": types.DoorCommandStateDocument,
    "\n  subscription DoorCommandProgress($id: ID!) {\n    doorCommand(id: $id) { id state outcomeEvent { id } }\n  }\n": types.DoorCommandProgressDocument,
    "\n  subscription ReplayedIds($since: String) {\n    vehicleEvents(since: $since) { id }\n  }\n": types.ReplayedIdsDocument,
    "\n  subscription LiveIds($esns: [String!]) {\n    vehicleEvents(esns: $esns) { id esn }\n  }\n": types.LiveIdsDocument,
    "\n  mutation LockOnce($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id state }\n  }\n": types.LockOnceDocument,
    "\n  query CommandOutcome($id: ID!) {\n    doorCommand(id: $id) { state outcomeEvent { id } }\n  }\n": types.CommandOutcomeDocument,
    "\n  query EventsOfVehicle($esn: String!) {\n    terminal(esn: $esn) { vehicle { events(first: 100) { edges { node { id } } } } }\n  }\n": types.EventsOfVehicleDocument,
    "\n  subscription VehicleEventsFeed($esns: [String!], $types: [VehicleEventType!], $since: String) {\n    vehicleEvents(esns: $esns, types: $types, since: $since) {\n      __typename\n      id\n      esn\n      type\n      ... on VibrationEvent { level }\n    }\n  }\n": types.VehicleEventsFeedDocument,
    "\n  query VehicleEvents($esn: String!, $first: Int, $after: String, $types: [VehicleEventType!]) {\n    terminal(esn: $esn) {\n      vehicle {\n        events(first: $first, after: $after, types: $types) {\n          edges {\n            cursor\n            node {\n              __typename\n              id\n              type\n              wireType\n              esn\n              occurredAt\n              receivedAt\n              text\n              location { lng lat wgs84 { lng lat } }\n              ... on VibrationEvent { level }\n              ... on CollisionEvent { level }\n              ... on LowBatteryEvent { level }\n              ... on IgnitionEvent { ignitionOn anomalous }\n              ... on TirePressureEvent { anomaly tire }\n              ... on DoorEvent { action outcome }\n              ... on DataQuotaEvent { usedMegabytes }\n              ... on RestrictedAreaEvent { reportedPosition { lng lat } }\n            }\n          }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": types.VehicleEventsDocument,
    "\n  query TerminalBound($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n": types.TerminalBoundDocument,
    "\n  mutation BindTerminal($input: BindTerminalInput!) {\n    bindTerminal(input: $input) { esn terminal { esn bound mobile } }\n  }\n": types.BindTerminalDocument,
    "\n  mutation UnbindTerminal($input: UnbindTerminalInput!) {\n    unbindTerminal(input: $input) { esn terminal { esn bound } }\n  }\n": types.UnbindTerminalDocument,
    "\n  fragment TripIds on TripConnection {\n    totalCount edges { node { id: tripId } }\n  }\n": types.TripIdsFragmentDoc,
    "\n  query VehicleTripIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n": types.VehicleTripIdsDocument,
    "\n  mutation DeleteTripRefetch($esn: String!, $tripId: ID!, $from: DateTime, $to: DateTime) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId vehicle { esn trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n": types.DeleteTripRefetchDocument,
    "\n  mutation DeleteUnknownTrip($esn: String!) {\n    deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId }\n  }\n": types.DeleteUnknownTripDocument,
    "\n  mutation DeleteTrip($esn: String!, $tripId: ID!) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId }\n  }\n": types.DeleteTripDocument,
    "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n": types.MyTerminalEsnsDocument,
    "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n": types.MyTerminalPlatesDocument,
    "\n  query SharedBrands {\n    brands { id name }\n  }\n": types.SharedBrandsDocument,
    "\n  query SharedTrips($esn: String!) {\n    terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }\n  }\n": types.SharedTripsDocument,
    "\n  mutation SharedDeleteTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n": types.SharedDeleteTripDocument,
    "\n  query FinishedTrips($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: 3) {\n          edges { node { id: tripId track { pointCount lengthKm } evaluation { verdict fuelCostYuan fuelGrade } } }\n        }\n      }\n    }\n  }\n": types.FinishedTripsDocument,
    "\n  mutation DeleteFinishedTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n": types.DeleteFinishedTripDocument,
    "\n  mutation ChangeFuelGrade($esn: String!, $grade: FuelGrade!) {\n    updateVehicleProfile(esn: $esn, input: { fuelGrade: $grade }) { profile { fuelGrade } }\n  }\n": types.ChangeFuelGradeDocument,
    "\n  subscription ShutdownFeed($esns: [String!], $since: String) {\n    vehicleEvents(esns: $esns, since: $since) { id }\n  }\n": types.ShutdownFeedDocument,
    "\n  query ShutdownPlain($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n": types.ShutdownPlainDocument,
    "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n": types.TerminalStatusDocument,
    "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n": types.VehiclePositionDocument,
    "\n  query TracedCar($esn: String!) {\n    terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } }\n  }\n": types.TracedCarDocument,
    "\n  query TracedPlate($esn: String!) {\n    terminal(esn: $esn) { plateNumber }\n  }\n": types.TracedPlateDocument,
    "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TripPageDocument,
    "\n  fragment ProfileFields on VehicleProfile {\n    modelId model { id: catalogId fullName } profileMileageKm maintenanceIntervalKm fuelGrade plateNumber plateType plateTypeCode\n    vin engineNumber insurer insuranceDate vehicleTaxDate annualTollTicketDate annualInspectionDueDate\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  mutation UpdateProfile($esn: String!, $input: VehicleProfileInput!) {\n    updateVehicleProfile(esn: $esn, input: $input) {\n      vehicle { esn }\n      profile { ...ProfileFields }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query ReadProfile($esn: String!) {\n    terminal(esn: $esn) { vehicle { profile { ...ProfileFields } } }\n  }\n": types.ReadProfileDocument,
    "\n  query StateCondition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat } odometerKm batteryVoltage driveStatus ignitionOn vin\n          speedKmh engineRpm coolantTemperatureCelsius faultCodes\n        }\n      }\n    }\n  }\n": types.StateConditionDocument,
    "\n  query StateBatteryHistory($esn: String!) {\n    terminal(esn: $esn) { vehicle { batteryHistory { voltage reportedAt } } }\n  }\n": types.StateBatteryHistoryDocument,
    "\n  query StateHealthCheck($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        healthCheck {\n          massAirFlowGramsPerSecond intakeManifoldPressureKpa intakeAirTemperatureCelsius coolantTemperatureCelsius\n          fuelPressureKpa throttlePositionPercent egrPercent ignitionTimingAdvanceDegrees evaporativeSystemPressureKpa\n          evaporativePurgePercent vacuumPressureKpa catalystTemperatureBank1Sensor1Celsius catalystTemperatureBank1Sensor2Celsius\n          catalystTemperatureBank2Sensor1Celsius catalystTemperatureBank2Sensor2Celsius engineRpm engineLoadPercent diagnosedAt faultCodes\n        }\n      }\n    }\n  }\n": types.StateHealthCheckDocument,
    "\n  query StateTires($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        tires {\n          hasAlerts\n          all { position state alerts rawStatus pressureKpa pressureBar temperatureCelsius updatedAt }\n          frontLeft { position } frontRight { position } rearLeft { position } rearRight { position }\n        }\n      }\n    }\n  }\n": types.StateTiresDocument,
    "\n  query StateFuelLastDayDistance($esn: String!) {\n    terminal(esn: $esn) { vehicle { fuelStatistics { lastDay { distanceKm } } } }\n  }\n": types.StateFuelLastDayDistanceDocument,
    "\n  fragment StateBenchmarkFigures on ModelDrivingBenchmark {\n    harshAccelerations harshBrakings averageSpeedKmh averageFuelConsumptionLitersPer100Km optimalCoolantTimePercent idlePercent idleTimeSeconds\n  }\n": types.StateBenchmarkFiguresFragmentDoc,
    "\n  fragment StateDrivingStatistics on DrivingStatistics {\n    harshAccelerations harshBrakings averageSpeedKmh averageFuelConsumptionLitersPer100Km optimalCoolantTimePercent idlePercent idleTimeSeconds\n    distanceKm fuelCostYuan costPerKmYuan periodStart periodEnd computedAt\n  }\n": types.StateDrivingStatisticsFragmentDoc,
    "\n  query StateFuelStatistics($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        fuelStatistics {\n          modelAverage { ...StateBenchmarkFigures }\n          overall { ...StateDrivingStatistics }\n          lastSevenDays { ...StateDrivingStatistics }\n          lastDay { ...StateDrivingStatistics }\n        }\n      }\n    }\n  }\n": types.StateFuelStatisticsDocument,
    "\n  query StateOdometerAndTireAlerts($esn: String!) {\n    terminal(esn: $esn) { vehicle { condition { odometerKm } tires { hasAlerts } } }\n  }\n": types.StateOdometerAndTireAlertsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTerminalStatus($esn: String!) {\n    terminal(esn: $esn) { esn bound vehicle { condition { odometerKm } } }\n  }\n"): (typeof documents)["\n  query AuthTerminalStatus($esn: String!) {\n    terminal(esn: $esn) { esn bound vehicle { condition { odometerKm } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMixedTerminals($esns: [String!]!) {\n    terminals(esns: $esns) { esn bound }\n  }\n"): (typeof documents)["\n  query AuthMixedTerminals($esns: [String!]!) {\n    terminals(esns: $esns) { esn bound }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthBrands { brand(id: 12) { name } }\n"): (typeof documents)["\n  query AuthBrands { brand(id: 12) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: $esn) { state } }\n"): (typeof documents)["\n  mutation AuthLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: $esn) { state } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthAuditedLock($esn: String!) { lockDoors(esn: $esn, idempotencyKey: \"audit-test\") { state } }\n"): (typeof documents)["\n  mutation AuthAuditedLock($esn: String!) { lockDoors(esn: $esn, idempotencyKey: \"audit-test\") { state } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthDeleteTrip($esn: String!) { deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId } }\n"): (typeof documents)["\n  mutation AuthDeleteTrip($esn: String!) { deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthUpdateProfile($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: \"平安车险\" }) { vehicle { esn } } }\n"): (typeof documents)["\n  mutation AuthUpdateProfile($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: \"平安车险\" }) { vehicle { esn } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthUnbind($esn: String!) { unbindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n"): (typeof documents)["\n  mutation AuthUnbind($esn: String!) { unbindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthBind($esn: String!) { bindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n"): (typeof documents)["\n  mutation AuthBind($esn: String!) { bindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthOwnEvents($esns: [String!]) { vehicleEvents(esns: $esns) { id esn } }\n"): (typeof documents)["\n  subscription AuthOwnEvents($esns: [String!]) { vehicleEvents(esns: $esns) { id esn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMyTerminals { myTerminals { esn } }\n"): (typeof documents)["\n  query AuthMyTerminals { myTerminals { esn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConditionAndProfile($esns: [String!]!) {\n    terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } }\n  }\n"): (typeof documents)["\n  query ConditionAndProfile($esns: [String!]!) {\n    terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundTwice($esn: String!) {\n    a: terminal(esn: $esn) { bound }\n    b: terminal(esn: $esn) { bound }\n  }\n"): (typeof documents)["\n  query BoundTwice($esn: String!) {\n    a: terminal(esn: $esn) { bound }\n    b: terminal(esn: $esn) { bound }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogTree($brandId: Int!) {\n    brand(id: $brandId) {\n      id: catalogId name logoUrl\n      subBrands {\n        id: catalogId name brand { id: catalogId }\n        series {\n          id: catalogId name subBrand { id: catalogId }\n          models { id: catalogId name year fullName series { id: catalogId } brand { id: catalogId } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogTree($brandId: Int!) {\n    brand(id: $brandId) {\n      id: catalogId name logoUrl\n      subBrands {\n        id: catalogId name brand { id: catalogId }\n        series {\n          id: catalogId name subBrand { id: catalogId }\n          models { id: catalogId name year fullName series { id: catalogId } brand { id: catalogId } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandList {\n    brands { id: catalogId name logoUrl }\n  }\n"): (typeof documents)["\n  query BrandList {\n    brands { id: catalogId name logoUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelName($id: Int!) {\n    model(id: $id) { id: catalogId year fullName series { name subBrand { name } } brand { name } }\n  }\n"): (typeof documents)["\n  query ModelName($id: Int!) {\n    model(id: $id) { id: catalogId year fullName series { name subBrand { name } } brand { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandsAndModel($modelId: Int!) {\n    brands { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n"): (typeof documents)["\n  query BrandsAndModel($modelId: Int!) {\n    brands { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandAndModelIds($brandId: Int!, $modelId: Int!) {\n    brand(id: $brandId) { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n"): (typeof documents)["\n  query BrandAndModelIds($brandId: Int!, $modelId: Int!) {\n    brand(id: $brandId) { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brands {\n    brands { id name logoUrl }\n  }\n"): (typeof documents)["\n  query Brands {\n    brands { id name logoUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Typename {\n    __typename\n  }\n"): (typeof documents)["\n  query Typename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($esns: [String!]!, $pinned: String!, $from: DateTime!, $to: DateTime!) {\n    fleet: terminals(esns: $esns) {\n      esn\n      vehicle {\n        ...VehicleSummary\n        condition {\n          odometerKm\n          location { lng lat }\n        }\n        battery: condition { batteryVoltage }\n        profile {\n          model {\n            name\n            series { name subBrand { name } }\n          }\n        }\n        trips(first: 5, from: $from, to: $to) {\n          totalCount\n          edges {\n            node {\n              id: tripId\n              ...TripDetail\n              track { pointCount }\n            }\n          }\n        }\n        latest: trips(first: 3, from: $from, to: $to) {\n          edges { node { id: tripId evaluation { verdict } } }\n        }\n      }\n    }\n    pinned: terminal(esn: $pinned) {\n      vehicle {\n        ...VehicleSummary\n        trips(first: 5, from: $from, to: $to) { edges { node { ...TripDetail } } }\n      }\n    }\n  }\n\n  fragment VehicleSummary on Vehicle {\n    condition { driveStatus speedKmh }\n    profile { fuelGrade model { id: catalogId series { id: catalogId } } }\n  }\n\n  fragment TripDetail on Trip {\n    distanceKm\n    track { lengthKm }\n    evaluation { distanceKm fuelCostYuan }\n  }\n"): (typeof documents)["\n  query Dashboard($esns: [String!]!, $pinned: String!, $from: DateTime!, $to: DateTime!) {\n    fleet: terminals(esns: $esns) {\n      esn\n      vehicle {\n        ...VehicleSummary\n        condition {\n          odometerKm\n          location { lng lat }\n        }\n        battery: condition { batteryVoltage }\n        profile {\n          model {\n            name\n            series { name subBrand { name } }\n          }\n        }\n        trips(first: 5, from: $from, to: $to) {\n          totalCount\n          edges {\n            node {\n              id: tripId\n              ...TripDetail\n              track { pointCount }\n            }\n          }\n        }\n        latest: trips(first: 3, from: $from, to: $to) {\n          edges { node { id: tripId evaluation { verdict } } }\n        }\n      }\n    }\n    pinned: terminal(esn: $pinned) {\n      vehicle {\n        ...VehicleSummary\n        trips(first: 5, from: $from, to: $to) { edges { node { ...TripDetail } } }\n      }\n    }\n  }\n\n  fragment VehicleSummary on Vehicle {\n    condition { driveStatus speedKmh }\n    profile { fuelGrade model { id: catalogId series { id: catalogId } } }\n  }\n\n  fragment TripDetail on Trip {\n    distanceKm\n    track { lengthKm }\n    evaluation { distanceKm fuelCostYuan }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockDoors($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id action esn idempotencyKey state requestedAt acceptedAt completedAt message }\n  }\n"): (typeof documents)["\n  mutation LockDoors($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id action esn idempotencyKey state requestedAt acceptedAt completedAt message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockDoors($esn: String!, $key: String!) {\n    unlockDoors(esn: $esn, idempotencyKey: $key) { id action state message }\n  }\n"): (typeof documents)["\n  mutation UnlockDoors($esn: String!, $key: String!) {\n    unlockDoors(esn: $esn, idempotencyKey: $key) { id action state message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoorCommandState($id: ID!) {\n    doorCommand(id: $id) {\n      id\n      state\n      acceptedAt\n      completedAt\n      message\n      outcomeEvent { __typename id type ... on DoorEvent { action outcome } }\n    }\n  }\n"): (typeof documents)["\n  query DoorCommandState($id: ID!) {\n    doorCommand(id: $id) {\n      id\n      state\n      acceptedAt\n      completedAt\n      message\n      outcomeEvent { __typename id type ... on DoorEvent { action outcome } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DoorCommandProgress($id: ID!) {\n    doorCommand(id: $id) { id state outcomeEvent { id } }\n  }\n"): (typeof documents)["\n  subscription DoorCommandProgress($id: ID!) {\n    doorCommand(id: $id) { id state outcomeEvent { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReplayedIds($since: String) {\n    vehicleEvents(since: $since) { id }\n  }\n"): (typeof documents)["\n  subscription ReplayedIds($since: String) {\n    vehicleEvents(since: $since) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveIds($esns: [String!]) {\n    vehicleEvents(esns: $esns) { id esn }\n  }\n"): (typeof documents)["\n  subscription LiveIds($esns: [String!]) {\n    vehicleEvents(esns: $esns) { id esn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockOnce($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id state }\n  }\n"): (typeof documents)["\n  mutation LockOnce($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommandOutcome($id: ID!) {\n    doorCommand(id: $id) { state outcomeEvent { id } }\n  }\n"): (typeof documents)["\n  query CommandOutcome($id: ID!) {\n    doorCommand(id: $id) { state outcomeEvent { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsOfVehicle($esn: String!) {\n    terminal(esn: $esn) { vehicle { events(first: 100) { edges { node { id } } } } }\n  }\n"): (typeof documents)["\n  query EventsOfVehicle($esn: String!) {\n    terminal(esn: $esn) { vehicle { events(first: 100) { edges { node { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VehicleEventsFeed($esns: [String!], $types: [VehicleEventType!], $since: String) {\n    vehicleEvents(esns: $esns, types: $types, since: $since) {\n      __typename\n      id\n      esn\n      type\n      ... on VibrationEvent { level }\n    }\n  }\n"): (typeof documents)["\n  subscription VehicleEventsFeed($esns: [String!], $types: [VehicleEventType!], $since: String) {\n    vehicleEvents(esns: $esns, types: $types, since: $since) {\n      __typename\n      id\n      esn\n      type\n      ... on VibrationEvent { level }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehicleEvents($esn: String!, $first: Int, $after: String, $types: [VehicleEventType!]) {\n    terminal(esn: $esn) {\n      vehicle {\n        events(first: $first, after: $after, types: $types) {\n          edges {\n            cursor\n            node {\n              __typename\n              id\n              type\n              wireType\n              esn\n              occurredAt\n              receivedAt\n              text\n              location { lng lat wgs84 { lng lat } }\n              ... on VibrationEvent { level }\n              ... on CollisionEvent { level }\n              ... on LowBatteryEvent { level }\n              ... on IgnitionEvent { ignitionOn anomalous }\n              ... on TirePressureEvent { anomaly tire }\n              ... on DoorEvent { action outcome }\n              ... on DataQuotaEvent { usedMegabytes }\n              ... on RestrictedAreaEvent { reportedPosition { lng lat } }\n            }\n          }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VehicleEvents($esn: String!, $first: Int, $after: String, $types: [VehicleEventType!]) {\n    terminal(esn: $esn) {\n      vehicle {\n        events(first: $first, after: $after, types: $types) {\n          edges {\n            cursor\n            node {\n              __typename\n              id\n              type\n              wireType\n              esn\n              occurredAt\n              receivedAt\n              text\n              location { lng lat wgs84 { lng lat } }\n              ... on VibrationEvent { level }\n              ... on CollisionEvent { level }\n              ... on LowBatteryEvent { level }\n              ... on IgnitionEvent { ignitionOn anomalous }\n              ... on TirePressureEvent { anomaly tire }\n              ... on DoorEvent { action outcome }\n              ... on DataQuotaEvent { usedMegabytes }\n              ... on RestrictedAreaEvent { reportedPosition { lng lat } }\n            }\n          }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerminalBound($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n"): (typeof documents)["\n  query TerminalBound($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BindTerminal($input: BindTerminalInput!) {\n    bindTerminal(input: $input) { esn terminal { esn bound mobile } }\n  }\n"): (typeof documents)["\n  mutation BindTerminal($input: BindTerminalInput!) {\n    bindTerminal(input: $input) { esn terminal { esn bound mobile } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbindTerminal($input: UnbindTerminalInput!) {\n    unbindTerminal(input: $input) { esn terminal { esn bound } }\n  }\n"): (typeof documents)["\n  mutation UnbindTerminal($input: UnbindTerminalInput!) {\n    unbindTerminal(input: $input) { esn terminal { esn bound } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TripIds on TripConnection {\n    totalCount edges { node { id: tripId } }\n  }\n"): (typeof documents)["\n  fragment TripIds on TripConnection {\n    totalCount edges { node { id: tripId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehicleTripIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n"): (typeof documents)["\n  query VehicleTripIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTripRefetch($esn: String!, $tripId: ID!, $from: DateTime, $to: DateTime) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId vehicle { esn trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n"): (typeof documents)["\n  mutation DeleteTripRefetch($esn: String!, $tripId: ID!, $from: DateTime, $to: DateTime) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId vehicle { esn trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUnknownTrip($esn: String!) {\n    deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId }\n  }\n"): (typeof documents)["\n  mutation DeleteUnknownTrip($esn: String!) {\n    deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTrip($esn: String!, $tripId: ID!) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId }\n  }\n"): (typeof documents)["\n  mutation DeleteTrip($esn: String!, $tripId: ID!) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n"): (typeof documents)["\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n"): (typeof documents)["\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedBrands {\n    brands { id name }\n  }\n"): (typeof documents)["\n  query SharedBrands {\n    brands { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedTrips($esn: String!) {\n    terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }\n  }\n"): (typeof documents)["\n  query SharedTrips($esn: String!) {\n    terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedDeleteTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n"): (typeof documents)["\n  mutation SharedDeleteTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinishedTrips($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: 3) {\n          edges { node { id: tripId track { pointCount lengthKm } evaluation { verdict fuelCostYuan fuelGrade } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinishedTrips($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: 3) {\n          edges { node { id: tripId track { pointCount lengthKm } evaluation { verdict fuelCostYuan fuelGrade } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFinishedTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n"): (typeof documents)["\n  mutation DeleteFinishedTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFuelGrade($esn: String!, $grade: FuelGrade!) {\n    updateVehicleProfile(esn: $esn, input: { fuelGrade: $grade }) { profile { fuelGrade } }\n  }\n"): (typeof documents)["\n  mutation ChangeFuelGrade($esn: String!, $grade: FuelGrade!) {\n    updateVehicleProfile(esn: $esn, input: { fuelGrade: $grade }) { profile { fuelGrade } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ShutdownFeed($esns: [String!], $since: String) {\n    vehicleEvents(esns: $esns, since: $since) { id }\n  }\n"): (typeof documents)["\n  subscription ShutdownFeed($esns: [String!], $since: String) {\n    vehicleEvents(esns: $esns, since: $since) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShutdownPlain($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n"): (typeof documents)["\n  query ShutdownPlain($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n"): (typeof documents)["\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracedCar($esn: String!) {\n    terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } }\n  }\n"): (typeof documents)["\n  query TracedCar($esn: String!) {\n    terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracedPlate($esn: String!) {\n    terminal(esn: $esn) { plateNumber }\n  }\n"): (typeof documents)["\n  query TracedPlate($esn: String!) {\n    terminal(esn: $esn) { plateNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on VehicleProfile {\n    modelId model { id: catalogId fullName } profileMileageKm maintenanceIntervalKm fuelGrade plateNumber plateType plateTypeCode\n    vin engineNumber insurer insuranceDate vehicleTaxDate annualTollTicketDate annualInspectionDueDate\n  }\n"): (typeof documents)["\n  fragment ProfileFields on VehicleProfile {\n    modelId model { id: catalogId fullName } profileMileageKm maintenanceIntervalKm fuelGrade plateNumber plateType plateTypeCode\n    vin engineNumber insurer insuranceDate vehicleTaxDate annualTollTicketDate annualInspectionDueDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($esn: String!, $input: VehicleProfileInput!) {\n    updateVehicleProfile(esn: $esn, input: $input) {\n      vehicle { esn }\n      profile { ...ProfileFields }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($esn: String!, $input: VehicleProfileInput!) {\n    updateVehicleProfile(esn: $esn, input: $input) {\n      vehicle { esn }\n      profile { ...ProfileFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadProfile($esn: String!) {\n    terminal(esn: $esn) { vehicle { profile { ...ProfileFields } } }\n  }\n"): (typeof documents)["\n  query ReadProfile($esn: String!) {\n    terminal(esn: $esn) { vehicle { profile { ...ProfileFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateCondition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat } odometerKm batteryVoltage driveStatus ignitionOn vin\n          speedKmh engineRpm coolantTemperatureCelsius faultCodes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StateCondition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat } odometerKm batteryVoltage driveStatus ignitionOn vin\n          speedKmh engineRpm coolantTemperatureCelsius faultCodes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateBatteryHistory($esn: String!) {\n    terminal(esn: $esn) { vehicle { batteryHistory { voltage reportedAt } } }\n  }\n"): (typeof documents)["\n  query StateBatteryHistory($esn: String!) {\n    terminal(esn: $esn) { vehicle { batteryHistory { voltage reportedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateHealthCheck($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        healthCheck {\n          massAirFlowGramsPerSecond intakeManifoldPressureKpa intakeAirTemperatureCelsius coolantTemperatureCelsius\n          fuelPressureKpa throttlePositionPercent egrPercent ignitionTimingAdvanceDegrees evaporativeSystemPressureKpa\n          evaporativePurgePercent vacuumPressureKpa catalystTemperatureBank1Sensor1Celsius catalystTemperatureBank1Sensor2Celsius\n          catalystTemperatureBank2Sensor1Celsius catalystTemperatureBank2Sensor2Celsius engineRpm engineLoadPercent diagnosedAt faultCodes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StateHealthCheck($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        healthCheck {\n          massAirFlowGramsPerSecond intakeManifoldPressureKpa intakeAirTemperatureCelsius coolantTemperatureCelsius\n          fuelPressureKpa throttlePositionPercent egrPercent ignitionTimingAdvanceDegrees evaporativeSystemPressureKpa\n          evaporativePurgePercent vacuumPressureKpa catalystTemperatureBank1Sensor1Celsius catalystTemperatureBank1Sensor2Celsius\n          catalystTemperatureBank2Sensor1Celsius catalystTemperatureBank2Sensor2Celsius engineRpm engineLoadPercent diagnosedAt faultCodes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateTires($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        tires {\n          hasAlerts\n          all { position state alerts rawStatus pressureKpa pressureBar temperatureCelsius updatedAt }\n          frontLeft { position } frontRight { position } rearLeft { position } rearRight { position }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StateTires($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        tires {\n          hasAlerts\n          all { position state alerts rawStatus pressureKpa pressureBar temperatureCelsius updatedAt }\n          frontLeft { position } frontRight { position } rearLeft { position } rearRight { position }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateFuelLastDayDistance($esn: String!) {\n    terminal(esn: $esn) { vehicle { fuelStatistics { lastDay { distanceKm } } } }\n  }\n"): (typeof documents)["\n  query StateFuelLastDayDistance($esn: String!) {\n    terminal(esn: $esn) { vehicle { fuelStatistics { lastDay { distanceKm } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StateBenchmarkFigures on ModelDrivingBenchmark {\n    harshAccelerations harshBrakings averageSpeedKmh averageFuelConsumptionLitersPer100Km optimalCoolantTimePercent idlePercent idleTimeSeconds\n  }\n"): (typeof documents)["\n  fragment StateBenchmarkFigures on ModelDrivingBenchmark {\n    harshAccelerations harshBrakings averageSpeedKmh averageFuelConsumptionLitersPer100Km optimalCoolantTimePercent idlePercent idleTimeSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StateDrivingStatistics on DrivingStatistics {\n    harshAccelerations harshBrakings averageSpeedKmh averageFuelConsumptionLitersPer100Km optimalCoolantTimePercent idlePercent idleTimeSeconds\n    distanceKm fuelCostYuan costPerKmYuan periodStart periodEnd computedAt\n  }\n"): (typeof documents)["\n  fragment StateDrivingStatistics on DrivingStatistics {\n    harshAccelerations harshBrakings averageSpeedKmh averageFuelConsumptionLitersPer100Km optimalCoolantTimePercent idlePercent idleTimeSeconds\n    distanceKm fuelCostYuan costPerKmYuan periodStart periodEnd computedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateFuelStatistics($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        fuelStatistics {\n          modelAverage { ...StateBenchmarkFigures }\n          overall { ...StateDrivingStatistics }\n          lastSevenDays { ...StateDrivingStatistics }\n          lastDay { ...StateDrivingStatistics }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StateFuelStatistics($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        fuelStatistics {\n          modelAverage { ...StateBenchmarkFigures }\n          overall { ...StateDrivingStatistics }\n          lastSevenDays { ...StateDrivingStatistics }\n          lastDay { ...StateDrivingStatistics }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateOdometerAndTireAlerts($esn: String!) {\n    terminal(esn: $esn) { vehicle { condition { odometerKm } tires { hasAlerts } } }\n  }\n"): (typeof documents)["\n  query StateOdometerAndTireAlerts($esn: String!) {\n    terminal(esn: $esn) { vehicle { condition { odometerKm } tires { hasAlerts } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;