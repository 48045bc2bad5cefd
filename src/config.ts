import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_MAX_CONNECTIONS } from './upstream/client.ts';
import { esnRule } from './schema/validation.ts';

/** Text with surrounding blanks removed; a blank value means "unset". */
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/** A decimal integer within [min, max], or undefined when unset or blank. Hex, signs out of range, fractions and words are refused. */
const optionalInteger = (min: number, max: number) => {
  const message = `must be a decimal integer from ${min} to ${max}`;
  return optionalText.pipe(
    z
      .string()
      .regex(/^-?\d{1,16}$/, message)
      .transform(Number)
      .pipe(z.number().int().min(min, message).max(max, message))
      .optional(),
  );
};

/** As `optionalInteger`, with the default used when the variable is unset or blank. */
const integer = (fallback: number, min: number, max: number) => optionalInteger(min, max).transform((value) => value ?? fallback);

/** One of the given words; blank means the default. */
const choice = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  optionalText.pipe(z.enum(values, { error: `must be one of ${values.join(', ')}` }).optional()).transform((value) => value ?? fallback);

// --- Security (authentication, CORS, GraphiQL, operation limits, upstream cost, rate limits) ---
const optionalFlag = optionalText.pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).optional()).transform((value) => (value === undefined ? undefined : value === 'true'));
const securityEnvironment = {
  AUTH_API_KEYS_FILE: optionalText,
  AUTH_JWT_JWKS_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional()),
  AUTH_JWT_PUBLIC_KEY_FILE: optionalText,
  AUTH_JWT_ISSUER: optionalText,
  AUTH_JWT_AUDIENCE: optionalText,
  AUTH_JWT_ESNS_CLAIM: optionalText.transform((value) => value ?? 'esns'),
  AUTH_DISABLED: optionalFlag,
  CORS_ORIGINS: optionalText,
  GRAPHIQL: optionalFlag,
  MAX_REQUEST_BYTES: integer(100 * 1024, 1024, 64 * 1024 * 1024),
  MAX_TOKENS: integer(1000, 10, 100_000),
  MAX_DEPTH: integer(12, 2, 100),
  MAX_ALIASES: integer(30, 0, 10_000),
  MAX_DIRECTIVES: integer(20, 0, 10_000),
  MAX_UPSTREAM_COST: integer(2500, 1, 10_000_000),
  UPSTREAM_COST_EXTENSION: optionalFlag.transform((value) => value ?? true),
  RATE_LIMIT_REQUESTS_PER_MINUTE: integer(600, 1, 10_000_000),
  RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: integer(6000, 1, 100_000_000),
  MAX_SUBSCRIPTIONS_PER_PRINCIPAL: integer(100, 1, 1_000_000),
};

export interface SecurityConfig {
  auth: {
    /** AUTH_DISABLED=true: run open although real credentials are configured. */
    disabled: boolean;
    apiKeysFile?: string;
    jwt?: { jwksUrl?: string; publicKeyFile?: string; issuer?: string; audience?: string; esnsClaim: string };
  };
  /** Origins allowed cross-origin access; none by default. */
  corsOrigins: string[];
  /** Serve GraphiQL at GET /graphql. */
  graphiql: boolean;
  limits: { maxRequestBytes: number; maxTokens: number; maxDepth: number; maxAliases: number; maxDirectives: number };
  /** Refuse an operation whose estimated upstream calls exceed this, before any call. */
  maxUpstreamCost: number;
  /** Add `extensions.upstreamCost` to every response. */
  upstreamCostExtension: boolean;
  /** Per principal; shared through REDIS_URL when it is set, under REDIS_KEY_PREFIX (one deployment's budgets). */
  rateLimits: { requestsPerMinute: number; upstreamCallsPerMinute: number; redisUrl?: string; redisKeyPrefix: string };
  /** Subscriptions one principal may have open at once on this instance, over every transport together. */
  maxSubscriptionsPerPrincipal: number;
}

