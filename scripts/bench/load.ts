/*
 * The load generator of `npm run bench`, in a process of its own (started with fork): for each job
 * it keeps `connections` requests in flight against one server for `durationMs` (or until
 * `requests` are done), each connection sending its next request when its last answer is read,
 * and reports the count, the latencies and the answers that were not clean GraphQL data.
 */
import { Pool } from 'undici';

export interface LoadJob {
  id: number;
  url: string;
  body: string;
  /** Extra request headers (the bench's API key: every contender gets it, only iauto-graph checks it). */
  headers?: Record<string, string>;
  connections: number;
  durationMs: number;
  /** Stop after this many requests (all connections together). */
  requests?: number;
  /** Send back the text of the first answer. */
  keepFirstAnswer?: boolean;
}

export interface LoadResult {
  id: number;
  requests: number;
  /** Answers that were not HTTP 200 or carried GraphQL errors. */
  failures: number;
  firstFailure?: string;
  elapsedMs: number;
  latenciesMs: number[];
  firstAnswer?: string;
}

async function run(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url);
  const pool = new Pool(url.origin, { connections: job.connections, pipelining: 1 });
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let firstAnswer: string | undefined;
  let started = 0;
  const begin = performance.now();
  const deadline = begin + job.durationMs;
  const limit = job.requests ?? Number.POSITIVE_INFINITY;

  const worker = async () => {
    while (started < limit && performance.now() < deadline) {
      started++;
      const sent = performance.now();
      try {
        const response = await pool.request({
          method: 'POST',
          path: url.pathname,
          headers: { 'content-type': 'application/json', accept: 'application/json', ...job.headers },
          body: job.body,
        });
        const text = await response.body.text();
        latenciesMs.push(performance.now() - sent);
        if (job.keepFirstAnswer && firstAnswer === undefined) firstAnswer = text;
        if (response.statusCode !== 200 || !text.startsWith('{"data"') || text.includes('"errors"')) {
          failures++;
          firstFailure ??= `HTTP ${response.statusCode}: ${text.slice(0, 300)}`;
        }
      } catch (error) {
        failures++;
        firstFailure ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, worker));
  const elapsedMs = performance.now() - begin;
  await pool.close();
  return { id: job.id, requests: latenciesMs.length, failures, firstFailure, elapsedMs, latenciesMs, firstAnswer };
}

process.on('message', (job: LoadJob) => {
  void run(job).then((result) => process.send!(result));
});
