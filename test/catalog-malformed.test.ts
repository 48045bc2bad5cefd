import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogBrand } from '../src/simulator/catalog.ts';
import { graphql } from './gql/index.ts';
import type { Stack } from './helpers/stack.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * A catalog answer with one part that breaks the contract: each brand record of 4001 is checked on
 * its own, and each brand's tree (4002) is its own call, so what is well-formed is still served.
 */

const BrandsAndModel = graphql(`
  query MalformedBrandsAndModel($modelId: Int!) {
    brands { id: catalogId name }
    model(id: $modelId) { id: catalogId brand { id: catalogId } }
  }
`);

const BrandAndModel = graphql(`
  query MalformedBrandAndModel($brandId: Int!, $modelId: Int!) {
    brand(id: $brandId) { id: catalogId }
    model(id: $modelId) { id: catalogId }
  }
`);

const SetModel = graphql(`
  mutation MalformedSetModel($esn: String!, $modelId: Int!) {
    updateVehicleProfile(esn: $esn, input: { modelId: $modelId }) { vehicle { esn } }
  }
`);

// 现代 (12) holds model 3434; the brand broken is another one.
const HYUNDAI = 12;
const IX25_MODEL = 3434;

/** Replaces one brand of the simulated catalog (what 4001 and 4002 answer from). */
function replaceBrand(stack: Stack, brand: CatalogBrand, replacement: object): void {
  const world = stack.simulator.world as { catalog: Catalog };
  world.catalog = { ...world.catalog, brands: world.catalog.brands.map((candidate) => (candidate === brand ? ({ ...brand, ...replacement } as CatalogBrand) : candidate)) };
}

/** updateVehicleProfile refuses the model with UPSTREAM_BAD_RESPONSE and writes nothing (no 1022 call). */
async function expectRefusedAsProfileModel(stack: Stack, modelId: number): Promise<void> {
  const [terminal] = stack.simulator.world.boundTerminals();
  await stack.resetStats();
  const refused = await stack.graphql(SetModel, { esn: terminal!.esn, modelId });
  expect(refused.data?.updateVehicleProfile ?? null).toBeNull();
  expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UPSTREAM_BAD_RESPONSE']);
  expect((await stack.stats()).calls['1022']).toBeUndefined();
}

const firstModelOf = (brand: CatalogBrand) => brand.subBrands[0]!.series[0]!.models[0]!;

describe('a brand record that breaks the contract (4001)', () => {
  const stack = useStack({ simulator: { terminalCount: 2 } });
  let broken: CatalogBrand;
  let brokenIndex: number;

  it('is null at its index with UPSTREAM_BAD_RESPONSE; the other brands and their models are served', async () => {
    const { brands } = stack.simulator.world.catalog;
    brokenIndex = brands.findIndex((brand) => brand.id !== HYUNDAI && brand.subBrands.length > 0);
    broken = brands[brokenIndex]!;
    replaceBrand(stack, broken, { name: 42 });

    const result = await stack.graphql(BrandsAndModel, { modelId: IX25_MODEL });

    expect(result.data!.brands).toEqual(brands.map((brand, index) => (index === brokenIndex ? null : { id: brand.id, name: brand.name })));
    expect(result.data!.model).toEqual({ id: IX25_MODEL, brand: { id: HYUNDAI } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['brands', brokenIndex], extensions: { code: 'UPSTREAM_BAD_RESPONSE', service: 4001 } });
    expect(result.errors![0]!.message).toContain(`records.${brokenIndex}.name`);
    // One brand list; the model, not yet indexed, loads the tree of every well-formed brand, once.
    expect((await stack.stats()).calls).toEqual({ '4001': 1, '4002': brands.length - 1 });
  });

  it('makes a brand or model it may hold UPSTREAM_BAD_RESPONSE, not NOT_FOUND, and refuses it as a profile model without writing', async () => {
    const unreadModel = firstModelOf(broken);
    const result = await stack.graphql(BrandAndModel, { brandId: broken.id, modelId: unreadModel.id });
    expect(result.data).toEqual({ brand: null, model: null });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.service])).toEqual(
      expect.arrayContaining([
        [['brand'], 'UPSTREAM_BAD_RESPONSE', 4001],
        [['model'], 'UPSTREAM_BAD_RESPONSE', 4001],
      ]),
    );
    expect(result.errors![0]!.message).toMatch(/not among the well-formed brands, and the brand list holds a malformed record/);

    await expectRefusedAsProfileModel(stack, unreadModel.id);
  });
});

const BrandTree = graphql(`
  query MalformedBrandTree($brandId: Int!, $modelId: Int!, $nodeIds: [ID!]!) {
    brand(id: $brandId) { subBrands { id: catalogId series { id: catalogId models { id: catalogId name } } } }
    model(id: $modelId) { id: catalogId }
    nodes(ids: $nodeIds) { ... on Model { catalogId } }
  }
`);

const modelNodeId = (brand: CatalogBrand, subBrandIndex: number, seriesIndex: number, modelId: number) =>
  Buffer.from(`Model:${brand.id}:${brand.subBrands[subBrandIndex]!.id}:${brand.subBrands[subBrandIndex]!.series[seriesIndex]!.id}:${modelId}`).toString('base64');

