import { z } from 'zod';
import { type Context, resolveEvent } from '../context.ts';
import { stoppable } from '../events/live.ts';
import type { DoorCommandAction, DoorCommandRecord } from '../events/store.ts';
import { requestLogger } from '../logger.ts';
import { builder } from './builder.ts';
import { DoorAction } from './enums.ts';
import { VehicleEvent, requireAccess } from './events.ts';
import { Vehicle } from './terminal.ts';
import { esnArgumentDescription, esnRule } from './validation.ts';

const DoorCommandState = builder.enumType('DoorCommandState', {
  description:
    'Where a door command stands: SENT → ACCEPTED or REJECTED; ACCEPTED → SUCCEEDED, FAILED or TIMED_OUT; SENT → UNKNOWN when iauto360 did not answer the command in time, then SUCCEEDED, FAILED or UNKNOWN (from the outcome event), or UNKNOWN for good when no event arrives within DOOR_COMMAND_TIMEOUT_SECONDS; SENT → UNKNOWN (final) when the gateway stopped before recording 5001\'s answer and IAUTO_TIMEOUT_MS plus DOOR_COMMAND_TIMEOUT_SECONDS have passed. The command is final exactly when `completedAt` is set.',
  values: {
    SENT: { value: 'SENT', description: 'Being sent to iauto360; no answer yet.' },
    ACCEPTED: { value: 'ACCEPTED', description: 'iauto360 accepted it and is reaching the car; waiting for the outcome event.' },
    REJECTED: { value: 'REJECTED', description: 'iauto360 did not accept it (e.g. the terminal is unplugged): nothing was done. Final.' },
    SUCCEEDED: { value: 'SUCCEEDED', description: 'The car reported success (the matching 开锁/关锁 event). Final.' },
    FAILED: { value: 'FAILED', description: 'The car reported failure (the matching 开锁/关锁 event). Final.' },
    TIMED_OUT: {
      value: 'TIMED_OUT',
      description: 'Accepted, but no outcome event arrived within DOOR_COMMAND_TIMEOUT_SECONDS: the doors\' state is unknown. Final.',
    },
    UNKNOWN: {
      value: 'UNKNOWN',
      description:
        'The command may or may not have been applied: iauto360 did not answer it in time, or the outcome event said neither success nor failure. Not resent. While `completedAt` is null (no answer from iauto360, less than DOOR_COMMAND_TIMEOUT_SECONDS since it was sent) its outcome event may still settle it: wait rather than resend. Final once `completedAt` is set.',
    },
  } as const,
});

export const DoorCommand = builder.objectRef<DoorCommandRecord>('DoorCommand').implement({
  description:
    'A remote door command and what became of it. Its outcome arrives as a 开锁/关锁 vehicle event: the first one of the same terminal and action received after the command was sent settles the oldest command still waiting (see `state`).',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'The command id, for `doorCommand(id)` and the `doorCommand` subscription.' }),
    action: t.field({ type: DoorAction, nullable: false, description: 'Lock or unlock.', resolve: (command) => command.action }),
    esn: t.exposeString('esn', { nullable: false, description: "The ESN of the vehicle's terminal." }),
    vehicle: t.field({ type: Vehicle, nullable: false, description: 'The vehicle the command was sent to.', resolve: (command) => ({ esn: command.esn }) }),
    idempotencyKey: t.exposeString('idempotencyKey', { nullable: false, description: 'The key the command was sent with.' }),
    state: t.field({ type: DoorCommandState, nullable: false, description: 'Where the command stands.', resolve: (command) => command.state }),
    requestedAt: t.field({ type: 'DateTime', nullable: false, description: 'When the gateway received the command.', resolve: (command) => new Date(command.requestedAt) }),
    acceptedAt: t.field({ type: 'DateTime', description: 'When iauto360 accepted it; null until then.', resolve: (command) => toDate(command.acceptedAt) }),
    completedAt: t.field({
      type: 'DateTime',
      description:
        'When it reached a final state (for TIMED_OUT, and UNKNOWN without an outcome event, when its window of DOOR_COMMAND_TIMEOUT_SECONDS closed); null until then. Set exactly when the command is final: it will not change any more.',
      resolve: (command) => toDate(command.completedAt),
    }),
    outcomeEvent: t.field({
      type: VehicleEvent,
      description: 'The 开锁/关锁 event that settled the command; null until it arrives.',
      resolve: (command, _args, context) => (command.outcomeEventId ? context.events.eventById(command.outcomeEventId) : null),
    }),
    message: t.exposeString('message', { nullable: false, description: 'What happened and what to do next, in plain English.' }),
  }),
});

