/** The query GraphiQL opens with: a small dashboard for real ESNs of the world it talks to. */
export function exampleQuery(esns: readonly string[]): string {
  const [first = '861276678889726', second = first] = esns;
  return `# iauto-graph: one GraphQL API over the iauto360 connected-car service.
# Press the run button. Every upstream call this query needs is made once.

query Dashboard {
  fleet: terminals(esns: ["${first}", "${second}"]) {
    esn
    bound
    pluggedIn
    plateNumber
    vehicle {
      condition {
        location { lng lat wgs84 { lng lat } }
        odometerKm
        batteryVoltage
        driveStatus
      }
      profile {
        fuelGrade
        model { name year series { name subBrand { name brand { name } } } }
      }
      tires { hasAlerts all { position pressureBar temperatureCelsius alerts } }
      trips(first: 3) {
        totalCount
        edges {
          node {
            id
            startedAt
            distanceKm
            evaluation { verdict fuelCostYuan }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}
`;
}
