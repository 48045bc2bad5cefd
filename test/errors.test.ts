import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { postGraphQL } from './helpers/stack.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack({ client: { timeoutMs: 500, readRetries: 1, retryDelayMs: 1 } });

const VehicleWithFaultyField = graphql(`
  query VehicleWithFaultyField($esn: String!) {
    terminal(esn: $esn) {
      esn
      vehicle {
        condition { odometerKm }
        profile { plateNumber }
        tires { hasAlerts }
      }
    }
  }
`);

const faults = [
  { name: 'flag 0', fault: { errorRate: 1 }, code: 'UPSTREAM_REJECTED', attempts: 1 },
  { name: 'HTTP 503', fault: { http5xxRate: 1 }, code: 'UPSTREAM_UNAVAILABLE', attempts: 2 },
  { name: 'a body that is not JSON', fault: { malformedRate: 1 }, code: 'UPSTREAM_BAD_RESPONSE', attempts: 1 },
  { name: 'no answer in time', fault: { latencyMs: 800 }, code: 'UPSTREAM_TIMEOUT', attempts: 2 },
] as const;

describe('an upstream fault in one field', () => {
  it.each(faults)('($name) gives partial data, the code and service at its path, and nothing internal', async ({ fault, code, attempts }) => {
    const terminal = stack.simulator.world.boundTerminals()[0]!;
    stack.simulator.setFaults({ ...fault, services: [1011] });

    const { response, text, result } = await postGraphQL(stack.url, VehicleWithFaultyField, { esn: terminal.esn });

    expect(response.status).toBe(200);
    const vehicle = result.data!.terminal!.vehicle!;
    expect(vehicle.condition).toBeNull();
    expect(vehicle.profile?.plateNumber).toBe(terminal.vehicle.profile.plateNumber);
    expect(vehicle.tires).not.toBeNull();
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error).toMatchObject({ path: ['terminal', 'vehicle', 'condition'], extensions: { code, service: 1011 } });
    expect(Object.keys(error!.extensions!).sort()).toEqual(['code', 'requestId', 'service']);
    expect(error!.extensions!.requestId).toBe(response.headers.get('x-request-id'));
    expect(text).not.toContain(stack.simulator.secureCode);
    expect(text).not.toMatch(/\.ts:\d+|node_modules|stack/i);
    // Reads are retried on transient faults (503, timeout) and never on an answer.
    expect((await stack.stats()).calls['1011']).toBe(attempts);
  });
});
