import { describe, expect, it } from 'vitest';
import { MAX_PROFILE_KM } from '../src/domain/profile.ts';
import type { Terminal as WorldTerminal } from '../src/simulator/fleet.ts';
import type { VehicleProfile as WorldProfile } from '../src/simulator/vehicle.ts';
import { graphql } from './gql/index.ts';
import { expectGarbledFieldsAlone } from './helpers/garbled-fields.ts';
import type { VehicleProfileInput } from './gql/graphql.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

graphql(`
  fragment ProfileFields on VehicleProfile {
    modelId model { id: catalogId fullName } profileMileageKm maintenanceIntervalKm fuelGrade plateNumber plateType plateTypeCode
    vin engineNumber insurer insuranceDate vehicleTaxDate annualTollTicketDate annualInspectionDueDate
  }
`);

const UpdateProfile = graphql(`
  mutation UpdateProfile($esn: String!, $input: VehicleProfileInput!) {
    updateVehicleProfile(esn: $esn, input: $input) {
      vehicle { esn }
      profile { ...ProfileFields }
    }
  }
`);

const ReadProfile = graphql(`
  query ReadProfile($esn: String!) {
    terminal(esn: $esn) { vehicle { profile { ...ProfileFields } } }
  }
`);

/** Input the schema's types refuse, sent as is to check the server's own rules. */
const unchecked = (input: Record<string, unknown>) => input as VehicleProfileInput;

interface GraphQLProfile {
  [field: string]: unknown;
}

function boundTerminals(): WorldTerminal[] {
  return stack.simulator.world.terminals.filter((terminal) => terminal.binding !== null);
}

/** The profile as the schema should show it, from the world's state. */
function expectedProfile(profile: WorldProfile, fullName: string | null): GraphQLProfile {
  return {
    modelId: profile.modelId,
    model: profile.modelId === null ? null : { id: profile.modelId, fullName },
    profileMileageKm: profile.mileageKm,
    maintenanceIntervalKm: profile.maintenanceIntervalKm,
    fuelGrade: profile.fuelGrade === null ? null : `RON${profile.fuelGrade}`,
    plateNumber: profile.plateNumber,
    plateType: profile.plateType === '02' ? 'SMALL_VEHICLE' : profile.plateType === '01' ? 'LARGE_VEHICLE' : profile.plateType ? 'OTHER' : null,
    plateTypeCode: profile.plateType,
    vin: profile.vin,
    engineNumber: profile.engineNumber,
    insurer: profile.insurer,
    insuranceDate: profile.insuranceDate,
    vehicleTaxDate: profile.taxPaidDate,
    annualTollTicketDate: profile.annualTicketDate,
    annualInspectionDueDate: profile.inspectionDueDate,
  };
}

async function readProfile(esn: string) {
  return stack.graphql(ReadProfile, { esn });
}

describe('Vehicle.profile', () => {
  it('shows the profile of the world with its catalog model, in one 1021 call', async () => {
    const terminal = boundTerminals().find((candidate) => candidate.vehicle.profile.modelId === 3434)!;
    await stack.catalog.model(3434);
    await stack.resetStats();
    const response = await readProfile(terminal.esn);
    expect(response.errors).toBeUndefined();
    expect(response.data?.terminal?.vehicle?.profile).toEqual(
      expectedProfile(terminal.vehicle.profile, '北京现代 ix25 2017款 1.4T 双离合 智能型'),
    );
    expect((await stack.stats()).calls).toEqual({ 1021: 1 });
  });

  it('nulls only a field iauto360 sends garbled, with UPSTREAM_BAD_RESPONSE naming it at its own path; the others are kept', async () => {
    const terminal = boundTerminals().find((candidate) => candidate.vehicle.profile.modelId === 3434 && candidate.vehicle.profile.mileageKm !== null)!;
    await expectGarbledFieldsAlone(
      stack,
      { esn: terminal.esn, service: 1021, at: ['terminal', 'vehicle', 'profile'], document: ReadProfile },
      // A garbled model id nulls the model looked up by it too.
      { modelId: ['modelId', 'model'], mileage: ['profileMileageKm'] },
    );
  });
});

