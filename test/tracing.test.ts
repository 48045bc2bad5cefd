import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startSimulator } from '../src/simulator/server.ts';
import { onSimulatorAsRealService, startGatewayProcess } from './helpers/gateway-process.ts';
import { type CollectedSpan, startOtlpCollector } from './helpers/otlp-collector.ts';
import { postGraphQL } from './helpers/stack.ts';
import { useStack } from './helpers/use-stack.ts';
import { graphql } from './gql/index.ts';

const TracedCar = graphql(`
  query TracedCar($esn: String!) {
    terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } }
  }
`);

const TracedPlate = graphql(`
  query TracedPlate($esn: String!) {
    terminal(esn: $esn) { plateNumber }
  }
`);

/** OTLP span kinds and status codes as the wire carries them. */
const OTLP = { SERVER: 2, CLIENT: 3, ERROR: 2 } as const;

const Car = graphql(`
  query Car($esn: String!) { terminal(esn: $esn) { plateNumber vehicle { condition { odometerKm } } } }
`);

const exporter = new InMemorySpanExporter();
const stack = useStack({ spanExporter: exporter, client: { readRetries: 1, retryDelayMs: 1 } });
const untraced = useStack();

describe('tracing', () => {
  it('is off unless OTEL_EXPORTER_OTLP_ENDPOINT is set', () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(untraced.gateway.tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).tracing).toEqual({ url: 'http://127.0.0.1:4318/v1/traces', serviceName: 'iauto-graph', headers: {}, scheduleDelayMs: 5000 });
  });

  it('gives a span per GraphQL operation and, under it, one per upstream attempt with service, attempt and outcome', async () => {
    exporter.reset();
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    stack.simulator.setFaults({ http5xxRate: 1, services: [1011] });
    const { result } = await postGraphQL(stack.url, Car, { esn }, { 'x-request-id': 'trace-me' });
    expect(result.data?.terminal?.plateNumber).toBe(stack.simulator.world.terminal(esn)!.vehicle.profile.plateNumber);
    await stack.gateway.tracing!.flush();

    const spans = exporter.getFinishedSpans();
    const operation = spans.find((span) => span.name === 'query Car')!;
    expect(operation).toBeDefined();
    expect(operation.kind).toBe(SpanKind.SERVER);
    expect(operation.attributes).toEqual({ 'graphql.operation.type': 'query', 'graphql.operation.name': 'Car', 'iauto.request_id': 'trace-me', 'graphql.error_count': 1 });
    expect(operation.status.code).toBe(SpanStatusCode.ERROR);
    expect(operation.resource.attributes['service.name']).toBe('iauto-graph');

    const upstream = spans.filter((span) => span.name.startsWith('iauto360 '));
    expect(upstream.map((span) => span.attributes).sort((a, b) => Number(a['iauto.service']) - Number(b['iauto.service']) || Number(a['iauto.attempt']) - Number(b['iauto.attempt']))).toEqual([
      { 'iauto.service': 1001, 'iauto.attempt': 1, 'iauto.outcome': 'ok' },
      { 'iauto.service': 1011, 'iauto.attempt': 1, 'iauto.outcome': 'http' },
      { 'iauto.service': 1011, 'iauto.attempt': 2, 'iauto.outcome': 'http' },
    ]);
    for (const span of upstream) {
      expect(span.kind).toBe(SpanKind.CLIENT);
      expect(span.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
      expect(span.spanContext().traceId).toBe(operation.spanContext().traceId);
    }
    expect(upstream.filter((span) => span.status.code === SpanStatusCode.ERROR)).toHaveLength(2);
    expect(JSON.stringify(spans.map((span) => [span.name, span.attributes, span.status, span.events]))).not.toMatch(
      new RegExp(`${stack.simulator.secureCode}|${esn}|[0-9a-f]{32}|/srv/`),
    );
  });
});

