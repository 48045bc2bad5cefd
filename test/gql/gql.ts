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
    "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n": typeof types.TerminalStatusDocument,
    "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n": typeof types.VehiclePositionDocument,
    "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TripPageDocument,
};
const documents: Documents = {
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
    "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n": types.TerminalStatusDocument,
    "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n": types.VehiclePositionDocument,
    "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TripPageDocument,
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
export function graphql(source: "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n"): (typeof documents)["\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;