describe("a record of a brand's tree that breaks the contract (4002)", () => {
  const stack = useStack({ simulator: { terminalCount: 2 } });

  it('a model record: null at its index with UPSTREAM_BAD_RESPONSE naming its place; the rest of the tree and its lookups are served', async () => {
    const hyundai = stack.simulator.world.catalog.brands.find((brand) => brand.id === HYUNDAI)!;
    // A series of Hyundai's with at least two models: the second is broken, the first looked up.
    const i = hyundai.subBrands.findIndex((subBrand) => subBrand.series.some((series) => series.models.length > 1));
    const j = hyundai.subBrands[i]!.series.findIndex((series) => series.models.length > 1);
    const k = 1;
    const series = hyundai.subBrands[i]!.series[j]!;
    const [sibling, broken] = [series.models[0]!, series.models[k]!];
    replaceBrand(stack, hyundai, {
      subBrands: hyundai.subBrands.map((subBrand, si) =>
        si !== i ? subBrand : { ...subBrand, series: subBrand.series.map((s, sj) => (sj !== j ? s : { ...s, models: s.models.map((m, mk) => (mk === k ? { ...m, name: 42 } : m)) })) },
      ),
    });

    await stack.resetStats();
    const result = await stack.graphql(BrandTree, {
      brandId: HYUNDAI,
      modelId: IX25_MODEL,
      nodeIds: [modelNodeId(hyundai, i, j, sibling.id), modelNodeId(hyundai, i, j, broken.id)],
    });

    const expected = hyundai.subBrands.map((subBrand, si) => ({
      id: subBrand.id,
      series: subBrand.series.map((s, sj) => ({ id: s.id, models: s.models.map((m, mk) => (si === i && sj === j && mk === k ? null : { id: m.id, name: m.name })) })),
    }));
    expect(result.data!.brand).toEqual({ subBrands: expected });
    expect(result.data!.model).toEqual({ id: IX25_MODEL });
    expect(result.data!.nodes).toEqual([{ catalogId: sibling.id }, null]);
    expect(result.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.service])).toEqual(
      expect.arrayContaining([
        [['brand', 'subBrands', i, 'series', j, 'models', k], 'UPSTREAM_BAD_RESPONSE', 4002],
        [['nodes', 1], 'UPSTREAM_BAD_RESPONSE', 4002],
      ]),
    );
    expect(result.errors).toHaveLength(2);
    const atItsPlace = result.errors!.find((error) => error.path?.[0] === 'brand')!;
    expect(atItsPlace.message).toContain(`records.${i}.records.${j}.records.${k}.name`);
    // model(id:), not yet indexed, loads every brand's tree; Hyundai's once for both fields.
    expect((await stack.stats()).calls).toEqual({ '4001': 1, '4002': stack.simulator.world.catalog.brands.length });
  });

  it('makes the malformed model UPSTREAM_BAD_RESPONSE, not NOT_FOUND, and refuses it as a profile model without writing', async () => {
    const hyundai = stack.simulator.world.catalog.brands.find((brand) => brand.id === HYUNDAI)!;
    const broken = hyundai.subBrands.flatMap((subBrand) => subBrand.series.flatMap((series) => series.models)).find((model) => typeof model.name !== 'string')!;
    expect(broken).toBeDefined();
    const result = await stack.graphql(BrandAndModel, { brandId: HYUNDAI, modelId: broken.id });
    expect(result.data).toEqual({ brand: { id: HYUNDAI }, model: null });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.service])).toEqual([[['model'], 'UPSTREAM_BAD_RESPONSE', 4002]]);
    expect(result.errors![0]!.message).toMatch(/not among the well-formed records of its brand's model tree, which holds a malformed one/);

    await expectRefusedAsProfileModel(stack, broken.id);
  });
});

describe("a sub-brand record of another brand's tree that breaks the contract (4002)", () => {
  const stack = useStack({ simulator: { terminalCount: 2 } });

  it('is null at its index; a model of another brand is found; a model found nowhere is that failure, not NOT_FOUND', async () => {
    const broken = stack.simulator.world.catalog.brands.find((brand) => brand.id !== HYUNDAI && brand.subBrands.length > 0)!;
    replaceBrand(stack, broken, { subBrands: [{ ...broken.subBrands[0]!, id: 'x' }, ...broken.subBrands.slice(1)] });

    const result = await stack.graphql(BrandAndModel, { brandId: HYUNDAI, modelId: IX25_MODEL });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ brand: { id: HYUNDAI }, model: { id: IX25_MODEL } });

    const ix25NodeId = Buffer.from(`Model:${HYUNDAI}:12:123:${IX25_MODEL}`).toString('base64');
    const tree = await stack.graphql(BrandTree, { brandId: broken.id, modelId: IX25_MODEL, nodeIds: [ix25NodeId] });
    expect(tree.data!.nodes).toEqual([{ catalogId: IX25_MODEL }]);
    expect(tree.data!.brand!.subBrands).toEqual([null, ...broken.subBrands.slice(1).map((subBrand) => expect.objectContaining({ id: subBrand.id }))]);
    expect(tree.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.service])).toEqual([[['brand', 'subBrands', 0], 'UPSTREAM_BAD_RESPONSE', 4002]]);
    expect(tree.errors![0]!.message).toContain('records.0.id');

    const missing = await stack.graphql(BrandAndModel, { brandId: HYUNDAI, modelId: 99_999_999 });
    expect(missing.data).toEqual({ brand: { id: HYUNDAI }, model: null });
    expect(missing.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.service])).toEqual([[['model'], 'UPSTREAM_BAD_RESPONSE', 4002]]);
  });
});