describe('tracing to an OTLP collector, turned on as a user does', () => {
  it('exports a span per operation and per upstream attempt, with the configured headers and service name, flushed at SIGTERM, with no secret', { timeout: 90_000 }, async () => {
    const collector = await startOtlpCollector();
    const secureCode = 'otlp-test-secure-code-5d0e';
    const simulator = await startSimulator({ port: 0, secureCode, terminalCount: 4 });
    const directory = mkdtempSync(join(tmpdir(), 'iauto-graph-otlp-'));
    const gateway = await startGatewayProcess({
      ...onSimulatorAsRealService(simulator, directory),
      IAUTO_READ_RETRIES: '1',
      LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-key=collector%20key%201',
      OTEL_SERVICE_NAME: 'graph-under-test',
      // Nothing leaves before shutdown: what the collector gets was flushed by SIGTERM.
      OTEL_BSP_SCHEDULE_DELAY: '600000',
    });
    try {
      const [car, other] = simulator.world.boundTerminals().map((terminal) => terminal.esn);
      simulator.setFaults({ http5xxRate: 1, services: [1011] });
      const carAnswer = (await postGraphQL(gateway.url, TracedCar, { esn: car! }, { 'x-request-id': 'trace-car' })).result;
      expect(carAnswer.errors?.map((error) => error.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
      expect(carAnswer.data?.terminal?.plateNumber).toBe(simulator.world.terminal(car!)!.vehicle.profile.plateNumber);
      const plateAnswer = (await postGraphQL(gateway.url, TracedPlate, { esn: other! }, { 'x-request-id': 'trace-plate' })).result;
      expect(plateAnswer.errors).toBeUndefined();
      expect(plateAnswer.data).toEqual({ terminal: { plateNumber: simulator.world.terminal(other!)!.vehicle.profile.plateNumber } });
      expect(collector.received).toHaveLength(0);

      expect(await gateway.kill('SIGTERM')).toBe(0);

      expect(collector.received.length).toBeGreaterThan(0);
      for (const sent of collector.received) {
        expect(sent.path).toBe('/v1/traces');
        expect(sent.headers['content-type']).toBe('application/json');
        expect(sent.headers['x-collector-key']).toBe('collector key 1');
      }
      const spans = collector.spans();
      for (const span of spans) expect(span.resource['service.name']).toBe('graph-under-test');
      const operations = spans.filter((span) => span.kind === OTLP.SERVER).sort((a, b) => a.name.localeCompare(b.name));
      expect(operations.map((span) => [span.name, span.attributes, span.status.code ?? 0, span.parentSpanId ?? ''])).toEqual([
        ['query TracedCar', { 'graphql.operation.type': 'query', 'graphql.operation.name': 'TracedCar', 'iauto.request_id': 'trace-car', 'graphql.error_count': 1 }, OTLP.ERROR, ''],
        ['query TracedPlate', { 'graphql.operation.type': 'query', 'graphql.operation.name': 'TracedPlate', 'iauto.request_id': 'trace-plate' }, 0, ''],
      ]);
      const [carSpan, plateSpan] = operations as [CollectedSpan, CollectedSpan];
      expect(carSpan.traceId).not.toBe(plateSpan.traceId);
      const attemptsUnder = (operation: CollectedSpan) =>
        spans
          .filter((span) => span.kind === OTLP.CLIENT && span.traceId === operation.traceId && span.parentSpanId === operation.spanId)
          .map((span): Record<string, unknown> => ({ name: span.name, ...span.attributes, status: span.status.code ?? 0 }))
          .sort((a, b) => Number(a['iauto.service']) - Number(b['iauto.service']) || Number(a['iauto.attempt']) - Number(b['iauto.attempt']));
      expect(attemptsUnder(carSpan)).toEqual([
        { name: 'iauto360 1001', 'iauto.service': 1001, 'iauto.attempt': 1, 'iauto.outcome': 'ok', status: 0 },
        { name: 'iauto360 1011', 'iauto.service': 1011, 'iauto.attempt': 1, 'iauto.outcome': 'http', status: OTLP.ERROR },
        { name: 'iauto360 1011', 'iauto.service': 1011, 'iauto.attempt': 2, 'iauto.outcome': 'http', status: OTLP.ERROR },
      ]);
      expect(attemptsUnder(plateSpan)).toEqual([{ name: 'iauto360 1001', 'iauto.service': 1001, 'iauto.attempt': 1, 'iauto.outcome': 'ok', status: 0 }]);
      // Every span exported is one of these six: no stray root spans.
      expect(spans).toHaveLength(6);

      // No secret in what left the process: secure code, signature (32 hex digits once ids are set aside), signed path, ESNs.
      const payload = collector.received.map((sent) => sent.body.replace(/"(traceId|spanId|parentSpanId)":"[0-9a-f]+"/g, '')).join('\n');
      expect(payload).not.toContain(secureCode);
      expect(payload).not.toMatch(/[0-9a-f]{32}/i);
      expect(payload).not.toContain('/srv/');
      expect(payload).not.toContain(car);
      expect(payload).not.toContain(other);
      expect(gateway.output()).not.toContain('collector key');
    } finally {
      await gateway.kill('SIGKILL');
      await simulator.close();
      await collector.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('with the collector unreachable, SIGTERM still exits 0 within SHUTDOWN_TIMEOUT_MS, with one warning and no stack trace', { timeout: 90_000 }, async () => {
    // A port that was free a moment ago: nothing listens there.
    const gone = await startOtlpCollector();
    await gone.close();
    const directory = mkdtempSync(join(tmpdir(), 'iauto-graph-otlp-'));
    const gateway = await startGatewayProcess({ EVENTS_DB: join(directory, 'events.db'), LOG_LEVEL: 'info', OTEL_EXPORTER_OTLP_ENDPOINT: gone.url, SHUTDOWN_TIMEOUT_MS: '2000' });
    try {
      const { response } = await postGraphQL(gateway.url, TracedPlate, { esn: '000000000000000' });
      expect(response.status).toBe(200);
      const started = performance.now();
      expect(await gateway.kill('SIGTERM')).toBe(0);
      // Well under the exporter's own 10 s of retries: the spans get what is left of SHUTDOWN_TIMEOUT_MS.
      expect(performance.now() - started).toBeLessThan(8_000);
      const lines = gateway
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: number; msg: string });
      expect(lines.filter((line) => line.level >= 40).map((line) => line.msg)).toEqual([expect.stringMatching(/^tracing: the last spans (could not be sent to the collector|were not sent in time)/)]);
      expect(lines.at(-1)?.msg).toBe('stopped');
      expect(gateway.output()).not.toMatch(/\n\s+at /);
    } finally {
      await gateway.kill('SIGKILL');
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