function securityConfig(
  env: z.output<z.ZodObject<typeof securityEnvironment>>,
  realUpstream: boolean,
  redis: { url: string | undefined; keyPrefix: string },
): SecurityConfig {
  const jwtKey = env.AUTH_JWT_JWKS_URL ?? env.AUTH_JWT_PUBLIC_KEY_FILE;
  return {
    auth: {
      disabled: env.AUTH_DISABLED ?? false,
      apiKeysFile: env.AUTH_API_KEYS_FILE,
      jwt:
        jwtKey === undefined
          ? undefined
          : {
              jwksUrl: env.AUTH_JWT_JWKS_URL,
              publicKeyFile: env.AUTH_JWT_PUBLIC_KEY_FILE,
              issuer: env.AUTH_JWT_ISSUER,
              audience: env.AUTH_JWT_AUDIENCE,
              esnsClaim: env.AUTH_JWT_ESNS_CLAIM,
            },
    },
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    graphiql: env.GRAPHIQL ?? !realUpstream,
    limits: {
      maxRequestBytes: env.MAX_REQUEST_BYTES,
      maxTokens: env.MAX_TOKENS,
      maxDepth: env.MAX_DEPTH,
      maxAliases: env.MAX_ALIASES,
      maxDirectives: env.MAX_DIRECTIVES,
    },
    maxUpstreamCost: env.MAX_UPSTREAM_COST,
    upstreamCostExtension: env.UPSTREAM_COST_EXTENSION,
    rateLimits: {
      requestsPerMinute: env.RATE_LIMIT_REQUESTS_PER_MINUTE,
      upstreamCallsPerMinute: env.RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE,
      redisUrl: redis.url,
      redisKeyPrefix: redis.keyPrefix,
    },
    maxSubscriptionsPerPrincipal: env.MAX_SUBSCRIPTIONS_PER_PRINCIPAL,
  };
}
// --- end of security ---

// --- Tracing: the OpenTelemetry variables an OTLP exporter is configured with (OTLP/HTTP, JSON bodies) ---
const otlpUrl = optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional());
/** `key=value` pairs separated by commas, values percent-encoded (the OTEL_EXPORTER_OTLP_HEADERS format). */
const otlpHeaders = optionalText.transform((value, context) => {
  const headers: Record<string, string> = {};
  for (const pair of (value ?? '').split(',')) {
    if (pair.trim() === '') continue;
    const equals = pair.indexOf('=');
    const name = pair.slice(0, equals).trim();
    let decoded: string | undefined;
    try {
      decoded = equals > 0 ? decodeURIComponent(pair.slice(equals + 1).trim()) : undefined;
    } catch {
      decoded = undefined;
    }
    if (!/^[!#$%&'*+.^`|~\w-]+$/.test(name) || decoded === undefined) {
      context.addIssue({ code: 'custom', message: 'must be name=value pairs separated by commas, values percent-encoded' });
      return z.NEVER;
    }
    headers[name.toLowerCase()] = decoded;
  }
  return headers;
});
const otlpProtocol = optionalText.pipe(z.enum(['http/json'], { error: 'must be http/json: traces are sent as OTLP/HTTP with JSON bodies' }).optional());
const tracingEnvironment = {
  OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl,
  OTEL_EXPORTER_OTLP_HEADERS: otlpHeaders,
  OTEL_EXPORTER_OTLP_TRACES_HEADERS: otlpHeaders,
  OTEL_EXPORTER_OTLP_PROTOCOL: otlpProtocol,
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: otlpProtocol,
  OTEL_SERVICE_NAME: optionalText.transform((value) => value ?? 'iauto-graph'),
  OTEL_SDK_DISABLED: optionalFlag,
  OTEL_BSP_SCHEDULE_DELAY: integer(5000, 0, 3_600_000),
};

export interface TracingConfig {
  /** Where spans are POSTed: the traces endpoint as given, or the base endpoint's `/v1/traces`. */
  url: string;
  serviceName: string;
  /** Sent with every export (e.g. a collector's API key); the traces-specific ones win. */
  headers: Record<string, string>;
  /** How long finished spans wait to be sent in a batch (they are all sent at shutdown). */
  scheduleDelayMs: number;
}

function tracingConfig(env: z.output<z.ZodObject<typeof tracingEnvironment>>): TracingConfig | undefined {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const url = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base === undefined ? undefined : `${base.replace(/\/+$/, '')}/v1/traces`);
  if (url === undefined || env.OTEL_SDK_DISABLED === true) return undefined;
  return {
    url,
    serviceName: env.OTEL_SERVICE_NAME,
    headers: { ...env.OTEL_EXPORTER_OTLP_HEADERS, ...env.OTEL_EXPORTER_OTLP_TRACES_HEADERS },
    scheduleDelayMs: env.OTEL_BSP_SCHEDULE_DELAY,
  };
}
// --- end of tracing ---

