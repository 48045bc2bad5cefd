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
    "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n": typeof types.MyTerminalEsnsDocument,
    "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n": typeof types.MyTerminalPlatesDocument,
    "\n  query TerminalStatus($esns: [String!]!) {\n    terminals(esns: $esns) {\n      esn\n      bindStatus\n      bound\n      pluggedIn\n      lastActiveAt\n      mobile\n      plateNumber\n      vehicle { esn terminal { esn } }\n    }\n  }\n": typeof types.TerminalStatusDocument,
    "\n  query VehiclePosition($esn: String!) {\n    terminal(esn: $esn) {\n      vehicle {\n        condition {\n          location { lng lat wgs84 { lng lat } }\n        }\n      }\n    }\n  }\n": typeof types.VehiclePositionDocument,
    "\n  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {\n    terminal(esn: $esn) {\n      vehicle {\n        trips(first: $first, after: $after, from: $from, to: $to) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n          edges {\n            cursor\n            node {\n              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters\n              harshAccelerations harshBrakings warmUpSeconds idleSeconds maxSpeedKmh\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TripPageDocument,
};
const documents: Documents = {
    "\n  query Brands {\n    brands { id name logoUrl }\n  }\n": types.BrandsDocument,
    "\n  query Typename {\n    __typename\n  }\n": types.TypenameDocument,
    "\n  query Dashboard($esns: [String!]!, $pinned: String!, $from: DateTime!, $to: DateTime!) {\n    fleet: terminals(esns: $esns) {\n      esn\n      vehicle {\n        ...VehicleSummary\n        condition {\n          odometerKm\n          location { lng lat }\n        }\n        battery: condition { batteryVoltage }\n        profile {\n          model {\n            name\n            series { name subBrand { name } }\n          }\n        }\n        trips(first: 5, from: $from, to: $to) {\n          totalCount\n          edges {\n            node {\n              id: tripId\n              ...TripDetail\n              track { pointCount }\n            }\n          }\n        }\n        latest: trips(first: 3, from: $from, to: $to) {\n          edges { node { id: tripId evaluation { verdict } } }\n        }\n      }\n    }\n    pinned: terminal(esn: $pinned) {\n      vehicle {\n        ...VehicleSummary\n        trips(first: 5, from: $from, to: $to) { edges { node { ...TripDetail } } }\n      }\n    }\n  }\n\n  fragment VehicleSummary on Vehicle {\n    condition { driveStatus speedKmh }\n    profile { fuelGrade model { id: catalogId series { id: catalogId } } }\n  }\n\n  fragment TripDetail on Trip {\n    distanceKm\n    track { lengthKm }\n    evaluation { distanceKm fuelCostYuan }\n  }\n": types.DashboardDocument,
    "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n": types.MyTerminalEsnsDocument,
    "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n": types.MyTerminalPlatesDocument,
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
export function graphql(source: "\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n"): (typeof documents)["\n  query MyTerminalEsns {\n    myTerminals { esn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n"): (typeof documents)["\n  query MyTerminalPlates {\n    myTerminals { esn plateNumber }\n  }\n"];
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