import type { FieldProblem } from './errors.ts';
import { dateTime, number, orDash, words } from './format.ts';
import type { FleetTerminalsQuery, FleetVehiclesQuery } from './gql/graphql.ts';

export interface FleetRow {
  terminal: FleetTerminalsQuery['myTerminals'][number];
  vehicle: NonNullable<FleetVehiclesQuery['terminals'][number]>['vehicle'] | undefined;
  /** Fields of this vehicle that failed; the others are shown. */
  problems: FieldProblem[];
}

interface Props {
  rows: FleetRow[];
  selectedEsn: string | undefined;
  onSelect: (esn: string) => void;
}

export function FleetTable({ rows, selectedEsn, onSelect }: Props) {
  return (
    <div class="table-scroll">
      <table class="fleet-table">
        <caption class="visually-hidden">Every terminal of the fleet with its latest data</caption>
        <thead>
          <tr>
            <th scope="col">Plate</th>
            <th scope="col">State</th>
            <th scope="col">Last activity</th>
            <th scope="col">Battery</th>
            <th scope="col">Tyres</th>
            <th scope="col">Odometer</th>
            <th scope="col">Data</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <FleetTableRow key={row.terminal.esn} row={row} selected={row.terminal.esn === selectedEsn} onSelect={onSelect} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type ShownTire = NonNullable<NonNullable<FleetRow['vehicle']>['tires']>['all'][number];

/**
 * The tyre cell: each alerting tyre with its alerts, or "no alert"; a tyre iauto360 sent malformed
 * is null (its error is among the row's problems) and counted as unreadable.
 */
function tiresSummary(all: readonly ShownTire[]): string {
  const readable = all.filter((tire) => tire !== null);
  const alerts = readable.filter((tire) => tire.state === 'ALERT');
  const unreadable = all.length - readable.length;
  const alerting = alerts.map((tire) => `${words(tire.position)}: ${tire.alerts.map(words).join(', ')}`).join('; ');
  const quiet = unreadable > 0 ? 'no alert from the others' : 'no alert';
  return [alerts.length > 0 ? alerting : quiet, ...(unreadable > 0 ? [`${unreadable} unreadable`] : [])].join('; ');
}

type ShownFault = NonNullable<NonNullable<NonNullable<FleetRow['vehicle']>['condition']>['faults']>[number];

/**
 * The vehicle's fault codes, under its state: each OBD-II code with what its form says, the area
 * of a generic powertrain code or else its system, and "manufacturer" when only the
 * manufacturer's documentation says what it means.
 */
function faultsSummary(faults: readonly ShownFault[]): string {
  return faults
    .map((fault) => {
      const where = fault.area ?? fault.system;
      const about = [...(where ? [words(where)] : []), ...(fault.definedBy === 'MANUFACTURER' ? ['manufacturer'] : [])];
      return about.length > 0 ? `${fault.code} (${about.join(', ')})` : fault.code;
    })
    .join('; ');
}

function FleetTableRow({ row, selected, onSelect }: { row: FleetRow; selected: boolean; onSelect: (esn: string) => void }) {
  const { terminal, vehicle, problems } = row;
  const model = vehicle?.profile?.model;
  const condition = vehicle?.condition;
  const tires = vehicle?.tires;
  return (
    <tr data-esn={terminal.esn} class={selected ? 'selected' : undefined} aria-selected={selected}>
      <th scope="row">
        <button type="button" class="plate" aria-pressed={selected} onClick={() => onSelect(terminal.esn)}>
          <span data-field="plate">{orDash(terminal.plateNumber)}</span>
        </button>
        <span class="sub">
          {model ? (
            <span data-field="model">
              {model.brand.name} · {model.fullName}
            </span>
          ) : null}
          <span class="esn">ESN {terminal.esn}</span>
        </span>
      </th>
      <td data-label="State">
        <span data-field="bound">{terminal.bound === null ? '—' : terminal.bound ? 'bound' : 'unbound'}</span>
        {', '}
        <span data-field="plugged">{terminal.pluggedIn === null ? 'plug state unknown' : terminal.pluggedIn ? 'plugged in' : 'unplugged'}</span>
        {condition?.driveStatus === 'IGNITION_ON' ? <span class="tag">driving</span> : null}
        {condition?.faults && condition.faults.length > 0 ? (
          <span class="sub faults" data-field="faults">
            Faults: {faultsSummary(condition.faults)}
          </span>
        ) : null}
      </td>
      <td data-field="lastActive" data-label="Last activity">
        <time dateTime={terminal.lastActiveAt ?? undefined}>{dateTime(terminal.lastActiveAt)}</time>
      </td>
      <td data-field="battery" data-label="Battery">{number(condition?.batteryVoltage, 'V')}</td>
      <td data-field="tires" data-label="Tyres">
        {tires ? tiresSummary(tires.all) : '—'}
      </td>
      <td data-field="odometer" data-label="Odometer">{number(condition?.odometerKm, 'km', 0)}</td>
      <td data-label="Data">
        {problems.length > 0 ? <ProblemBadge problems={problems} /> : <span class="ok">{terminal.bound === false ? 'no vehicle data while unbound' : 'ok'}</span>}
      </td>
    </tr>
  );
}

function ProblemBadge({ problems }: { problems: FieldProblem[] }) {
  const forbidden = problems.every((problem) => problem.code === 'FORBIDDEN');
  const codes = [...new Set(problems.map((problem) => problem.code))].join(', ');
  const details = problems.map((problem) => `${problem.path || 'terminal'}: ${problem.code} (${problem.message})`).join('\n');
  return (
    <span class={forbidden ? 'badge forbidden' : 'badge error'} title={details} data-field="problem">
      {forbidden ? 'forbidden' : `failed: ${codes}`}
      <span class="visually-hidden"> ({details})</span>
    </span>
  );
}