const environmentSchema = z
  .object({
    PORT: integer(4000, 0, 65535),
    HOST: optionalText.transform((value) => value ?? '127.0.0.1'),
    IAUTO_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional()),
    IAUTO_OPEN_ID: optionalText,
    IAUTO_SECURE_CODE: optionalText,
    IAUTO_PLAN: optionalInteger(1, 2 ** 31 - 1),
    IAUTO_CA_FILE: optionalText,
    IAUTO_TIMEOUT_MS: integer(10_000, 100, 120_000),
    IAUTO_MAX_CONNECTIONS: integer(DEFAULT_MAX_CONNECTIONS, 1, 1024),
    IAUTO_READ_RETRIES: integer(2, 0, 5),
    IAUTO_READ_DEADLINE_MS: optionalInteger(100, 600_000),
    IAUTO_BATTERY_SERVICE: integer(1017, 1000, 9999),
    CATALOG_TTL_SECONDS: integer(6 * 3600, 1, 7 * 24 * 3600),
    MAX_UPSTREAM_CALLS_PER_REQUEST: integer(1000, 1, 1_000_000),
    SHARED_CACHE_MB: integer(64, 0, 65_536),
    SHARED_CACHE_TTL_SECONDS: integer(3600, 1, 30 * 24 * 3600),
    REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional()),
    LOG_LEVEL: choice(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    LOG_FORMAT: optionalText.pipe(z.enum(['json', 'pretty'], { error: 'must be json or pretty' }).optional()),
    METRICS_PORT: optionalInteger(0, 65535),
    SHUTDOWN_TIMEOUT_MS: integer(10_000, 0, 600_000),
    HTTP_REQUEST_TIMEOUT_MS: integer(30_000, 1_000, 600_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: integer(5_000, 1_000, 600_000),
    HTTP_MAX_CONNECTIONS: integer(4_096, 1, 1_000_000),
    ...tracingEnvironment,
    FLEET_ESNS: optionalText.transform((value) => (value === undefined ? [] : value.split(/[\s,]+/).filter(Boolean))).pipe(
      z
        .array(z.string())
        .max(10_000, 'at most 10000 ESNs')
        .refine((esns) => esns.every((esn) => esnRule.safeParse(esn).success), 'must be ESNs (15 to 17 digits each) separated by commas or spaces'),
    ),
    FLEET_MAP_TILE_URL: optionalText.pipe(
      z.string().regex(/^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/, 'FLEET_MAP_TILE_URL is an http(s) URL template with {z}, {x} and {y}').optional(),
    ),
    SIMULATOR_SEED: optionalInteger(0, 2 ** 32 - 1),
    SIMULATOR_TERMINALS: optionalInteger(1, 10_000),
    ...securityEnvironment,
    // Vehicle events and door commands (docs/events.md).
    EVENTS_DB: optionalText.transform((value) => value ?? './data/events.db'),
    EVENTS_RETENTION_DAYS: integer(30, 1, 3650),
    REDIS_KEY_PREFIX: optionalText.transform((value) => value ?? 'iauto-graph'),
    DOOR_COMMAND_TIMEOUT_SECONDS: integer(60, 1, 3600),
    // A rate, so a fraction is allowed (0.5: one event every two minutes); still decimal digits only, as every number here.
    SIMULATOR_EVENTS_PER_MINUTE: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,5}(\.\d{1,6})?$/, 'must be a decimal number from 0 to 60000')
        .transform(Number)
        .pipe(z.number().max(60_000, 'must be a decimal number from 0 to 60000'))
        .optional(),
    ),
  })
  .superRefine((env, context) => {
    if (env.IAUTO_OPEN_ID === undefined) return;
    for (const key of ['IAUTO_BASE_URL', 'IAUTO_SECURE_CODE'] as const) {
      if (env[key] === undefined) {
        context.addIssue({ code: 'custom', path: [key], message: 'is required when IAUTO_OPEN_ID is set' });
      }
    }
  });

/** The embedded simulator's spontaneous events a minute when SIMULATOR_EVENTS_PER_MINUTE is unset: a few, so a new user sees the event feed move. */
export const DEFAULT_SIMULATOR_EVENTS_PER_MINUTE = 2;

/** Every environment variable the gateway reads. */
export const configVariables = Object.keys(environmentSchema.shape) as ReadonlyArray<keyof typeof environmentSchema.shape>;

export interface Upstream {
  baseUrl: string;
  openId: string;
  secureCode: string;
  plan?: number;
  ca?: string;
}

