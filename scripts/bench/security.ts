import { createYoga } from 'graphql-yoga';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { loadConfig } from '../../src/config.ts';
import { createContext } from '../../src/context.ts';
import { startGateway } from '../../src/gateway.ts';
import { createRootLogger } from '../../src/logger.ts';
import { schema } from '../../src/schema/index.ts';
import { startSimulator } from '../../src/simulator/server.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatPercent, formatRatio, interleave, median, table } from './measure.ts';

const formatMs = (value: number) => `${value.toFixed(3)} ms`;

/*
 * npm run bench:security — what the security layers cost and what they save:
 * 1. the time to refuse hostile documents (the attacks of issue 6), through the gateway's yoga;
 * 2. the per-request overhead of authentication + limits + cost estimate on the cheap query
 *    `{ terminal(esn: X) { esn } }` (no upstream call), against the same schema served bare.
 * Run in process with yoga.fetch, so loopback HTTP does not blur the figures.
 */

const simulator = await startSimulator({ port: 0 });
const esn = simulator.world.boundTerminals()[0]!.esn;
const { key, entry } = createApiKey('bench', ['read'], '*');
const keysFile = join(mkdtempSync(join(tmpdir(), 'iauto-graph-bench-')), 'keys.json');
writeFileSync(keysFile, JSON.stringify([entry]));
const upstream = { baseUrl: simulator.baseUrl, openId: simulator.openId, secureCode: simulator.secureCode };
const logger = createRootLogger({ level: 'silent' });
const environment = { PORT: '0', AUTH_API_KEYS_FILE: keysFile, RATE_LIMIT_REQUESTS_PER_MINUTE: '10000000' };
const gateway = await startGateway({ config: loadConfig(environment), upstream, logger });
// The same gateway with a body limit above 1 MB, so that the 1 MB document reaches the parser.
const roomy = await startGateway({ config: loadConfig({ ...environment, MAX_REQUEST_BYTES: String(2 * 1024 * 1024) }), upstream, logger });

const post = (yoga: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> }, body: string, authorized = true) =>
  async () => {
    const started = performance.now();
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorized ? { authorization: `Bearer ${key}` } : {}) },
      body,
    });
    await response.text();
    return { ms: performance.now() - started, status: response.status };
  };

const mb = 1024 * 1024;
const hostile = {
  '1 MB repeated fields, default limits (413)': post(gateway.yoga, JSON.stringify({ query: `# ${Math.random()}\n{ ${'__typename '.repeat(mb / 11)} }` })),
  '1 MB repeated fields, body limit 2 MB (token limit)': post(roomy.yoga, JSON.stringify({ query: `# ${Math.random()}\n{ ${'__typename '.repeat(mb / 11)} }` })),
  '344 KiB repeated fields, body limit 2 MB': post(roomy.yoga, JSON.stringify({ query: `# ${Math.random()}\n{ ${'__typename '.repeat((344 * 1024) / 11)} }` })),
  '2000 conflicting aliases': post(roomy.yoga, JSON.stringify({ query: `{ ${Array.from({ length: 2000 }, (_, i) => `x: terminal(esn: "${100000000000000 + i}") { esn }`).join(' ')} }` })),
  'depth 1000': post(roomy.yoga, JSON.stringify({ query: `${'{ a '.repeat(1000)}${'}'.repeat(1000)}` })),
  '31 aliases (alias limit, under the token limit)': post(roomy.yoga, JSON.stringify({ query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: terminal(esn: "${esn}") { esn }`).join(' ')} }` })),
  'no credentials (401)': post(gateway.yoga, JSON.stringify({ query: `{ terminal(esn: "${esn}") { esn } }` }), false),
};
const hostileRuns = await interleave(hostile, { rounds: 30, budgetMs: 15_000, minRounds: 10 });
console.log(`\nHostile documents refused (median of ${hostileRuns.rounds} rounds, in process):`);
console.log(
  table([
    ['document', 'status', 'median', 'slowest'],
    ...Object.entries(hostileRuns.samples).map(([name, samples]) => {
      const list = samples as Array<{ ms: number; status: number }>;
      return [name, String(list[0]!.status), formatMs(median(list.map((s) => s.ms))), formatMs(Math.max(...list.map((s) => s.ms)))];
    }),
  ]),
);

// The bare comparator: the same schema and context, none of the security plugins.
const bare = createYoga({ schema, context: () => createContext({ client: gateway.client, catalog: gateway.catalog, logger, cursorKey: Buffer.alloc(32), events: gateway.events, doorCommands: gateway.doorCommands }), logging: false, landingPage: false });
const cheap = JSON.stringify({ query: `{ terminal(esn: "${esn}") { esn } }` });
const batch = (run: () => Promise<{ ms: number }>) => async () => {
  const started = performance.now();
  for (let i = 0; i < 200; i++) await run();
  return (performance.now() - started) / 200;
};
const overhead = await interleave(
  { secured: batch(post(gateway.yoga, cheap)), bare: batch(post(bare, cheap, false)) },
  { rounds: 20, budgetMs: 20_000, minRounds: 6 },
);
const secured = median(overhead.samples.secured);
const plain = median(overhead.samples.bare);
console.log(`\nCheap query { terminal(esn) { esn } } per request (median of ${overhead.rounds} rounds × 200 requests, in process):`);
console.log(
  table([
    ['variant', 'per request'],
    ['bare yoga (no auth, limits, cost)', formatMs(plain)],
    ['gateway (API key + CSRF + limits + cost + rate limit)', formatMs(secured)],
    ['overhead', `${formatRatio(secured / plain)} (${formatPercent(secured / plain - 1)})`],
  ]),
);

await gateway.close();
await roomy.close();
await simulator.close();
