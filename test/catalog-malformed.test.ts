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

    const [terminal] = stack.simulator.world.boundTerminals();
    await stack.resetStats();
    const refused = await stack.graphql(SetModel, { esn: terminal!.esn, modelId: unreadModel.id });
    expect(refused.data?.updateVehicleProfile ?? null).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UPSTREAM_BAD_RESPONSE']);
    expect((await stack.stats()).calls['1022']).toBeUndefined();
  });
});

describe("a brand's tree that breaks the contract (4002)", () => {
  const stack = useStack({ simulator: { terminalCount: 2 } });

  it('leaves a model of another brand found; a model found nowhere is that failure, not NOT_FOUND', async () => {
    const broken = stack.simulator.world.catalog.brands.find((brand) => brand.id !== HYUNDAI && brand.subBrands.length > 0)!;
    replaceBrand(stack, broken, { subBrands: [{ ...broken.subBrands[0]!, id: 'x' }] });

    const result = await stack.graphql(BrandAndModel, { brandId: HYUNDAI, modelId: IX25_MODEL });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ brand: { id: HYUNDAI }, model: { id: IX25_MODEL } });

    const missing = await stack.graphql(BrandAndModel, { brandId: HYUNDAI, modelId: 99_999_999 });
    expect(missing.data).toEqual({ brand: { id: HYUNDAI }, model: null });
    expect(missing.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.service])).toEqual([[['model'], 'UPSTREAM_BAD_RESPONSE', 4002]]);
  });
});
