import { randomUUID } from 'node:crypto';
import { badUserInput } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { UpstreamError, UpstreamHttpError, UpstreamTimeoutError, UpstreamUnavailableError } from '../upstream/errors.ts';
import { DOOR_EVENT_WIRE_TYPE, type StoredEvent, decodeEventDetails, eventTypeOf } from './event.ts';
import type { DoorCommandAction, DoorCommandRecord, DoorCommandState, EventStore } from './store.ts';

/** How long an idempotency key keeps returning its command. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;

const AWAITING: readonly DoorCommandState[] = ['SENT', 'ACCEPTED', 'UNKNOWN'];
const POLL_MS = 500;
/** IAUTO_TIMEOUT_MS's default: how long a 5001 call may take. */
const DEFAULT_SEND_TIMEOUT_MS = 10_000;

const EVENT_NAME: Record<DoorCommandAction, string> = { LOCK_DOOR: 'DOOR_LOCKED (关锁)', UNLOCK_DOOR: 'DOOR_UNLOCKED (开锁)' };
/** The mutation that sends each action, as a client knows it (the wire's opCode is not its business). */
const MUTATION_NAME: Record<DoorCommandAction, string> = { LOCK_DOOR: 'lockDoors', UNLOCK_DOOR: 'unlockDoors' };
const VERB: Record<DoorCommandAction, string> = { LOCK_DOOR: 'locking', UNLOCK_DOOR: 'unlocking' };

/**
 * True once the command will not change any more: exactly when it has a `completedAt` (every
 * final state sets it; an awaiting command gets it when its window closes, see `settleTimeout`).
 */
export function isFinal(command: DoorCommandRecord): boolean {
  return command.completedAt !== null || !AWAITING.includes(command.state);
}

export interface DoorCommandsOptions {
  store: EventStore;
  /** How long after acceptance the outcome event may arrive (DOOR_COMMAND_TIMEOUT_SECONDS). */
  timeoutMs: number;
  /**
   * The most the gateway waits for 5001's answer (IAUTO_TIMEOUT_MS). A command still SENT this
   * long plus `timeoutMs` after it was sent was left by a gateway that stopped before recording
   * the answer: it is then completed as UNKNOWN. Default: 10 s.
   */
  sendTimeoutMs?: number;
  logger: Logger;
  now?: () => number;
}

/**
 * How long before a command was sent its outcome event may say it happened (the event's own
 * `time`): iauto360's clock and the gateway's may differ by that much. An event older than that is
 * not the command's outcome, whenever it arrives: pushed late for an earlier command, or replayed
 * after its id left the store (the push's signature carries no time of its own).
 */
export const EVENT_CLOCK_TOLERANCE_MS = 5 * 60_000;

/**
 * Door commands as objects with a known outcome (see docs/events.md): logged before 5001 is
 * called, idempotent per principal and key, settled by the matching 开锁/关锁 event.
 *
 * Correlation rule: a door event settles the oldest command of the same terminal and action that
 * still awaits its outcome, was sent at or before the event was received (and not long after the
 * event says it happened, EVENT_CLOCK_TOLERANCE_MS), and whose window (acceptance, or sending when
 * 5001's answer is unknown, plus the timeout) has not closed.
 */
export class DoorCommands {
  private readonly now: () => number;

  constructor(private readonly options: DoorCommandsOptions) {
    this.now = options.now ?? Date.now;
  }

  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  /**
   * Returns the command already logged under this principal and key, or logs a new one and
   * sends it once through `send5001` (never retried).
   */
  async send(
    request: { principal: string; idempotencyKey: string; esn: string; action: DoorCommandAction },
    send5001: () => Promise<{ status: number }>,
    /** Gives where a failed send is logged (asked only then): the request's logger (requestLogger), so the line carries its id. */
    logger: () => Logger = () => this.options.logger,
  ): Promise<DoorCommandRecord> {
    const { commands } = this.options.store;
    const candidate: DoorCommandRecord = {
      id: randomUUID(),
      ...request,
      state: 'SENT',
      requestedAt: this.now(),
      acceptedAt: null,
      completedAt: null,
      outcomeEventId: null,
      message: 'Being sent to iauto360.',
    };
    const { command, created } = await commands.createOrGet(candidate, IDEMPOTENCY_WINDOW_MS);
    if (!created) {
      // A key stands for one intended command: the same key for another terminal or action is a
      // client's mistake, which answering the earlier command would hide (the lock asked for not sent).
      if (command.esn !== request.esn || command.action !== request.action) throw keyReused(command);
      return this.settleTimeout(command);
    }

    let status: number;
    try {
      ({ status } = await send5001());
    } catch (error) {
      const settled = unknownOrRejected(error, command.action, this.now());
      logger().warn({ commandId: command.id, esn: command.esn, state: settled.state }, 'door command: 5001 failed');
      return (await commands.transition(command.id, ['SENT'], settled)) ?? (await this.get(command.id))!;
    }
    if (status !== 1) {
      const rejected = { state: 'REJECTED' as const, completedAt: this.now(), message: 'iauto360 did not accept the command (status 0, e.g. the terminal is unplugged or offline). Nothing was done.' };
      return (await commands.transition(command.id, ['SENT'], rejected)) ?? (await this.get(command.id))!;
    }
    const accepted = await commands.transition(command.id, ['SENT'], {
      state: 'ACCEPTED',
      acceptedAt: this.now(),
      message: `Accepted by iauto360 and on its way to the car; waiting up to ${this.timeoutMs / 1000} s for the ${EVENT_NAME[command.action]} event with the outcome.`,
    });
    if (accepted) await this.correlateReceived(accepted);
    return (await this.get(command.id))!;
  }