function toDate(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

const idempotencyKeyRule = z.string().min(1, 'must not be empty').max(128, 'at most 128 characters');

/** Logs and sends one door command, or returns the one already sent with this key. 5001 is never retried. */
async function sendDoorCommand(esn: string, action: DoorCommandAction, idempotencyKey: string, context: Context): Promise<DoorCommandRecord> {
  // Refused (and audited) before the command is logged; the write checks again when it is sent.
  const refusal = context.upstream.refusalOfWrite(5001, { esn, opCode: action });
  if (refusal) throw refusal;
  return context.doorCommands.send(
    { principal: context.principal.name, idempotencyKey, esn, action },
    () => context.upstream.write(5001, { esn, opCode: action }),
    () => requestLogger(context.log, context.record),
  );
}

const commandCaveat = [
  'Returns a DoorCommand whose `state` follows the command to its outcome (subscribe with `doorCommand(id)`).',
  'Sent to iauto360 once and never retried. The same `idempotencyKey` from the same caller within 24 h returns the command already sent, without sending again, also across gateway instances and restarts; the same key for another terminal or action is refused (BAD_USER_INPUT), sending nothing.',
  'Needs the `control` scope.',
].join(' ');

const doorArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  esn: t.arg.string({ required: true, description: esnArgumentDescription("The ESN of the vehicle's terminal"), validate: esnRule }),
  idempotencyKey: t.arg.string({
    required: true,
    description: 'A key you choose per intended command (e.g. a UUID), 1 to 128 characters: resending with the same key never sends the command twice.',
    validate: idempotencyKeyRule,
  }),
});

builder.mutationFields((t) => ({
  lockDoors: t.field({
    type: DoorCommand,
    description: `Lock the vehicle's doors remotely. ${commandCaveat}`,
    args: doorArgs(t),
    resolve: (_root, args, context) => sendDoorCommand(args.esn, 'LOCK_DOOR', args.idempotencyKey, context),
  }),
  unlockDoors: t.field({
    type: DoorCommand,
    description: `Unlock the vehicle's doors remotely. ${commandCaveat}`,
    args: doorArgs(t),
    resolve: (_root, args, context) => sendDoorCommand(args.esn, 'UNLOCK_DOOR', args.idempotencyKey, context),
  }),
}));

async function readableCommand(id: string, context: Context): Promise<DoorCommandRecord | null> {
  const command = await context.doorCommands.get(id);
  if (command) requireAccess(context.principal, 'read', [command.esn]);
  return command;
}

builder.queryField('doorCommand', (t) =>
  t.field({
    type: DoorCommand,
    description: 'A door command by id, with its current state; null when unknown (or older than EVENTS_RETENTION_DAYS). No upstream call.',
    args: { id: t.arg.id({ required: true, description: 'The `DoorCommand.id` returned by lockDoors/unlockDoors.' }) },
    resolve: (_root, args, context) => readableCommand(String(args.id), context),
  }),
);

builder.subscriptionField('doorCommand', (t) =>
  t.field({
    type: DoorCommand,
    nullable: false,
    description:
      'The command now, then the command again each time it changes (`state`, `completedAt`, `message`...). The last one delivered is final, with `completedAt` set: REJECTED, SUCCEEDED, FAILED, TIMED_OUT, or UNKNOWN (settled by an event saying neither, or its window of DOOR_COMMAND_TIMEOUT_SECONDS closed without an event, delivered as the window closes). Then the subscription ends. Ends at once, delivering nothing, for an unknown id.',
    args: { id: t.arg.id({ required: true, description: 'The `DoorCommand.id` returned by lockDoors/unlockDoors.' }) },
    subscribe: async (_root, args, context) => {
      await readableCommand(String(args.id), context);
      return stoppable((signal) => context.doorCommands.watch(String(args.id), signal));
    },
    resolve: (event: DoorCommandRecord, args, context) => resolveEvent(event, args, context),
  }),
);
