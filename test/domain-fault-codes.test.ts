import { describe, expect, it } from 'vitest';
import { readFaultCode } from '../src/domain/fault-codes.ts';

describe('readFaultCode', () => {
  it.each([
    // Generic powertrain codes name their area by the third character.
    ['P0003', 'POWERTRAIN', 'GENERIC', 'FUEL_AIR_AND_EMISSION_CONTROLS'],
    ['P0171', 'POWERTRAIN', 'GENERIC', 'FUEL_AND_AIR_METERING'],
    ['P0201', 'POWERTRAIN', 'GENERIC', 'INJECTOR_CIRCUIT'],
    ['P0300', 'POWERTRAIN', 'GENERIC', 'IGNITION_OR_MISFIRE'],
    ['P0420', 'POWERTRAIN', 'GENERIC', 'AUXILIARY_EMISSION_CONTROLS'],
    ['P0505', 'POWERTRAIN', 'GENERIC', 'SPEED_AND_IDLE_CONTROL'],
    ['P0606', 'POWERTRAIN', 'GENERIC', 'COMPUTER_OUTPUT_CIRCUIT'],
    ['P0700', 'POWERTRAIN', 'GENERIC', 'TRANSMISSION'],
    ['P0811', 'POWERTRAIN', 'GENERIC', 'TRANSMISSION'],
    ['P0901', 'POWERTRAIN', 'GENERIC', 'TRANSMISSION'],
    // Hybrid ranges (P0Axx…) and the other generic groups: no area claimed.
    ['P0A80', 'POWERTRAIN', 'GENERIC', null],
    ['P2135', 'POWERTRAIN', 'GENERIC', null],
    ['P1234', 'POWERTRAIN', 'MANUFACTURER', null],
    // P3 is split at P3400.
    ['P33FF', 'POWERTRAIN', 'MANUFACTURER', null],
    ['P3400', 'POWERTRAIN', 'GENERIC', null],
    ['P3B00', 'POWERTRAIN', 'GENERIC', null],
    ['C0035', 'CHASSIS', 'GENERIC', null],
    ['C1201', 'CHASSIS', 'MANUFACTURER', null],
    ['B2AAA', 'BODY', 'MANUFACTURER', null],
    ['B3000', 'BODY', 'RESERVED', null],
    ['U0100', 'NETWORK', 'GENERIC', null],
    ['U1000', 'NETWORK', 'MANUFACTURER', null],
    ['U3FFF', 'NETWORK', 'RESERVED', null],
  ])('%s: %s, %s, area %s', (code, system, definedBy, area) => {
    expect(readFaultCode(code)).toEqual({ code, system, definedBy, area });
  });

  it.each(['P003', 'P00033', 'X0100', 'P4000', 'P00G0', 'p0420', '', 'P0420 '])('keeps %j as it came, with nothing read from it', (code) => {
    expect(readFaultCode(code)).toEqual({ code, system: null, definedBy: null, area: null });
  });
});
