import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogBrand } from '../src/simulator/catalog.ts';
import { graphql } from './gql/index.ts';
import { type Stack, type StackOptions, startStack } from './helpers/stack.ts';

/*
 * Without Redis, the catalog a gateway fetched is kept in its SQLite file (EVENTS_DB), so the next
 * start of the gateway on that file reads it instead of fetching the brand list and every brand's
 * tree again, while the catalog's TTL has not run out, and only for the same iauto360 account.
 */

const KeptModel = graphql(`
  query KeptModel($modelId: Int!) {
    model(id: $modelId) { id: catalogId name year fullName brand { name logoUrl } }
  }
`);

// 现代 (12) holds model 3434.
const IX25_MODEL = 3434;

const directory = mkdtempSync(join(tmpdir(), 'iauto-graph-catalog-kept-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

let files = 0;
/** A SQLite file of its own for one test's gateway starts. */
const freshFile = () => join(directory, `gateway-${++files}.db`);

/** One start of the gateway (and a simulator of its own) on `file`: the model's answer and the catalog calls it made. */
async function runOnce(file: string, options: StackOptions = {}, prepare: (stack: Stack) => void = () => undefined) {
  const stack = await startStack({ ...options, simulator: { terminalCount: 2, ...options.simulator }, events: { sqlitePath: file } });
  try {
    prepare(stack);
    const response = await stack.graphql(KeptModel, { modelId: IX25_MODEL });
    const { calls } = await stack.stats();
    return { response, brandLists: calls['4001'] ?? 0, trees: calls['4002'] ?? 0, brandCount: stack.simulator.world.catalog.brands.length, logs: stack.logLines };
  } finally {
    await stack.close();
  }
}

describe('the catalog kept in the SQLite file across restarts (no Redis)', () => {
  it('a second start on the same file answers the model lookup without a catalog call', async () => {
    const file = freshFile();
    const first = await runOnce(file);
    expect(first.response.errors).toBeUndefined();
    expect(first.response.data?.model).toMatchObject({ id: IX25_MODEL, brand: { name: '现代' } });
    // The first lookup of a model reads the brand list and every brand's tree.
    expect(first.brandLists).toBe(1);
    expect(first.trees).toBe(first.brandCount);
    expect(first.brandCount).toBeGreaterThan(10);

    const second = await runOnce(file);
    expect(second.response.data).toEqual(first.response.data);
    expect(second.brandLists).toBe(0);
    expect(second.trees).toBe(0);
    // The request's own account of its upstream spending says so too.
    expect(first.response.extensions?.upstreamCost).toMatchObject({ calls: first.brandCount + 1, cached: 0 });
    expect(second.response.extensions?.upstreamCost).toMatchObject({ calls: 0, cached: 1 });
  });

  it('is fetched again once its TTL (CATALOG_TTL_SECONDS) has run out', async () => {
    const file = freshFile();
    const first = await runOnce(file, { catalogTtlMs: 400 });
    expect(first.trees).toBe(first.brandCount);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = await runOnce(file, { catalogTtlMs: 400 });
    expect(second.response.data).toEqual(first.response.data);
    expect(second.brandLists).toBe(1);
    expect(second.trees).toBe(second.brandCount);
  });

  it('a start that read the kept catalog keeps it only until the TTL counted from when it was fetched', async () => {
    const file = freshFile();
    const ttlMs = 2_000;
    const first = await runOnce(file, { catalogTtlMs: ttlMs });
    const fetchedBy = Date.now();
    expect(first.trees).toBe(first.brandCount);
    // Read back a second later: 1 s of its TTL is left.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const stack = await startStack({ simulator: { terminalCount: 2 }, catalogTtlMs: ttlMs, events: { sqlitePath: file } });
    try {
      expect((await stack.graphql(KeptModel, { modelId: IX25_MODEL })).data).toEqual(first.response.data);
      expect((await stack.stats()).calls['4002']).toBeUndefined();
      // Past the TTL of the first fetch, though within a TTL counted from the read back.
      await new Promise((resolve) => setTimeout(resolve, fetchedBy + ttlMs + 500 - Date.now()));
      await stack.resetStats();
      expect((await stack.graphql(KeptModel, { modelId: IX25_MODEL })).data).toEqual(first.response.data);
      const { calls } = await stack.stats();
      // The brand list, and the tree of the model's brand (known from the index), fetched again.
      expect(calls).toEqual({ '4001': 1, '4002': 1 });
    } finally {
      await stack.close();
    }
  });

  it('is not read by a gateway of another iauto360 account on the same file', async () => {
    const file = freshFile();
    await runOnce(file);
    const other = await runOnce(file, { simulator: { openId: 'another-open-id' } });
    expect(other.response.data?.model).toMatchObject({ id: IX25_MODEL });
    expect(other.brandLists).toBe(1);
    expect(other.trees).toBe(other.brandCount);
  });

  it("a brand tree holding a record that broke the contract is not kept: only that tree is fetched again", async () => {
    const file = freshFile();
    // Another brand than 现代: one of its sub-brands arrives with a text id.
    const breakOneBrand = (stack: Stack) => {
      const world = stack.simulator.world as { catalog: Catalog };
      const broken = world.catalog.brands.find((brand) => brand.id !== 12)!;
      const replacement = { ...broken, subBrands: [{ ...broken.subBrands[0]!, id: 'x' }, ...broken.subBrands.slice(1)] } as unknown as CatalogBrand;
      world.catalog = { ...world.catalog, brands: world.catalog.brands.map((brand) => (brand === broken ? replacement : brand)) };
    };
    const first = await runOnce(file, {}, breakOneBrand);
    expect(first.response.data?.model).toMatchObject({ id: IX25_MODEL });
    expect(first.trees).toBe(first.brandCount);

    const second = await runOnce(file);
    expect(second.response.data?.model).toMatchObject({ id: IX25_MODEL });
    expect(second.brandLists).toBe(0);
    expect(second.trees).toBe(1);
  });

  it('a file whose table it cannot use only costs the calls: the gateway starts, warns once and answers', async () => {
    const file = freshFile();
    // A table of that name made by something else: the gateway's statements cannot be prepared on it.
    const db = new Database(file);
    db.exec('CREATE TABLE shared_answers (x TEXT)');
    db.close();
    const first = await runOnce(file);
    expect(first.response.errors).toBeUndefined();
    expect(first.response.data?.model).toMatchObject({ id: IX25_MODEL });
    const warnings = first.logs.map((line) => JSON.parse(line) as { level: number; msg: string }).filter((line) => line.msg.startsWith('EVENTS_DB: cannot keep the catalog'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.level).toBe(40);
    const second = await runOnce(file);
    expect(second.response.data).toEqual(first.response.data);
    expect(second.trees).toBe(second.brandCount);
  });
});
