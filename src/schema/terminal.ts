import { denial } from '../auth/authorize.ts';
import type { Context } from '../context.ts';
import { type TerminalStatus as TerminalStatusValue, decodeTerminalStatus } from '../domain/terminal-status.ts';
import { badUserInput, readingOrThrow as reading } from '../errors.ts';
import { builder } from './builder.ts';
import { BindStatus } from './enums.ts';
import { defineNode } from './node.ts';
import { ESN_FORMAT, esnArgumentDescription, esnListSizeRule, esnRule } from './validation.ts';

/** A terminal is addressed by its ESN; its status (1001) is fetched only when a field needs it. */
export interface TerminalRef {
  esn: string;
}
/** The vehicle a terminal is fitted to, addressed by the terminal's ESN. */
export interface VehicleRef {
  esn: string;
}

export const Terminal = builder.objectRef<TerminalRef>('Terminal');

/**
 * The one step that turns an ESN a client asked for into a terminal: every root entry point that
 * takes ESNs goes through it, one ESN at a time, so a refusal (a malformed ESN here; an ESN the
 * principal may not reach: FORBIDDEN) nulls only that item, with its code at
 * its own path. `argument` names the offending argument in the error, e.g. `esns.3`.
 */
export function resolveTerminal(esn: string, argument: string, context: Context): TerminalRef {
  const checked = esnRule.safeParse(esn);
  if (!checked.success) throw badUserInput(checked.error.issues.map((issue) => ({ message: issue.message, path: [argument] })));
  const denied = denial(context.principal, 'read', esn);
  if (denied) throw denied;
  return { esn };
}

/** `resolveTerminal` for each ESN of a list: a promise per item, so one refused ESN fails alone. */
export function resolveTerminals(esns: readonly string[], argument: string, context: Context): Array<Promise<TerminalRef>> {
  return esns.map(async (esn, index) => resolveTerminal(esn, `${argument}.${index}`, context));
}
export const Vehicle = builder.objectRef<VehicleRef>('Vehicle');

defineNode(Terminal, {
  description: 'The opaque, stable global id of this terminal (it stands for its ESN).',
  key: (terminal) => terminal.esn,
  load: async (esn, argument, context) => resolveTerminal(esn, argument, context),
});
defineNode(Vehicle, {
  description: "The opaque, stable global id of this vehicle (it stands for its terminal's ESN).",
  key: (vehicle) => vehicle.esn,
  load: async (esn, argument, context) => resolveTerminal(esn, argument, context),
});

/*
 * Apollo Federation entities, keyed by ESN. A reference costs no upstream call: it goes through
 * the same per-item step as `terminals(esns:)`, and the fields the router then asks for share
 * the request's loader, so a batch of representations is fetched like a batch of ESNs.
 */
builder.asEntity(Terminal, {
  key: builder.selection<{ esn: string }>('esn'),
  resolveReference: async (reference, context) => resolveTerminal(reference.esn, 'esn', context),
});
builder.asEntity(Vehicle, {
  key: builder.selection<{ esn: string }>('esn'),
  resolveReference: async (reference, context) => resolveTerminal(reference.esn, 'esn', context),
});

/** The terminal's status (1001): one call of the request's loader for every field that asks. */
async function terminalStatus(terminal: TerminalRef, context: Context): Promise<TerminalStatusValue> {
  return decodeTerminalStatus(await context.upstream.read(1001, { esn: terminal.esn }));
}