describe('updateVehicleProfile', () => {
  it('changes only the given fields and returns the profile read back', async () => {
    const terminal = boundTerminals()[1]!;
    const before = { ...terminal.vehicle.profile };
    const otherModel = [...stack.simulator.world.catalog.modelsById.values()].find((model) => model.id !== before.modelId)!;
    const input: VehicleProfileInput = {
      maintenanceIntervalKm: 12500,
      fuelGrade: 'RON97',
      insurer: '太平洋车险',
      annualInspectionDueDate: '2031-05-17',
      modelId: otherModel.id,
    };
    const response = await stack.graphql(UpdateProfile, { esn: terminal.esn, input });
    expect(response.errors).toBeUndefined();

    const after = terminal.vehicle.profile;
    expect(after).toEqual({
      ...before,
      maintenanceIntervalKm: 12500,
      fuelGrade: '97',
      insurer: '太平洋车险',
      inspectionDueDate: '2031-05-17',
      modelId: otherModel.id,
    });
    const payload = response.data!.updateVehicleProfile!;
    expect(payload.vehicle?.esn).toBe(terminal.esn);
    expect(payload.profile).toMatchObject({ ...expectedProfile(after, null), model: { id: otherModel.id } });
    const calls = (await stack.stats()).calls;
    expect(calls['1022']).toBe(1);
    expect(calls['1021']).toBe(1);
  });

  it('upper-cases a VIN and stores a plate type by code', async () => {
    const terminal = boundTerminals()[2]!;
    const response = await stack.graphql(UpdateProfile, {
      esn: terminal.esn,
      input: { vin: 'lsvag2180e2100001', plateTypeCode: '52', profileMileageKm: 0 },
    });
    expect(response.errors).toBeUndefined();
    expect(terminal.vehicle.profile).toMatchObject({ vin: 'LSVAG2180E2100001', plateType: '52', mileageKm: 0 });
    expect(response.data?.updateVehicleProfile?.profile).toMatchObject({
      vin: 'LSVAG2180E2100001',
      plateType: 'OTHER',
      plateTypeCode: '52',
      profileMileageKm: 0,
    });
  });

  it('accepts every value the input rules accept, up to their limits (the simulator agrees with them)', async () => {
    const terminal = boundTerminals()[2]!;
    const input = { plateNumber: '粤A1234挂', engineNumber: 'G4FJ-'.padEnd(32, '7'), insurer: '保'.repeat(64) };
    const response = await stack.graphql(UpdateProfile, { esn: terminal.esn, input });
    expect(response.errors).toBeUndefined();
    expect(terminal.vehicle.profile).toMatchObject(input);
  });

  it('writes the largest distances the input allows', async () => {
    const terminal = boundTerminals()[4]!;
    const input = { profileMileageKm: MAX_PROFILE_KM, maintenanceIntervalKm: MAX_PROFILE_KM };
    const response = await stack.graphql(UpdateProfile, { esn: terminal.esn, input });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateVehicleProfile!.profile).toMatchObject(input);
  });

  const badInputs: Array<[string, Record<string, unknown>, string]> = [
    ['a mileage past the largest', { profileMileageKm: MAX_PROFILE_KM + 1 }, 'input.profileMileageKm'],
    ['a maintenance interval past the largest', { maintenanceIntervalKm: MAX_PROFILE_KM + 1 }, 'input.maintenanceIntervalKm'],
    ['an empty input', {}, 'input'],
    ['a VIN with an O', { vin: 'LSVAG2180O2100001' }, 'input.vin'],
    ['a VIN of 16 characters', { vin: 'LSVAG2180E210000' }, 'input.vin'],
    ['a negative mileage', { profileMileageKm: -5 }, 'input.profileMileageKm'],
    ['a negative maintenance interval', { maintenanceIntervalKm: -1 }, 'input.maintenanceIntervalKm'],
    ['a zero model id', { modelId: 0 }, 'input.modelId'],
    ['a null field', { insurer: null }, 'input.insurer'],
    ['a blank insurer', { insurer: '   ' }, 'input.insurer'],
    ['an insurer with a line break', { insurer: '人保\n车险' }, 'input.insurer'],
    ['an insurer with a NUL', { insurer: '人保\u0000' }, 'input.insurer'],
    ['a plate that is not Chinese', { plateNumber: 'AB-123' }, 'input.plateNumber'],
    ['plate type OTHER', { plateType: 'OTHER' }, 'input.plateType'],
    ['a three-digit plate type code', { plateTypeCode: '123' }, 'input.plateTypeCode'],
    ['two different plate types', { plateType: 'SMALL_VEHICLE', plateTypeCode: '01' }, 'input.plateTypeCode'],
    ['an engine number with spaces', { engineNumber: 'G4F J12' }, 'input.engineNumber'],
  ];

  it.each(badInputs)('rejects %s as BAD_USER_INPUT without any upstream call', async (_name, input, field) => {
    const terminal = boundTerminals()[3]!;
    const before = structuredClone(terminal.vehicle.profile);
    const response = await stack.graphql(UpdateProfile, { esn: terminal.esn, input: unchecked(input) });
    expect(response.data).toEqual({ updateVehicleProfile: null });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await stack.stats()).total).toBe(0);
    expect(terminal.vehicle.profile).toEqual(before);
  });

  it('rejects an ESN that is not digits', async () => {
    const response = await stack.graphql(UpdateProfile, {
      esn: 'abc',
      input: { insurer: '人保车险' },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'esn' });
    expect((await stack.stats()).total).toBe(0);
  });

  it('rejects a model id the catalog does not know without writing', async () => {
    const terminal = boundTerminals()[3]!;
    const before = structuredClone(terminal.vehicle.profile);
    const response = await stack.graphql(UpdateProfile, {
      esn: terminal.esn,
      input: { modelId: 987654, insurer: '人保车险' },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.modelId' });
    expect((await stack.stats()).calls['1022']).toBeUndefined();
    expect(terminal.vehicle.profile).toEqual(before);
  });

  it('reports a refused write with the service and writes nothing twice', async () => {
    const terminal = boundTerminals()[3]!;
    stack.simulator.setFaults({ errorRate: 1, services: [1022] });
    try {
      const response = await stack.graphql(UpdateProfile, {
        esn: terminal.esn,
        input: { insurer: '人保车险' },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', service: 1022 });
      expect((await stack.stats()).calls['1022']).toBe(1);
    } finally {
      stack.simulator.setFaults({ errorRate: 0, services: [] });
    }
  });
});