export interface Config {
  port: number;
  host: string;
  /** The iauto360 service to talk to; undefined means: start the embedded simulator. */
  upstream?: Upstream;
  timeoutMs: number;
  maxConnections: number;
  readRetries: number;
  /** The most time one read may take, all its attempts and backoff included. */
  readDeadlineMs: number;
  batteryService: number;
  catalogTtlMs: number;
  maxUpstreamCallsPerRequest: number;
  /** Memory for answers that never change (finished trips' tracks and evaluations); 0 = no sharing. */
  sharedCacheBytes: number;
  /** How long a shared answer is kept (a deletion elsewhere, e.g. in the vendor's app, shows after at most this). */
  sharedCacheTtlMs: number;
  /** Keep shared answers (catalog, immutable reads) in this Redis, so instances share them and their deletions. */
  redisUrl?: string;
  /** JSON lines unless `pretty`; undefined: pretty only when stdout is a terminal. */
  logFormat?: 'json' | 'pretty';
  /** Serve /metrics on this port instead of the main one. */
  metricsPort?: number;
  /** How long SIGTERM waits for in-flight requests before cutting them off. */
  shutdownTimeoutMs: number;
  /** The most a client may take to send a whole request, headers and body (HTTP_REQUEST_TIMEOUT_MS). */
  httpRequestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open (HTTP_KEEP_ALIVE_TIMEOUT_MS). */
  httpKeepAliveTimeoutMs: number;
  /** The most connections open at once on the main port, WebSockets and streams included (HTTP_MAX_CONNECTIONS). */
  httpMaxConnections: number;
  /** Where traces go (OTLP/HTTP); undefined: tracing off. */
  tracing?: TracingConfig;
  simulator: { seed?: number; terminalCount?: number; eventsPerMinute?: number };
  logLevel: string;
  /** Authentication, CORS, GraphiQL, operation limits, upstream cost budget and rate limits. */
  security: SecurityConfig;
  /** The terminals `myTerminals` lists for a principal that may reach every terminal; empty with the embedded simulator means its whole world. */
  fleetEsns: readonly string[];
  /** A slippy-map tile URL template ({z}/{x}/{y}) the fleet page draws under its map; none: a locally drawn map only. */
  fleetMapTileUrl?: string;
  events: EventsConfig;
}

/** Vehicle events and door commands. */
export interface EventsConfig {
  /** SQLite file of the embedded store (used when no Redis is configured). */
  sqlitePath: string;
  retentionMs: number;
  /** With Redis, events and door commands are shared by every instance using the same prefix. */
  redis?: { url: string; prefix: string };
  doorCommandTimeoutMs: number;
}

export class ConfigError extends Error {}

/** Reads the environment once at start-up; every problem is reported by variable name. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  let ca: string | undefined;
  if (env.IAUTO_CA_FILE) {
    try {
      ca = readFileSync(env.IAUTO_CA_FILE, 'utf8');
    } catch (error) {
      throw new ConfigError(`Invalid configuration:\n  IAUTO_CA_FILE: cannot read ${env.IAUTO_CA_FILE} (${(error as Error).message})`);
    }
  }
  return {
    port: env.PORT,
    host: env.HOST,
    upstream:
      env.IAUTO_OPEN_ID === undefined
        ? undefined
        : {
            baseUrl: env.IAUTO_BASE_URL!,
            openId: env.IAUTO_OPEN_ID,
            secureCode: env.IAUTO_SECURE_CODE!,
            plan: env.IAUTO_PLAN,
            ca,
          },
    timeoutMs: env.IAUTO_TIMEOUT_MS,
    maxConnections: env.IAUTO_MAX_CONNECTIONS,
    readRetries: env.IAUTO_READ_RETRIES,
    readDeadlineMs: env.IAUTO_READ_DEADLINE_MS ?? 2 * env.IAUTO_TIMEOUT_MS,
    batteryService: env.IAUTO_BATTERY_SERVICE,
    catalogTtlMs: env.CATALOG_TTL_SECONDS * 1000,
    maxUpstreamCallsPerRequest: env.MAX_UPSTREAM_CALLS_PER_REQUEST,
    sharedCacheBytes: env.SHARED_CACHE_MB * 1024 * 1024,
    sharedCacheTtlMs: env.SHARED_CACHE_TTL_SECONDS * 1000,
    redisUrl: env.REDIS_URL,
    logLevel: env.LOG_LEVEL,
    events: {
      sqlitePath: env.EVENTS_DB,
      retentionMs: env.EVENTS_RETENTION_DAYS * 24 * 3600 * 1000,
      redis: env.REDIS_URL === undefined ? undefined : { url: env.REDIS_URL, prefix: env.REDIS_KEY_PREFIX },
      doorCommandTimeoutMs: env.DOOR_COMMAND_TIMEOUT_SECONDS * 1000,
    },
    logFormat: env.LOG_FORMAT,
    metricsPort: env.METRICS_PORT,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    httpRequestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
    httpKeepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    httpMaxConnections: env.HTTP_MAX_CONNECTIONS,
    tracing: tracingConfig(env),
    security: securityConfig(env, env.IAUTO_OPEN_ID !== undefined, { url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX }),
    simulator: { seed: env.SIMULATOR_SEED, terminalCount: env.SIMULATOR_TERMINALS, eventsPerMinute: env.SIMULATOR_EVENTS_PER_MINUTE },
    fleetEsns: env.FLEET_ESNS,
    fleetMapTileUrl: env.FLEET_MAP_TILE_URL,
  };
}