  /** The command with its timeout applied; null when unknown. */
  async get(id: string): Promise<DoorCommandRecord | null> {
    const command = await this.options.store.commands.get(id);
    return command && this.settleTimeout(command);
  }

  /** Settles waiting commands with newly stored door events. */
  async onEventsStored(events: readonly StoredEvent[]): Promise<void> {
    for (const event of events) {
      const type = eventTypeOf(event.wireType);
      if (type !== 'DOOR_LOCKED' && type !== 'DOOR_UNLOCKED') continue;
      const action: DoorCommandAction = type === 'DOOR_LOCKED' ? 'LOCK_DOOR' : 'UNLOCK_DOOR';
      const waiting = await this.options.store.commands.awaitingOutcome(event.esn, action);
      for (const command of waiting) {
        if (!this.inWindow(command, event.receivedAt)) {
          await this.settleTimeout(command);
          continue;
        }
        if (await this.settleWith(command, event)) break;
      }
    }
  }

  /** The command's states from now until a final one (polled, and woken by door events of its terminal). */
  async *watch(id: string, signal: AbortSignal): AsyncGenerator<DoorCommandRecord> {
    let wake: (() => void) | undefined;
    const unsubscribe = this.options.store.subscribe((event) => {
      if (eventTypeOf(event.wireType).startsWith('DOOR_')) wake?.();
    });
    const onAbort = () => wake?.();
    signal.addEventListener('abort', onAbort);
    try {
      let last: string | undefined;
      while (!signal.aborted) {
        const command = await this.get(id);
        if (!command) return;
        const snapshot = JSON.stringify(command);
        if (snapshot !== last) {
          last = snapshot;
          yield command;
        }
        if (isFinal(command)) return;
        // Wake just after the window closes too, so the final state is delivered without a poll's delay.
        const untilClosed = (command.state === 'SENT' ? this.abandonedAt(command) : this.deadlineOf(command)) + 1 - this.now();
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.max(0, Math.min(POLL_MS, untilClosed))).unref();
        });
        wake = undefined;
      }
    } finally {
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** The end of the window in which the outcome event may arrive: acceptance, or sending when 5001's answer is unknown, plus the timeout. */
  private deadlineOf(command: DoorCommandRecord): number {
    return (command.acceptedAt ?? command.requestedAt) + this.timeoutMs;
  }

  /** When a command still SENT was surely abandoned: its 5001 call has ended, and so has the window an event could have come in. */
  private abandonedAt(command: DoorCommandRecord): number {
    return command.requestedAt + (this.options.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS) + this.timeoutMs;
  }

  private inWindow(command: DoorCommandRecord, receivedAt: number): boolean {
    return receivedAt >= command.requestedAt && receivedAt <= this.deadlineOf(command);
  }

  /** An outcome event may beat 5001's answer: look for one received since the command was sent. */
  private async correlateReceived(command: DoorCommandRecord): Promise<void> {
    const candidates = await this.options.store.readBackward({
      esn: command.esn,
      types: new Set([eventTypeOf(DOOR_EVENT_WIRE_TYPE[command.action])]),
      receivedFrom: command.requestedAt,
      limit: 20,
    });
    for (const event of candidates.reverse()) {
      if (await this.settleWith(command, event)) return;
    }
  }

  private async settleWith(command: DoorCommandRecord, event: StoredEvent): Promise<boolean> {
    const { commands } = this.options.store;
    if (event.time * 1000 < command.requestedAt - EVENT_CLOCK_TOLERANCE_MS) {
      this.options.logger.warn(
        { commandId: command.id, eventId: event.id, eventTime: event.time, requestedAt: command.requestedAt },
        'door command: a door event that happened before the command was sent is not its outcome',
      );
      return false;
    }
    if (!(await commands.claimOutcomeEvent(event.id, command.id))) return false;
    const details = decodeEventDetails(event);
    const outcome = details.family === 'DOOR' ? details.outcome : 'UNKNOWN';
    const state: DoorCommandState = outcome;
    const message =
      outcome === 'SUCCEEDED'
        ? `The car reported ${VERB[command.action]} succeeded (event ${event.id}).`
        : outcome === 'FAILED'
          ? `The car reported ${VERB[command.action]} failed (event ${event.id}); see its text for why.`
          : `The outcome event ${event.id} arrived but its text says neither success nor failure.`;
    try {
      const settled = await commands.transition(command.id, AWAITING, {
        state,
        acceptedAt: command.acceptedAt ?? event.receivedAt,
        completedAt: event.receivedAt,
        outcomeEventId: event.id,
        message,
      });
      return settled !== null;
    } catch (error) {
      // Another command holds this event (a concurrent claim): leave this one waiting.
      this.options.logger.debug({ err: error, commandId: command.id }, 'door command: outcome event already taken');
      return false;
    }
  }

  /**
   * A command whose window closed without an outcome event becomes final: ACCEPTED turns
   * TIMED_OUT; UNKNOWN stays UNKNOWN (whether it was applied is still unknown) but is completed.
   * A command still SENT long after its 5001 call must have ended (the gateway that sent it
   * stopped before recording the answer) becomes UNKNOWN, completed.
   */
  private async settleTimeout(command: DoorCommandRecord): Promise<DoorCommandRecord> {
    if (command.completedAt !== null) return command;
    const seconds = this.timeoutMs / 1000;
    if (command.state === 'SENT') {
      const abandonedAt = this.abandonedAt(command);
      if (this.now() <= abandonedAt) return command;
      const abandoned = await this.options.store.commands.transition(command.id, ['SENT'], {
        state: 'UNKNOWN',
        completedAt: abandonedAt,
        message: `The gateway stopped before it recorded iauto360's answer to this command, and no ${EVENT_NAME[command.action]} event arrived: it may or may not have been applied, and the doors' state is unknown. This is final. Check the vehicle's events before sending another command.`,
      });
      return abandoned ?? (await this.options.store.commands.get(command.id)) ?? command;
    }
    if (command.state !== 'ACCEPTED' && command.state !== 'UNKNOWN') return command;
    const deadline = this.deadlineOf(command);
    if (this.now() <= deadline) return command;
    const settled = await this.options.store.commands.transition(
      command.id,
      [command.state],
      command.state === 'ACCEPTED'
        ? {
            state: 'TIMED_OUT',
            completedAt: deadline,
            message: `No ${EVENT_NAME[command.action]} event arrived within ${seconds} s of acceptance: the doors' state is unknown. Check the vehicle's events before sending another command.`,
          }
        : {
            completedAt: deadline,
            message: `iauto360 did not answer the command clearly and no ${EVENT_NAME[command.action]} event arrived within ${seconds} s of sending it: it may or may not have been applied, and the doors' state is unknown. This is final. Check the vehicle's events before sending another command.`,
          },
    );
    return settled ?? (await this.options.store.commands.get(command.id)) ?? command;
  }
}

