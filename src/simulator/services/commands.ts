import { addressNear } from '../geo.ts';
import { formatChinaDateTime, toUnixSeconds } from '../time.ts';
import { boundTerminalOf, type ServiceHandler } from './types.ts';

const DOOR_ACTIONS = { UNLOCK_DOOR: '开锁', LOCK_DOOR: '关锁' } as const;
type DoorCommand = keyof typeof DOOR_ACTIONS;
const DOOR_COMMANDS = Object.keys(DOOR_ACTIONS) as DoorCommand[];

/**
 * 5001: acknowledges a door command. An unplugged terminal cannot be reached (`status: 0`, no event).
 * Otherwise a `开锁`/`关锁` event follows whose text ends in 成功, or 失败 while the ignition is on
 * or when the doorSuccessRate knob draws a failure.
 */
export const doorCommand: ServiceHandler = (context) => {
  const terminal = boundTerminalOf(context);
  const command = context.fields.oneOf('opCode', DOOR_COMMANDS, true) ?? 'LOCK_DOOR';
  if (!terminal.inserted) return { data: { status: 0 } };
  const action = DOOR_ACTIONS[command];
  const outcome = !terminal.vehicle.condition.ignitionOn && context.doorCommandSucceeds() ? '成功' : '失败';
  const plate = terminal.vehicle.profile.plateNumber ?? terminal.esn;
  const uid = terminal.binding?.uid ?? '';
  const location = terminal.vehicle.condition.location;
  context.scheduleEvent((id, nowMs) => {
    const time = toUnixSeconds(nowMs);
    return {
      id,
      esn: terminal.esn,
      uid,
      type: action,
      time,
      location: [...location],
      text: `[${plate}] 于 [${formatChinaDateTime(time)}] 在 [${addressNear(location)}]附近 ${action}${outcome}`,
    };
  });
  return { data: { status: 1 } };
};
