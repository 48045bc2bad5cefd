import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CatalogIndex } from '../src/catalog-index.ts';
import { type RunningSimulator, startSimulator } from '../src/simulator/server.ts';
import { IautoClient } from '../src/upstream/client.ts';
import { UpstreamRejectedError } from '../src/upstream/errors.ts';

let simulator: RunningSimulator;
let client: IautoClient;
let clock = 0;
const ttlMs = 60_000;
const newIndex = () => new CatalogIndex(client, { ttlMs, now: () => clock });

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  client = new IautoClient({ baseUrl: simulator.baseUrl, openId: simulator.openId, secureCode: simulator.secureCode, readRetries: 0 });
});
afterAll(async () => {
  await client.close();
  await simulator.close();
});
beforeEach(() => {
  clock = 1_000_000;
  simulator.setFaults({ errorRate: 0, services: null });
  simulator.resetStats();
});

describe('the shared catalog index', () => {
  it('builds the model index once, even for concurrent lookups, and answers from it while fresh', async () => {
    const index = newIndex();
    const brandCount = simulator.world.catalog.brands.length;
    const [ix25, lavita, unknown] = await Promise.all([index.model(3434), index.model(3412), index.model(99_999_999)]);
    expect(ix25).toMatchObject({ id: 3434, year: 2017, name: '1.4T 双离合 智能型', series: { name: 'ix25' } });
    expect(ix25?.series.subBrand.brand.name).toBe('现代');
    expect(lavita?.series.subBrand.name).toBeDefined();
    expect(unknown).toBeUndefined();
    expect(simulator.stats().calls).toEqual({ '4001': 1, '4002': brandCount });

    simulator.resetStats();
    clock += ttlMs - 1;
    expect((await index.model(3434))?.id).toBe(3434);
    expect(await index.model(99_999_999)).toBeUndefined();
    expect((await index.brands()).entries.length).toBe(brandCount);
    expect(simulator.stats().total).toBe(0);
  });

  it("after the TTL refreshes only what is asked: the brand list and the model's own brand tree", async () => {
    const index = newIndex();
    await index.model(3434);
    simulator.resetStats();
    clock += ttlMs;
    expect((await index.model(3434))?.id).toBe(3434);
    expect(simulator.stats().calls).toEqual({ '4001': 1, '4002': 1 });
  });

  it('forgets a failed fetch, so the next lookup tries again', async () => {
    const index = newIndex();
    simulator.setFaults({ errorRate: 1, services: [4001] });
    await expect(index.brands()).rejects.toBeInstanceOf(UpstreamRejectedError);
    simulator.setFaults({ errorRate: 0, services: null });
    expect((await index.brand(12))?.name).toBe('现代');
    expect(simulator.stats().calls).toEqual({ '4001': 2 });
  });
});
