import { fail } from '../errors.ts';
import { ESN_PATTERN } from '../../domain/esn.ts';
import { ESN_EXPECTED, type RequestFields } from '../fields.ts';
import type { Terminal } from '../fleet.ts';
import type { EventRecord } from '../webhook.ts';
import type { World } from '../world.ts';

/** Wire variants (docs/upstream.md §7) that the simulator can emit. */
export interface Quirks {
  /** `err` as a number (the error code) instead of a string (ambiguity 1). */
  readonly errAsNumber: boolean;
  /** 1001 `mobile` as a JSON number, as in the vendor example (ambiguity 7). */
  readonly mobileAsNumber: boolean;
  /** 1012/1014 `totalCount` and `page` at the top level of the envelope instead of inside `data` (ambiguity 2). */
  readonly pagingAtTopLevel: boolean;
  /** Service number of the battery history: 1017 (public doc) or 1016 (seed), ambiguity 3. */
  readonly batteryService: number;
  /** Serve 1014 reminders in the example's shape instead of `service paused` (ambiguity 21). */
  readonly remindersEnabled: boolean;
}

export interface ServiceContext {
  readonly world: World;
  readonly fields: RequestFields;
  readonly quirks: Quirks;
  /** The simulator's clock at the request, unix ms. */
  readonly nowMs: number;
  /** Queues a pushed event; `build` runs when the event happens, with its id and the time. */
  readonly scheduleEvent: (build: (id: bigint, nowMs: number) => EventRecord) => void;
  /** Draws whether a door command succeeds (the doorSuccessRate knob). */
  readonly doorCommandSucceeds: () => boolean;
}

export interface ServiceReply {
  /** The response `data`; bigint and ExactInteger values are written as exact JSON integers. */
  readonly data: Record<string, unknown>;
  /** Paging of 1012/1014, placed inside `data` or at the top level depending on the quirk. */
  readonly paging?: { readonly totalCount: number; readonly page: number };
  /**
   * Fields of `data` the gateway checks one by one, as it does a list's `records` (1019's tyre
   * texts, 1011's and 1018's readings, 3001–3004's figures, 1001's, 1016's and 1021's numbers): the
   * badRecordRate fault breaks each one sent on its own.
   */
  readonly separateFields?: readonly string[];
}

export type ServiceHandler = (context: ServiceContext) => ServiceReply;

/** The terminal named by `data.esn`; fails with `unknown ESN` when there is none. */
export function terminalOf(context: ServiceContext): Terminal {
  const esn = context.fields.requiredString('esn', ESN_PATTERN, ESN_EXPECTED);
  const terminal = context.world.terminal(esn);
  if (!terminal) throw fail.unknownEsn(esn);
  return terminal;
}

/** The terminal named by `data.esn`, which must be bound: vehicle data exists only for bound terminals. */
export function boundTerminalOf(context: ServiceContext): Terminal {
  const terminal = terminalOf(context);
  if (!terminal.binding) throw fail.notBound();
  return terminal;
}
