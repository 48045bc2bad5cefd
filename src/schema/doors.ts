import type { Context } from '../context.ts';
import { builder } from './builder.ts';
import { DoorAction } from './enums.ts';
import { Vehicle } from './terminal.ts';
import { esnRule } from './validation.ts';

type DoorOpCode = 'LOCK_DOOR' | 'UNLOCK_DOOR';

interface DoorCommandResult {
  esn: string;
  action: DoorOpCode;
  accepted: boolean;
  requestedAt: Date;
}

const outcomeEvent: Record<DoorOpCode, string> = { LOCK_DOOR: 'DOOR_LOCKED (关锁)', UNLOCK_DOOR: 'DOOR_UNLOCKED (开锁)' };

const DoorCommandPayload = builder.objectRef<DoorCommandResult>('DoorCommandPayload').implement({
  description:
    'The answer to a remote door command. It only says whether iauto360 accepted the command for delivery to the car; whether the doors actually locked or unlocked arrives later as a vehicle event (开锁/关锁 webhook).',
  fields: (t) => ({
    accepted: t.exposeBoolean('accepted', {
      nullable: false,
      description:
        'True when iauto360 accepted the command and is sending it to the car. Not the outcome: that arrives later as a DOOR_LOCKED/DOOR_UNLOCKED vehicle event saying success or failure.',
    }),
    action: t.field({
      type: DoorAction,
      nullable: false,
      description: 'The command that was sent.',
      resolve: (result) => result.action,
    }),
    requestedAt: t.field({
      type: 'DateTime',
      nullable: false,
      description: 'When the gateway received the request that sent the command; the outcome event comes after it.',
      resolve: (result) => result.requestedAt,
    }),
    vehicle: t.field({
      type: Vehicle,
      nullable: false,
      description: 'The vehicle the command was sent to.',
      resolve: (result) => ({ esn: result.esn }),
    }),
    message: t.string({
      nullable: false,
      description: 'A human-readable summary of what happened and what to wait for.',
      resolve: (result) =>
        result.accepted
          ? `Accepted: the command is on its way to the car. Wait for the ${outcomeEvent[result.action]} vehicle event for the outcome.`
          : 'Not accepted: iauto360 could not send the command to the car. Nothing was done; try again later.',
    }),
  }),
});

/** Sends one door command. Never retried: a repeated command is a real-world action, not a read. */
async function sendDoorCommand(esn: string, action: DoorOpCode, context: Context): Promise<DoorCommandResult> {
  const { status } = await context.upstream.write(5001, { esn, opCode: action });
  return { esn, action, accepted: status === 1, requestedAt: context.requestTime };
}

const esnArgDescription = "The ESN of the vehicle's terminal.";
const commandCaveat =
  'The answer only says whether iauto360 accepted the command; the outcome arrives later as a vehicle event. Sent exactly once, never retried: if it fails or times out, check the vehicle events before sending again.';

builder.mutationFields((t) => ({
  lockDoors: t.field({
    type: DoorCommandPayload,
    description: `Lock the vehicle's doors remotely. ${commandCaveat}`,
    args: { esn: t.arg.string({ required: true, description: esnArgDescription, validate: esnRule }) },
    resolve: (_root, args, context) => sendDoorCommand(args.esn, 'LOCK_DOOR', context),
  }),
  unlockDoors: t.field({
    type: DoorCommandPayload,
    description: `Unlock the vehicle's doors remotely. ${commandCaveat}`,
    args: { esn: t.arg.string({ required: true, description: esnArgDescription, validate: esnRule }) },
    resolve: (_root, args, context) => sendDoorCommand(args.esn, 'UNLOCK_DOOR', context),
  }),
}));
