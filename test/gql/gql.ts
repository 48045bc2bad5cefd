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
    "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n": typeof types.MyTerminalEsnsDocument,
    "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n": typeof types.MyTerminalPlatesDocument,
    "\n  query FinishedTrips($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: 3) {\n          edges { node { id: tripId track { pointCount lengthKm } evaluation { verdict fuelCostYuan fuelGrade } } }\n        }\n      }\n    }\n  }\n": typeof types.FinishedTripsDocument,
    "\n  mutation DeleteFinishedTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n": typeof types.DeleteFinishedTripDocument,
    "\n  mutation ChangeFuelGrade($esn: String!, $grade: FuelGrade!) {\n    updateVehicleProfile(esn: $esn, input: { fuelGrade: $grade }) { profile { fuelGrade } }\n  }\n": typeof types.ChangeFuelGradeDocument,
    "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n": typeof types.TerminalStatusDocument,
    "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n": typeof types.VehiclePositionDocument,
    "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TripPageDocument,
    "\n  fragment ProfileFields on VehicleProfile {\n    modelId model { id: catalogId fullName } profileMileageKm maintenanceIntervalKm fuelGrade plateNumber plateType plateTypeCode\n    vin engineNumber insurer insuranceDate vehicleTaxDate annualTollTicketDate annualInspectionDueDate\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  mutation UpdateProfile($esn: String!, $input: VehicleProfileInput!) {\n    updateVehicleProfile(esn: $esn, input: $input) {\n      vehicle { esn }\n      profile { ...ProfileFields }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query ReadProfile($esn: String!) {\n    terminal(esn: $esn) { vehicle { profile { ...ProfileFields } } }\n  }\n": typeof types.ReadProfileDocument,
};
const documents: Documents = {
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
    "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n": types.MyTerminalEsnsDocument,
    "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n": types.MyTerminalPlatesDocument,
    "\n  query FinishedTrips($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: 3) {\n          edges { node { id: tripId track { pointCount lengthKm } evaluation { verdict fuelCostYuan fuelGrade } } }\n        }\n      }\n    }\n  }\n": types.FinishedTripsDocument,
    "\n  mutation DeleteFinishedTrip($esn: String!, $id: ID!) {\n    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }\n  }\n": types.DeleteFinishedTripDocument,
    "\n  mutation ChangeFuelGrade($esn: String!, $grade: FuelGrade!) {\n    updateVehicleProfile(esn: $esn, input: { fuelGrade: $grade }) { profile { fuelGrade } }\n  }\n": types.ChangeFuelGradeDocument,
    "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n": types.TerminalStatusDocument,
    "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n": types.VehiclePositionDocument,
    "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TripPageDocument,
    "\n  fragment ProfileFields on VehicleProfile {\n    modelId model { id: catalogId fullName } profileMileageKm maintenanceIntervalKm fuelGrade plateNumber plateType plateTypeCode\n    vin engineNumber insurer insuranceDate vehicleTaxDate annualTollTicketDate annualInspectionDueDate\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  mutation UpdateProfile($esn: String!, $input: VehicleProfileInput!) {\n    updateVehicleProfile(esn: $esn, input: $input) {\n      vehicle { esn }\n      profile { ...ProfileFields }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query ReadProfile($esn: String!) {\n    terminal(esn: $esn) { vehicle { profile { ...ProfileFields } } }\n  }\n": types.ReadProfileDocument,
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
export function graphql(source: "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n"): (typeof documents)["\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n"): (typeof documents)["\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n"];
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
export function graphql(source: "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n"): (typeof documents)["\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;