import { useEffect, useRef, useState } from 'preact/hooks';
import { useMutation, useSubscription } from '@urql/preact';
import { describeErrors, requestProblem } from './errors.ts';
import type { DoorCommandState } from './gql/graphql.ts';
import { FleetDoorCommandSubscription, FleetLockDoorsMutation, FleetUnlockDoorsMutation } from './operations.ts';

type Action = 'lock' | 'unlock';

/** What the page reads of a command; the server sets `completedAt` exactly when the command is final. */
interface CommandView {
  state: DoorCommandState;
  message: string;
  completedAt?: string | null;
}

/** One user intent: its action and the idempotency key every (re)send of it carries. */
interface Intent {
  action: Action;
  key: string;
}

/**
 * Lock and unlock buttons. Each click is one intent with a fresh idempotency key, reused when the
 * person retries after a network failure, so the gateway never sends the command twice. The
 * buttons stay disabled while a command is in flight, and a synchronous guard drops a second
 * click that lands before the re-render. A command is in flight until the server says it is final:
 * a command with `completedAt`, or its subscription ending (the server ends it at the final state).
 * An UNKNOWN command is not final while its outcome event may still settle it. When the viewer's
 * scopes already say no (`notAllowed`), both buttons are disabled from the start, with the reason
 * as their description, and nothing is sent.
 */
export function DoorControls({ esn, notAllowed }: { esn: string; notAllowed: string | undefined }) {
  const [, lock] = useMutation(FleetLockDoorsMutation);
  const [, unlock] = useMutation(FleetUnlockDoorsMutation);
  const sending = useRef(false);
  const [intent, setIntent] = useState<Intent | undefined>();
  const [busy, setBusy] = useState(false);
  const [commandId, setCommandId] = useState<string | undefined>();
  const [states, setStates] = useState<DoorCommandState[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  /** The gateway's FORBIDDEN message (no `control` scope, or not this caller's terminal): no command can be sent. */
  const [denied, setDenied] = useState<string | undefined>();

  const seen = (command: CommandView) => {
    setStates((previous) => (previous.at(-1) === command.state ? previous : [...previous, command.state]));
    setMessage(command.message);
    if (command.completedAt) setBusy(false);
  };

  const [subscription] = useSubscription({ query: FleetDoorCommandSubscription, variables: { id: commandId ?? '' }, pause: commandId === undefined }, (_previous, data) => {
    seen(data.doorCommand);
    return data;
  });
  // The server ends the stream once the command is final: an end without an error ends the wait.
  const following = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (commandId === undefined) following.current = undefined;
    else if (subscription.fetching) following.current = commandId;
    else if (following.current === commandId && !subscription.error) {
      following.current = undefined;
      setBusy(false);
    }
  }, [commandId, subscription.fetching, subscription.error]);
  // A broken stream ends the wait: the command's state is then unknown here, not in flight.
  const streamProblem = subscription.error ? (requestProblem(subscription.error) ?? subscription.error.message) : undefined;
  const inFlight = busy && !streamProblem;
  const shownProblem = problem ?? streamProblem;

  const send = async (next: Intent) => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setIntent(next);
    setProblem(undefined);
    setStates(['SENT']);
    setCommandId(undefined);
    try {
      const variables = { esn, idempotencyKey: next.key };
      const result = next.action === 'lock' ? await lock(variables) : await unlock(variables);
      const command = result.data ? ('lockDoors' in result.data ? result.data.lockDoors : result.data.unlockDoors) : undefined;
      if (command) {
        seen(command);
        if (!command.completedAt) setCommandId(command.id);
      } else {
        const forbidden = result.error?.graphQLErrors.find((error) => error.extensions?.code === 'FORBIDDEN');
        if (forbidden) {
          setIntent(undefined);
          setDenied(forbidden.message);
        } else {
          setProblem(requestProblem(result.error) ?? (result.error ? describeErrors(result.error).join('; ') : 'no answer'));
        }
        setBusy(false);
      }
    } finally {
      sending.current = false;
    }
  };

  const deniedId = `doors-denied-${esn}`;
  const start = (action: Action) => send({ action, key: crypto.randomUUID() });
  const blocked = notAllowed !== undefined || denied !== undefined;
  return (
    <div class="doors" aria-labelledby="doors-heading">
      <h3 id="doors-heading">Doors</h3>
      <button type="button" disabled={inFlight || blocked} aria-describedby={blocked ? deniedId : undefined} onClick={() => start('lock')}>
        Lock
      </button>{' '}
      <button type="button" disabled={inFlight || blocked} aria-describedby={blocked ? deniedId : undefined} onClick={() => start('unlock')}>
        Unlock
      </button>
      {notAllowed !== undefined ? (
        // Known before any click: a note, not an alert.
        <p id={deniedId} class="badge forbidden">
          Not allowed: {notAllowed}
        </p>
      ) : denied !== undefined ? (
        <p id={deniedId} class="badge forbidden" role="alert">
          Not allowed: {denied}
        </p>
      ) : null}
      {intent ? (
        <p role="status" aria-live="polite" aria-busy={inFlight}>
          {intent.action === 'lock' ? 'Locking' : 'Unlocking'}: <span data-testid="door-states">{states.join(' → ')}</span>
          {message ? ` — ${message}` : ''}
        </p>
      ) : null}
      {shownProblem && intent ? (
        <p class="badge error" role="alert">
          {shownProblem}{' '}
          <button type="button" onClick={() => send(intent)}>
            Retry
          </button>
        </p>
      ) : null}
    </div>
  );
}
