import { z } from 'zod';
import { DEFAULT_FAULTS, faultPatchSchema, parseFaultPatch, type FaultSettings } from './faults.ts';
import type { Quirks } from './services/types.ts';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings, webhookSettingsSchema } from './webhook.ts';

export interface SimulatorOptions {
  /** 0 = a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default `demo-open-id`. */
  openId?: string;
  /** Default `demo-secure-code`. */
  secureCode?: string;
  /** World seed, default 360. */
  seed?: number;
  /** Number of terminals, default 20. */
  terminalCount?: number;
  /** The clock, unix ms (default Date.now). The world is generated for its value at start. */
  now?: () => number;
  faults?: Partial<FaultSettings>;
  /** Partner endpoint for pushed events; none = events are only logged. */
  webhookUrl?: string;
  /** Delay between a 5001 command and its event, ms; default 1000 (the same as `webhook.doorOutcomeDelayMs`). */
  eventDelayMs?: number;
  /** Knobs of the event push: spontaneous event rate, door success rate, redelivery, batching, reordering, bad signatures. */
  webhook?: Partial<WebhookSettings>;
  /** Id of the first pushed event; default 1001. */
  firstEventId?: bigint | number;
  /** Largest accepted |envelope time − clock|, ms; default 300000 (5 min). */
  maxClockSkewMs?: number;
  /** Plans the partner holds; undefined = every plan is usable. */
  billingPlans?: number[];
  quirks?: Partial<Quirks>;
  /** Serve HTTPS with this PEM key and certificate (like the real service's self-issued one); default plain HTTP. */
  tls?: { key: string; cert: string };
}

export interface ResolvedOptions {
  readonly port: number;
  readonly host: string;
  readonly openId: string;
  readonly secureCode: string;
  readonly seed: number;
  readonly terminalCount: number;
  readonly now: () => number;
  readonly faults: FaultSettings;
  readonly webhookUrl: string | undefined;
  readonly eventDelayMs: number;
  readonly webhook: WebhookSettings;
  readonly firstEventId: bigint;
  readonly maxClockSkewMs: number;
  readonly billingPlans: readonly number[] | null;
  readonly quirks: Quirks;
  readonly tls: { key: string; cert: string } | undefined;
}

export const DEFAULT_OPEN_ID = 'demo-open-id';
export const DEFAULT_SECURE_CODE = 'demo-secure-code';
export const DEFAULT_SEED = 360;
export const DEFAULT_TERMINAL_COUNT = 20;
export const DEFAULT_EVENT_DELAY_MS = 1000;

/** Field schemas shared by the in-process options and the standalone entry's environment and flags. */
export const optionSchemas = {
  port: z.number().int().min(0).max(65535),
  host: z.string().min(1),
  openId: z.string().min(1).regex(/^[^/\s]+$/, 'must not contain "/" or spaces'),
  secureCode: z.string().min(1),
  seed: z.number().int().min(0).max(2 ** 32 - 1),
  terminalCount: z.number().int().min(1).max(10_000),
  webhookUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  eventDelayMs: z.number().int().min(0).max(600_000),
  maxClockSkewMs: z.number().int().min(0),
  batteryService: z.number().int().min(1000).max(9999),
};

const optionsSchema = z.object({
  port: optionSchemas.port.default(0),
  host: optionSchemas.host.default('127.0.0.1'),
  openId: optionSchemas.openId.default(DEFAULT_OPEN_ID),
  secureCode: optionSchemas.secureCode.default(DEFAULT_SECURE_CODE),
  seed: optionSchemas.seed.default(DEFAULT_SEED),
  terminalCount: optionSchemas.terminalCount.default(DEFAULT_TERMINAL_COUNT),
  faults: faultPatchSchema.default({}),
  webhookUrl: optionSchemas.webhookUrl.optional(),
  eventDelayMs: optionSchemas.eventDelayMs.default(DEFAULT_EVENT_DELAY_MS),
  webhook: webhookSettingsSchema.partial().default({}),
  firstEventId: z.union([z.bigint().min(0n), z.number().int().min(0)]).default(1001),
  maxClockSkewMs: optionSchemas.maxClockSkewMs.default(300_000),
  billingPlans: z.array(z.number().int().min(0)).optional(),
  tls: z.object({ key: z.string().min(1), cert: z.string().min(1) }).optional(),
  quirks: z
    .strictObject({
      errAsNumber: z.boolean().default(false),
      mobileAsNumber: z.boolean().default(false),
      pagingAtTopLevel: z.boolean().default(false),
      batteryService: optionSchemas.batteryService.default(1017),
      remindersEnabled: z.boolean().default(false),
    })
    .default({ errAsNumber: false, mobileAsNumber: false, pagingAtTopLevel: false, batteryService: 1017, remindersEnabled: false }),
});

/** Applies defaults and checks every option; throws an Error listing each invalid option. */
export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const { now, ...rest } = options;
  const parsed = optionsSchema.safeParse(rest);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid simulator options: ${problems.join('; ')}`);
  }
  const value = parsed.data;
  return {
    ...value,
    webhookUrl: value.webhookUrl,
    now: now ?? Date.now,
    faults: { ...DEFAULT_FAULTS, ...parseFaultPatch(value.faults) },
    firstEventId: BigInt(value.firstEventId),
    webhook: { ...DEFAULT_WEBHOOK_SETTINGS, doorOutcomeDelayMs: value.eventDelayMs, ...value.webhook },
    billingPlans: value.billingPlans ?? null,
    tls: value.tls,
  };
}
