import { isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * Every argument a frontend can get wrong, as a frontend would get it wrong: the refusal is
 * BAD_USER_INPUT naming the argument in `extensions.field`, costs no upstream call, and the rule
 * it broke is written in the argument's description, where the developer looks first.
 */

const stack = useStack();

/** The description of `Type.field(argument)` or of the input field `Input.field`. */
function describedAs(coordinate: string): string {
  const [typeName, fieldName, argumentName] = coordinate.split('.') as [string, string, string | undefined];
  const type = schema.getType(typeName);
  if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) throw new Error(`no type ${typeName}`);
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`no field ${coordinate}`);
  if (argumentName === undefined) return field.description ?? '';
  const argument = 'args' in field ? field.args.find((candidate) => candidate.name === argumentName) : undefined;
  if (!argument) throw new Error(`no argument ${coordinate}`);
  return argument.description ?? '';
}

interface Refusal {
  /** The argument (Type.field.argument) or input field (Input.field) refused. */
  coordinate: string;
  /** What the description must say of the rule. */
  rule: string;
  /** An operation breaking it; `$esn` is a bound terminal with trips. */
  query: string;
  /** `extensions.field` of the refusal. */
  field: string;
}

const refusals: Refusal[] = [
  { coordinate: 'Query.terminal.esn', rule: '15 to 17 digits', query: '{ terminal(esn: "12345") { esn } }', field: 'esn' },
  { coordinate: 'Query.terminals.esns', rule: '15 to 17 digits', query: '{ terminals(esns: ["86-1234"]) { esn } }', field: 'esns.0' },
  { coordinate: 'Query.vehicles.esns', rule: '1 to 100', query: '{ vehicles(esns: []) { esn } }', field: 'esns' },
  { coordinate: 'Query.brand.id', rule: 'positive integer', query: '{ brand(id: 0) { name } }', field: 'id' },
  { coordinate: 'Query.model.id', rule: 'positive integer', query: '{ model(id: -3) { name } }', field: 'id' },
  { coordinate: 'Query.nodes.ids', rule: '1 to 100', query: '{ nodes(ids: []) { id } }', field: 'ids' },
  { coordinate: 'Vehicle.trips.first', rule: '0 to 100', query: 'query($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 101) { totalCount } } } }', field: 'first' },
  { coordinate: 'Vehicle.trips.after', rule: "of this vehicle's trip list", query: 'query($esn: String!) { terminal(esn: $esn) { vehicle { trips(after: "dHJpcDox") { totalCount } } } }', field: 'after' },
  { coordinate: 'Vehicle.trips.from', rule: 'not before 1970', query: 'query($esn: String!) { terminal(esn: $esn) { vehicle { trips(from: "1969-12-31T00:00:00Z", to: "1970-01-02T00:00:00Z") { totalCount } } } }', field: 'from' },
  { coordinate: 'Vehicle.trips.from', rule: 'nor after `to`', query: 'query($esn: String!) { terminal(esn: $esn) { vehicle { trips(from: "2024-02-01T00:00:00Z", to: "2024-01-01T00:00:00Z") { totalCount } } } }', field: 'from' },
  { coordinate: 'Vehicle.trips.to', rule: 'at most 366 days', query: 'query($esn: String!) { terminal(esn: $esn) { vehicle { trips(from: "2022-01-01T00:00:00Z", to: "2024-01-01T00:00:00Z") { totalCount } } } }', field: 'from' },
  { coordinate: 'Vehicle.events.first', rule: '0 to 100', query: 'query($esn: String!) { terminal(esn: $esn) { vehicle { events(first: -1) { edges { cursor } } } } }', field: 'first' },
  { coordinate: 'Vehicle.events.after', rule: "of this vehicle's event list", query: 'query($esn: String!) { terminal(esn: $esn) { vehicle { events(after: "event:1") { edges { cursor } } } } }', field: 'after' },
  { coordinate: 'Mutation.deleteTrip.esn', rule: '15 to 17 digits', query: 'mutation { deleteTrip(esn: "ABC", tripId: "1") { deletedTripId } }', field: 'esn' },
  { coordinate: 'Mutation.deleteTrip.tripId', rule: 'digits', query: 'mutation($esn: String!) { deleteTrip(esn: $esn, tripId: "trip-1") { deletedTripId } }', field: 'tripId' },
  { coordinate: 'Mutation.lockDoors.esn', rule: '15 to 17 digits', query: 'mutation { lockDoors(esn: "1", idempotencyKey: "k") { id } }', field: 'esn' },
  { coordinate: 'Mutation.unlockDoors.idempotencyKey', rule: '1 to 128 characters', query: 'mutation($esn: String!) { unlockDoors(esn: $esn, idempotencyKey: "") { id } }', field: 'idempotencyKey' },
  { coordinate: 'Mutation.updateVehicleProfile.esn', rule: '15 to 17 digits', query: 'mutation { updateVehicleProfile(esn: "x", input: { profileMileageKm: 1 }) { vehicle { esn } } }', field: 'esn' },
  { coordinate: 'VehicleProfileInput.profileMileageKm', rule: '0 to 10000000', query: 'mutation($esn: String!) { updateVehicleProfile(esn: $esn, input: { profileMileageKm: 10000001 }) { vehicle { esn } } }', field: 'input.profileMileageKm' },
  { coordinate: 'VehicleProfileInput.maintenanceIntervalKm', rule: '0 to 10000000', query: 'mutation($esn: String!) { updateVehicleProfile(esn: $esn, input: { maintenanceIntervalKm: -5000 }) { vehicle { esn } } }', field: 'input.maintenanceIntervalKm' },
  { coordinate: 'VehicleProfileInput.modelId', rule: 'positive integer', query: 'mutation($esn: String!) { updateVehicleProfile(esn: $esn, input: { modelId: 0 }) { vehicle { esn } } }', field: 'input.modelId' },
  { coordinate: 'BindTerminalInput.esn', rule: '15 to 17 digits', query: 'mutation { bindTerminal(input: { esn: "12", mobile: "13800138000" }) { esn } }', field: 'input.esn' },
  { coordinate: 'BindTerminalInput.mobile', rule: '11 digits starting with 1', query: 'mutation($esn: String!) { bindTerminal(input: { esn: $esn, mobile: "23800138000" }) { esn } }', field: 'input.mobile' },
  { coordinate: 'BindTerminalInput.partnerUserId', rule: '1 to 64 characters', query: `mutation($esn: String!) { bindTerminal(input: { esn: $esn, partnerUserId: "${'u'.repeat(65)}" }) { esn } }`, field: 'input.partnerUserId' },
  { coordinate: 'BindTerminalInput.activationCode', rule: '1 to 64 characters', query: `mutation { bindTerminal(input: { activationCode: "${'A'.repeat(65)}", mobile: "13800138000" }) { esn } }`, field: 'input.activationCode' },
  { coordinate: 'UnbindTerminalInput.esn', rule: '15 to 17 digits', query: 'mutation { unbindTerminal(input: { esn: "1 2", mobile: "13800138000" }) { esn } }', field: 'input.esn' },
  { coordinate: 'UnbindTerminalInput.partnerUserId', rule: '1 to 64 characters', query: 'mutation($esn: String!) { unbindTerminal(input: { esn: $esn, partnerUserId: "  " }) { esn } }', field: 'input.partnerUserId' },
];

describe('argument refusals', () => {
  it.each(refusals)('$coordinate: refused as BAD_USER_INPUT at $field, no upstream call, rule described', async ({ coordinate, rule, query, field }) => {
    expect(describedAs(coordinate)).toContain(rule);
    const esn = stack.simulator.world.boundTerminals().find((terminal) => terminal.vehicle.trips.length > 0)!.esn;
    const answer = await stack.graphql(query, query.includes('$esn') ? { esn } : undefined);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await stack.stats()).total).toBe(0);
  });

  it('describes the ESN rule on every argument and input field that takes ESNs', () => {
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('_') || !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const takers = isInputObjectType(type) ? [{ name: field.name, description: field.description, where: `${type.name}.${field.name}` }] : [];
        for (const argument of 'args' in field ? field.args : []) takers.push({ name: argument.name, description: argument.description, where: `${type.name}.${field.name}(${argument.name})` });
        for (const taker of takers) if (/^esns?$/.test(taker.name) && !taker.description?.includes('15 to 17 digits')) undescribed.push(taker.where);
      }
    }
    expect(undescribed).toEqual([]);
  });
});