/** The refusal of a key already used for another command: nothing is sent (BAD_USER_INPUT at `idempotencyKey`). */
function keyReused(command: DoorCommandRecord): Error {
  return badUserInput([
    {
      path: ['idempotencyKey'],
      message: `already used within 24 h for another command (${MUTATION_NAME[command.action]} of terminal ${command.esn}, command ${command.id}); nothing was sent: give each intended command a key of its own`,
    },
  ]);
}

/** A 5001 that failed: REJECTED when it surely did not reach iauto360, UNKNOWN when it may have. */
function unknownOrRejected(error: unknown, action: DoorCommandAction, now: number) {
  const reachedUpstream =
    (error instanceof UpstreamTimeoutError && error.phase !== 'connect') ||
    error instanceof UpstreamHttpError ||
    (error instanceof UpstreamUnavailableError && !/ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(error.message)) ||
    !(error instanceof UpstreamError);
  if (reachedUpstream) {
    return {
      state: 'UNKNOWN' as const,
      message: `iauto360 did not answer the command clearly (${error instanceof UpstreamError ? error.message : 'no answer'}): it may or may not have been applied. Do not resend it blindly: wait for the ${EVENT_NAME[action]} event (it settles this command) or look at the vehicle's events.`,
    };
  }
  const reason = error instanceof UpstreamError ? error.message : 'unknown error';
  return { state: 'REJECTED' as const, completedAt: now, message: `The command was not accepted (${reason}). Nothing was done.` };
}
