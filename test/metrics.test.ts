import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';
import { MAX_OPERATION_NAME_LABELS } from '../src/observability/metrics.ts';

const Plate = graphql(`
  query Plate($esn: String!) { terminal(esn: $esn) { plateNumber } }
`);
const Odometer = graphql(`
  query Odometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }
`);
const TrackPointCounts = graphql(`
  query TrackPointCounts($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 2) { edges { node { track { pointCount } } } } } } }
`);
const MeteredTires = graphql(`
  query MeteredTires($esn: String!) { terminal(esn: $esn) { vehicle { tires { all { position } } } } }
`);
const FleetPlates = graphql(`
  query FleetPlates($esns: [String!]!) { terminals(esns: $esns) { plateNumber } }
`);

const stack = useStack({ client: { readRetries: 1, retryDelayMs: 1 }, env: { METRICS_PORT: '0' } });
const onMainPort = useStack({ maxConnections: 1 });

/** Parses the Prometheus text format into `name{labels}` → value. */
function parseMetrics(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    values.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return values;
}

async function scrape(url: string) {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return parseMetrics(await response.text());
}

const metricsUrl = () => `http://127.0.0.1:${stack.gateway.metricsPort}/metrics`;
const value = (metrics: Map<string, number>, key: string) => metrics.get(key) ?? 0;

