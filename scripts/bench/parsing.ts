/*
 * Answer parsing: parseJsonLossless on real simulator bodies. Without a run of 16 digits it is
 * plain JSON.parse (the fast path); with one it goes through lossless-json. The lossless path is
 * forced on the same body by prepending one extra field holding a 17-digit id. JSON.parse alone
 * runs alongside, to show what the scan that picks the path costs.
 */
import { isDeepStrictEqual } from 'node:util';
import { toUnixSeconds } from '../../src/domain/time.ts';
import type { RunningSimulator } from '../../src/simulator/server.ts';
import { parseJsonLossless } from '../../src/upstream/lossless-json.ts';
import { signRequest } from '../../src/upstream/signature.ts';
import type { Dashboard } from './dashboard.ts';
import { interleave, median, opsPerSecond } from './measure.ts';

export interface ParsingResult {
  body: string;
  bytes: number;
  fast: number[];
  /** JSON.parse alone, without the scan for 16-digit runs that chooses the path. */
  plain: number[];
  lossless: number[];
  rounds: number;
}

const LONG_ID_FIELD = '{"benchLongId":12345678901234567,';

/** The exact text the simulator answers to one signed call, as the client receives it. */
async function rawAnswer(simulator: RunningSimulator, service: number, data: unknown): Promise<string> {
  const time = Date.now();
  const body = JSON.stringify({ time, data });
  const signature = signRequest(simulator.openId, body, simulator.secureCode, time);
  const response = await fetch(`${simulator.baseUrl}/srv/${service}/${encodeURIComponent(simulator.openId)}/${signature}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  if (!response.ok || !text.startsWith('{"flag":1')) throw new Error(`service ${service} answered ${response.status}: ${text.slice(0, 200)}`);
  return text;
}

/** A trip page of the dashboard without long ids (so that it takes the fast path), and the longest track. */
async function sampleBodies(simulator: RunningSimulator, dashboard: Dashboard): Promise<Array<{ body: string; text: string }>> {
  const range = { timeFrom: toUnixSeconds(dashboard.from), timeTo: toUnixSeconds(dashboard.to) };
  let page: string | undefined;
  for (const esn of dashboard.esns) {
    const text = await rawAnswer(simulator, 1012, { esn, ...range, page: 1 });
    if (!/\d{16}/.test(text)) {
      page = text;
      break;
    }
  }
  if (!page) throw new Error('every dashboard trip page holds a 16-digit run; no fast-path page to compare');
  const pageTrips = (JSON.parse(page) as { data: { records: unknown[] } }).data.records.length;

  const { world } = simulator;
  const longest = world
    .boundTerminals()
    .flatMap((terminal) => world.tripsOf(terminal.esn).map((trip) => ({ esn: terminal.esn, trip })))
    .reduce((best, entry) => (entry.trip.trackPointCount > best.trip.trackPointCount ? entry : best));
  const track = await rawAnswer(simulator, 1013, { esn: longest.esn, recordId: longest.trip.id });
  if (/\d{16}/.test(track)) throw new Error('the track body holds a 16-digit run; it would not take the fast path');

  return [
    { body: `1012 page (${pageTrips} trips)`, text: page },
    { body: `1013 track (${longest.trip.trackPointCount} points)`, text: track },
  ];
}

/** Interleaved rounds: each round times a slice of each path on each body. */
export async function parsingBench(
  simulator: RunningSimulator,
  dashboard: Dashboard,
  options: { rounds: number; sliceMs: number; budgetMs: number },
): Promise<ParsingResult[]> {
  const results: ParsingResult[] = [];
  for (const { body, text } of await sampleBodies(simulator, dashboard)) {
    const forced = LONG_ID_FIELD + text.slice(1);
    const { benchLongId, ...rest } = parseJsonLossless(forced) as Record<string, unknown>;
    if (benchLongId !== '12345678901234567' || !isDeepStrictEqual(rest, parseJsonLossless(text))) {
      throw new Error(`${body}: the lossless path does not give the same value as the fast path`);
    }
    opsPerSecond(() => parseJsonLossless(text), options.sliceMs);
    opsPerSecond(() => parseJsonLossless(forced), options.sliceMs);
    const { samples, rounds } = await interleave(
      {
        fast: async () => opsPerSecond(() => parseJsonLossless(text), options.sliceMs),
        lossless: async () => opsPerSecond(() => parseJsonLossless(forced), options.sliceMs),
        plain: async () => opsPerSecond(() => JSON.parse(text), options.sliceMs),
      },
      { rounds: options.rounds, budgetMs: options.budgetMs / 2 },
    );
    results.push({ body, bytes: Buffer.byteLength(text), fast: samples.fast, lossless: samples.lossless, plain: samples.plain, rounds });
  }
  return results;
}

export const ratioOf = (result: ParsingResult): number => median(result.fast) / median(result.lossless);
export const scanCostOf = (result: ParsingResult): number => median(result.plain) / median(result.fast);
