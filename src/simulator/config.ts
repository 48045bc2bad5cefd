import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { faultPatchSchema, type FaultSettings } from './faults.ts';
import { optionSchemas, type SimulatorOptions } from './options.ts';
import type { Quirks } from './services/types.ts';

/**
 * Configuration of the standalone simulator (`npm run simulator`): command-line flags win over
 * environment variables, which win over the defaults. Every problem is reported by flag and variable.
 */

export const DEFAULT_STANDALONE_PORT = 4100;

export class SimulatorConfigError extends Error {}

type Kind = 'integer' | 'number' | 'text' | 'boolean' | 'list';

interface Setting {
  readonly flag: string;
  readonly env: string;
  readonly kind: Kind;
  readonly schema: z.ZodType;
  readonly apply: (options: StandaloneOptions, value: never) => void;
  readonly help: string;
}

type StandaloneOptions = SimulatorOptions & {
  faults: Partial<FaultSettings>;
  quirks: { -readonly [K in keyof Quirks]?: Quirks[K] };
  tlsFiles: { key?: string; cert?: string };
};

const faultField = faultPatchSchema.shape;

function setting<T>(
  flag: string,
  env: string,
  kind: Kind,
  schema: z.ZodType<T>,
  apply: (options: StandaloneOptions, value: T) => void,
  help: string,
): Setting {
  return { flag, env, kind, schema, apply: apply as Setting['apply'], help };
}

const SETTINGS: readonly Setting[] = [
  setting('port', 'SIMULATOR_PORT', 'integer', optionSchemas.port, (o, v) => (o.port = v), `port to listen on (default ${DEFAULT_STANDALONE_PORT}; 0 = any free port)`),
  setting('host', 'SIMULATOR_HOST', 'text', optionSchemas.host, (o, v) => (o.host = v), 'interface to listen on (default 127.0.0.1)'),
  setting('open-id', 'IAUTO_OPEN_ID', 'text', optionSchemas.openId, (o, v) => (o.openId = v), 'the partner openId to accept (default demo-open-id)'),
  setting('secure-code', 'IAUTO_SECURE_CODE', 'text', optionSchemas.secureCode, (o, v) => (o.secureCode = v), 'the shared secret (default demo-secure-code)'),
  setting('seed', 'SIMULATOR_SEED', 'integer', optionSchemas.seed, (o, v) => (o.seed = v), 'world seed (default 360)'),
  setting('terminals', 'SIMULATOR_TERMINALS', 'integer', optionSchemas.terminalCount, (o, v) => (o.terminalCount = v), 'number of terminals (default 20)'),
  setting('webhook-url', 'SIMULATOR_WEBHOOK_URL', 'text', optionSchemas.webhookUrl, (o, v) => (o.webhookUrl = v), 'partner URL that receives pushed events'),
  setting('event-delay-ms', 'SIMULATOR_EVENT_DELAY_MS', 'integer', optionSchemas.eventDelayMs, (o, v) => (o.eventDelayMs = v), 'delay between a door command and its event (default 1000)'),
  setting('latency-ms', 'SIMULATOR_LATENCY_MS', 'integer', faultField.latencyMs.unwrap(), (o, v) => (o.faults.latencyMs = v), 'added latency, ms'),
  setting('jitter-ms', 'SIMULATOR_JITTER_MS', 'integer', faultField.jitterMs.unwrap(), (o, v) => (o.faults.jitterMs = v), 'extra random latency up to this, ms'),
  setting('error-rate', 'SIMULATOR_ERROR_RATE', 'number', faultField.errorRate.unwrap(), (o, v) => (o.faults.errorRate = v), 'share of calls answered flag 0 "simulated upstream error" (0..1)'),
  setting('http5xx-rate', 'SIMULATOR_HTTP5XX_RATE', 'number', faultField.http5xxRate.unwrap(), (o, v) => (o.faults.http5xxRate = v), 'share of calls answered HTTP 503 (0..1)'),
  setting('malformed-rate', 'SIMULATOR_MALFORMED_RATE', 'number', faultField.malformedRate.unwrap(), (o, v) => (o.faults.malformedRate = v), 'share of calls answered with invalid JSON (0..1)'),
  setting('bad-record-rate', 'SIMULATOR_BAD_RECORD_RATE', 'number', faultField.badRecordRate.unwrap(), (o, v) => (o.faults.badRecordRate = v), `share of list records (trips, battery readings, brands, a brand tree's sub-brands) sent with their numbers as "?", and of tyre texts, condition and health check readings, fuel statistics figures and the numbers of the terminal status, a trip evaluation and the profile sent as "?" (0..1)`),
  setting('fault-services', 'SIMULATOR_FAULT_SERVICES', 'list', z.array(z.number().int().min(1000).max(9999)), (o, v) => (o.faults.services = v), 'comma-separated service numbers the faults apply to (default all)'),
  setting('battery-service', 'SIMULATOR_BATTERY_SERVICE', 'integer', optionSchemas.batteryService, (o, v) => (o.quirks.batteryService = v), 'service number of the battery history (default 1017)'),
  setting('err-as-number', 'SIMULATOR_ERR_AS_NUMBER', 'boolean', z.boolean(), (o, v) => (o.quirks.errAsNumber = v), 'send err as a number code'),
  setting('mobile-as-number', 'SIMULATOR_MOBILE_AS_NUMBER', 'boolean', z.boolean(), (o, v) => (o.quirks.mobileAsNumber = v), 'send 1001 mobile as a JSON number'),
  setting('paging-at-top-level', 'SIMULATOR_PAGING_AT_TOP_LEVEL', 'boolean', z.boolean(), (o, v) => (o.quirks.pagingAtTopLevel = v), 'put totalCount/page at the top level'),
  setting('reminders', 'SIMULATOR_REMINDERS', 'boolean', z.boolean(), (o, v) => (o.quirks.remindersEnabled = v), 'serve 1014 reminders instead of "service paused"'),
  setting('tls-cert-file', 'SIMULATOR_TLS_CERT_FILE', 'text', z.string().min(1), (o, v) => (o.tlsFiles.cert = v), 'serve HTTPS with this PEM certificate (with --tls-key-file)'),
  setting('tls-key-file', 'SIMULATOR_TLS_KEY_FILE', 'text', z.string().min(1), (o, v) => (o.tlsFiles.key = v), 'the PEM private key of --tls-cert-file'),
];

