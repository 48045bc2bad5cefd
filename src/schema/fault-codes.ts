import type { ObjectFieldBuilder } from '@pothos/core';
import { type FaultCode as FaultCodeValue, readFaultCode } from '../domain/fault-codes.ts';
import type { Reading } from '../domain/reading.ts';
import { readingOrThrow as reading } from '../errors.ts';
import { type PothosTypes, builder } from './builder.ts';

type SchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<PothosTypes>;

export const FaultSystem = builder.enumType('FaultSystem', {
  description: "The vehicle system a diagnostic trouble code belongs to: its first letter.",
  values: {
    POWERTRAIN: { description: 'P: engine, transmission and their emission controls.' },
    CHASSIS: { description: 'C: brakes, steering, suspension.' },
    BODY: { description: 'B: airbags, seats, climate, lights and other body electronics.' },
    NETWORK: { description: 'U: communication between the control units (the vehicle network).' },
  } as const,
});

export const FaultCodeAuthority = builder.enumType('FaultCodeAuthority', {
  description: "Who defines what a diagnostic trouble code means: its second character (and, for P3xxx, its third).",
  values: {
    GENERIC: { description: 'The SAE J2012 / ISO 15031-6 standard: the same meaning on every vehicle (P0xxx, P2xxx, P3400–P3FFF, C0xxx, B0xxx, U0xxx).' },
    MANUFACTURER: { description: "The vehicle's manufacturer: look it up in the manufacturer's documentation (P1xxx, P3000–P33FF, C1/C2, B1/B2, U1/U2)." },
    RESERVED: { description: 'A range the standard reserves (C3xxx, B3xxx, U3xxx).' },
  } as const,
});

export const PowertrainArea = builder.enumType('PowertrainArea', {
  description: 'The area of the powertrain a generic powertrain code (P0xxx) names by its third character.',
  values: {
    FUEL_AIR_AND_EMISSION_CONTROLS: { description: 'P00xx: fuel and air metering and auxiliary emission controls.' },
    FUEL_AND_AIR_METERING: { description: 'P01xx: fuel and air metering.' },
    INJECTOR_CIRCUIT: { description: 'P02xx: fuel and air metering, injector circuit.' },
    IGNITION_OR_MISFIRE: { description: 'P03xx: ignition system or misfire.' },
    AUXILIARY_EMISSION_CONTROLS: { description: 'P04xx: auxiliary emission controls (catalyst, EGR, evaporative system).' },
    SPEED_AND_IDLE_CONTROL: { description: 'P05xx: vehicle speed controls and idle control system.' },
    COMPUTER_OUTPUT_CIRCUIT: { description: 'P06xx: computer output circuit.' },
    TRANSMISSION: { description: 'P07xx–P09xx: transmission.' },
  } as const,
});

export const FaultCode = builder.objectRef<FaultCodeValue>('FaultCode').implement({
  description:
    'An OBD-II diagnostic trouble code and what its form says (SAE J2012): the system, who defines its meaning and, for generic powertrain codes, the area. Its exact meaning is not sent by iauto360.',
  fields: (t) => ({
    code: t.exposeString('code', { nullable: false, description: 'The code as the vehicle reported it, upper-cased (e.g. P0420).' }),
    system: t.expose('system', { type: FaultSystem, nullable: true, description: 'The system, from the first letter; null when the code is not of the five-character form.' }),
    definedBy: t.expose('definedBy', {
      type: FaultCodeAuthority,
      nullable: true,
      description: 'Who defines its meaning; null when the code is not of the five-character form.',
    }),
    area: t.expose('area', {
      type: PowertrainArea,
      nullable: true,
      description: 'For a generic powertrain code P0000–P09FF, the area it names; null for every other code.',
    }),
  }),
});

/** What a fault code list's description adds: the list is null when sent garbled. */
const GARBLED_LIST = ' Null, with UPSTREAM_BAD_RESPONSE here, when iauto360 sent the list garbled.';

/**
 * The `faultCodes` and `faults` fields of an object holding a reading of fault codes (the
 * condition, the health check): the codes as sent, and each read by its form; both null with the
 * reading's error when iauto360 sent the list garbled. `codes` describes the codes.
 */
export function faultCodeFields<T extends { faultCodes: Reading<string[]> }>(t: ObjectFieldBuilder<SchemaTypes, T>, codes: string) {
  return {
    faultCodes: t.stringList({
      nullable: { list: true, items: false },
      description: `${codes}${GARBLED_LIST}`,
      resolve: (parent) => reading(parent.faultCodes),
    }),
    faults: t.field({
      type: [FaultCode],
      nullable: { list: true, items: false },
      description: `The same codes as \`faultCodes\`, each with what its form says: system, who defines it, area.${GARBLED_LIST}`,
      resolve: (parent) => reading(parent.faultCodes).map(readFaultCode),
    }),
  };
}
