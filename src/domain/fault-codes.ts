/*
 * What an OBD-II diagnostic trouble code says by its form alone (SAE J2012 / ISO 15031-6): five
 * characters, a letter for the system, then who defines the meaning, then (for generic powertrain
 * codes) the area of the vehicle. The meaning of one code (P0420: catalyst efficiency below
 * threshold, bank 1) is not here: iauto360 sends only the codes, and a table of standard texts is
 * not something the gateway can keep complete.
 */

export type FaultSystem = 'POWERTRAIN' | 'CHASSIS' | 'BODY' | 'NETWORK';
export type FaultCodeAuthority = 'GENERIC' | 'MANUFACTURER' | 'RESERVED';
export type PowertrainArea =
  | 'FUEL_AIR_AND_EMISSION_CONTROLS'
  | 'FUEL_AND_AIR_METERING'
  | 'INJECTOR_CIRCUIT'
  | 'IGNITION_OR_MISFIRE'
  | 'AUXILIARY_EMISSION_CONTROLS'
  | 'SPEED_AND_IDLE_CONTROL'
  | 'COMPUTER_OUTPUT_CIRCUIT'
  | 'TRANSMISSION';

export interface FaultCode {
  code: string;
  /** Null when the code is not of the five-character form. */
  system: FaultSystem | null;
  definedBy: FaultCodeAuthority | null;
  /** Generic powertrain codes P0000–P09FF only. */
  area: PowertrainArea | null;
}

const FORM = /^([PCBU])([0-3])([0-9A-F])[0-9A-F]{2}$/;

const SYSTEMS: Record<string, FaultSystem> = { P: 'POWERTRAIN', C: 'CHASSIS', B: 'BODY', U: 'NETWORK' };

/** P0 codes by their third character. */
const P0_AREAS: Record<string, PowertrainArea> = {
  '0': 'FUEL_AIR_AND_EMISSION_CONTROLS',
  '1': 'FUEL_AND_AIR_METERING',
  '2': 'INJECTOR_CIRCUIT',
  '3': 'IGNITION_OR_MISFIRE',
  '4': 'AUXILIARY_EMISSION_CONTROLS',
  '5': 'SPEED_AND_IDLE_CONTROL',
  '6': 'COMPUTER_OUTPUT_CIRCUIT',
  '7': 'TRANSMISSION',
  '8': 'TRANSMISSION',
  '9': 'TRANSMISSION',
};

/**
 * Who defines a code's meaning. Powertrain: P0 and P2 generic, P1 manufacturer, P3 split at
 * P3400 (P3000–P33FF manufacturer, the rest generic). Chassis, body and network: 0 generic,
 * 1 and 2 manufacturer, 3 reserved.
 */
function authority(system: string, group: string, third: string): FaultCodeAuthority {
  if (system === 'P') {
    if (group === '0' || group === '2') return 'GENERIC';
    if (group === '1') return 'MANUFACTURER';
    return parseInt(third, 16) < 4 ? 'MANUFACTURER' : 'GENERIC';
  }
  if (group === '0') return 'GENERIC';
  return group === '3' ? 'RESERVED' : 'MANUFACTURER';
}

/** Reads a code (already trimmed and upper-cased, as decodeFaultCodes gives them). */
export function readFaultCode(code: string): FaultCode {
  const form = FORM.exec(code);
  if (!form) return { code, system: null, definedBy: null, area: null };
  const [, system, group, third] = form as unknown as [string, string, string, string];
  return {
    code,
    system: SYSTEMS[system]!,
    definedBy: authority(system, group, third),
    area: system === 'P' && group === '0' ? (P0_AREAS[third] ?? null) : null,
  };
}
