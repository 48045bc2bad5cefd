import { useMemo, useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { CredentialForm } from './CredentialForm.tsx';
import { EventFeed } from './EventFeed.tsx';
import { FleetMap, type MapMarker } from './FleetMap.tsx';
import { FleetTable, type FleetRow } from './FleetTable.tsx';
import { VehiclePanel, type SelectedTrip } from './VehiclePanel.tsx';
import { needsCredentials, problemsAt, requestProblem } from './errors.ts';
import { FleetTerminalsQuery, FleetVehiclesQuery } from './operations.ts';
import { useSettings } from './settings.ts';

/** terminals(esns:) takes at most 100 ESNs; larger fleets are asked in pages of that size. */
const ESNS_PER_REQUEST = 100;

interface Props {
  /** True when this session has a credential (the gateway may still refuse it). */
  signedIn: boolean;
  /** True when the previous session ended because the gateway refused its credential: sign in again. */
  refused: boolean;
  onSignIn: (credential: string) => void;
  onSignOut: () => void;
}

export function App({ signedIn, refused, onSignIn, onSignOut }: Props) {
  const settings = useSettings();
  // After a refusal the gateway is known to need a credential: nothing to ask before the next sign-in.
  const [terminalsResult, refetchTerminals] = useQuery({ query: FleetTerminalsQuery, pause: refused });
  const viewer = terminalsResult.data?.myAccess;
  const terminals = terminalsResult.data?.myTerminals ?? [];
  const boundEsns = useMemo(() => terminals.filter((terminal) => terminal.bound).map((terminal) => terminal.esn), [terminals]);
  const [selectedEsn, setSelectedEsn] = useState<string | undefined>();
  const [selectedTrip, setSelectedTrip] = useState<SelectedTrip | undefined>();

  const [vehiclesResult, refetchVehicles] = useQuery({
    query: FleetVehiclesQuery,
    variables: { esns: boundEsns.slice(0, ESNS_PER_REQUEST) },
    pause: boundEsns.length === 0,
  });

  const rows: FleetRow[] = terminals.map((terminal, index) => {
    const vehicleIndex = vehiclesResult.data?.terminals.findIndex((item) => item?.esn === terminal.esn) ?? -1;
    const vehicle = vehicleIndex >= 0 ? vehiclesResult.data?.terminals[vehicleIndex]?.vehicle : undefined;
    return {
      terminal,
      vehicle,
      problems: [
        ...problemsAt(terminalsResult.error, 'myTerminals', index),
        ...(vehicleIndex >= 0 ? problemsAt(vehiclesResult.error, 'terminals', vehicleIndex) : []),
      ],
    };
  });
  const markers: MapMarker[] = rows.flatMap((row) => {
    const position = row.vehicle?.condition?.location?.wgs84;
    return position ? [{ esn: row.terminal.esn, label: row.terminal.plateNumber ?? row.terminal.esn, ...position }] : [];
  });
  const plates = useMemo(() => new Map(terminals.flatMap((terminal) => (terminal.plateNumber ? [[terminal.esn, terminal.plateNumber] as const] : []))), [terminals]);
  const selected = rows.find((row) => row.terminal.esn === selectedEsn);
  const loginNeeded = refused || needsCredentials(terminalsResult.error) || needsCredentials(vehiclesResult.error);
  // Known before any click, from the viewer's scopes: a command the gateway would refuse is not offered.
  const doorsNotAllowed = viewer && !viewer.scopes.includes('CONTROL') ? `door commands need the \`control\` scope, which ${viewer.name} does not have.` : undefined;
  // Nothing of the fleet, and no event stream, before the gateway has accepted the caller.
  const showFleet = !loginNeeded && terminalsResult.data !== undefined;
  const vehiclesPending = boundEsns.length > 0 && (vehiclesResult.fetching || (!vehiclesResult.data && !vehiclesResult.error));
  const failure = requestProblem(terminalsResult.error) ?? requestProblem(vehiclesResult.error);

  const select = (esn: string) => {
    setSelectedEsn(esn);
    setSelectedTrip(undefined);
  };
  const reload = () => {
    refetchTerminals({ requestPolicy: 'network-only' });
    if (boundEsns.length > 0) refetchVehicles({ requestPolicy: 'network-only' });
  };

  return (
    <>
      {showFleet ? (
        <a class="skip" href="#fleet">
          Skip to the fleet
        </a>
      ) : null}
      <header class="top">
        <h1>iauto-graph fleet</h1>
        <p class="status" role="status" aria-live="polite">
          {loginNeeded
            ? 'Sign in to see the fleet.'
            : terminalsResult.fetching
              ? 'Loading the fleet…'
              : `${terminals.length} terminals, ${boundEsns.length} bound${vehiclesPending ? ', loading vehicle data…' : ''}`}
        </p>
        <button type="button" onClick={reload}>
          Reload
        </button>
        {signedIn && !loginNeeded ? (
          <>
            {viewer ? (
              <p class="viewer">
                Signed in as <strong data-testid="viewer-name">{viewer.name}</strong>
              </p>
            ) : null}
            <button type="button" onClick={onSignOut}>
              Sign out
            </button>
          </>
        ) : null}
      </header>
      {loginNeeded ? <CredentialForm refused={signedIn || refused} onSubmit={onSignIn} /> : null}
      {failure && !loginNeeded ? (
        <p class="banner" role="alert">
          {failure}
        </p>
      ) : null}
      {showFleet ? (
        <main class="layout">
          <section id="fleet" class="fleet" aria-labelledby="fleet-heading">
            <h2 id="fleet-heading">Vehicles</h2>
            <FleetTable rows={rows} selectedEsn={selectedEsn} onSelect={select} />
          </section>
          <section class="map" aria-labelledby="map-heading">
            <h2 id="map-heading">Map</h2>
            <FleetMap markers={markers} selectedEsn={selectedEsn} track={selectedTrip?.track} tileUrl={settings.tileUrl} onSelect={select} />
          </section>
          {selected ? (
            <VehiclePanel key={selected.terminal.esn} row={selected} doorsNotAllowed={doorsNotAllowed} selectedTrip={selectedTrip} onSelectTrip={setSelectedTrip} />
          ) : (
            <section class="panel" aria-label="Vehicle">
              <p>Choose a vehicle to see its trips and fuel figures.</p>
            </section>
          )}
          {viewer ? <EventFeed principal={viewer.name} plates={plates} /> : null}
        </main>
      ) : null}
    </>
  );
}