export function usage(): string {
  const lines = SETTINGS.map((s) => `  --${s.flag}${s.kind === 'boolean' ? '' : ' <value>'}`.padEnd(34) + `${s.env.padEnd(32)}${s.help}`);
  const header = `${'  flag'.padEnd(34)}${'environment variable'.padEnd(32)}meaning`;
  return `Usage: npm run simulator -- [flags]\n\n${header}\n${lines.join('\n')}\n${'  --help'.padEnd(66)}print this help`;
}

/** Reads flags and environment; returns the simulator options or throws SimulatorConfigError. */
export function loadSimulatorConfig(argv: readonly string[], env: NodeJS.ProcessEnv): { options: SimulatorOptions; help: boolean } {
  let flags: Record<string, string | boolean | undefined>;
  try {
    flags = parseArgs({
      args: [...argv],
      options: Object.fromEntries([
        ...SETTINGS.map((s) => [s.flag, { type: s.kind === 'boolean' ? 'boolean' : 'string' }] as const),
        ['help', { type: 'boolean', short: 'h' }] as const,
      ]),
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new SimulatorConfigError(`Invalid arguments: ${(error as Error).message}\n\n${usage()}`);
  }
  const options: StandaloneOptions = { port: DEFAULT_STANDALONE_PORT, faults: {}, quirks: {}, tlsFiles: {} };
  const problems: string[] = [];
  for (const s of SETTINGS) {
    const fromFlag = flags[s.flag];
    const raw = fromFlag ?? env[s.env];
    if (raw === undefined || raw === '') continue;
    const source = fromFlag === undefined ? s.env : `--${s.flag}`;
    const converted = convert(raw, s.kind);
    const parsed = s.schema.safeParse(converted);
    const problem = converted === undefined ? EXPECTED[s.kind] : parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message).join('; ');
    if (problem === undefined) s.apply(options, parsed.data as never);
    else problems.push(`  ${source}: ${problem} (got ${JSON.stringify(raw)})`);
  }
  const { tlsFiles, ...simulatorOptions } = options;
  if (tlsFiles.cert !== undefined || tlsFiles.key !== undefined) {
    if (tlsFiles.cert === undefined || tlsFiles.key === undefined) problems.push('  --tls-cert-file and --tls-key-file: give both or neither');
    else {
      try {
        simulatorOptions.tls = { cert: readFileSync(tlsFiles.cert, 'utf8'), key: readFileSync(tlsFiles.key, 'utf8') };
      } catch (error) {
        problems.push(`  --tls-cert-file/--tls-key-file: ${(error as Error).message}`);
      }
    }
  }
  if (problems.length > 0) throw new SimulatorConfigError(`Invalid simulator configuration:\n${problems.join('\n')}`);
  return { options: simulatorOptions, help: flags.help === true };
}

const EXPECTED: Readonly<Record<Kind, string>> = {
  integer: 'expected a whole number',
  number: 'expected a number',
  text: 'expected text',
  boolean: 'expected true or false (1/0, yes/no, on/off)',
  list: 'expected comma-separated service numbers such as 1011,1012',
};

/** The raw text as the setting's type; undefined when it cannot be read as that type. */
function convert(raw: string | boolean, kind: Kind): unknown {
  if (typeof raw === 'boolean') return raw;
  const text = raw.trim();
  switch (kind) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
    case 'boolean':
      return /^(1|true|yes|on)$/i.test(text) ? true : /^(0|false|no|off)$/i.test(text) ? false : undefined;
    case 'list': {
      const items = text.split(',').map((item) => item.trim());
      return items.every((item) => /^\d+$/.test(item)) ? items.map(Number) : undefined;
    }
    case 'text':
      return text;
  }
}
