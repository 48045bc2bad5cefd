import { describe, expect, it } from 'vitest';
import { UpstreamReachability } from '../src/observability/readiness.ts';
import { UpstreamUnavailableError } from '../src/upstream/errors.ts';
import { graphql } from './gql/index.ts';
import { startStack } from './helpers/stack.ts';
import { useStack } from './helpers/use-stack.ts';

const ReadinessProbe = graphql(`
  query ReadinessProbe($esn: String!) { terminal(esn: $esn) { bound } }
`);

const stack = useStack({ client: { timeoutMs: 400, readRetries: 0 } });

/** Waits until the simulator has received an upstream call, so the GraphQL request is surely under way. */
async function untilUpstreamCalled(own: { stats(): Promise<{ total: number }> }) {
  while ((await own.stats()).total === 0) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function ready(url: string) {
  const response = await fetch(new URL('/ready', url));
  return { status: response.status, body: (await response.json()) as { ready: boolean; checks: Record<string, string>; degraded: string[] } };
}

/** `iauto_readiness_check_ok` from /metrics, by its labels. */
async function checkMetrics(url: string): Promise<Record<string, number>> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  const lines = [...text.matchAll(/^iauto_readiness_check_ok\{(.*)\} (\d+)$/gm)];
  return Object.fromEntries(lines.map(([, labels, value]) => [labels!, Number(value)]));
}

describe('/health and /ready', () => {
  it('/health answers while the process lives; /ready is 200 before the upstream was ever tried', async () => {
    expect((await fetch(new URL('/health', stack.url))).status).toBe(200);
    const fresh = await startStack();
    try {
      expect(await ready(fresh.url)).toEqual({ status: 200, body: { ready: true, checks: { shutdown: 'ok', upstream: 'ok' }, degraded: [] } });
      expect((await fresh.stats()).total).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it('names the upstream as degraded when it stopped answering, staying ready (every instance shares it), and clears it once it answers', async () => {
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    stack.simulator.setFaults({ latencyMs: 900 });
    const failed = await stack.graphql(ReadinessProbe, { esn });
    expect(failed.errors?.map((error) => error.extensions?.code)).toEqual(['UPSTREAM_TIMEOUT']);
    const down = await ready(stack.url);
    expect(down.status).toBe(200);
    expect(down.body.ready).toBe(true);
    expect(down.body.degraded).toEqual(['upstream']);
    expect(down.body.checks.upstream).toMatch(/^unreachable since .*timed out/);
    // What to alert on, in the metrics too.
    expect(await checkMetrics(stack.url)).toEqual({ 'check="shutdown",shared="false"': 1, 'check="upstream",shared="true"': 0 });

    stack.simulator.setFaults({ latencyMs: 0 });
    expect((await stack.graphql(ReadinessProbe, { esn })).data).toEqual({ terminal: { bound: true } });
    expect(await ready(stack.url)).toEqual({ status: 200, body: { ready: true, checks: { shutdown: 'ok', upstream: 'ok' }, degraded: [] } });
    expect(await checkMetrics(stack.url)).toEqual({ 'check="shutdown",shared="false"': 1, 'check="upstream",shared="true"': 1 });
  });

  it('reports the service as reachable again once it has not been tried for 30 s since it failed (no call is made only to probe it)', () => {
    let now = 1_000_000;
    const reachability = new UpstreamReachability(30_000, () => now);
    const fail = () => reachability.observe({ service: 1001, attempt: 1, durationMs: 5, error: new UpstreamUnavailableError(1001, 'ECONNREFUSED') });
    fail();
    expect(reachability.check()).toMatch(/^unreachable since .*ECONNREFUSED/);
    // Traffic that keeps failing keeps it out.
    now += 20_000;
    fail();
    now += 20_000;
    expect(reachability.check()).toMatch(/^unreachable since/);
    // No attempt for 30 s after the last failure: unknown again, as before the first try.
    now += 10_000;
    expect(reachability.check()).toBe(true);
    fail();
    expect(reachability.check()).toMatch(/^unreachable since/);
    reachability.observe({ service: 1001, attempt: 1, durationMs: 5 });
    expect(reachability.check()).toBe(true);
  });

  it('takes checks registered by other components (a store, a connection)', async () => {
    let storeOpen = true;
    stack.gateway.readiness.add('test-store', () => storeOpen || 'closed');
    expect((await ready(stack.url)).body.checks['test-store']).toBe('ok');
    storeOpen = false;
    expect(await ready(stack.url)).toMatchObject({ status: 503, body: { ready: false, checks: { 'test-store': 'closed' }, degraded: [] } });
    storeOpen = true;
    expect(() => stack.gateway.readiness.add('test-store', () => true)).toThrow(/already registered/);
    // A shared one is reported as degraded, without failing readiness.
    let shared: true | string = 'down';
    stack.gateway.readiness.add('test-shared', () => shared, { shared: true });
    expect(await ready(stack.url)).toMatchObject({ status: 200, body: { ready: true, checks: { 'test-store': 'ok', 'test-shared': 'down' }, degraded: ['test-shared'] } });
    shared = true;
    expect(await ready(stack.url)).toMatchObject({ status: 200, body: { ready: true, degraded: [] } });
  });
});

describe('shutdown', () => {
  it('finishes the requests under way within the timeout, refusing new connections meanwhile', async () => {
    const own = await startStack();
    try {
      const esn = own.simulator.world.boundTerminals()[0]!.esn;
      own.simulator.setFaults({ latencyMs: 300 });
      const slow = own.graphql(ReadinessProbe, { esn });
      await untilUpstreamCalled(own);
      expect(own.gateway.inFlight).toBe(1);
      const stopping = own.gateway.shutdown(5_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await expect(fetch(new URL('/health', own.url))).rejects.toThrow();
      expect((await slow).data).toEqual({ terminal: { bound: true } });
      expect(await stopping).toEqual({ cutOff: 0 });
    } finally {
      await own.simulator.close();
    }
  });

  it('cuts off what is still running at the timeout and says how many', async () => {
    const own = await startStack();
    try {
      const esn = own.simulator.world.boundTerminals()[0]!.esn;
      own.simulator.setFaults({ latencyMs: 3_000 });
      const slow = own.graphql(ReadinessProbe, { esn }).catch((error: unknown) => error);
      await untilUpstreamCalled(own);
      const started = performance.now();
      expect(await own.gateway.shutdown(200)).toEqual({ cutOff: 1 });
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(await slow).toBeInstanceOf(Error);
      expect(own.logRecords().find((record) => record.msg === 'graphql request'), own.logLines.join('')).toMatchObject({ cutOff: true });
    } finally {
      await own.simulator.close();
    }
  });
});
