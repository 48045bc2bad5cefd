import { graphql } from './gql/index.ts';

/*
 * Every operation the fleet page sends. The README shows them as its documented examples, and
 * a test keeps the two identical.
 */

/** Who is signed in and what it may do (no upstream call), and the fleet's terminals: one terminal status call (1001) each. */
export const FleetTerminalsQuery = graphql(`
  query FleetTerminals {
    myAccess {
      name
      scopes
    }
    myTerminals {
      esn
      bound
      pluggedIn
      plateNumber
      lastActiveAt
    }
  }
`);

/** Vehicle data, asked only for bound terminals (an unbound one has none): 1011, 1019 and 1021 each, plus the shared catalog. */
export const FleetVehiclesQuery = graphql(`
  query FleetVehicles($esns: [String!]!) {
    terminals(esns: $esns) {
      esn
      vehicle {
        esn
        condition {
          batteryVoltage
          odometerKm
          driveStatus
          location {
            wgs84 {
              lng
              lat
            }
          }
          faults {
            code
            system
            definedBy
            area
          }
        }
        tires {
          hasAlerts
          all {
            position
            state
            alerts
          }
        }
        profile {
          model {
            id
            fullName
            brand {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** The selected vehicle's latest trips, newest first: one 1012 call per page of up to 10 trips. */
export const VehicleTripsQuery = graphql(`
  query VehicleTrips($esn: String!, $first: Int!, $after: String) {
    terminal(esn: $esn) {
      esn
      vehicle {
        esn
        trips(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              tripId
              startedAt
              endedAt
              distanceKm
              durationSeconds
              averageFuelConsumptionLitersPer100Km
              topSpeedKmh
            }
          }
        }
      }
    }
  }
`);

/** The selected vehicle's fuel statistics against its model's average (3001, 3002, 3003). */
export const VehicleFuelQuery = graphql(`
  query VehicleFuel($esn: String!) {
    terminal(esn: $esn) {
      esn
      vehicle {
        esn
        fuelStatistics {
          modelAverage {
            averageFuelConsumptionLitersPer100Km
            averageSpeedKmh
            idlePercent
            harshAccelerations
            harshBrakings
          }
          lastSevenDays {
            averageFuelConsumptionLitersPer100Km
            averageSpeedKmh
            idlePercent
            harshAccelerations
            harshBrakings
          }
          overall {
            averageFuelConsumptionLitersPer100Km
            averageSpeedKmh
            idlePercent
            harshAccelerations
            harshBrakings
          }
        }
      }
    }
  }
`);

/** One trip's evaluation (1016) and track (1013), found by its start time (a 1012 page). */
export const TripDetailQuery = graphql(`
  query TripDetail($esn: String!, $startedAt: DateTime!) {
    terminal(esn: $esn) {
      esn
      vehicle {
        esn
        trips(from: $startedAt, to: $startedAt, first: 1) {
          edges {
            node {
              id
              evaluation {
                verdict
                verdictText
                fuelCostYuan
                fuelGrade
                averageSpeedKmh
                topSpeedKmh
                harshAccelerations
                harshBrakings
                carbonEmissionsKg
              }
              track {
                pointCount
                lengthKm
                points {
                  wgs84 {
                    lng
                    lat
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** Lock the selected vehicle's doors: one 5001 call, never retried; the same key never sends twice. */
export const FleetLockDoorsMutation = graphql(`
  mutation FleetLockDoors($esn: String!, $idempotencyKey: String!) {
    lockDoors(esn: $esn, idempotencyKey: $idempotencyKey) {
      id
      action
      esn
      state
      message
      completedAt
    }
  }
`);

/** Unlock the selected vehicle's doors: one 5001 call, never retried; the same key never sends twice. */
export const FleetUnlockDoorsMutation = graphql(`
  mutation FleetUnlockDoors($esn: String!, $idempotencyKey: String!) {
    unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) {
      id
      action
      esn
      state
      message
      completedAt
    }
  }
`);

/** A door command's state as it moves to its outcome; the server ends it once the command is final (`completedAt` set). No upstream call. */
export const FleetDoorCommandSubscription = graphql(`
  subscription FleetDoorCommand($id: ID!) {
    doorCommand(id: $id) {
      id
      action
      esn
      state
      message
      completedAt
    }
  }
`);

/** The live event feed, replayed after the last event seen; no upstream call. */
export const FleetEventsSubscription = graphql(`
  subscription FleetEvents($since: String) {
    vehicleEvents(since: $since) {
      id
      type
      esn
      occurredAt
      text
    }
  }
`);