describe('/metrics', () => {
  it('counts GraphQL requests by operation and outcome, upstream attempts by service, outcome and attempt, with latencies', async () => {
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    const before = await scrape(metricsUrl());
    await stack.graphql(Plate, { esn });
    stack.simulator.setFaults({ http5xxRate: 1, services: [1011] });
    await stack.graphql(Odometer, { esn });
    const after = await scrape(metricsUrl());
    const delta = (key: string) => value(after, key) - value(before, key);

    expect(delta('graphql_requests_total{operation_name="Plate",operation_type="query",outcome="ok"}')).toBe(1);
    expect(delta('graphql_requests_total{operation_name="Odometer",operation_type="query",outcome="partial"}')).toBe(1);
    expect(delta('iauto_upstream_attempts_total{service="1001",outcome="ok",attempt="1"}')).toBe(1);
    expect(delta('iauto_upstream_attempts_total{service="1011",outcome="http",attempt="1"}')).toBe(1);
    expect(delta('iauto_upstream_attempts_total{service="1011",outcome="http",attempt="2"}')).toBe(1);
    expect(delta('iauto_upstream_attempt_duration_seconds_count{service="1011",outcome="http"}')).toBe(2);
    expect(value(after, 'iauto_upstream_attempt_duration_seconds_sum{service="1001",outcome="ok"}')).toBeGreaterThan(0);
    expect(delta('graphql_request_duration_seconds_count{operation_name="Plate",operation_type="query",outcome="ok"}')).toBe(1);
    expect(delta('graphql_request_duration_seconds_count{operation_name="Odometer",operation_type="query",outcome="partial"}')).toBe(1);
    // The partial answer waited for a retried upstream call, so it took longer than nothing.
    expect(delta('graphql_request_duration_seconds_sum{operation_name="Odometer",operation_type="query",outcome="partial"}')).toBeGreaterThan(0);
    expect(delta('graphql_request_duration_seconds_bucket{le="+Inf",operation_name="Plate",operation_type="query",outcome="ok"}')).toBe(1);
    expect(after.has('process_cpu_user_seconds_total')).toBe(true);
    expect(after.has('nodejs_eventloop_lag_seconds')).toBe(true);
    expect(value(after, 'iauto_upstream_requests_waiting')).toBe(0);
  });

  it('counts the parts of upstream answers that broke the contract by service, their calls counted ok', async () => {
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    stack.simulator.setFaults({ badRecordRate: 1, services: [1019], esns: [esn] });
    const before = await scrape(metricsUrl());
    const answer = await stack.graphql(MeteredTires, { esn });
    const after = await scrape(metricsUrl());
    const delta = (key: string) => value(after, key) - value(before, key);

    expect(answer.errors).toHaveLength(4);
    expect(delta('iauto_upstream_bad_parts_total{service="1019"}')).toBe(4);
    expect(delta('iauto_upstream_attempts_total{service="1019",outcome="ok",attempt="1"}')).toBe(1);
    expect(delta('iauto_upstream_attempts_total{service="1019",outcome="bad-response",attempt="1"}')).toBe(0);
  });

  it('keeps at most MAX_OPERATION_NAME_LABELS operation names as labels, counting the rest under (other)', async () => {
    const names = (metrics: Map<string, number>) =>
      new Set([...metrics.keys()].filter((key) => key.startsWith('graphql_requests_total{')).map((key) => /operation_name="([^"]*)"/.exec(key)![1]));
    const before = await scrape(metricsUrl());
    const room = MAX_OPERATION_NAME_LABELS - [...names(before)].filter((name) => name !== '' && name !== '(other)').length;
    // Raw documents: each request names its operation anew, as a hostile client would.
    for (let index = 0; index < room + 5; index++) {
      const response = await fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query Made${index} { __typename }` }),
      });
      expect(response.status).toBe(200);
    }
    const after = await scrape(metricsUrl());
    expect([...names(after)].filter((name) => name !== '' && name !== '(other)')).toHaveLength(MAX_OPERATION_NAME_LABELS);
    expect(value(after, 'graphql_requests_total{operation_name="(other)",operation_type="query",outcome="ok"}') - value(before, 'graphql_requests_total{operation_name="(other)",operation_type="query",outcome="ok"}')).toBe(5);
    expect(value(after, `graphql_requests_total{operation_name="Made${room - 1}",operation_type="query",outcome="ok"}`)).toBe(1);
    expect(after.has(`graphql_requests_total{operation_name="Made${room}",operation_type="query",outcome="ok"}`)).toBe(false);
  });

  it('counts shared-cache hits and misses', async () => {
    const esn = stack.simulator.world.boundTerminals().find((terminal) => terminal.vehicle.trips.length > 5)!.esn;
    const before = await scrape(metricsUrl());
    await stack.graphql(TrackPointCounts, { esn });
    await stack.graphql(TrackPointCounts, { esn });
    const after = await scrape(metricsUrl());
    expect(value(after, 'iauto_shared_cache_lookups_total{result="miss"}') - value(before, 'iauto_shared_cache_lookups_total{result="miss"}')).toBe(2);
    expect(value(after, 'iauto_shared_cache_lookups_total{result="hit"}') - value(before, 'iauto_shared_cache_lookups_total{result="hit"}')).toBe(2);
  });

  it('serves on METRICS_PORT only when it is set, else on the main port', async () => {
    expect((await fetch(new URL('/metrics', stack.url))).status).not.toBe(200);
    const metrics = await scrape(new URL('/metrics', onMainPort.url).href);
    expect(metrics.has('http_requests_in_flight')).toBe(true);
  });

  it('shows requests in flight and upstream calls waiting for a connection', async () => {
    // One connection to the service, answers after 300 ms: of 3 concurrent reads, 2 wait for the connection.
    const esns = onMainPort.simulator.world
      .boundTerminals()
      .slice(0, 3)
      .map((terminal) => terminal.esn);
    onMainPort.simulator.setFaults({ latencyMs: 300 });
    const pending = onMainPort.graphql(FleetPlates, { esns });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const during = await scrape(new URL('/metrics', onMainPort.url).href);
    await pending;
    expect(value(during, 'http_requests_in_flight')).toBe(2);
    expect(value(during, 'iauto_upstream_requests_waiting')).toBe(2);
    expect(value(during, 'iauto_upstream_requests_running')).toBe(1);
    const after = await scrape(new URL('/metrics', onMainPort.url).href);
    expect(value(after, 'http_requests_in_flight')).toBe(1);
    expect(value(after, 'iauto_upstream_requests_waiting')).toBe(0);
  });
});