Terminal.implement({
  description:
    'An iauto360 OBD terminal (the box in the diagnostic port), identified by its ESN. Status fields come from the terminal status service, each checked on its own: one iauto360 sent garbled is null with UPSTREAM_BAD_RESPONSE at its own path, the others kept; `vehicle` leads to the data it collects.',
  fields: (t) => ({
    esn: t.exposeString('esn', { nullable: false, description: `The terminal serial number (ESN), ${ESN_FORMAT}.` }),
    bindStatus: t.field({
      type: BindStatus,
      description: 'Whether the terminal is bound to a user.',
      resolve: async (terminal, _args, context) => reading((await terminalStatus(terminal, context)).bindStatus),
    }),
    bound: t.boolean({
      description: 'True while the terminal is bound to a user (the same fact as `bindStatus`, and null with it).',
      resolve: async (terminal, _args, context) => reading((await terminalStatus(terminal, context)).bound),
    }),
    pluggedIn: t.boolean({
      description: 'True when the terminal sits in the OBD port; false when unplugged; null when not reported.',
      resolve: async (terminal, _args, context) => reading((await terminalStatus(terminal, context)).pluggedIn),
    }),
    lastActiveAt: t.field({
      type: 'DateTime',
      description: 'When the terminal last sent data.',
      resolve: async (terminal, _args, context) => reading((await terminalStatus(terminal, context)).lastActiveAt),
    }),
    mobile: t.string({
      description: 'The mobile number the terminal is bound to, if any.',
      resolve: async (terminal, _args, context) => reading((await terminalStatus(terminal, context)).mobile),
    }),
    plateNumber: t.string({
      description: 'The licence plate of the bound vehicle, e.g. 粤A12345.',
      resolve: async (terminal, _args, context) => reading((await terminalStatus(terminal, context)).plateNumber),
    }),
    vehicle: t.field({
      type: Vehicle,
      description:
        'The vehicle this terminal is fitted to. Asking for it costs no upstream call; its data exists only while the terminal is bound, and for an unbound terminal its fields fail with UPSTREAM_REJECTED. Nullable so that a refusal of the vehicle stays at this path.',
      resolve: (terminal) => ({ esn: terminal.esn }),
    }),
  }),
});

Vehicle.implement({
  description: 'A vehicle with an iauto360 terminal: its profile, latest condition, trips, diagnostics and fuel statistics.',
  fields: (t) => ({
    esn: t.exposeString('esn', { nullable: false, description: "The ESN of the vehicle's terminal." }),
    terminal: t.field({
      type: Terminal,
      nullable: false,
      description: "The vehicle's terminal.",
      resolve: (vehicle) => ({ esn: vehicle.esn }),
    }),
  }),
});

builder.queryFields((t) => {
  /** The ESN list of the batch entry points, `terminals` and `vehicles`. */
  const esnListArgument = () =>
    t.arg.stringList({
      required: true,
      description: `Terminal serial numbers, 1 to 100 (else the whole list is refused). One that is not ${ESN_FORMAT} nulls only its own item, with BAD_USER_INPUT.`,
      validate: esnListSizeRule,
    });
  return {
    terminal: t.field({
      type: Terminal,
      description:
        'A terminal by ESN. Costs no upstream call by itself; each field fetches only what it needs. Null, with a coded error at `terminal`, when the ESN is refused (BAD_USER_INPUT for a malformed one).',
      args: { esn: t.arg.string({ required: true, description: esnArgumentDescription('The terminal serial number (ESN)') }) },
      resolve: (_root, args, context) => resolveTerminal(args.esn, 'esn', context),
    }),
    terminals: t.field({
      type: [Terminal],
      nullable: { list: false, items: true },
      description:
        'Several terminals at once, in the order asked (repeats included): the batch entry point for fleet dashboards and schema stitching. Upstream calls are shared across the whole list. Each ESN stands alone: a refused one (BAD_USER_INPUT for a malformed ESN) gives `null` at its own index, with its coded error at `terminals.<index>`, and the other items keep their data.',
      args: {
        esns: esnListArgument(),
      },
      resolve: (_root, args, context) => resolveTerminals(args.esns, 'esns', context),
    }),
    myTerminals: t.field({
      type: [Terminal],
      nullable: false,
      description:
        "The terminals the caller may reach, to list a fleet without knowing its ESNs: a principal's own terminals, or for one that may reach every terminal (an open gateway) the gateway's configured fleet (FLEET_ESNS; with the embedded simulator, its whole world). iauto360 has no service that lists an account's terminals, so the list is the gateway's. Costs no upstream call by itself.",
      resolve: (_root, _args, context) =>
        (context.principal.esns === '*' ? context.fleetEsns : [...context.principal.esns]).map((esn) => ({ esn })),
    }),
    vehicles: t.field({
      type: [Vehicle],
      nullable: { list: false, items: true },
      description:
        "Several vehicles at once by their terminals' ESNs, in the order asked (repeats included): the Vehicle batch entry point (for schema stitching, say). Each ESN stands alone, as in `terminals`: a refused one gives `null` with its coded error at `vehicles.<index>`.",
      args: {
        esns: esnListArgument(),
      },
      resolve: (_root, args, context) => resolveTerminals(args.esns, 'esns', context),
    }),
  };
});
