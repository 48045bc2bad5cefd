import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Config, ConfigError, configVariables, loadConfig } from '../src/config.ts';

const credentials = { IAUTO_OPEN_ID: 'open-id', IAUTO_SECURE_CODE: 'secure-code', IAUTO_BASE_URL: 'https://open.example.cn' };
const caFile = join(mkdtempSync(join(tmpdir(), 'iauto-config-')), 'ca.pem');
writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');

interface VariableCase {
  /** Other variables the case needs (e.g. credentials for IAUTO_PLAN). */
  with?: Record<string, string>;
  /** What the configuration holds when the variable is unset or blank ('required': the start stops naming it). */
  unset: (config: Config) => unknown;
  unsetValue: unknown;
  /** A valid value and what it becomes. */
  valid: Array<[string, unknown]>;
  /** Values refused with the variable named. */
  invalid: string[];
}

const integerRefusals = (min: number, max: number) => [String(min - 1), String(max + 1), '0x10', '1e3', '2.5', 'ten', '+-3'];

const cases: Record<(typeof configVariables)[number], VariableCase> = {
  PORT: { unset: (c) => c.port, unsetValue: 4000, valid: [['0', 0], [' 8080 ', 8080], ['65535', 65535]], invalid: integerRefusals(0, 65535) },
  HOST: { unset: (c) => c.host, unsetValue: '127.0.0.1', valid: [['0.0.0.0', '0.0.0.0'], ['::1', '::1']], invalid: [] },
  IAUTO_BASE_URL: {
    with: { IAUTO_OPEN_ID: 'id', IAUTO_SECURE_CODE: 'code' },
    unset: (c) => c.upstream?.baseUrl,
    unsetValue: 'required',
    valid: [['http://127.0.0.1:4100/prefix', 'http://127.0.0.1:4100/prefix']],
    invalid: ['ftp://example.cn', 'not a url'],
  },
  IAUTO_OPEN_ID: { unset: (c) => c.upstream, unsetValue: undefined, valid: [], invalid: [] },
  IAUTO_SECURE_CODE: { with: { IAUTO_OPEN_ID: 'id', IAUTO_BASE_URL: 'https://x.cn' }, unset: (c) => c.upstream?.secureCode, unsetValue: 'required', valid: [['s3cret', 's3cret']], invalid: [] },
  IAUTO_PLAN: { with: credentials, unset: (c) => c.upstream?.plan, unsetValue: undefined, valid: [['1001', 1001]], invalid: integerRefusals(1, 2 ** 31 - 1) },
  IAUTO_CA_FILE: { with: credentials, unset: (c) => c.upstream?.ca, unsetValue: undefined, valid: [[caFile, expect.stringContaining('BEGIN CERTIFICATE')]], invalid: ['/nonexistent/ca.pem'] },
  IAUTO_TIMEOUT_MS: { unset: (c) => c.timeoutMs, unsetValue: 10_000, valid: [['300', 300]], invalid: integerRefusals(100, 120_000) },
  IAUTO_MAX_CONNECTIONS: { unset: (c) => c.maxConnections, unsetValue: 128, valid: [['1', 1]], invalid: integerRefusals(1, 1024) },
  IAUTO_READ_RETRIES: { unset: (c) => c.readRetries, unsetValue: 2, valid: [['0', 0], ['5', 5]], invalid: integerRefusals(0, 5) },
  IAUTO_READ_DEADLINE_MS: { unset: (c) => c.readDeadlineMs, unsetValue: 20_000, valid: [['750', 750]], invalid: integerRefusals(100, 600_000) },
  IAUTO_BATTERY_SERVICE: { unset: (c) => c.batteryService, unsetValue: 1017, valid: [['1016', 1016]], invalid: integerRefusals(1000, 9999) },
  CATALOG_TTL_SECONDS: { unset: (c) => c.catalogTtlMs, unsetValue: 21_600_000, valid: [['60', 60_000]], invalid: integerRefusals(1, 7 * 24 * 3600) },
  MAX_UPSTREAM_CALLS_PER_REQUEST: { unset: (c) => c.maxUpstreamCallsPerRequest, unsetValue: 1000, valid: [['5', 5]], invalid: integerRefusals(1, 1_000_000) },
  SHARED_CACHE_MB: { unset: (c) => c.sharedCacheBytes, unsetValue: 64 * 1024 * 1024, valid: [['0', 0], ['1', 1024 * 1024]], invalid: integerRefusals(0, 65_536) },
  SHARED_CACHE_TTL_SECONDS: { unset: (c) => c.sharedCacheTtlMs, unsetValue: 3_600_000, valid: [['30', 30_000]], invalid: integerRefusals(1, 30 * 24 * 3600) },
  REDIS_URL: { unset: (c) => c.redisUrl, unsetValue: undefined, valid: [['redis://127.0.0.1:6379/2', 'redis://127.0.0.1:6379/2']], invalid: ['http://127.0.0.1:6379', 'localhost'] },
  LOG_LEVEL: { unset: (c) => c.logLevel, unsetValue: 'info', valid: [['debug', 'debug'], ['silent', 'silent']], invalid: ['loud', 'INFO'] },
  LOG_FORMAT: { unset: (c) => c.logFormat, unsetValue: undefined, valid: [['json', 'json'], ['pretty', 'pretty']], invalid: ['yaml'] },
  METRICS_PORT: { unset: (c) => c.metricsPort, unsetValue: undefined, valid: [['9464', 9464], ['0', 0]], invalid: integerRefusals(0, 65535) },
  SHUTDOWN_TIMEOUT_MS: { unset: (c) => c.shutdownTimeoutMs, unsetValue: 10_000, valid: [['0', 0], ['2500', 2500]], invalid: integerRefusals(0, 600_000) },
  HTTP_REQUEST_TIMEOUT_MS: { unset: (c) => c.httpRequestTimeoutMs, unsetValue: 30_000, valid: [['1000', 1000], ['120000', 120_000]], invalid: integerRefusals(1_000, 600_000) },
  HTTP_KEEP_ALIVE_TIMEOUT_MS: { unset: (c) => c.httpKeepAliveTimeoutMs, unsetValue: 5_000, valid: [['1000', 1000], ['65000', 65_000]], invalid: integerRefusals(1_000, 600_000) },
  HTTP_MAX_CONNECTIONS: { unset: (c) => c.httpMaxConnections, unsetValue: 4_096, valid: [['1', 1], ['20000', 20_000]], invalid: integerRefusals(1, 1_000_000) },
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    unset: (c) => c.tracing,
    unsetValue: undefined,
    valid: [
      ['http://127.0.0.1:4318', { url: 'http://127.0.0.1:4318/v1/traces', serviceName: 'iauto-graph', headers: {}, scheduleDelayMs: 5000 }],
      ['https://collector.example/otlp/', { url: 'https://collector.example/otlp/v1/traces', serviceName: 'iauto-graph', headers: {}, scheduleDelayMs: 5000 }],
    ],
    invalid: ['grpc://collector:4317'],
  },
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: {
    with: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' },
    unset: (c) => c.tracing?.url,
    unsetValue: 'http://127.0.0.1:4318/v1/traces',
    valid: [['http://127.0.0.1:9999/traces', 'http://127.0.0.1:9999/traces']],
    invalid: ['collector:4318'],
  },
  OTEL_EXPORTER_OTLP_HEADERS: {
    with: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' },
    unset: (c) => c.tracing?.headers,
    unsetValue: {},
    valid: [['api-key=abc%3D%3D, X-Tenant = fleet one', { 'api-key': 'abc==', 'x-tenant': 'fleet one' }]],
    invalid: ['api-key', 'bad name=1', 'key=%E0%A4%A'],
  },
  OTEL_EXPORTER_OTLP_TRACES_HEADERS: {
    with: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_EXPORTER_OTLP_HEADERS: 'api-key=general,x-tenant=fleet' },
    unset: (c) => c.tracing?.headers,
    unsetValue: { 'api-key': 'general', 'x-tenant': 'fleet' },
    valid: [['api-key=traces', { 'api-key': 'traces', 'x-tenant': 'fleet' }]],
    invalid: ['=value'],
  },
  OTEL_EXPORTER_OTLP_PROTOCOL: { with: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, unset: (c) => c.tracing?.url, unsetValue: 'http://127.0.0.1:4318/v1/traces', valid: [['http/json', 'http://127.0.0.1:4318/v1/traces']], invalid: ['grpc', 'http/protobuf'] },
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: { with: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, unset: (c) => c.tracing?.url, unsetValue: 'http://127.0.0.1:4318/v1/traces', valid: [['http/json', 'http://127.0.0.1:4318/v1/traces']], invalid: ['grpc'] },
  OTEL_SERVICE_NAME: { with: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, unset: (c) => c.tracing?.serviceName, unsetValue: 'iauto-graph', valid: [['graph-eu', 'graph-eu']], invalid: [] },
  OTEL_BSP_SCHEDULE_DELAY: { with: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, unset: (c) => c.tracing?.scheduleDelayMs, unsetValue: 5000, valid: [['0', 0], ['60000', 60_000]], invalid: integerRefusals(0, 3_600_000) },
  OTEL_SDK_DISABLED: { with: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, unset: (c) => c.tracing?.serviceName, unsetValue: 'iauto-graph', valid: [['true', undefined], ['false', 'iauto-graph']], invalid: ['yes'] },
  AUTH_API_KEYS_FILE: { unset: (c) => c.security.auth.apiKeysFile, unsetValue: undefined, valid: [['/etc/iauto/keys.json', '/etc/iauto/keys.json']], invalid: [] },
  AUTH_JWT_JWKS_URL: { unset: (c) => c.security.auth.jwt?.jwksUrl, unsetValue: undefined, valid: [['https://idp.example/jwks.json', 'https://idp.example/jwks.json']], invalid: ['ftp://idp.example/jwks', 'jwks'] },
  AUTH_JWT_PUBLIC_KEY_FILE: { unset: (c) => c.security.auth.jwt?.publicKeyFile, unsetValue: undefined, valid: [['/etc/iauto/jwt.pem', '/etc/iauto/jwt.pem']], invalid: [] },
  AUTH_JWT_ISSUER: { with: { AUTH_JWT_PUBLIC_KEY_FILE: '/k.pem' }, unset: (c) => c.security.auth.jwt?.issuer, unsetValue: undefined, valid: [['https://idp.example', 'https://idp.example']], invalid: [] },
  AUTH_JWT_AUDIENCE: { with: { AUTH_JWT_PUBLIC_KEY_FILE: '/k.pem' }, unset: (c) => c.security.auth.jwt?.audience, unsetValue: undefined, valid: [['iauto-graph', 'iauto-graph']], invalid: [] },
  AUTH_JWT_ESNS_CLAIM: { with: { AUTH_JWT_PUBLIC_KEY_FILE: '/k.pem' }, unset: (c) => c.security.auth.jwt?.esnsClaim, unsetValue: 'esns', valid: [['https://x/esns', 'https://x/esns']], invalid: [] },
  AUTH_DISABLED: { unset: (c) => c.security.auth.disabled, unsetValue: false, valid: [['true', true], ['false', false]], invalid: ['yes', '1'] },
  CORS_ORIGINS: { unset: (c) => c.security.corsOrigins, unsetValue: [], valid: [['https://a.example, https://b.example', ['https://a.example', 'https://b.example']]], invalid: [] },
  GRAPHIQL: { unset: (c) => c.security.graphiql, unsetValue: true, valid: [['false', false], ['true', true]], invalid: ['on'] },
  MAX_REQUEST_BYTES: { unset: (c) => c.security.limits.maxRequestBytes, unsetValue: 102_400, valid: [['2048', 2048]], invalid: integerRefusals(1024, 64 * 1024 * 1024) },
  MAX_TOKENS: { unset: (c) => c.security.limits.maxTokens, unsetValue: 1000, valid: [['5000', 5000]], invalid: integerRefusals(10, 100_000) },
  MAX_DEPTH: { unset: (c) => c.security.limits.maxDepth, unsetValue: 12, valid: [['20', 20]], invalid: integerRefusals(2, 100) },
  MAX_ALIASES: { unset: (c) => c.security.limits.maxAliases, unsetValue: 30, valid: [['0', 0]], invalid: integerRefusals(0, 10_000) },
  MAX_DIRECTIVES: { unset: (c) => c.security.limits.maxDirectives, unsetValue: 20, valid: [['5', 5]], invalid: integerRefusals(0, 10_000) },
  MAX_UPSTREAM_COST: { unset: (c) => c.security.maxUpstreamCost, unsetValue: 2500, valid: [['100', 100]], invalid: integerRefusals(1, 10_000_000) },
  UPSTREAM_COST_EXTENSION: { unset: (c) => c.security.upstreamCostExtension, unsetValue: true, valid: [['false', false]], invalid: ['no'] },
  RATE_LIMIT_REQUESTS_PER_MINUTE: { unset: (c) => c.security.rateLimits.requestsPerMinute, unsetValue: 600, valid: [['60', 60]], invalid: integerRefusals(1, 10_000_000) },
  RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: { unset: (c) => c.security.rateLimits.upstreamCallsPerMinute, unsetValue: 6000, valid: [['100', 100]], invalid: integerRefusals(1, 100_000_000) },
  MAX_SUBSCRIPTIONS_PER_PRINCIPAL: { unset: (c) => c.security.maxSubscriptionsPerPrincipal, unsetValue: 100, valid: [['5', 5]], invalid: integerRefusals(1, 1_000_000) },
  FLEET_ESNS: {
    unset: (c) => c.fleetEsns,
    unsetValue: [],
    valid: [['865575073187143, 863753410086444', ['865575073187143', '863753410086444']], ['865575073187143 86375341008644412', ['865575073187143', '86375341008644412']]],
    invalid: ['12345', '865575073187143,abc'],
  },
  FLEET_MAP_TILE_URL: {
    unset: (c) => c.fleetMapTileUrl,
    unsetValue: undefined,
    valid: [['https://tiles.example.com/{z}/{x}/{y}.png', 'https://tiles.example.com/{z}/{x}/{y}.png']],
    invalid: ['https://tiles.example.com/tile.png', 'file:///{z}/{x}/{y}'],
  },
  SIMULATOR_SEED: { unset: (c) => c.simulator.seed, unsetValue: undefined, valid: [['0', 0], ['4294967295', 4294967295]], invalid: integerRefusals(0, 2 ** 32 - 1) },
  SIMULATOR_TERMINALS: { unset: (c) => c.simulator.terminalCount, unsetValue: undefined, valid: [['12', 12]], invalid: integerRefusals(1, 10_000) },
  EVENTS_DB: { unset: (c) => c.events.sqlitePath, unsetValue: './data/events.db', valid: [['/var/lib/iauto-graph/events.db', '/var/lib/iauto-graph/events.db']], invalid: [] },
  EVENTS_RETENTION_DAYS: { unset: (c) => c.events.retentionMs, unsetValue: 30 * 86_400_000, valid: [['7', 7 * 86_400_000]], invalid: integerRefusals(1, 3650) },
  REDIS_KEY_PREFIX: { with: { REDIS_URL: 'redis://127.0.0.1:6379' }, unset: (c) => c.events.redis?.prefix, unsetValue: 'iauto-graph', valid: [['fleet-eu', 'fleet-eu']], invalid: [] },
  DOOR_COMMAND_TIMEOUT_SECONDS: { unset: (c) => c.events.doorCommandTimeoutMs, unsetValue: 60_000, valid: [['5', 5_000]], invalid: integerRefusals(1, 3600) },
  SIMULATOR_EVENTS_PER_MINUTE: { unset: (c) => c.simulator.eventsPerMinute, unsetValue: undefined, valid: [['0.5', 0.5], ['0', 0], ['60000', 60_000]], invalid: ['-1', 'ten', '60001', '0x10', '1e3', 'Infinity', '.5'] },
};

