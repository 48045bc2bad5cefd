import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

const Dashboard = graphql(`
  query Dashboard($esns: [String!]!, $pinned: String!, $from: DateTime!, $to: DateTime!) {
    fleet: terminals(esns: $esns) {
      esn
      vehicle {
        ...VehicleSummary
        condition {
          odometerKm
          location { lng lat }
        }
        battery: condition { batteryVoltage }
        profile {
          model {
            name
            series { name subBrand { name } }
          }
        }
        trips(first: 5, from: $from, to: $to) {
          totalCount
          edges {
            node {
              id: tripId
              ...TripDetail
              track { pointCount }
            }
          }
        }
        latest: trips(first: 3, from: $from, to: $to) {
          edges { node { id: tripId evaluation { verdict } } }
        }
      }
    }
    pinned: terminal(esn: $pinned) {
      vehicle {
        ...VehicleSummary
        trips(first: 5, from: $from, to: $to) { edges { node { ...TripDetail } } }
      }
    }
  }

  fragment VehicleSummary on Vehicle {
    condition { driveStatus speedKmh }
    profile { fuelGrade model { id: catalogId series { id: catalogId } } }
  }

  fragment TripDetail on Trip {
    distanceKm
    track { lengthKm }
    evaluation { distanceKm fuelCostYuan }
  }
`);

/**
 * One dashboard query over 10 vehicles, with aliases and fragments asking for the same data
 * several ways, must cost exactly one upstream call per distinct (service, data), and nothing
 * it does not need: the minimum possible.
 */
describe('a fleet dashboard query', () => {
  const stack = useStack();
  const day = 86_400_000;

  const dashboard = () => {
    const { world } = stack.simulator;
    const esns = world
      .boundTerminals()
      .map((terminal) => terminal.esn)
      .slice(0, 10);
    const to = new Date(world.createdAt);
    const from = new Date(world.createdAt - 30 * day);
    const tripsInRange = (esn: string) =>
      world.tripsOf(esn).filter((trip) => trip.startTime * 1000 >= from.getTime() && trip.startTime * 1000 <= to.getTime());
    const tripsShown = esns.reduce((sum, esn) => sum + Math.min(5, tripsInRange(esn).length), 0);
    return {
      esns,
      tripsInRange,
      tripsShown,
      run: () => stack.graphql(Dashboard, { esns, pinned: esns[3]!, from: from.toISOString(), to: to.toISOString() }),
    };
  };

  it('makes one call per distinct upstream read on a cold catalog', async () => {
    const { esns, tripsInRange, tripsShown, run } = dashboard();
    expect(esns).toHaveLength(10);
    expect(tripsShown).toBeGreaterThan(20);
    await stack.resetStats();

    const result = await run();

    expect(result.errors).toBeUndefined();
    const fleet = result.data!.fleet.map((terminal) => terminal!);
    expect(fleet.map((terminal) => terminal.esn)).toEqual(esns);
    for (const terminal of fleet) {
      const truth = stack.simulator.world.terminal(terminal.esn)!;
      const vehicle = terminal.vehicle!;
      expect(vehicle.condition?.odometerKm).toBeCloseTo(truth.vehicle.condition.odometerKm, 1);
      expect(vehicle.trips?.totalCount).toBe(tripsInRange(terminal.esn).length);
      expect(vehicle.trips?.edges.map((edge) => edge.node!.id)).toEqual(
        tripsInRange(terminal.esn)
          .slice(0, 5)
          .map((trip) => trip.id),
      );
      expect(vehicle.profile?.model?.id).toBe(truth.vehicle.profile.modelId);
    }

    const brandCount = stack.simulator.world.catalog.brands.length;
    expect((await stack.stats()).calls).toEqual({
      '1011': 10,
      '1021': 10,
      '1012': 10,
      '1013': tripsShown,
      '1016': tripsShown,
      // The first model lookup builds the shared catalog index: the brand list once, and each
      // brand's tree once (4002 is per brand and a model id does not tell its brand).
      '4001': 1,
      '4002': brandCount,
    });
  });

  it('asked again, makes only the calls whose answers may have changed', async () => {
    const { run } = dashboard();
    await stack.resetStats();

    const result = await run();

    expect(result.errors).toBeUndefined();
    // The catalog index and the finished trips' tracks and evaluations are shared across
    // requests; the condition, the profile and the trip list are asked afresh.
    expect((await stack.stats()).calls).toEqual({ '1011': 10, '1021': 10, '1012': 10 });
  });
});
