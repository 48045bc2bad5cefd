import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { graphql } from './gql/index.ts';
import { postGraphQL } from './helpers/stack.ts';
import { useStack } from './helpers/use-stack.ts';

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
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).tracing).toEqual({ endpoint: 'http://127.0.0.1:4318', serviceName: 'iauto-graph' });
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
