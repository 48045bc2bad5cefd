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
    "\n  query JwtTerminalBound($esn: String!) { terminal(esn: $esn) { bound } }\n": typeof types.JwtTerminalBoundDocument,
    "\n  mutation JwtLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: \"jwt-read-only\") { state } }\n": typeof types.JwtLockDoorsDocument,
    "\n  query AuthTerminalStatus($esn: String!) {\n    terminal(esn: $esn) { esn bound vehicle { condition { odometerKm } } }\n  }\n": typeof types.AuthTerminalStatusDocument,
    "\n  query AuthMixedTerminals($esns: [String!]!) {\n    terminals(esns: $esns) { esn bound }\n  }\n": typeof types.AuthMixedTerminalsDocument,
    "\n  query AuthBrands { brand(id: 12) { name } }\n": typeof types.AuthBrandsDocument,
    "\n  mutation AuthLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: $esn) { state } }\n": typeof types.AuthLockDoorsDocument,
    "\n  mutation AuthAuditedLock($esn: String!) { lockDoors(esn: $esn, idempotencyKey: \"audit-test\") { state } }\n": typeof types.AuthAuditedLockDocument,
    "\n  mutation AuthDeleteTrip($esn: String!) { deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId } }\n": typeof types.AuthDeleteTripDocument,
    "\n  mutation AuthUpdateProfile($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: \"平安车险\" }) { vehicle { esn } } }\n": typeof types.AuthUpdateProfileDocument,
    "\n  mutation AuthUnbind($esn: String!) { unbindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n": typeof types.AuthUnbindDocument,
    "\n  mutation AuthBind($esn: String!) { bindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n": typeof types.AuthBindDocument,
    "\n  mutation AuthBindByActivationCode { bindTerminal(input: { activationCode: \"ABC123\", mobile: \"13800000000\" }) { esn } }\n": typeof types.AuthBindByActivationCodeDocument,
    "\n  query AuthQueryTypeName { __schema { queryType { name } } }\n": typeof types.AuthQueryTypeNameDocument,
    "\n  query AuthTerminalGlobalIds($esn: String!, $from: DateTime!, $to: DateTime!) {\n    terminal(esn: $esn) { id vehicle { id trips(first: 1, from: $from, to: $to) { edges { node { id } } } } }\n  }\n": typeof types.AuthTerminalGlobalIdsDocument,
    "\n  query AuthNodesOfTerminals($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n": typeof types.AuthNodesOfTerminalsDocument,
    "\n  subscription AuthOwnEvents($esns: [String!]) { vehicleEvents(esns: $esns) { id esn } }\n": typeof types.AuthOwnEventsDocument,
    "\n  subscription AuthSinceEvents($since: String) { vehicleEvents(since: $since) { id esn } }\n": typeof types.AuthSinceEventsDocument,
    "\n  query AuthMyTerminals { myTerminals { esn } }\n": typeof types.AuthMyTerminalsDocument,
    "\n  query ConditionAndProfile($esns: [String!]!) {\n    terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } }\n  }\n": typeof types.ConditionAndProfileDocument,
    "\n  query BoundTwice($esn: String!) {\n    a: terminal(esn: $esn) { bound }\n    b: terminal(esn: $esn) { bound }\n  }\n": typeof types.BoundTwiceDocument,
    "\n  query KeptModel($modelId: Int!) {\n    model(id: $modelId) { id: catalogId name year fullName brand { name logoUrl } }\n  }\n": typeof types.KeptModelDocument,
    "\n  query CatalogLogos { brands { id: catalogId logoUrl } }\n": typeof types.CatalogLogosDocument,
    "\n  query MalformedBrandsAndModel($modelId: Int!) {\n    brands { id: catalogId name }\n    model(id: $modelId) { id: catalogId brand { id: catalogId } }\n  }\n": typeof types.MalformedBrandsAndModelDocument,
    "\n  query MalformedBrandAndModel($brandId: Int!, $modelId: Int!) {\n    brand(id: $brandId) { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n": typeof types.MalformedBrandAndModelDocument,
    "\n  mutation MalformedSetModel($esn: String!, $modelId: Int!) {\n    updateVehicleProfile(esn: $esn, input: { modelId: $modelId }) { vehicle { esn } }\n  }\n": typeof types.MalformedSetModelDocument,
    "\n  query MalformedBrandTree($brandId: Int!, $modelId: Int!, $nodeIds: [ID!]!) {\n    brand(id: $brandId) { subBrands { id: catalogId series { id: catalogId models { id: catalogId name } } } }\n    model(id: $modelId) { id: catalogId }\n    nodes(ids: $nodeIds) { ... on Model { catalogId } }\n  }\n": typeof types.MalformedBrandTreeDocument,
    "\n  query CatalogTree($brandId: Int!) {\n    brand(id: $brandId) {\n      id: catalogId name logoUrl\n      subBrands {\n        id: catalogId name brand { id: catalogId }\n        series {\n          id: catalogId name subBrand { id: catalogId }\n          models { id: catalogId name year fullName series { id: catalogId } brand { id: catalogId } }\n        }\n      }\n    }\n  }\n": typeof types.CatalogTreeDocument,
    "\n  query BrandList {\n    brands { id: catalogId name logoUrl }\n  }\n": typeof types.BrandListDocument,
    "\n  query ModelName($id: Int!) {\n    model(id: $id) { id: catalogId year fullName series { name subBrand { name } } brand { name } }\n  }\n": typeof types.ModelNameDocument,
    "\n  query BrandsAndModel($modelId: Int!) {\n    brands { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n": typeof types.BrandsAndModelDocument,
    "\n  query BrandAndModelIds($brandId: Int!, $modelId: Int!) {\n    brand(id: $brandId) { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n": typeof types.BrandAndModelIdsDocument,
    "\n  query SubBrandTree($brandId: Int!) {\n    brand(id: $brandId) { subBrands { id catalogId series { id catalogId models { catalogId } } } }\n  }\n": typeof types.SubBrandTreeDocument,
    "\n  query SeriesNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Series { catalogId subBrand { catalogId } models { catalogId } } }\n  }\n": typeof types.SeriesNodesDocument,
    "\n  query Brands {\n    brands { id name logoUrl }\n  }\n": typeof types.BrandsDocument,
    "\n  query Typename {\n    __typename\n  }\n": typeof types.TypenameDocument,
    "\n  query Dashboard($esns: [String!]!, $pinned: String!, $from: DateTime!, $to: DateTime!) {\n    fleet: terminals(esns: $esns) {\n      esn\n      vehicle {\n        ...VehicleSummary\n        condition {\n          odometerKm\n          location { lng lat }\n        }\n        battery: condition { batteryVoltage }\n        profile {\n          model {\n            name\n            series { name subBrand { name } }\n          }\n        }\n        trips(first: 5, from: $from, to: $to) {\n          totalCount\n          edges {\n            node {\n              id: tripId\n              ...TripDetail\n              track { pointCount }\n            }\n          }\n        }\n        latest: trips(first: 3, from: $from, to: $to) {\n          edges { node { id: tripId evaluation { verdict } } }\n        }\n      }\n    }\n    pinned: terminal(esn: $pinned) {\n      vehicle {\n        ...VehicleSummary\n        trips(first: 5, from: $from, to: $to) { edges { node { ...TripDetail } } }\n      }\n    }\n  }\n\n  fragment VehicleSummary on Vehicle {\n    condition { driveStatus speedKmh }\n    profile { fuelGrade model { id: catalogId series { id: catalogId } } }\n  }\n\n  fragment TripDetail on Trip {\n    distanceKm\n    track { lengthKm }\n    evaluation { distanceKm fuelCostYuan }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation LockDoors($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id action esn idempotencyKey state requestedAt acceptedAt completedAt message }\n  }\n": typeof types.LockDoorsDocument,
    "\n  mutation UnlockDoors($esn: String!, $key: String!) {\n    unlockDoors(esn: $esn, idempotencyKey: $key) { id action state message }\n  }\n": typeof types.UnlockDoorsDocument,
    "\n  query DoorCommandState($id: ID!) {\n    doorCommand(id: $id) {\n      id\n      state\n      acceptedAt\n      completedAt\n      message\n      outcomeEvent { __typename id type ... on DoorEvent { action outcome } }\n    }\n  }\n": typeof types.DoorCommandStateDocument,
    "\n  subscription DoorCommandProgress($id: ID!) {\n    doorCommand(id: $id) { id state outcomeEvent { id } }\n  }\n": typeof types.DoorCommandProgressDocument,
    "\n  subscription DoorCommandEnding($id: ID!) {\n    doorCommand(id: $id) { id state requestedAt completedAt message outcomeEvent { id } }\n  }\n": typeof types.DoorCommandEndingDocument,
    "\n  query VehicleWithFaultyField($esn: String!) {\n    terminal(esn: $esn) {\n      esn\n      vehicle {\n        condition { odometerKm }\n        profile { plateNumber }\n        tires { hasAlerts }\n      }\n    }\n  }\n": typeof types.VehicleWithFaultyFieldDocument,
    "\n  query EventPage($esn: String!, $first: Int, $after: String) {\n    terminal(esn: $esn) {\n      esn\n      vehicle {\n        events(first: $first, after: $after) {\n          edges { cursor node { id } }\n          pageInfo { endCursor hasNextPage }\n        }\n      }\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  query TripCursor($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { pageInfo { endCursor } } } } }\n": typeof types.TripCursorDocument,
    "\n  subscription ReplayedIds($since: String) {\n    vehicleEvents(since: $since) { id }\n  }\n": typeof types.ReplayedIdsDocument,
    "\n  subscription LiveIds($esns: [String!]) {\n    vehicleEvents(esns: $esns) { id esn }\n  }\n": typeof types.LiveIdsDocument,
    "\n  mutation LockOnce($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id state }\n  }\n": typeof types.LockOnceDocument,
    "\n  query CommandOutcome($id: ID!) {\n    doorCommand(id: $id) { state outcomeEvent { id } }\n  }\n": typeof types.CommandOutcomeDocument,
    "\n  query EventsOfVehicle($esn: String!) {\n    terminal(esn: $esn) { vehicle { events(first: 100) { edges { node { id } } } } }\n  }\n": typeof types.EventsOfVehicleDocument,
    "\n  subscription VehicleEventsFeed($esns: [String!], $types: [VehicleEventType!], $since: String) {\n    vehicleEvents(esns: $esns, types: $types, since: $since) {\n      __typename\n      id\n      esn\n      type\n      ... on VibrationEvent { level }\n    }\n  }\n": typeof types.VehicleEventsFeedDocument,
    "\n  subscription EventsWithOdometer($esns: [String!]) {\n    vehicleEvents(esns: $esns) { id vehicle { condition { odometerKm } } }\n  }\n": typeof types.EventsWithOdometerDocument,
    "\n  query VehicleEvents($esn: String!, $first: Int, $after: String, $types: [VehicleEventType!]) {\n    terminal(esn: $esn) {\n      vehicle {\n        events(first: $first, after: $after, types: $types) {\n          edges {\n            cursor\n            node {\n              __typename\n              id\n              type\n              wireType\n              esn\n              occurredAt\n              receivedAt\n              text\n              userId\n              attributes\n              location { lng lat wgs84 { lng lat } }\n              ... on VibrationEvent { level }\n              ... on CollisionEvent { level }\n              ... on LowBatteryEvent { level }\n              ... on IgnitionEvent { ignitionOn anomalous }\n              ... on TirePressureEvent { anomaly tire }\n              ... on DoorEvent { action outcome }\n              ... on DataQuotaEvent { usedMegabytes }\n              ... on RestrictedAreaEvent { reportedPosition { lng lat } }\n            }\n          }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": typeof types.VehicleEventsDocument,
    "\n  query FailureDomainDashboard($esns: [String!]!) {\n    brands { name }\n    terminals(esns: $esns) {\n      esn\n      bound\n      registeredPlate: plateNumber\n      vehicle {\n        esn\n        condition { odometerKm batteryVoltage faultCodes }\n        trips(first: 2) {\n          totalCount\n          edges { node { tripId distanceKm track { pointCount } evaluation { verdict fuelCostYuan } } }\n        }\n        batteryHistory { voltage }\n        healthCheck { faultCodes }\n        tires { hasAlerts }\n        profile { plateNumber model { fullName } }\n        fuelStatistics {\n          modelAverage { averageSpeedKmh }\n          overall { distanceKm }\n          lastSevenDays { distanceKm }\n          lastDay { distanceKm }\n        }\n      }\n    }\n  }\n": typeof types.FailureDomainDashboardDocument,
    "\n  query DoorCommandAsServed($id: ID!) {\n    doorCommand(id: $id) { state message completedAt }\n  }\n": typeof types.DoorCommandAsServedDocument,
    "\n  mutation HostileUnlock($esn: String!) { unlockDoors(esn: $esn, idempotencyKey: \"csrf\") { state } }\n": typeof types.HostileUnlockDocument,
    "\n  query CorsProbe { __typename }\n": typeof types.CorsProbeDocument,
    "\n  query DebugOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": typeof types.DebugOdometerDocument,
    "\n  mutation DebugUnlock($esn: String!, $idempotencyKey: String!) { unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { state } }\n": typeof types.DebugUnlockDocument,
    "\n  query BoundAndPlate($esn: String!) { terminal(esn: $esn) { bound plateNumber } }\n": typeof types.BoundAndPlateDocument,
    "\n  query LoggedOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": typeof types.LoggedOdometerDocument,
    "\n  query RequestIdProbe { __typename }\n": typeof types.RequestIdProbeDocument,
    "\n  query FleetConditionAndFuelGrade($esns: [String!]!) { terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } } }\n": typeof types.FleetConditionAndFuelGradeDocument,
    "\n  query LoggedVehicle($esn: String!) { terminal(esn: $esn) { bound vehicle { condition { odometerKm } profile { plateNumber } } } }\n": typeof types.LoggedVehicleDocument,
    "\n  mutation LoggedUnlock($esn: String!, $idempotencyKey: String!) { unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { state } }\n": typeof types.LoggedUnlockDocument,
    "\n  query LoggedTires($esn: String!) { terminal(esn: $esn) { vehicle { tires { all { position } } } } }\n": typeof types.LoggedTiresDocument,
    "\n  subscription LoggedEvents { vehicleEvents { id } }\n": typeof types.LoggedEventsDocument,
    "\n  query StartedBoundAndPlate($esn: String!) { terminal(esn: $esn) { bound plateNumber } }\n": typeof types.StartedBoundAndPlateDocument,
    "\n  query StartedBatteryHistory($esn: String!) { terminal(esn: $esn) { vehicle { batteryHistory { voltage } } } }\n": typeof types.StartedBatteryHistoryDocument,
    "\n  query StartedBound($esn: String!) { terminal(esn: $esn) { bound } }\n": typeof types.StartedBoundDocument,
    "\n  query Plate($esn: String!) { terminal(esn: $esn) { plateNumber } }\n": typeof types.PlateDocument,
    "\n  query Odometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": typeof types.OdometerDocument,
    "\n  query TrackPointCounts($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 2) { edges { node { track { pointCount } } } } } } }\n": typeof types.TrackPointCountsDocument,
    "\n  query MeteredTires($esn: String!) { terminal(esn: $esn) { vehicle { tires { all { position } } } } }\n": typeof types.MeteredTiresDocument,
    "\n  query FleetPlates($esns: [String!]!) { terminals(esns: $esns) { plateNumber } }\n": typeof types.FleetPlatesDocument,
    "\n  query TerminalBound($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n": typeof types.TerminalBoundDocument,
    "\n  mutation BindTerminal($input: BindTerminalInput!) {\n    bindTerminal(input: $input) { esn terminal { esn bound mobile } }\n  }\n": typeof types.BindTerminalDocument,
    "\n  query ModelBenchmark($esn: String!) {\n    terminal(esn: $esn) { vehicle { profile { modelId } fuelStatistics { modelAverage { averageSpeedKmh idlePercent } } } }\n  }\n": typeof types.ModelBenchmarkDocument,
    "\n  mutation SetModel($esn: String!, $modelId: Int!) {\n    updateVehicleProfile(esn: $esn, input: { modelId: $modelId }) { vehicle { esn } }\n  }\n": typeof types.SetModelDocument,
    "\n  mutation UnbindTerminal($input: UnbindTerminalInput!) {\n    unbindTerminal(input: $input) { esn terminal { esn bound } }\n  }\n": typeof types.UnbindTerminalDocument,
    "\n  fragment TripIds on TripConnection {\n    totalCount edges { node { id: tripId } }\n  }\n": typeof types.TripIdsFragmentDoc,
    "\n  query VehicleTripIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n": typeof types.VehicleTripIdsDocument,
    "\n  mutation DeleteTripRefetch($esn: String!, $tripId: ID!, $from: DateTime, $to: DateTime) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId vehicle { esn trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n": typeof types.DeleteTripRefetchDocument,
    "\n  mutation DeleteUnknownTrip($esn: String!) {\n    deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId }\n  }\n": typeof types.DeleteUnknownTripDocument,
    "\n  mutation DeleteTrip($esn: String!, $tripId: ID!) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId }\n  }\n": typeof types.DeleteTripDocument,
    "\n  query WhoAmI {\n    myAccess { name scopes reachesEveryTerminal terminalCount authenticated }\n  }\n": typeof types.WhoAmIDocument,
    "\n  query WhoAmIWithTerminals {\n    myAccess { name terminalCount }\n    myTerminals { esn }\n  }\n": typeof types.WhoAmIWithTerminalsDocument,
    "\n  query WhoAmIOverWebSocket { myAccess { name scopes authenticated } }\n": typeof types.WhoAmIOverWebSocketDocument,
    "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n": typeof types.MyTerminalEsnsDocument,
    "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n": typeof types.MyTerminalPlatesDocument,
    "\n  query NodesById($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename id\n      ... on Terminal { esn bound }\n      ... on Vehicle { esn condition { odometerKm } }\n      ... on Trip { tripId startedAt distanceKm evaluation { verdict } }\n      ... on Brand { catalogId name }\n      ... on SubBrand { catalogId name brand { catalogId } }\n      ... on Series { catalogId name }\n      ... on Model { catalogId fullName }\n    }\n  }\n": typeof types.NodesByIdDocument,
    "\n  query NodeSample($esn: String!) {\n    terminal(esn: $esn) {\n      id\n      vehicle {\n        id\n        trips(first: 2) { edges { node { id tripId startedAt distanceKm evaluation { verdict } } } }\n        profile { model { id catalogId fullName series { id catalogId name subBrand { id catalogId name brand { id catalogId name } } } } }\n      }\n    }\n  }\n": typeof types.NodeSampleDocument,
    "\n  mutation DeleteNodeTrip($esn: String!, $tripId: ID!) { deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId } }\n": typeof types.DeleteNodeTripDocument,
    "\n  query GoodAndBadNode($good: ID!, $bad: ID!) { good: node(id: $good) { id ... on Vehicle { esn } } bad: node(id: $bad) { id } }\n": typeof types.GoodAndBadNodeDocument,
    "\n  query VehiclesInOrder($esns: [String!]!) { vehicles(esns: $esns) { esn profile { plateNumber } } }\n": typeof types.VehiclesInOrderDocument,
    "\n  query RateLimitedTypename { __typename }\n": typeof types.RateLimitedTypenameDocument,
    "\n  subscription RateLimitedEvents { vehicleEvents { id } }\n": typeof types.RateLimitedEventsDocument,
    "\n  query RateLimitedFleetBound($esns: [String!]!) { terminals(esns: $esns) { bound } }\n": typeof types.RateLimitedFleetBoundDocument,
    "\n  query ReadinessProbe($esn: String!) { terminal(esn: $esn) { bound } }\n": typeof types.ReadinessProbeDocument,
    "\n  query OutageOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": typeof types.OutageOdometerDocument,
    "\n  subscription OutageEvents { vehicleEvents { id } }\n": typeof types.OutageEventsDocument,
    "\n  query OutageLatestEvents($esn: String!) { terminal(esn: $esn) { bound vehicle { events(first: 3) { edges { node { id } } } } } }\n": typeof types.OutageLatestEventsDocument,
    "\n  mutation OutageLock($esn: String!, $idempotencyKey: String!) { lockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { id state } }\n": typeof types.OutageLockDocument,
    "\n  query SharedBrands {\n    brands { id name }\n  }\n": typeof types.SharedBrandsDocument,
    "\n  query SharedTrips($esn: String!) {\n    terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }\n  }\n": typeof types.SharedTripsDocument,
    "\n  mutation SharedDeleteTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n": typeof types.SharedDeleteTripDocument,
    "\n  query FinishedTrips($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: 3) {\n          edges { node { id: tripId track { pointCount lengthKm } evaluation { verdict fuelCostYuan fuelGrade } } }\n        }\n      }\n    }\n  }\n": typeof types.FinishedTripsDocument,
    "\n  mutation DeleteFinishedTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n": typeof types.DeleteFinishedTripDocument,
    "\n  mutation ChangeFuelGrade($esn: String!, $grade: FuelGrade!) {\n    updateVehicleProfile(esn: $esn, input: { fuelGrade: $grade }) { profile { fuelGrade } }\n  }\n": typeof types.ChangeFuelGradeDocument,
    "\n  subscription ShutdownFeed($esns: [String!], $since: String) {\n    vehicleEvents(esns: $esns, since: $since) { id }\n  }\n": typeof types.ShutdownFeedDocument,
    "\n  query ShutdownPlain($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n": typeof types.ShutdownPlainDocument,
    "\n  subscription ExpiringFeed { vehicleEvents { id } }\n": typeof types.ExpiringFeedDocument,
    "\n  query ConditionOverSocket($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": typeof types.ConditionOverSocketDocument,
    "\n  subscription EventsWithOdometer($esns: [String!]) { vehicleEvents(esns: $esns) { id vehicle { condition { odometerKm } } } }\n": typeof types.EventsWithOdometerDocument,
    "\n  subscription EventsWithLatestTrack($esns: [String!]) { vehicleEvents(esns: $esns) { id vehicle { trips(first: 1) { edges { node { track { pointCount } } } } } } }\n": typeof types.EventsWithLatestTrackDocument,
    "\n  query OdometerNow($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": typeof types.OdometerNowDocument,
    "\n  subscription EventsWithTripDetail {\n    vehicleEvents { id vehicle { trips(first: 100) { edges { node { track { pointCount } evaluation { verdict } } } } } }\n  }\n": typeof types.EventsWithTripDetailDocument,
    "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n": typeof types.TerminalStatusDocument,
    "\n  query OneTerminalStatus($esn: String!) {\n    terminal(esn: $esn) { esn bindStatus bound pluggedIn lastActiveAt mobile plateNumber }\n  }\n": typeof types.OneTerminalStatusDocument,
    "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n": typeof types.VehiclePositionDocument,
    "\n  query OdometerAndTripCounts($esns: [String!]!) {\n    terminals(esns: $esns) { esn vehicle { condition { odometerKm } trips { totalCount } } }\n  }\n": typeof types.OdometerAndTripCountsDocument,
    "\n  query TwoTerminalStatuses($first: String!, $second: String!) {\n    a: terminal(esn: $first) { esn bound vehicle { condition { odometerKm } } }\n    b: terminal(esn: $second) { esn plateNumber }\n  }\n": typeof types.TwoTerminalStatusesDocument,
    "\n  query PlateEverywhere($esn: String!) {\n    terminal(esn: $esn) { plateNumber vehicle { profile { plateNumber } } }\n  }\n": typeof types.PlateEverywhereDocument,
    "\n  query TracedCar($esn: String!) {\n    terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } }\n  }\n": typeof types.TracedCarDocument,
    "\n  query TracedPlate($esn: String!) {\n    terminal(esn: $esn) { plateNumber }\n  }\n": typeof types.TracedPlateDocument,
    "\n  query Car($esn: String!) { terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } } }\n": typeof types.CarDocument,
    "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds topSpeedKmh maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TripPageDocument,
    "\n  query SharedTripPage($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle {\n      a: trips(first: 3, from: $from, to: $to) { totalCount edges { node { id: tripId } } }\n      b: trips(first: 0, from: $from, to: $to) { totalCount }\n    } }\n  }\n": typeof types.SharedTripPageDocument,
    "\n  query TripTrackAndEvaluation($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 4, from: $from, to: $to) { edges { node {\n      id: tripId startedAt endedAt distanceKm\n      track { pointCount lengthKm points { lng lat } wgs: geoJson gcj: geoJson(datum: GCJ02) }\n      evaluation {\n        distanceKm averageSpeedKmh topSpeedKmh harshBrakings harshAccelerations fatigueDrivingSeconds speedingSpeedKmh\n        warmUpSeconds experiencePoints startedAt endedAt drivingSeconds longDrive verdict verdictText fuelGrade\n        fuelCostYuan carbonEmissionsKg\n      }\n    } } } } }\n  }\n": typeof types.TripTrackAndEvaluationDocument,
    "\n  query NewestTripEvaluation($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 1, from: $from, to: $to) { edges { node { id: tripId evaluation {\n      distanceKm averageSpeedKmh topSpeedKmh harshBrakings harshAccelerations fatigueDrivingSeconds speedingSpeedKmh\n      warmUpSeconds experiencePoints startedAt endedAt drivingSeconds longDrive verdict verdictText fuelGrade\n      fuelCostYuan carbonEmissionsKg\n    } } } } } }\n  }\n": typeof types.NewestTripEvaluationDocument,
    "\n  query NewestTripIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 1, from: $from, to: $to) { edges { node { id: tripId evaluation { startedAt } track { pointCount } } } } } }\n  }\n": typeof types.NewestTripIdsDocument,
    "\n  query TripsWithEvaluations($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 2, from: $from, to: $to) { totalCount edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }\n  }\n": typeof types.TripsWithEvaluationsDocument,
    "\n  query TripById($id: ID!) { node(id: $id) { ... on Trip { tripId distanceKm } } }\n": typeof types.TripByIdDocument,
    "\n  query TripGlobalIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 10, from: $from, to: $to) { edges { node { id tripId } } } } }\n  }\n": typeof types.TripGlobalIdsDocument,
    "\n  query CostTerminalAndCondition($esn: String!) { terminal(esn: $esn) { bound mobile vehicle { condition { odometerKm } } } }\n": typeof types.CostTerminalAndConditionDocument,
    "\n  query CostFirstTripTrack($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { edges { node { track { pointCount } } } } } } }\n": typeof types.CostFirstTripTrackDocument,
    "\n  query CostRunaway($esns: [String!]!) {\n    terminals(esns: $esns) { vehicle { trips(first: 100) { edges { node { track { pointCount } evaluation { verdict } } } } } }\n  }\n": typeof types.CostRunawayDocument,
    "\n  query CostFleetDashboard($esns: [String!]!) {\n    terminals(esns: $esns) { bound vehicle { condition { odometerKm } profile { fuelGrade } tires { hasAlerts } trips(first: 5) { totalCount } } }\n  }\n": typeof types.CostFleetDashboardDocument,
    "\n  query CostFleetBound($esns: [String!]!) { terminals(esns: $esns) { bound } }\n": typeof types.CostFleetBoundDocument,
    "\n  query CostUnknownModel { model(id: 999999) { id } }\n": typeof types.CostUnknownModelDocument,
    "\n  mutation CostProfileUpdate($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: \"平安车险\" }) { profile { insurer } } }\n": typeof types.CostProfileUpdateDocument,
    "\n  query CostTripIds($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id } } } } } }\n": typeof types.CostTripIdsDocument,
    "\n  query CostNode($id: ID!) { node(id: $id) { id } }\n": typeof types.CostNodeDocument,
    "\n  query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": typeof types.CostNodesDocument,
    "\n    query TripsAfter($esn: String!, $after: String) { terminal(esn: $esn) { vehicle { trips(first: 2, after: $after) { edges { cursor } } } } }\n  ": typeof types.TripsAfterDocument,
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
    "\n  query StateFaults($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      vehicle {\n        condition { faultCodes faults { code system definedBy area } }\n        healthCheck { faultCodes faults { code system definedBy area } }\n      }\n    }\n  }\n": typeof types.StateFaultsDocument,
};
const documents: Documents = {
    "\n  query JwtTerminalBound($esn: String!) { terminal(esn: $esn) { bound } }\n": types.JwtTerminalBoundDocument,
    "\n  mutation JwtLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: \"jwt-read-only\") { state } }\n": types.JwtLockDoorsDocument,
    "\n  query AuthTerminalStatus($esn: String!) {\n    terminal(esn: $esn) { esn bound vehicle { condition { odometerKm } } }\n  }\n": types.AuthTerminalStatusDocument,
    "\n  query AuthMixedTerminals($esns: [String!]!) {\n    terminals(esns: $esns) { esn bound }\n  }\n": types.AuthMixedTerminalsDocument,
    "\n  query AuthBrands { brand(id: 12) { name } }\n": types.AuthBrandsDocument,
    "\n  mutation AuthLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: $esn) { state } }\n": types.AuthLockDoorsDocument,
    "\n  mutation AuthAuditedLock($esn: String!) { lockDoors(esn: $esn, idempotencyKey: \"audit-test\") { state } }\n": types.AuthAuditedLockDocument,
    "\n  mutation AuthDeleteTrip($esn: String!) { deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId } }\n": types.AuthDeleteTripDocument,
    "\n  mutation AuthUpdateProfile($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: \"平安车险\" }) { vehicle { esn } } }\n": types.AuthUpdateProfileDocument,
    "\n  mutation AuthUnbind($esn: String!) { unbindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n": types.AuthUnbindDocument,
    "\n  mutation AuthBind($esn: String!) { bindTerminal(input: { esn: $esn, mobile: \"10000000000\" }) { esn } }\n": types.AuthBindDocument,
    "\n  mutation AuthBindByActivationCode { bindTerminal(input: { activationCode: \"ABC123\", mobile: \"13800000000\" }) { esn } }\n": types.AuthBindByActivationCodeDocument,
    "\n  query AuthQueryTypeName { __schema { queryType { name } } }\n": types.AuthQueryTypeNameDocument,
    "\n  query AuthTerminalGlobalIds($esn: String!, $from: DateTime!, $to: DateTime!) {\n    terminal(esn: $esn) { id vehicle { id trips(first: 1, from: $from, to: $to) { edges { node { id } } } } }\n  }\n": types.AuthTerminalGlobalIdsDocument,
    "\n  query AuthNodesOfTerminals($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n": types.AuthNodesOfTerminalsDocument,
    "\n  subscription AuthOwnEvents($esns: [String!]) { vehicleEvents(esns: $esns) { id esn } }\n": types.AuthOwnEventsDocument,
    "\n  subscription AuthSinceEvents($since: String) { vehicleEvents(since: $since) { id esn } }\n": types.AuthSinceEventsDocument,
    "\n  query AuthMyTerminals { myTerminals { esn } }\n": types.AuthMyTerminalsDocument,
    "\n  query ConditionAndProfile($esns: [String!]!) {\n    terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } }\n  }\n": types.ConditionAndProfileDocument,
    "\n  query BoundTwice($esn: String!) {\n    a: terminal(esn: $esn) { bound }\n    b: terminal(esn: $esn) { bound }\n  }\n": types.BoundTwiceDocument,
    "\n  query KeptModel($modelId: Int!) {\n    model(id: $modelId) { id: catalogId name year fullName brand { name logoUrl } }\n  }\n": types.KeptModelDocument,
    "\n  query CatalogLogos { brands { id: catalogId logoUrl } }\n": types.CatalogLogosDocument,
    "\n  query MalformedBrandsAndModel($modelId: Int!) {\n    brands { id: catalogId name }\n    model(id: $modelId) { id: catalogId brand { id: catalogId } }\n  }\n": types.MalformedBrandsAndModelDocument,
    "\n  query MalformedBrandAndModel($brandId: Int!, $modelId: Int!) {\n    brand(id: $brandId) { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n": types.MalformedBrandAndModelDocument,
    "\n  mutation MalformedSetModel($esn: String!, $modelId: Int!) {\n    updateVehicleProfile(esn: $esn, input: { modelId: $modelId }) { vehicle { esn } }\n  }\n": types.MalformedSetModelDocument,
    "\n  query MalformedBrandTree($brandId: Int!, $modelId: Int!, $nodeIds: [ID!]!) {\n    brand(id: $brandId) { subBrands { id: catalogId series { id: catalogId models { id: catalogId name } } } }\n    model(id: $modelId) { id: catalogId }\n    nodes(ids: $nodeIds) { ... on Model { catalogId } }\n  }\n": types.MalformedBrandTreeDocument,
    "\n  query CatalogTree($brandId: Int!) {\n    brand(id: $brandId) {\n      id: catalogId name logoUrl\n      subBrands {\n        id: catalogId name brand { id: catalogId }\n        series {\n          id: catalogId name subBrand { id: catalogId }\n          models { id: catalogId name year fullName series { id: catalogId } brand { id: catalogId } }\n        }\n      }\n    }\n  }\n": types.CatalogTreeDocument,
    "\n  query BrandList {\n    brands { id: catalogId name logoUrl }\n  }\n": types.BrandListDocument,
    "\n  query ModelName($id: Int!) {\n    model(id: $id) { id: catalogId year fullName series { name subBrand { name } } brand { name } }\n  }\n": types.ModelNameDocument,
    "\n  query BrandsAndModel($modelId: Int!) {\n    brands { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n": types.BrandsAndModelDocument,
    "\n  query BrandAndModelIds($brandId: Int!, $modelId: Int!) {\n    brand(id: $brandId) { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n": types.BrandAndModelIdsDocument,
    "\n  query SubBrandTree($brandId: Int!) {\n    brand(id: $brandId) { subBrands { id catalogId series { id catalogId models { catalogId } } } }\n  }\n": types.SubBrandTreeDocument,
    "\n  query SeriesNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Series { catalogId subBrand { catalogId } models { catalogId } } }\n  }\n": types.SeriesNodesDocument,
    "\n  query Brands {\n    brands { id name logoUrl }\n  }\n": types.BrandsDocument,
    "\n  query Typename {\n    __typename\n  }\n": types.TypenameDocument,
    "\n  query Dashboard($esns: [String!]!, $pinned: String!, $from: DateTime!, $to: DateTime!) {\n    fleet: terminals(esns: $esns) {\n      esn\n      vehicle {\n        ...VehicleSummary\n        condition {\n          odometerKm\n          location { lng lat }\n        }\n        battery: condition { batteryVoltage }\n        profile {\n          model {\n            name\n            series { name subBrand { name } }\n          }\n        }\n        trips(first: 5, from: $from, to: $to) {\n          totalCount\n          edges {\n            node {\n              id: tripId\n              ...TripDetail\n              track { pointCount }\n            }\n          }\n        }\n        latest: trips(first: 3, from: $from, to: $to) {\n          edges { node { id: tripId evaluation { verdict } } }\n        }\n      }\n    }\n    pinned: terminal(esn: $pinned) {\n      vehicle {\n        ...VehicleSummary\n        trips(first: 5, from: $from, to: $to) { edges { node { ...TripDetail } } }\n      }\n    }\n  }\n\n  fragment VehicleSummary on Vehicle {\n    condition { driveStatus speedKmh }\n    profile { fuelGrade model { id: catalogId series { id: catalogId } } }\n  }\n\n  fragment TripDetail on Trip {\n    distanceKm\n    track { lengthKm }\n    evaluation { distanceKm fuelCostYuan }\n  }\n": types.DashboardDocument,
    "\n  mutation LockDoors($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id action esn idempotencyKey state requestedAt acceptedAt completedAt message }\n  }\n": types.LockDoorsDocument,
    "\n  mutation UnlockDoors($esn: String!, $key: String!) {\n    unlockDoors(esn: $esn, idempotencyKey: $key) { id action state message }\n  }\n": types.UnlockDoorsDocument,
    "\n  query DoorCommandState($id: ID!) {\n    doorCommand(id: $id) {\n      id\n      state\n      acceptedAt\n      completedAt\n      message\n      outcomeEvent { __typename id type ... on DoorEvent { action outcome } }\n    }\n  }\n": types.DoorCommandStateDocument,
    "\n  subscription DoorCommandProgress($id: ID!) {\n    doorCommand(id: $id) { id state outcomeEvent { id } }\n  }\n": types.DoorCommandProgressDocument,
    "\n  subscription DoorCommandEnding($id: ID!) {\n    doorCommand(id: $id) { id state requestedAt completedAt message outcomeEvent { id } }\n  }\n": types.DoorCommandEndingDocument,
    "\n  query VehicleWithFaultyField($esn: String!) {\n    terminal(esn: $esn) {\n      esn\n      vehicle {\n        condition { odometerKm }\n        profile { plateNumber }\n        tires { hasAlerts }\n      }\n    }\n  }\n": types.VehicleWithFaultyFieldDocument,
    "\n  query EventPage($esn: String!, $first: Int, $after: String) {\n    terminal(esn: $esn) {\n      esn\n      vehicle {\n        events(first: $first, after: $after) {\n          edges { cursor node { id } }\n          pageInfo { endCursor hasNextPage }\n        }\n      }\n    }\n  }\n": types.EventPageDocument,
    "\n  query TripCursor($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { pageInfo { endCursor } } } } }\n": types.TripCursorDocument,
    "\n  subscription ReplayedIds($since: String) {\n    vehicleEvents(since: $since) { id }\n  }\n": types.ReplayedIdsDocument,
    "\n  subscription LiveIds($esns: [String!]) {\n    vehicleEvents(esns: $esns) { id esn }\n  }\n": types.LiveIdsDocument,
    "\n  mutation LockOnce($esn: String!, $key: String!) {\n    lockDoors(esn: $esn, idempotencyKey: $key) { id state }\n  }\n": types.LockOnceDocument,
    "\n  query CommandOutcome($id: ID!) {\n    doorCommand(id: $id) { state outcomeEvent { id } }\n  }\n": types.CommandOutcomeDocument,
    "\n  query EventsOfVehicle($esn: String!) {\n    terminal(esn: $esn) { vehicle { events(first: 100) { edges { node { id } } } } }\n  }\n": types.EventsOfVehicleDocument,
    "\n  subscription VehicleEventsFeed($esns: [String!], $types: [VehicleEventType!], $since: String) {\n    vehicleEvents(esns: $esns, types: $types, since: $since) {\n      __typename\n      id\n      esn\n      type\n      ... on VibrationEvent { level }\n    }\n  }\n": types.VehicleEventsFeedDocument,
    "\n  subscription EventsWithOdometer($esns: [String!]) {\n    vehicleEvents(esns: $esns) { id vehicle { condition { odometerKm } } }\n  }\n": types.EventsWithOdometerDocument,
    "\n  query VehicleEvents($esn: String!, $first: Int, $after: String, $types: [VehicleEventType!]) {\n    terminal(esn: $esn) {\n      vehicle {\n        events(first: $first, after: $after, types: $types) {\n          edges {\n            cursor\n            node {\n              __typename\n              id\n              type\n              wireType\n              esn\n              occurredAt\n              receivedAt\n              text\n              userId\n              attributes\n              location { lng lat wgs84 { lng lat } }\n              ... on VibrationEvent { level }\n              ... on CollisionEvent { level }\n              ... on LowBatteryEvent { level }\n              ... on IgnitionEvent { ignitionOn anomalous }\n              ... on TirePressureEvent { anomaly tire }\n              ... on DoorEvent { action outcome }\n              ... on DataQuotaEvent { usedMegabytes }\n              ... on RestrictedAreaEvent { reportedPosition { lng lat } }\n            }\n          }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": types.VehicleEventsDocument,
    "\n  query FailureDomainDashboard($esns: [String!]!) {\n    brands { name }\n    terminals(esns: $esns) {\n      esn\n      bound\n      registeredPlate: plateNumber\n      vehicle {\n        esn\n        condition { odometerKm batteryVoltage faultCodes }\n        trips(first: 2) {\n          totalCount\n          edges { node { tripId distanceKm track { pointCount } evaluation { verdict fuelCostYuan } } }\n        }\n        batteryHistory { voltage }\n        healthCheck { faultCodes }\n        tires { hasAlerts }\n        profile { plateNumber model { fullName } }\n        fuelStatistics {\n          modelAverage { averageSpeedKmh }\n          overall { distanceKm }\n          lastSevenDays { distanceKm }\n          lastDay { distanceKm }\n        }\n      }\n    }\n  }\n": types.FailureDomainDashboardDocument,
    "\n  query DoorCommandAsServed($id: ID!) {\n    doorCommand(id: $id) { state message completedAt }\n  }\n": types.DoorCommandAsServedDocument,
    "\n  mutation HostileUnlock($esn: String!) { unlockDoors(esn: $esn, idempotencyKey: \"csrf\") { state } }\n": types.HostileUnlockDocument,
    "\n  query CorsProbe { __typename }\n": types.CorsProbeDocument,
    "\n  query DebugOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": types.DebugOdometerDocument,
    "\n  mutation DebugUnlock($esn: String!, $idempotencyKey: String!) { unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { state } }\n": types.DebugUnlockDocument,
    "\n  query BoundAndPlate($esn: String!) { terminal(esn: $esn) { bound plateNumber } }\n": types.BoundAndPlateDocument,
    "\n  query LoggedOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": types.LoggedOdometerDocument,
    "\n  query RequestIdProbe { __typename }\n": types.RequestIdProbeDocument,
    "\n  query FleetConditionAndFuelGrade($esns: [String!]!) { terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } } }\n": types.FleetConditionAndFuelGradeDocument,
    "\n  query LoggedVehicle($esn: String!) { terminal(esn: $esn) { bound vehicle { condition { odometerKm } profile { plateNumber } } } }\n": types.LoggedVehicleDocument,
    "\n  mutation LoggedUnlock($esn: String!, $idempotencyKey: String!) { unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { state } }\n": types.LoggedUnlockDocument,
    "\n  query LoggedTires($esn: String!) { terminal(esn: $esn) { vehicle { tires { all { position } } } } }\n": types.LoggedTiresDocument,
    "\n  subscription LoggedEvents { vehicleEvents { id } }\n": types.LoggedEventsDocument,
    "\n  query StartedBoundAndPlate($esn: String!) { terminal(esn: $esn) { bound plateNumber } }\n": types.StartedBoundAndPlateDocument,
    "\n  query StartedBatteryHistory($esn: String!) { terminal(esn: $esn) { vehicle { batteryHistory { voltage } } } }\n": types.StartedBatteryHistoryDocument,
    "\n  query StartedBound($esn: String!) { terminal(esn: $esn) { bound } }\n": types.StartedBoundDocument,
    "\n  query Plate($esn: String!) { terminal(esn: $esn) { plateNumber } }\n": types.PlateDocument,
    "\n  query Odometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": types.OdometerDocument,
    "\n  query TrackPointCounts($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 2) { edges { node { track { pointCount } } } } } } }\n": types.TrackPointCountsDocument,
    "\n  query MeteredTires($esn: String!) { terminal(esn: $esn) { vehicle { tires { all { position } } } } }\n": types.MeteredTiresDocument,
    "\n  query FleetPlates($esns: [String!]!) { terminals(esns: $esns) { plateNumber } }\n": types.FleetPlatesDocument,
    "\n  query TerminalBound($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n": types.TerminalBoundDocument,
    "\n  mutation BindTerminal($input: BindTerminalInput!) {\n    bindTerminal(input: $input) { esn terminal { esn bound mobile } }\n  }\n": types.BindTerminalDocument,
    "\n  query ModelBenchmark($esn: String!) {\n    terminal(esn: $esn) { vehicle { profile { modelId } fuelStatistics { modelAverage { averageSpeedKmh idlePercent } } } }\n  }\n": types.ModelBenchmarkDocument,
    "\n  mutation SetModel($esn: String!, $modelId: Int!) {\n    updateVehicleProfile(esn: $esn, input: { modelId: $modelId }) { vehicle { esn } }\n  }\n": types.SetModelDocument,
    "\n  mutation UnbindTerminal($input: UnbindTerminalInput!) {\n    unbindTerminal(input: $input) { esn terminal { esn bound } }\n  }\n": types.UnbindTerminalDocument,
    "\n  fragment TripIds on TripConnection {\n    totalCount edges { node { id: tripId } }\n  }\n": types.TripIdsFragmentDoc,
    "\n  query VehicleTripIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n": types.VehicleTripIdsDocument,
    "\n  mutation DeleteTripRefetch($esn: String!, $tripId: ID!, $from: DateTime, $to: DateTime) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId vehicle { esn trips(first: 100, from: $from, to: $to) { ...TripIds } } }\n  }\n": types.DeleteTripRefetchDocument,
    "\n  mutation DeleteUnknownTrip($esn: String!) {\n    deleteTrip(esn: $esn, tripId: \"1\") { deletedTripId }\n  }\n": types.DeleteUnknownTripDocument,
    "\n  mutation DeleteTrip($esn: String!, $tripId: ID!) {\n    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId }\n  }\n": types.DeleteTripDocument,
    "\n  query WhoAmI {\n    myAccess { name scopes reachesEveryTerminal terminalCount authenticated }\n  }\n": types.WhoAmIDocument,
    "\n  query WhoAmIWithTerminals {\n    myAccess { name terminalCount }\n    myTerminals { esn }\n  }\n": types.WhoAmIWithTerminalsDocument,
    "\n  query WhoAmIOverWebSocket { myAccess { name scopes authenticated } }\n": types.WhoAmIOverWebSocketDocument,
    "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n": types.MyTerminalEsnsDocument,
    "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n": types.MyTerminalPlatesDocument,
    "\n  query NodesById($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename id\n      ... on Terminal { esn bound }\n      ... on Vehicle { esn condition { odometerKm } }\n      ... on Trip { tripId startedAt distanceKm evaluation { verdict } }\n      ... on Brand { catalogId name }\n      ... on SubBrand { catalogId name brand { catalogId } }\n      ... on Series { catalogId name }\n      ... on Model { catalogId fullName }\n    }\n  }\n": types.NodesByIdDocument,
    "\n  query NodeSample($esn: String!) {\n    terminal(esn: $esn) {\n      id\n      vehicle {\n        id\n        trips(first: 2) { edges { node { id tripId startedAt distanceKm evaluation { verdict } } } }\n        profile { model { id catalogId fullName series { id catalogId name subBrand { id catalogId name brand { id catalogId name } } } } }\n      }\n    }\n  }\n": types.NodeSampleDocument,
    "\n  mutation DeleteNodeTrip($esn: String!, $tripId: ID!) { deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId } }\n": types.DeleteNodeTripDocument,
    "\n  query GoodAndBadNode($good: ID!, $bad: ID!) { good: node(id: $good) { id ... on Vehicle { esn } } bad: node(id: $bad) { id } }\n": types.GoodAndBadNodeDocument,
    "\n  query VehiclesInOrder($esns: [String!]!) { vehicles(esns: $esns) { esn profile { plateNumber } } }\n": types.VehiclesInOrderDocument,
    "\n  query RateLimitedTypename { __typename }\n": types.RateLimitedTypenameDocument,
    "\n  subscription RateLimitedEvents { vehicleEvents { id } }\n": types.RateLimitedEventsDocument,
    "\n  query RateLimitedFleetBound($esns: [String!]!) { terminals(esns: $esns) { bound } }\n": types.RateLimitedFleetBoundDocument,
    "\n  query ReadinessProbe($esn: String!) { terminal(esn: $esn) { bound } }\n": types.ReadinessProbeDocument,
    "\n  query OutageOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": types.OutageOdometerDocument,
    "\n  subscription OutageEvents { vehicleEvents { id } }\n": types.OutageEventsDocument,
    "\n  query OutageLatestEvents($esn: String!) { terminal(esn: $esn) { bound vehicle { events(first: 3) { edges { node { id } } } } } }\n": types.OutageLatestEventsDocument,
    "\n  mutation OutageLock($esn: String!, $idempotencyKey: String!) { lockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { id state } }\n": types.OutageLockDocument,
    "\n  query SharedBrands {\n    brands { id name }\n  }\n": types.SharedBrandsDocument,
    "\n  query SharedTrips($esn: String!) {\n    terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }\n  }\n": types.SharedTripsDocument,
    "\n  mutation SharedDeleteTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n": types.SharedDeleteTripDocument,
    "\n  query FinishedTrips($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: 3) {\n          edges { node { id: tripId track { pointCount lengthKm } evaluation { verdict fuelCostYuan fuelGrade } } }\n        }\n      }\n    }\n  }\n": types.FinishedTripsDocument,
    "\n  mutation DeleteFinishedTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n": types.DeleteFinishedTripDocument,
    "\n  mutation ChangeFuelGrade($esn: String!, $grade: FuelGrade!) {\n    updateVehicleProfile(esn: $esn, input: { fuelGrade: $grade }) { profile { fuelGrade } }\n  }\n": types.ChangeFuelGradeDocument,
    "\n  subscription ShutdownFeed($esns: [String!], $since: String) {\n    vehicleEvents(esns: $esns, since: $since) { id }\n  }\n": types.ShutdownFeedDocument,
    "\n  query ShutdownPlain($esn: String!) {\n    terminal(esn: $esn) { bound }\n  }\n": types.ShutdownPlainDocument,
    "\n  subscription ExpiringFeed { vehicleEvents { id } }\n": types.ExpiringFeedDocument,
    "\n  query ConditionOverSocket($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": types.ConditionOverSocketDocument,
    "\n  subscription EventsWithOdometer($esns: [String!]) { vehicleEvents(esns: $esns) { id vehicle { condition { odometerKm } } } }\n": types.EventsWithOdometerDocument,
    "\n  subscription EventsWithLatestTrack($esns: [String!]) { vehicleEvents(esns: $esns) { id vehicle { trips(first: 1) { edges { node { track { pointCount } } } } } } }\n": types.EventsWithLatestTrackDocument,
    "\n  query OdometerNow($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n": types.OdometerNowDocument,
    "\n  subscription EventsWithTripDetail {\n    vehicleEvents { id vehicle { trips(first: 100) { edges { node { track { pointCount } evaluation { verdict } } } } } }\n  }\n": types.EventsWithTripDetailDocument,
    "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n": types.TerminalStatusDocument,
    "\n  query OneTerminalStatus($esn: String!) {\n    terminal(esn: $esn) { esn bindStatus bound pluggedIn lastActiveAt mobile plateNumber }\n  }\n": types.OneTerminalStatusDocument,
    "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n": types.VehiclePositionDocument,
    "\n  query OdometerAndTripCounts($esns: [String!]!) {\n    terminals(esns: $esns) { esn vehicle { condition { odometerKm } trips { totalCount } } }\n  }\n": types.OdometerAndTripCountsDocument,
    "\n  query TwoTerminalStatuses($first: String!, $second: String!) {\n    a: terminal(esn: $first) { esn bound vehicle { condition { odometerKm } } }\n    b: terminal(esn: $second) { esn plateNumber }\n  }\n": types.TwoTerminalStatusesDocument,
    "\n  query PlateEverywhere($esn: String!) {\n    terminal(esn: $esn) { plateNumber vehicle { profile { plateNumber } } }\n  }\n": types.PlateEverywhereDocument,
    "\n  query TracedCar($esn: String!) {\n    terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } }\n  }\n": types.TracedCarDocument,
    "\n  query TracedPlate($esn: String!) {\n    terminal(esn: $esn) { plateNumber }\n  }\n": types.TracedPlateDocument,
    "\n  query Car($esn: String!) { terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } } }\n": types.CarDocument,
    "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds topSpeedKmh maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TripPageDocument,
    "\n  query SharedTripPage($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle {\n      a: trips(first: 3, from: $from, to: $to) { totalCount edges { node { id: tripId } } }\n      b: trips(first: 0, from: $from, to: $to) { totalCount }\n    } }\n  }\n": types.SharedTripPageDocument,
    "\n  query TripTrackAndEvaluation($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 4, from: $from, to: $to) { edges { node {\n      id: tripId startedAt endedAt distanceKm\n      track { pointCount lengthKm points { lng lat } wgs: geoJson gcj: geoJson(datum: GCJ02) }\n      evaluation {\n        distanceKm averageSpeedKmh topSpeedKmh harshBrakings harshAccelerations fatigueDrivingSeconds speedingSpeedKmh\n        warmUpSeconds experiencePoints startedAt endedAt drivingSeconds longDrive verdict verdictText fuelGrade\n        fuelCostYuan carbonEmissionsKg\n      }\n    } } } } }\n  }\n": types.TripTrackAndEvaluationDocument,
    "\n  query NewestTripEvaluation($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 1, from: $from, to: $to) { edges { node { id: tripId evaluation {\n      distanceKm averageSpeedKmh topSpeedKmh harshBrakings harshAccelerations fatigueDrivingSeconds speedingSpeedKmh\n      warmUpSeconds experiencePoints startedAt endedAt drivingSeconds longDrive verdict verdictText fuelGrade\n      fuelCostYuan carbonEmissionsKg\n    } } } } } }\n  }\n": types.NewestTripEvaluationDocument,
    "\n  query NewestTripIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 1, from: $from, to: $to) { edges { node { id: tripId evaluation { startedAt } track { pointCount } } } } } }\n  }\n": types.NewestTripIdsDocument,
    "\n  query TripsWithEvaluations($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 2, from: $from, to: $to) { totalCount edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }\n  }\n": types.TripsWithEvaluationsDocument,
    "\n  query TripById($id: ID!) { node(id: $id) { ... on Trip { tripId distanceKm } } }\n": types.TripByIdDocument,
    "\n  query TripGlobalIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 10, from: $from, to: $to) { edges { node { id tripId } } } } }\n  }\n": types.TripGlobalIdsDocument,
    "\n  query CostTerminalAndCondition($esn: String!) { terminal(esn: $esn) { bound mobile vehicle { condition { odometerKm } } } }\n": types.CostTerminalAndConditionDocument,
    "\n  query CostFirstTripTrack($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { edges { node { track { pointCount } } } } } } }\n": types.CostFirstTripTrackDocument,
    "\n  query CostRunaway($esns: [String!]!) {\n    terminals(esns: $esns) { vehicle { trips(first: 100) { edges { node { track { pointCount } evaluation { verdict } } } } } }\n  }\n": types.CostRunawayDocument,
    "\n  query CostFleetDashboard($esns: [String!]!) {\n    terminals(esns: $esns) { bound vehicle { condition { odometerKm } profile { fuelGrade } tires { hasAlerts } trips(first: 5) { totalCount } } }\n  }\n": types.CostFleetDashboardDocument,
    "\n  query CostFleetBound($esns: [String!]!) { terminals(esns: $esns) { bound } }\n": types.CostFleetBoundDocument,
    "\n  query CostUnknownModel { model(id: 999999) { id } }\n": types.CostUnknownModelDocument,
    "\n  mutation CostProfileUpdate($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: \"平安车险\" }) { profile { insurer } } }\n": types.CostProfileUpdateDocument,
    "\n  query CostTripIds($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id } } } } } }\n": types.CostTripIdsDocument,
    "\n  query CostNode($id: ID!) { node(id: $id) { id } }\n": types.CostNodeDocument,
    "\n  query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": types.CostNodesDocument,
    "\n    query TripsAfter($esn: String!, $after: String) { terminal(esn: $esn) { vehicle { trips(first: 2, after: $after) { edges { cursor } } } } }\n  ": types.TripsAfterDocument,
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
    "\n  query StateFaults($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      vehicle {\n        condition { faultCodes faults { code system definedBy area } }\n        healthCheck { faultCodes faults { code system definedBy area } }\n      }\n    }\n  }\n": types.StateFaultsDocument,
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
export function graphql(source: "\n  query JwtTerminalBound($esn: String!) { terminal(esn: $esn) { bound } }\n"): (typeof documents)["\n  query JwtTerminalBound($esn: String!) { terminal(esn: $esn) { bound } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JwtLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: \"jwt-read-only\") { state } }\n"): (typeof documents)["\n  mutation JwtLockDoors($esn: String!) { lockDoors(esn: $esn, idempotencyKey: \"jwt-read-only\") { state } }\n"];
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
export function graphql(source: "\n  mutation AuthBindByActivationCode { bindTerminal(input: { activationCode: \"ABC123\", mobile: \"13800000000\" }) { esn } }\n"): (typeof documents)["\n  mutation AuthBindByActivationCode { bindTerminal(input: { activationCode: \"ABC123\", mobile: \"13800000000\" }) { esn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthQueryTypeName { __schema { queryType { name } } }\n"): (typeof documents)["\n  query AuthQueryTypeName { __schema { queryType { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTerminalGlobalIds($esn: String!, $from: DateTime!, $to: DateTime!) {\n    terminal(esn: $esn) { id vehicle { id trips(first: 1, from: $from, to: $to) { edges { node { id } } } } }\n  }\n"): (typeof documents)["\n  query AuthTerminalGlobalIds($esn: String!, $from: DateTime!, $to: DateTime!) {\n    terminal(esn: $esn) { id vehicle { id trips(first: 1, from: $from, to: $to) { edges { node { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthNodesOfTerminals($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n"): (typeof documents)["\n  query AuthNodesOfTerminals($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthOwnEvents($esns: [String!]) { vehicleEvents(esns: $esns) { id esn } }\n"): (typeof documents)["\n  subscription AuthOwnEvents($esns: [String!]) { vehicleEvents(esns: $esns) { id esn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthSinceEvents($since: String) { vehicleEvents(since: $since) { id esn } }\n"): (typeof documents)["\n  subscription AuthSinceEvents($since: String) { vehicleEvents(since: $since) { id esn } }\n"];
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
export function graphql(source: "\n  query KeptModel($modelId: Int!) {\n    model(id: $modelId) { id: catalogId name year fullName brand { name logoUrl } }\n  }\n"): (typeof documents)["\n  query KeptModel($modelId: Int!) {\n    model(id: $modelId) { id: catalogId name year fullName brand { name logoUrl } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogLogos { brands { id: catalogId logoUrl } }\n"): (typeof documents)["\n  query CatalogLogos { brands { id: catalogId logoUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MalformedBrandsAndModel($modelId: Int!) {\n    brands { id: catalogId name }\n    model(id: $modelId) { id: catalogId brand { id: catalogId } }\n  }\n"): (typeof documents)["\n  query MalformedBrandsAndModel($modelId: Int!) {\n    brands { id: catalogId name }\n    model(id: $modelId) { id: catalogId brand { id: catalogId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MalformedBrandAndModel($brandId: Int!, $modelId: Int!) {\n    brand(id: $brandId) { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n"): (typeof documents)["\n  query MalformedBrandAndModel($brandId: Int!, $modelId: Int!) {\n    brand(id: $brandId) { id: catalogId }\n    model(id: $modelId) { id: catalogId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MalformedSetModel($esn: String!, $modelId: Int!) {\n    updateVehicleProfile(esn: $esn, input: { modelId: $modelId }) { vehicle { esn } }\n  }\n"): (typeof documents)["\n  mutation MalformedSetModel($esn: String!, $modelId: Int!) {\n    updateVehicleProfile(esn: $esn, input: { modelId: $modelId }) { vehicle { esn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MalformedBrandTree($brandId: Int!, $modelId: Int!, $nodeIds: [ID!]!) {\n    brand(id: $brandId) { subBrands { id: catalogId series { id: catalogId models { id: catalogId name } } } }\n    model(id: $modelId) { id: catalogId }\n    nodes(ids: $nodeIds) { ... on Model { catalogId } }\n  }\n"): (typeof documents)["\n  query MalformedBrandTree($brandId: Int!, $modelId: Int!, $nodeIds: [ID!]!) {\n    brand(id: $brandId) { subBrands { id: catalogId series { id: catalogId models { id: catalogId name } } } }\n    model(id: $modelId) { id: catalogId }\n    nodes(ids: $nodeIds) { ... on Model { catalogId } }\n  }\n"];
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
export function graphql(source: "\n  query SubBrandTree($brandId: Int!) {\n    brand(id: $brandId) { subBrands { id catalogId series { id catalogId models { catalogId } } } }\n  }\n"): (typeof documents)["\n  query SubBrandTree($brandId: Int!) {\n    brand(id: $brandId) { subBrands { id catalogId series { id catalogId models { catalogId } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Series { catalogId subBrand { catalogId } models { catalogId } } }\n  }\n"): (typeof documents)["\n  query SeriesNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Series { catalogId subBrand { catalogId } models { catalogId } } }\n  }\n"];
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
export function graphql(source: "\n  subscription DoorCommandEnding($id: ID!) {\n    doorCommand(id: $id) { id state requestedAt completedAt message outcomeEvent { id } }\n  }\n"): (typeof documents)["\n  subscription DoorCommandEnding($id: ID!) {\n    doorCommand(id: $id) { id state requestedAt completedAt message outcomeEvent { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehicleWithFaultyField($esn: String!) {\n    terminal(esn: $esn) {\n      esn\n      vehicle {\n        condition { odometerKm }\n        profile { plateNumber }\n        tires { hasAlerts }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VehicleWithFaultyField($esn: String!) {\n    terminal(esn: $esn) {\n      esn\n      vehicle {\n        condition { odometerKm }\n        profile { plateNumber }\n        tires { hasAlerts }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($esn: String!, $first: Int, $after: String) {\n    terminal(esn: $esn) {\n      esn\n      vehicle {\n        events(first: $first, after: $after) {\n          edges { cursor node { id } }\n          pageInfo { endCursor hasNextPage }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventPage($esn: String!, $first: Int, $after: String) {\n    terminal(esn: $esn) {\n      esn\n      vehicle {\n        events(first: $first, after: $after) {\n          edges { cursor node { id } }\n          pageInfo { endCursor hasNextPage }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TripCursor($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { pageInfo { endCursor } } } } }\n"): (typeof documents)["\n  query TripCursor($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { pageInfo { endCursor } } } } }\n"];
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
export function graphql(source: "\n  subscription EventsWithOdometer($esns: [String!]) {\n    vehicleEvents(esns: $esns) { id vehicle { condition { odometerKm } } }\n  }\n"): (typeof documents)["\n  subscription EventsWithOdometer($esns: [String!]) {\n    vehicleEvents(esns: $esns) { id vehicle { condition { odometerKm } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehicleEvents($esn: String!, $first: Int, $after: String, $types: [VehicleEventType!]) {\n    terminal(esn: $esn) {\n      vehicle {\n        events(first: $first, after: $after, types: $types) {\n          edges {\n            cursor\n            node {\n              __typename\n              id\n              type\n              wireType\n              esn\n              occurredAt\n              receivedAt\n              text\n              userId\n              attributes\n              location { lng lat wgs84 { lng lat } }\n              ... on VibrationEvent { level }\n              ... on CollisionEvent { level }\n              ... on LowBatteryEvent { level }\n              ... on IgnitionEvent { ignitionOn anomalous }\n              ... on TirePressureEvent { anomaly tire }\n              ... on DoorEvent { action outcome }\n              ... on DataQuotaEvent { usedMegabytes }\n              ... on RestrictedAreaEvent { reportedPosition { lng lat } }\n            }\n          }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VehicleEvents($esn: String!, $first: Int, $after: String, $types: [VehicleEventType!]) {\n    terminal(esn: $esn) {\n      vehicle {\n        events(first: $first, after: $after, types: $types) {\n          edges {\n            cursor\n            node {\n              __typename\n              id\n              type\n              wireType\n              esn\n              occurredAt\n              receivedAt\n              text\n              userId\n              attributes\n              location { lng lat wgs84 { lng lat } }\n              ... on VibrationEvent { level }\n              ... on CollisionEvent { level }\n              ... on LowBatteryEvent { level }\n              ... on IgnitionEvent { ignitionOn anomalous }\n              ... on TirePressureEvent { anomaly tire }\n              ... on DoorEvent { action outcome }\n              ... on DataQuotaEvent { usedMegabytes }\n              ... on RestrictedAreaEvent { reportedPosition { lng lat } }\n            }\n          }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailureDomainDashboard($esns: [String!]!) {\n    brands { name }\n    terminals(esns: $esns) {\n      esn\n      bound\n      registeredPlate: plateNumber\n      vehicle {\n        esn\n        condition { odometerKm batteryVoltage faultCodes }\n        trips(first: 2) {\n          totalCount\n          edges { node { tripId distanceKm track { pointCount } evaluation { verdict fuelCostYuan } } }\n        }\n        batteryHistory { voltage }\n        healthCheck { faultCodes }\n        tires { hasAlerts }\n        profile { plateNumber model { fullName } }\n        fuelStatistics {\n          modelAverage { averageSpeedKmh }\n          overall { distanceKm }\n          lastSevenDays { distanceKm }\n          lastDay { distanceKm }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FailureDomainDashboard($esns: [String!]!) {\n    brands { name }\n    terminals(esns: $esns) {\n      esn\n      bound\n      registeredPlate: plateNumber\n      vehicle {\n        esn\n        condition { odometerKm batteryVoltage faultCodes }\n        trips(first: 2) {\n          totalCount\n          edges { node { tripId distanceKm track { pointCount } evaluation { verdict fuelCostYuan } } }\n        }\n        batteryHistory { voltage }\n        healthCheck { faultCodes }\n        tires { hasAlerts }\n        profile { plateNumber model { fullName } }\n        fuelStatistics {\n          modelAverage { averageSpeedKmh }\n          overall { distanceKm }\n          lastSevenDays { distanceKm }\n          lastDay { distanceKm }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoorCommandAsServed($id: ID!) {\n    doorCommand(id: $id) { state message completedAt }\n  }\n"): (typeof documents)["\n  query DoorCommandAsServed($id: ID!) {\n    doorCommand(id: $id) { state message completedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostileUnlock($esn: String!) { unlockDoors(esn: $esn, idempotencyKey: \"csrf\") { state } }\n"): (typeof documents)["\n  mutation HostileUnlock($esn: String!) { unlockDoors(esn: $esn, idempotencyKey: \"csrf\") { state } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorsProbe { __typename }\n"): (typeof documents)["\n  query CorsProbe { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebugOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"): (typeof documents)["\n  query DebugOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DebugUnlock($esn: String!, $idempotencyKey: String!) { unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { state } }\n"): (typeof documents)["\n  mutation DebugUnlock($esn: String!, $idempotencyKey: String!) { unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { state } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundAndPlate($esn: String!) { terminal(esn: $esn) { bound plateNumber } }\n"): (typeof documents)["\n  query BoundAndPlate($esn: String!) { terminal(esn: $esn) { bound plateNumber } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoggedOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"): (typeof documents)["\n  query LoggedOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestIdProbe { __typename }\n"): (typeof documents)["\n  query RequestIdProbe { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetConditionAndFuelGrade($esns: [String!]!) { terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } } }\n"): (typeof documents)["\n  query FleetConditionAndFuelGrade($esns: [String!]!) { terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoggedVehicle($esn: String!) { terminal(esn: $esn) { bound vehicle { condition { odometerKm } profile { plateNumber } } } }\n"): (typeof documents)["\n  query LoggedVehicle($esn: String!) { terminal(esn: $esn) { bound vehicle { condition { odometerKm } profile { plateNumber } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoggedUnlock($esn: String!, $idempotencyKey: String!) { unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { state } }\n"): (typeof documents)["\n  mutation LoggedUnlock($esn: String!, $idempotencyKey: String!) { unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { state } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoggedTires($esn: String!) { terminal(esn: $esn) { vehicle { tires { all { position } } } } }\n"): (typeof documents)["\n  query LoggedTires($esn: String!) { terminal(esn: $esn) { vehicle { tires { all { position } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LoggedEvents { vehicleEvents { id } }\n"): (typeof documents)["\n  subscription LoggedEvents { vehicleEvents { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartedBoundAndPlate($esn: String!) { terminal(esn: $esn) { bound plateNumber } }\n"): (typeof documents)["\n  query StartedBoundAndPlate($esn: String!) { terminal(esn: $esn) { bound plateNumber } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartedBatteryHistory($esn: String!) { terminal(esn: $esn) { vehicle { batteryHistory { voltage } } } }\n"): (typeof documents)["\n  query StartedBatteryHistory($esn: String!) { terminal(esn: $esn) { vehicle { batteryHistory { voltage } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartedBound($esn: String!) { terminal(esn: $esn) { bound } }\n"): (typeof documents)["\n  query StartedBound($esn: String!) { terminal(esn: $esn) { bound } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plate($esn: String!) { terminal(esn: $esn) { plateNumber } }\n"): (typeof documents)["\n  query Plate($esn: String!) { terminal(esn: $esn) { plateNumber } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Odometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"): (typeof documents)["\n  query Odometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackPointCounts($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 2) { edges { node { track { pointCount } } } } } } }\n"): (typeof documents)["\n  query TrackPointCounts($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 2) { edges { node { track { pointCount } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeteredTires($esn: String!) { terminal(esn: $esn) { vehicle { tires { all { position } } } } }\n"): (typeof documents)["\n  query MeteredTires($esn: String!) { terminal(esn: $esn) { vehicle { tires { all { position } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetPlates($esns: [String!]!) { terminals(esns: $esns) { plateNumber } }\n"): (typeof documents)["\n  query FleetPlates($esns: [String!]!) { terminals(esns: $esns) { plateNumber } }\n"];
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
export function graphql(source: "\n  query ModelBenchmark($esn: String!) {\n    terminal(esn: $esn) { vehicle { profile { modelId } fuelStatistics { modelAverage { averageSpeedKmh idlePercent } } } }\n  }\n"): (typeof documents)["\n  query ModelBenchmark($esn: String!) {\n    terminal(esn: $esn) { vehicle { profile { modelId } fuelStatistics { modelAverage { averageSpeedKmh idlePercent } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetModel($esn: String!, $modelId: Int!) {\n    updateVehicleProfile(esn: $esn, input: { modelId: $modelId }) { vehicle { esn } }\n  }\n"): (typeof documents)["\n  mutation SetModel($esn: String!, $modelId: Int!) {\n    updateVehicleProfile(esn: $esn, input: { modelId: $modelId }) { vehicle { esn } }\n  }\n"];
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
export function graphql(source: "\n  query WhoAmI {\n    myAccess { name scopes reachesEveryTerminal terminalCount authenticated }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    myAccess { name scopes reachesEveryTerminal terminalCount authenticated }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmIWithTerminals {\n    myAccess { name terminalCount }\n    myTerminals { esn }\n  }\n"): (typeof documents)["\n  query WhoAmIWithTerminals {\n    myAccess { name terminalCount }\n    myTerminals { esn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmIOverWebSocket { myAccess { name scopes authenticated } }\n"): (typeof documents)["\n  query WhoAmIOverWebSocket { myAccess { name scopes authenticated } }\n"];
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
export function graphql(source: "\n  query NodesById($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename id\n      ... on Terminal { esn bound }\n      ... on Vehicle { esn condition { odometerKm } }\n      ... on Trip { tripId startedAt distanceKm evaluation { verdict } }\n      ... on Brand { catalogId name }\n      ... on SubBrand { catalogId name brand { catalogId } }\n      ... on Series { catalogId name }\n      ... on Model { catalogId fullName }\n    }\n  }\n"): (typeof documents)["\n  query NodesById($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename id\n      ... on Terminal { esn bound }\n      ... on Vehicle { esn condition { odometerKm } }\n      ... on Trip { tripId startedAt distanceKm evaluation { verdict } }\n      ... on Brand { catalogId name }\n      ... on SubBrand { catalogId name brand { catalogId } }\n      ... on Series { catalogId name }\n      ... on Model { catalogId fullName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeSample($esn: String!) {\n    terminal(esn: $esn) {\n      id\n      vehicle {\n        id\n        trips(first: 2) { edges { node { id tripId startedAt distanceKm evaluation { verdict } } } }\n        profile { model { id catalogId fullName series { id catalogId name subBrand { id catalogId name brand { id catalogId name } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeSample($esn: String!) {\n    terminal(esn: $esn) {\n      id\n      vehicle {\n        id\n        trips(first: 2) { edges { node { id tripId startedAt distanceKm evaluation { verdict } } } }\n        profile { model { id catalogId fullName series { id catalogId name subBrand { id catalogId name brand { id catalogId name } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNodeTrip($esn: String!, $tripId: ID!) { deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId } }\n"): (typeof documents)["\n  mutation DeleteNodeTrip($esn: String!, $tripId: ID!) { deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoodAndBadNode($good: ID!, $bad: ID!) { good: node(id: $good) { id ... on Vehicle { esn } } bad: node(id: $bad) { id } }\n"): (typeof documents)["\n  query GoodAndBadNode($good: ID!, $bad: ID!) { good: node(id: $good) { id ... on Vehicle { esn } } bad: node(id: $bad) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehiclesInOrder($esns: [String!]!) { vehicles(esns: $esns) { esn profile { plateNumber } } }\n"): (typeof documents)["\n  query VehiclesInOrder($esns: [String!]!) { vehicles(esns: $esns) { esn profile { plateNumber } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitedTypename { __typename }\n"): (typeof documents)["\n  query RateLimitedTypename { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RateLimitedEvents { vehicleEvents { id } }\n"): (typeof documents)["\n  subscription RateLimitedEvents { vehicleEvents { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitedFleetBound($esns: [String!]!) { terminals(esns: $esns) { bound } }\n"): (typeof documents)["\n  query RateLimitedFleetBound($esns: [String!]!) { terminals(esns: $esns) { bound } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadinessProbe($esn: String!) { terminal(esn: $esn) { bound } }\n"): (typeof documents)["\n  query ReadinessProbe($esn: String!) { terminal(esn: $esn) { bound } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"): (typeof documents)["\n  query OutageOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutageEvents { vehicleEvents { id } }\n"): (typeof documents)["\n  subscription OutageEvents { vehicleEvents { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageLatestEvents($esn: String!) { terminal(esn: $esn) { bound vehicle { events(first: 3) { edges { node { id } } } } } }\n"): (typeof documents)["\n  query OutageLatestEvents($esn: String!) { terminal(esn: $esn) { bound vehicle { events(first: 3) { edges { node { id } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutageLock($esn: String!, $idempotencyKey: String!) { lockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { id state } }\n"): (typeof documents)["\n  mutation OutageLock($esn: String!, $idempotencyKey: String!) { lockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { id state } }\n"];
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
export function graphql(source: "\n  subscription ExpiringFeed { vehicleEvents { id } }\n"): (typeof documents)["\n  subscription ExpiringFeed { vehicleEvents { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConditionOverSocket($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"): (typeof documents)["\n  query ConditionOverSocket($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventsWithOdometer($esns: [String!]) { vehicleEvents(esns: $esns) { id vehicle { condition { odometerKm } } } }\n"): (typeof documents)["\n  subscription EventsWithOdometer($esns: [String!]) { vehicleEvents(esns: $esns) { id vehicle { condition { odometerKm } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventsWithLatestTrack($esns: [String!]) { vehicleEvents(esns: $esns) { id vehicle { trips(first: 1) { edges { node { track { pointCount } } } } } } }\n"): (typeof documents)["\n  subscription EventsWithLatestTrack($esns: [String!]) { vehicleEvents(esns: $esns) { id vehicle { trips(first: 1) { edges { node { track { pointCount } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OdometerNow($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"): (typeof documents)["\n  query OdometerNow($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventsWithTripDetail {\n    vehicleEvents { id vehicle { trips(first: 100) { edges { node { track { pointCount } evaluation { verdict } } } } } }\n  }\n"): (typeof documents)["\n  subscription EventsWithTripDetail {\n    vehicleEvents { id vehicle { trips(first: 100) { edges { node { track { pointCount } evaluation { verdict } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n"): (typeof documents)["\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneTerminalStatus($esn: String!) {\n    terminal(esn: $esn) { esn bindStatus bound pluggedIn lastActiveAt mobile plateNumber }\n  }\n"): (typeof documents)["\n  query OneTerminalStatus($esn: String!) {\n    terminal(esn: $esn) { esn bindStatus bound pluggedIn lastActiveAt mobile plateNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OdometerAndTripCounts($esns: [String!]!) {\n    terminals(esns: $esns) { esn vehicle { condition { odometerKm } trips { totalCount } } }\n  }\n"): (typeof documents)["\n  query OdometerAndTripCounts($esns: [String!]!) {\n    terminals(esns: $esns) { esn vehicle { condition { odometerKm } trips { totalCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoTerminalStatuses($first: String!, $second: String!) {\n    a: terminal(esn: $first) { esn bound vehicle { condition { odometerKm } } }\n    b: terminal(esn: $second) { esn plateNumber }\n  }\n"): (typeof documents)["\n  query TwoTerminalStatuses($first: String!, $second: String!) {\n    a: terminal(esn: $first) { esn bound vehicle { condition { odometerKm } } }\n    b: terminal(esn: $second) { esn plateNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlateEverywhere($esn: String!) {\n    terminal(esn: $esn) { plateNumber vehicle { profile { plateNumber } } }\n  }\n"): (typeof documents)["\n  query PlateEverywhere($esn: String!) {\n    terminal(esn: $esn) { plateNumber vehicle { profile { plateNumber } } }\n  }\n"];
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
export function graphql(source: "\n  query Car($esn: String!) { terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } } }\n"): (typeof documents)["\n  query Car($esn: String!) { terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds topSpeedKmh maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds topSpeedKmh maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedTripPage($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle {\n      a: trips(first: 3, from: $from, to: $to) { totalCount edges { node { id: tripId } } }\n      b: trips(first: 0, from: $from, to: $to) { totalCount }\n    } }\n  }\n"): (typeof documents)["\n  query SharedTripPage($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle {\n      a: trips(first: 3, from: $from, to: $to) { totalCount edges { node { id: tripId } } }\n      b: trips(first: 0, from: $from, to: $to) { totalCount }\n    } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TripTrackAndEvaluation($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 4, from: $from, to: $to) { edges { node {\n      id: tripId startedAt endedAt distanceKm\n      track { pointCount lengthKm points { lng lat } wgs: geoJson gcj: geoJson(datum: GCJ02) }\n      evaluation {\n        distanceKm averageSpeedKmh topSpeedKmh harshBrakings harshAccelerations fatigueDrivingSeconds speedingSpeedKmh\n        warmUpSeconds experiencePoints startedAt endedAt drivingSeconds longDrive verdict verdictText fuelGrade\n        fuelCostYuan carbonEmissionsKg\n      }\n    } } } } }\n  }\n"): (typeof documents)["\n  query TripTrackAndEvaluation($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 4, from: $from, to: $to) { edges { node {\n      id: tripId startedAt endedAt distanceKm\n      track { pointCount lengthKm points { lng lat } wgs: geoJson gcj: geoJson(datum: GCJ02) }\n      evaluation {\n        distanceKm averageSpeedKmh topSpeedKmh harshBrakings harshAccelerations fatigueDrivingSeconds speedingSpeedKmh\n        warmUpSeconds experiencePoints startedAt endedAt drivingSeconds longDrive verdict verdictText fuelGrade\n        fuelCostYuan carbonEmissionsKg\n      }\n    } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewestTripEvaluation($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 1, from: $from, to: $to) { edges { node { id: tripId evaluation {\n      distanceKm averageSpeedKmh topSpeedKmh harshBrakings harshAccelerations fatigueDrivingSeconds speedingSpeedKmh\n      warmUpSeconds experiencePoints startedAt endedAt drivingSeconds longDrive verdict verdictText fuelGrade\n      fuelCostYuan carbonEmissionsKg\n    } } } } } }\n  }\n"): (typeof documents)["\n  query NewestTripEvaluation($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 1, from: $from, to: $to) { edges { node { id: tripId evaluation {\n      distanceKm averageSpeedKmh topSpeedKmh harshBrakings harshAccelerations fatigueDrivingSeconds speedingSpeedKmh\n      warmUpSeconds experiencePoints startedAt endedAt drivingSeconds longDrive verdict verdictText fuelGrade\n      fuelCostYuan carbonEmissionsKg\n    } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewestTripIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 1, from: $from, to: $to) { edges { node { id: tripId evaluation { startedAt } track { pointCount } } } } } }\n  }\n"): (typeof documents)["\n  query NewestTripIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 1, from: $from, to: $to) { edges { node { id: tripId evaluation { startedAt } track { pointCount } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TripsWithEvaluations($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 2, from: $from, to: $to) { totalCount edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }\n  }\n"): (typeof documents)["\n  query TripsWithEvaluations($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 2, from: $from, to: $to) { totalCount edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TripById($id: ID!) { node(id: $id) { ... on Trip { tripId distanceKm } } }\n"): (typeof documents)["\n  query TripById($id: ID!) { node(id: $id) { ... on Trip { tripId distanceKm } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TripGlobalIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 10, from: $from, to: $to) { edges { node { id tripId } } } } }\n  }\n"): (typeof documents)["\n  query TripGlobalIds($esn: String!, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) { vehicle { trips(first: 10, from: $from, to: $to) { edges { node { id tripId } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostTerminalAndCondition($esn: String!) { terminal(esn: $esn) { bound mobile vehicle { condition { odometerKm } } } }\n"): (typeof documents)["\n  query CostTerminalAndCondition($esn: String!) { terminal(esn: $esn) { bound mobile vehicle { condition { odometerKm } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostFirstTripTrack($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { edges { node { track { pointCount } } } } } } }\n"): (typeof documents)["\n  query CostFirstTripTrack($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { edges { node { track { pointCount } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostRunaway($esns: [String!]!) {\n    terminals(esns: $esns) { vehicle { trips(first: 100) { edges { node { track { pointCount } evaluation { verdict } } } } } }\n  }\n"): (typeof documents)["\n  query CostRunaway($esns: [String!]!) {\n    terminals(esns: $esns) { vehicle { trips(first: 100) { edges { node { track { pointCount } evaluation { verdict } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostFleetDashboard($esns: [String!]!) {\n    terminals(esns: $esns) { bound vehicle { condition { odometerKm } profile { fuelGrade } tires { hasAlerts } trips(first: 5) { totalCount } } }\n  }\n"): (typeof documents)["\n  query CostFleetDashboard($esns: [String!]!) {\n    terminals(esns: $esns) { bound vehicle { condition { odometerKm } profile { fuelGrade } tires { hasAlerts } trips(first: 5) { totalCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostFleetBound($esns: [String!]!) { terminals(esns: $esns) { bound } }\n"): (typeof documents)["\n  query CostFleetBound($esns: [String!]!) { terminals(esns: $esns) { bound } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostUnknownModel { model(id: 999999) { id } }\n"): (typeof documents)["\n  query CostUnknownModel { model(id: 999999) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostProfileUpdate($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: \"平安车险\" }) { profile { insurer } } }\n"): (typeof documents)["\n  mutation CostProfileUpdate($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: \"平安车险\" }) { profile { insurer } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostTripIds($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id } } } } } }\n"): (typeof documents)["\n  query CostTripIds($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostNode($id: ID!) { node(id: $id) { id } }\n"): (typeof documents)["\n  query CostNode($id: ID!) { node(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"): (typeof documents)["\n  query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TripsAfter($esn: String!, $after: String) { terminal(esn: $esn) { vehicle { trips(first: 2, after: $after) { edges { cursor } } } } }\n  "): (typeof documents)["\n    query TripsAfter($esn: String!, $after: String) { terminal(esn: $esn) { vehicle { trips(first: 2, after: $after) { edges { cursor } } } } }\n  "];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateFaults($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      vehicle {\n        condition { faultCodes faults { code system definedBy area } }\n        healthCheck { faultCodes faults { code system definedBy area } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StateFaults($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      vehicle {\n        condition { faultCodes faults { code system definedBy area } }\n        healthCheck { faultCodes faults { code system definedBy area } }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;