import { z } from 'zod';
import { Random } from './random.ts';

/** Failure knobs applied to protocol requests after their signature has been verified. */
export interface FaultSettings {
  /** Added to every affected response, ms. */
  latencyMs: number;
  /** Extra random delay in [0, jitterMs], ms. */
  jitterMs: number;
  /** Share of affected calls answered `{"flag":0,"err":"simulated upstream error"}` (0..1). */
  errorRate: number;
  /** Share answered HTTP 503 with an HTML body (0..1). */
  http5xxRate: number;
  /** Share answered HTTP 200 with a body that is not valid JSON (0..1). */
  malformedRate: number;
  /** Share of the records of a list answer (trips, battery readings, …) sent with every number replaced by "?", and of 1019's tyre texts, 1011's and 1018's readings, 3001–3004's figures and 1001's, 1016's and 1021's numbers sent as "?" (0..1). */
  badRecordRate: number;
  /** Service numbers the faults apply to; null = every service. */
  services: number[] | null;
  /** Terminals the faults apply to (by the request's `esn`); null = every request. */
  esns: string[] | null;
}

export const DEFAULT_FAULTS: Readonly<FaultSettings> = {
  latencyMs: 0,
  jitterMs: 0,
  errorRate: 0,
  http5xxRate: 0,
  malformedRate: 0,
  badRecordRate: 0,
  services: null,
  esns: null,
};

const rate = z.number().min(0, 'must be at least 0').max(1, 'must be at most 1');
const milliseconds = z.number().int('must be a whole number of ms').min(0, 'must be at least 0').max(120_000, 'must be at most 120000');

/** A partial update of the fault settings, as accepted by POST /__sim/faults and the options. */
export const faultPatchSchema = z
  .strictObject({
    latencyMs: milliseconds,
    jitterMs: milliseconds,
    errorRate: rate,
    http5xxRate: rate,
    malformedRate: rate,
    badRecordRate: rate,
    services: z.array(z.number().int().min(1000).max(9999)).nullable(),
    esns: z.array(z.string().regex(/^\d{15,17}$/, 'an ESN is 15 to 17 digits')).nullable(),
  })
  .partial();

export class FaultSettingsError extends Error {}

/** Validates a partial update; throws FaultSettingsError naming each bad field. */
export function parseFaultPatch(input: unknown): Partial<FaultSettings> {
  const parsed = faultPatchSchema.safeParse(input);
  if (parsed.success) {
    return Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined)) as Partial<FaultSettings>;
  }
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  throw new FaultSettingsError(`invalid fault settings: ${problems.join('; ')}`);
}

export type FaultOutcome = 'none' | 'http5xx' | 'malformed' | 'error';

export interface FaultDecision {
  readonly delayMs: number;
  readonly outcome: FaultOutcome;
  /** Whether the next record of the answer's lists is to be sent broken (drawn per record); absent when none can be. */
  readonly badRecord?: () => boolean;
}

const NO_FAULT: FaultDecision = { delayMs: 0, outcome: 'none' };

/** Draws the faults of each call from its own seeded stream; a rate of 0 never fires and 1 always does. */
export class FaultInjector {
  private current: FaultSettings;
  private readonly random: Random;

  constructor(initial: Partial<FaultSettings>, seed: number) {
    this.current = { ...DEFAULT_FAULTS, ...parseFaultPatch(initial) };
    this.random = Random.derive(seed, 'faults');
  }

  get settings(): FaultSettings {
    return { ...this.current, services: this.current.services && [...this.current.services], esns: this.current.esns && [...this.current.esns] };
  }

  update(patch: unknown): FaultSettings {
    this.current = { ...this.current, ...parseFaultPatch(patch) };
    return this.settings;
  }

  /** The faults of one call to `service`, about terminal `esn` when the request names one. */
  decide(service: number, esn?: string): FaultDecision {
    const settings = this.current;
    if (settings.services !== null && !settings.services.includes(service)) return NO_FAULT;
    if (settings.esns !== null && (esn === undefined || !settings.esns.includes(esn))) return NO_FAULT;
    const delayMs = settings.latencyMs + (settings.jitterMs > 0 ? this.random.int(0, settings.jitterMs) : 0);
    const outcome: FaultOutcome = this.random.chance(settings.http5xxRate)
      ? 'http5xx'
      : this.random.chance(settings.malformedRate)
        ? 'malformed'
        : this.random.chance(settings.errorRate)
          ? 'error'
          : 'none';
    const { badRecordRate } = settings;
    return { delayMs, outcome, ...(badRecordRate > 0 ? { badRecord: () => this.random.chance(badRecordRate) } : {}) };
  }
}
