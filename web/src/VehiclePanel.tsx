import { useEffect, useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { DoorControls } from './DoorControls.tsx';
import { describeErrors, requestProblem } from './errors.ts';
import type { LngLat } from './FleetMap.tsx';
import type { FleetRow } from './FleetTable.tsx';
import { dateTime, duration, number, orDash, words } from './format.ts';
import type { VehicleFuelQuery } from './gql/graphql.ts';
import { TripDetailQuery, VehicleFuelQuery as VehicleFuelDocument, VehicleTripsQuery } from './operations.ts';

const TRIPS_PER_PAGE = 5;

export interface SelectedTrip {
  startedAt: string;
  track: LngLat[] | undefined;
}

interface Props {
  row: FleetRow;
  /** Why this caller may not send door commands at all (its scopes), when it may not. */
  doorsNotAllowed: string | undefined;
  selectedTrip: SelectedTrip | undefined;
  onSelectTrip: (trip: SelectedTrip | undefined) => void;
}

/** The selected vehicle: its latest trips (paged), one trip's evaluation, fuel figures against its model. */
export function VehiclePanel({ row, doorsNotAllowed, selectedTrip, onSelectTrip }: Props) {
  const esn = row.terminal.esn;
  const title = row.terminal.plateNumber ?? `ESN ${esn}`;
  return (
    <section class="panel" aria-labelledby="panel-heading" data-esn={esn}>
      <h2 id="panel-heading">{title}</h2>
      {row.terminal.bound === false ? (
        <p>This terminal is not bound to a user: it has no trips or statistics until it is bound.</p>
      ) : (
        <>
          <DoorControls esn={esn} notAllowed={doorsNotAllowed} />
          <Trips esn={esn} selectedTrip={selectedTrip} onSelectTrip={onSelectTrip} />
          {selectedTrip ? <TripDetail esn={esn} startedAt={selectedTrip.startedAt} onTrack={(track) => onSelectTrip({ ...selectedTrip, track })} /> : null}
          <FuelComparison esn={esn} />
        </>
      )}
    </section>
  );
}

function Trips({ esn, selectedTrip, onSelectTrip }: { esn: string; selectedTrip: SelectedTrip | undefined; onSelectTrip: Props['onSelectTrip'] }) {
  const [after, setAfter] = useState<string | null>(null);
  // Why trips of the pages loaded before this one are missing. The cache merges those pages' trips
  // into this page's answer, but each page's errors came only with its own answer.
  const [earlierProblems, setEarlierProblems] = useState<string[]>([]);
  const [result] = useQuery({ query: VehicleTripsQuery, variables: { esn, first: TRIPS_PER_PAGE, after } });
  const trips = result.data?.terminal?.vehicle?.trips;
  const general = requestProblem(result.error);
  const pageProblems = general !== undefined ? [general] : describeErrors(result.error);
  const problem = [...new Set([...earlierProblems, ...pageProblems])].join('; ');
  const loadMore = (endCursor: string | null) => {
    setEarlierProblems((earlier) => [...earlier, ...pageProblems]);
    setAfter(endCursor);
  };
  return (
    <div class="trips">
      <h3 id="trips-heading">Latest trips{trips ? ` (${trips.edges.length} of ${trips.totalCount})` : ''}</h3>
      {problem ? (
        <p class="badge error" role="alert">
          Trips failed: {problem}
        </p>
      ) : null}
      {trips && trips.totalCount === 0 ? <p>No trips in the last 90 days.</p> : null}
      {trips && trips.edges.length > 0 ? (
        <div class="table-scroll">
          <table aria-labelledby="trips-heading">
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Distance</th>
                <th scope="col">Duration</th>
                <th scope="col">Fuel</th>
                <th scope="col">Top speed</th>
              </tr>
            </thead>
            <tbody>
              {trips.edges.map(({ node }) => {
                // A trip iauto360 sent malformed is a null node with its error, shown above; the cache's
                // pagination helper leaves such edges out, so none is expected here.
                if (!node) return null;
                const selected = selectedTrip?.startedAt === node.startedAt;
                return (
                  <tr key={node.id} data-trip-id={node.tripId} class={selected ? 'selected' : undefined}>
                    <th scope="row">
                      <button type="button" aria-pressed={selected} disabled={!node.startedAt} onClick={() => node.startedAt && onSelectTrip({ startedAt: node.startedAt, track: undefined })}>
                        {dateTime(node.startedAt)}
                      </button>
                    </th>
                    <td>{number(node.distanceKm, 'km')}</td>
                    <td>{duration(node.durationSeconds)}</td>
                    <td>{number(node.averageFuelConsumptionLitersPer100Km, 'L/100 km')}</td>
                    <td>{number(node.topSpeedKmh, 'km/h', 0)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {trips?.pageInfo.hasNextPage ? (
        <button type="button" disabled={result.fetching} onClick={() => loadMore(trips.pageInfo.endCursor ?? null)}>
          {result.fetching ? 'Loading…' : 'Load more trips'}
        </button>
      ) : null}
    </div>
  );
}

function TripDetail({ esn, startedAt, onTrack }: { esn: string; startedAt: string; onTrack: (track: LngLat[]) => void }) {
  const [result] = useQuery({ query: TripDetailQuery, variables: { esn, startedAt } });
  const trip = result.data?.terminal?.vehicle?.trips?.edges[0]?.node;
  const evaluation = trip?.evaluation;
  const track = trip?.track;
  useEffect(() => {
    if (track) onTrack(track.points.map((point) => point.wgs84));
  }, [trip?.id, track?.pointCount]);
  const failed = result.error?.graphQLErrors.map((error) => `${(error.path ?? []).slice(-1)[0] ?? 'trip'}: ${error.extensions?.code ?? 'ERROR'}`) ?? [];
  return (
    <div class="trip-detail" aria-live="polite">
      <h3>Trip of {dateTime(startedAt)}</h3>
      {result.fetching ? <p>Loading the evaluation and track…</p> : null}
      {failed.length > 0 ? <p class="badge error">Failed: {failed.join(', ')}</p> : null}
      {evaluation ? (
        <dl class="facts" data-testid="evaluation">
          <dt>Verdict</dt>
          <dd>
            {words(evaluation.verdict)} {evaluation.verdictText ? `(${evaluation.verdictText})` : ''}
          </dd>
          <dt>Fuel cost</dt>
          <dd>
            {number(evaluation.fuelCostYuan, 'yuan', 2)} {evaluation.fuelGrade ? `at ${evaluation.fuelGrade}` : ''}
          </dd>
          <dt>Average / top speed</dt>
          <dd>
            {number(evaluation.averageSpeedKmh, 'km/h')} / {number(evaluation.topSpeedKmh, 'km/h', 0)}
          </dd>
          <dt>Harsh accelerations / brakings</dt>
          <dd>
            {orDash(evaluation.harshAccelerations?.toString())} / {orDash(evaluation.harshBrakings?.toString())}
          </dd>
          <dt>CO₂</dt>
          <dd>{number(evaluation.carbonEmissionsKg, 'kg', 2)}</dd>
          <dt>Track</dt>
          <dd>{track ? `${track.pointCount} points, ${number(track.lengthKm, 'km')} (drawn on the map)` : '—'}</dd>
        </dl>
      ) : null}
    </div>
  );
}

type FuelFigures = {
  [Field in keyof NonNullable<NonNullable<NonNullable<VehicleFuelQuery['terminal']>['vehicle']>['fuelStatistics']['overall']>]: number | null;
};

const FUEL_ROWS: Array<{ label: string; field: keyof FuelFigures; unit: string; digits: number }> = [
  { label: 'Fuel consumption', field: 'averageFuelConsumptionLitersPer100Km', unit: 'L/100 km', digits: 1 },
  { label: 'Average speed', field: 'averageSpeedKmh', unit: 'km/h', digits: 1 },
  { label: 'Idling', field: 'idlePercent', unit: '%', digits: 1 },
  { label: 'Harsh accelerations', field: 'harshAccelerations', unit: '', digits: 1 },
  { label: 'Harsh brakings', field: 'harshBrakings', unit: '', digits: 1 },
];

function FuelComparison({ esn }: { esn: string }) {
  const [result] = useQuery({ query: VehicleFuelDocument, variables: { esn } });
  const statistics = result.data?.terminal?.vehicle?.fuelStatistics;
  const columns = [
    { label: 'Last 7 days', figures: statistics?.lastSevenDays, path: 'lastSevenDays' },
    { label: 'Overall', figures: statistics?.overall, path: 'overall' },
    { label: 'Model average', figures: statistics?.modelAverage, path: 'modelAverage' },
  ];
  const failedColumns = new Set(
    (result.error?.graphQLErrors ?? []).map((error) => (error.path ?? []).find((part) => columns.some((column) => column.path === part))),
  );
  const problem = requestProblem(result.error);
  return (
    <div class="fuel">
      <h3 id="fuel-heading">Fuel and driving against the model average</h3>
      {problem ? <p class="badge error">{problem}</p> : null}
      {statistics ? (
        <div class="table-scroll">
          <table aria-labelledby="fuel-heading" data-testid="fuel">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                {columns.map((column) => (
                  <th scope="col" key={column.path}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {FUEL_ROWS.map((row) => (
                <tr key={row.field}>
                  <th scope="row">{row.label}</th>
                  {columns.map((column) => (
                    <td key={column.path}>
                      {failedColumns.has(column.path) ? <span class="badge error">failed</span> : number(column.figures?.[row.field] ?? null, row.unit, row.digits)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : result.fetching ? (
        <p>Loading…</p>
      ) : null}
    </div>
  );
}