function refusal(environment: Record<string, string>): string {
  try {
    loadConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(environment)}`);
}

describe('loadConfig', () => {
  it('has a case for every variable it reads', () => {
    expect(Object.keys(cases).sort()).toEqual([...configVariables].sort());
  });

  for (const [name, variable] of Object.entries(cases)) {
    it(`${name}: unset and blank mean the default, valid values are read, bad ones stop the start naming it`, () => {
      const base = { ...variable.with };
      for (const blank of [undefined, '', '   ']) {
        const environment = blank === undefined ? base : { ...base, [name]: blank };
        if (variable.unsetValue === 'required') expect(refusal(environment)).toContain(`${name}: is required when IAUTO_OPEN_ID is set`);
        else expect(variable.unset(loadConfig(environment))).toEqual(variable.unsetValue);
      }
      for (const [value, expected] of variable.valid) {
        expect(variable.unset(loadConfig({ ...base, [name]: value })), `${name}=${value}`).toEqual(expected);
      }
      for (const value of variable.invalid) {
        const message = refusal({ ...base, [name]: value });
        expect(message, `${name}=${value}`).toMatch(new RegExp(`^Invalid configuration:\\n  ${name}: `));
        expect(message.split('\n')).toHaveLength(2);
      }
    });
  }

  it('refuses hex, blank-turned-zero and negative numbers instead of reading them loosely', () => {
    expect(refusal({ PORT: '0x10' })).toBe('Invalid configuration:\n  PORT: must be a decimal integer from 0 to 65535');
    expect(loadConfig({ SHARED_CACHE_MB: '' }).sharedCacheBytes).toBe(64 * 1024 * 1024);
    expect(loadConfig({ IAUTO_READ_RETRIES: '' }).readRetries).toBe(2);
    expect(refusal({ IAUTO_READ_RETRIES: '-1' })).toContain('IAUTO_READ_RETRIES: must be a decimal integer from 0 to 5');
  });

  it('says what SIMULATOR_EVENTS_PER_MINUTE takes, rather than how the value failed to parse', () => {
    expect(refusal({ SIMULATOR_EVENTS_PER_MINUTE: 'ten' })).toBe('Invalid configuration:\n  SIMULATOR_EVENTS_PER_MINUTE: must be a decimal number from 0 to 60000');
  });

  it('reports every bad variable at once, by name', () => {
    const message = refusal({ PORT: 'x', SHUTDOWN_TIMEOUT_MS: '-5', IAUTO_OPEN_ID: 'someone' });
    expect(message).toContain('PORT:');
    expect(message).toContain('SHUTDOWN_TIMEOUT_MS:');
    expect(message).toContain('IAUTO_SECURE_CODE: is required when IAUTO_OPEN_ID is set');
    expect(message).toContain('IAUTO_BASE_URL: is required when IAUTO_OPEN_ID is set');
  });

  it('derives the read deadline from the attempt timeout unless it is given', () => {
    expect(loadConfig({ IAUTO_TIMEOUT_MS: '300' }).readDeadlineMs).toBe(600);
    expect(loadConfig({ IAUTO_TIMEOUT_MS: '300', IAUTO_READ_DEADLINE_MS: '1000' }).readDeadlineMs).toBe(1000);
  });

  it('names a variable once in its line: the message after the name does not repeat it', () => {
    expect(refusal({ IAUTO_OPEN_ID: 'id', IAUTO_SECURE_CODE: 'code', IAUTO_BASE_URL: 'nope' })).toBe('Invalid configuration:\n  IAUTO_BASE_URL: must be an http(s) URL');
  });

  it('never shows the secure code in a refusal', () => {
    expect(refusal({ IAUTO_OPEN_ID: 'id', IAUTO_SECURE_CODE: 'top-secret-code', IAUTO_BASE_URL: 'nope' })).not.toContain('top-secret-code');
  });
});
