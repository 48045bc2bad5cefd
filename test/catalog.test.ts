import { describe, expect, it } from 'vitest';
import type { Catalog } from '../src/simulator/catalog.ts';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

const CatalogTree = graphql(`
  query CatalogTree($brandId: Int!) {
    brand(id: $brandId) {
      id: catalogId name logoUrl
      subBrands {
        id: catalogId name brand { id: catalogId }
        series {
          id: catalogId name subBrand { id: catalogId }
          models { id: catalogId name year fullName series { id: catalogId } brand { id: catalogId } }
        }
      }
    }
  }
`);

const BrandList = graphql(`
  query BrandList {
    brands { id: catalogId name logoUrl }
  }
`);

const ModelName = graphql(`
  query ModelName($id: Int!) {
    model(id: $id) { id: catalogId year fullName series { name subBrand { name } } brand { name } }
  }
`);

const BrandsAndModel = graphql(`
  query BrandsAndModel($modelId: Int!) {
    brands { id: catalogId }
    model(id: $modelId) { id: catalogId }
  }
`);

const BrandAndModelIds = graphql(`
  query BrandAndModelIds($brandId: Int!, $modelId: Int!) {
    brand(id: $brandId) { id: catalogId }
    model(id: $modelId) { id: catalogId }
  }
`);

describe('the catalog', () => {
  it('lists every brand of the world with its logo URL', async () => {
    const { world } = stack.simulator;
    const response = await stack.graphql(BrandList, {});
    expect(response.errors).toBeUndefined();
    expect(response.data?.brands).toEqual(
      world.catalog.brands.map((brand) => ({ id: brand.id, name: brand.name, logoUrl: `${world.catalog.logoRoot}${brand.logo}` })),
    );
  });

  it('walks brand → sub-brand → series → model with the ids and names of the world', async () => {
    const { world } = stack.simulator;
    const worldBrand = world.catalog.brands.find((brand) => brand.id === 12)!;
    const response = await stack.graphql(CatalogTree, { brandId: 12 });
    expect(response.errors).toBeUndefined();
    const brand = response.data!.brand!;
    expect(brand).toMatchObject({ id: 12, name: '现代' });
    const subBrands = brand.subBrands!;
    expect(subBrands.map((subBrand) => subBrand!.id)).toEqual(worldBrand.subBrands.map((subBrand) => subBrand.id));
    for (const [i, worldSubBrand] of worldBrand.subBrands.entries()) {
      const subBrand = subBrands[i]!;
      expect(subBrand).toMatchObject({ name: worldSubBrand.name, brand: { id: 12 } });
      expect(subBrand.series.map((series) => series!.id)).toEqual(worldSubBrand.series.map((series) => series.id));
      for (const [j, worldSeries] of worldSubBrand.series.entries()) {
        const series = subBrand.series[j]!;
        expect(series).toMatchObject({ name: worldSeries.name, subBrand: { id: worldSubBrand.id } });
        expect(series.models.map((model) => ({ id: model!.id, name: model!.name, year: model!.year }))).toEqual(
          worldSeries.models.map((model) => ({ id: model.id, name: model.name, year: model.year })),
        );
        for (const model of series.models) expect(model).toMatchObject({ series: { id: worldSeries.id }, brand: { id: 12 } });
      }
    }
  });

  it('names model 3434 as a person would', async () => {
    const response = await stack.graphql(ModelName, { id: 3434 });
    expect(response.errors).toBeUndefined();
    expect(response.data?.model).toEqual({
      id: 3434,
      year: 2017,
      fullName: '北京现代 ix25 2017款 1.4T 双离合 智能型',
      series: { name: 'ix25', subBrand: { name: '北京现代' } },
      brand: { name: '现代' },
    });
  });

  it('serves a second request from the shared cache without any 4001/4002 call', async () => {
    await stack.graphql(CatalogTree, { brandId: 13 });
    await stack.resetStats();
    const again = await stack.graphql(CatalogTree, { brandId: 13 });
    const brands = await stack.graphql(BrandsAndModel, { modelId: 3434 });
    expect(again.data?.brand?.id).toBe(13);
    expect(brands.errors).toBeUndefined();
    expect((await stack.stats()).total).toBe(0);
  });

  it('answers an unknown id with null and NOT_FOUND', async () => {
    const response = await stack.graphql(BrandAndModelIds, { brandId: 999999, modelId: 999999 });
    expect(response.data).toEqual({ brand: null, model: null });
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual(
      expect.arrayContaining([
        [['brand'], 'NOT_FOUND'],
        [['model'], 'NOT_FOUND'],
      ]),
    );
  });

  it('rejects a non-positive id as BAD_USER_INPUT without calling upstream', async () => {
    const response = await stack.graphql(ModelName, { id: 0 });
    expect(response.data?.model).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await stack.stats()).total).toBe(0);
  });
});

const SubBrandTree = graphql(`
  query SubBrandTree($brandId: Int!) {
    brand(id: $brandId) { subBrands { id catalogId series { id catalogId models { catalogId } } } }
  }
`);

const SeriesNodes = graphql(`
  query SeriesNodes($ids: [ID!]!) {
    nodes(ids: $ids) { id ... on Series { catalogId subBrand { catalogId } models { catalogId } } }
  }
`);

describe('a brand tree that sends one sub-brand as several records, as the vendor example of 4002 does', () => {
  const split = useStack({ simulator: { terminalCount: 2 } });

  it('gives one node per id, the records merged, and each series refetches by its global id', async () => {
    const world = split.simulator.world as { catalog: Catalog };
    const brand = world.catalog.brands.find((candidate) => candidate.subBrands.some((subBrand) => subBrand.series.length >= 2))!;
    const subBrand = brand.subBrands.find((candidate) => candidate.series.length >= 2)!;
    // The sub-brand twice, each record with part of its series (北京现代 with ix25, then again with 劳恩斯).
    const records = brand.subBrands.flatMap((candidate) =>
      candidate === subBrand ? [{ ...candidate, series: candidate.series.slice(0, 1) }, { ...candidate, series: candidate.series.slice(1) }] : [candidate],
    );
    world.catalog = { ...world.catalog, brands: world.catalog.brands.map((candidate) => (candidate === brand ? { ...brand, subBrands: records } : candidate)) };

    const response = await split.graphql(SubBrandTree, { brandId: brand.id });
    expect(response.errors).toBeUndefined();
    const subBrands = response.data!.brand!.subBrands!;
    expect(subBrands.map((node) => node!.catalogId)).toEqual(brand.subBrands.map((node) => node.id));
    expect(new Set(subBrands.map((node) => node!.id)).size).toBe(subBrands.length);
    const merged = subBrands.find((node) => node!.catalogId === subBrand.id)!;
    expect(merged.series.map((series) => series!.catalogId)).toEqual(subBrand.series.map((series) => series.id));

    const refetched = await split.graphql(SeriesNodes, { ids: merged.series.map((series) => series!.id) });
    expect(refetched.errors).toBeUndefined();
    expect(refetched.data!.nodes).toEqual(
      subBrand.series.map((series, index) => ({
        id: merged.series[index]!.id,
        catalogId: series.id,
        subBrand: { catalogId: subBrand.id },
        models: series.models.map((model) => ({ catalogId: model.id })),
      })),
    );
  });
});
