import {
  type TirePositionName,
  type Tire as TireValue,
  type TirePressureReport as TirePressureReportValue,
  decodeTirePressureReport,
  kpaToBar,
  tirePositions,
} from '../domain/tires.ts';
import { itemsFailingAlone } from '../errors.ts';
import { builder } from './builder.ts';
import { TireAlert, TirePosition } from './enums.ts';
import { Vehicle } from './terminal.ts';

export const TireState = builder.enumType('TireState', {
  description:
    "The overall state of one tyre's pressure sensor, decided by the sensor's status code alone (never by the pressure or temperature figures).",
  values: {
    NORMAL: { value: 'NORMAL', description: 'The sensor reports no alert.' },
    ALERT: { value: 'ALERT', description: 'The sensor reports at least one alert; see `alerts`.' },
    DEVICE_FAULT: { value: 'DEVICE_FAULT', description: 'The tyre pressure monitoring device reports a fault (status −1); readings are not usable.' },
    NO_DATA: {
      value: 'NO_DATA',
      description: 'No alert, but the sensor has never reported (no update time) or sent no status: there is nothing to judge.',
    },
  } as const,
});

export const Tire = builder.objectRef<TireValue>('Tire').implement({
  description: "One tyre's pressure sensor (TPMS) reading.",
  fields: (t) => ({
    position: t.field({ type: TirePosition, nullable: false, description: 'Where the tyre sits.', resolve: (tire) => tire.position }),
    state: t.field({ type: TireState, nullable: false, description: "The sensor's overall state.", resolve: (tire) => tire.state }),
    alerts: t.field({
      type: [TireAlert],
      nullable: false,
      description: 'The alerts the sensor raises, from its status bits; empty when normal or on a device fault.',
      resolve: (tire) => tire.alerts,
    }),
    rawStatus: t.exposeInt('rawStatus', {
      description: 'The status code as the upstream sent it (−1 device fault, otherwise a bit set of alerts), for diagnostics.',
    }),
    pressureKpa: t.exposeInt('pressureKpa', { description: 'Tyre pressure in kPa; null when not reported.' }),
    pressureBar: t.float({
      description: 'Tyre pressure in bar (1 bar = 100 kPa); null when not reported.',
      resolve: (tire) => kpaToBar(tire.pressureKpa),
    }),
    temperatureCelsius: t.exposeInt('temperatureCelsius', { description: 'Tyre temperature in whole °C; null when not reported.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the sensor last reported; null when it never has.' }),
  }),
});

/** The tyre at `position`; a tyre iauto360 sent malformed throws its error where it is shown (null there). */
const tireAt =
  (position: TirePositionName) =>
  (report: TirePressureReportValue): TireValue => {
    const tire = report[position];
    if (tire instanceof Error) throw tire;
    return tire;
  };

const MALFORMED_TIRE = 'Null, with UPSTREAM_BAD_RESPONSE at this path, when iauto360 sent its text malformed (the other tyres stand).';

export const TirePressureReport = builder.objectRef<TirePressureReportValue>('TirePressureReport').implement({
  description: 'The tyre pressure monitoring (TPMS) readings of the four tyres.',
  fields: (t) => ({
    frontLeft: t.field({ type: Tire, description: `The front left tyre. ${MALFORMED_TIRE}`, resolve: tireAt('frontLeft') }),
    frontRight: t.field({ type: Tire, description: `The front right tyre. ${MALFORMED_TIRE}`, resolve: tireAt('frontRight') }),
    rearLeft: t.field({ type: Tire, description: `The rear left tyre. ${MALFORMED_TIRE}`, resolve: tireAt('rearLeft') }),
    rearRight: t.field({ type: Tire, description: `The rear right tyre. ${MALFORMED_TIRE}`, resolve: tireAt('rearRight') }),
    all: t.field({
      type: [Tire],
      nullable: { list: false, items: true },
      description: `The four tyres in the order front left, front right, rear left, rear right. A tyre iauto360 sent malformed is null with UPSTREAM_BAD_RESPONSE at its index.`,
      resolve: (report) => itemsFailingAlone(tirePositions.map((position) => report[position])),
    }),
    hasAlerts: t.boolean({
      description:
        'True when at least one tyre is in state ALERT. A device fault is not an alert: check `state`. Null, with the error of a tyre iauto360 sent malformed, when no other tyre alerts (that one might).',
      resolve: (report) => {
        const tires = tirePositions.map((position) => report[position]);
        if (tires.some((tire) => !(tire instanceof Error) && tire.state === 'ALERT')) return true;
        const unreadable = tires.find((tire) => tire instanceof Error);
        if (unreadable) throw unreadable;
        return false;
      },
    }),
  }),
});

builder.objectField(Vehicle, 'tires', (t) =>
  t.field({
    type: TirePressureReport,
    description: 'Tyre pressure and temperature of the four tyres (vehicles with the TPMS edition of the terminal).',
    resolve: async (vehicle, _args, context) => decodeTirePressureReport(await context.upstream.read(1019, { esn: vehicle.esn })),
  }),
);
