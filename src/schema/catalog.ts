import { type Brand as BrandValue, type Model as ModelValue, type Series as SeriesValue, type SubBrand as SubBrandValue, nodeOfTree } from '../catalog-index.ts';
import { modelFullName } from '../domain/catalog.ts';
import type { Context } from '../context.ts';
import { badUserInput, itemsFailingAlone, notFound } from '../errors.ts';
import { builder } from './builder.ts';
import { defineNode } from './node.ts';
import { catalogIdRule } from './validation.ts';

/*
 * The car catalog (4001 brand list, 4002 model tree per brand), always through the shared
 * CatalogIndex: its TTL cache serves every request, so catalog fields usually cost no call.
 */

export const Brand = builder.objectRef<BrandValue>('Brand');
export const SubBrand = builder.objectRef<SubBrandValue>('SubBrand');
export const Series = builder.objectRef<SeriesValue>('Series');
export const Model = builder.objectRef<ModelValue>('Model');

Brand.implement({
  description: 'A car brand of the iauto360 catalog, e.g. 现代 (Hyundai).',
  fields: (t) => ({
    catalogId: t.exposeInt('id', { nullable: false, description: 'Catalog id of the brand (what `brand(id:)` takes).' }),
    name: t.exposeString('name', { nullable: false, description: 'Brand name, in Chinese (e.g. 现代, 奥迪).' }),
    logoUrl: t.exposeString('logoUrl', { description: "Full URL of the brand's logo image; null when the catalog has none, or gives only a path without the root to join it to." }),
    subBrands: t.field({
      type: [SubBrand],
      nullable: { list: true, items: true },
      description:
        "The makers selling this brand (e.g. the joint venture 北京现代), each with its series and models, by id. Null, with the coded error here, when the brand's model tree cannot be fetched; a sub-brand whose record breaks the contract is null at its index with UPSTREAM_BAD_RESPONSE, the others kept.",
      resolve: async (brand, _args, context) => itemsFailingAlone((await context.catalog.subBrands(brand)).subBrands),
    }),
  }),
});

SubBrand.implement({
  description: 'A maker within a brand, often a joint venture (e.g. 北京现代 for 现代), grouping series.',
  fields: (t) => ({
    catalogId: t.exposeInt('id', { nullable: false, description: 'Catalog id of the sub-brand.' }),
    name: t.exposeString('name', { nullable: false, description: 'Sub-brand name, in Chinese.' }),
    brand: t.field({ type: Brand, nullable: false, description: 'The brand this maker belongs to.', resolve: (subBrand) => subBrand.brand }),
    series: t.field({
      type: [Series],
      nullable: { list: false, items: true },
      description: 'The series (model lines) of this maker, by id. A series whose record breaks the contract is null at its index with UPSTREAM_BAD_RESPONSE.',
      resolve: (subBrand) => itemsFailingAlone(subBrand.series),
    }),
  }),
});

Series.implement({
  description: 'A model line of a maker (e.g. ix25), grouping its model years and trims.',
  fields: (t) => ({
    catalogId: t.exposeInt('id', { nullable: false, description: 'Catalog id of the series.' }),
    name: t.exposeString('name', { nullable: false, description: 'Series name (e.g. ix25, 劳恩斯).' }),
    subBrand: t.field({ type: SubBrand, nullable: false, description: 'The maker of this series.', resolve: (series) => series.subBrand }),
    models: t.field({
      type: [Model],
      nullable: { list: false, items: true },
      description: 'The models (year and trim) of this series, by id. A model whose record breaks the contract is null at its index with UPSTREAM_BAD_RESPONSE.',
      resolve: (series) => itemsFailingAlone(series.models),
    }),
  }),
});

Model.implement({
  description: 'A concrete model: a series in one model year and trim. Its id is what a vehicle profile stores as its model.',
  fields: (t) => ({
    catalogId: t.exposeInt('id', {
      nullable: false,
      description: 'Catalog id of the model: the model id of a vehicle profile, and what `model(id:)` takes.',
    }),
    name: t.exposeString('name', { nullable: false, description: 'Trim name, in Chinese (e.g. 1.4T 双离合 智能型).' }),
    year: t.exposeInt('year', { description: 'Model year (e.g. 2017), when the catalog gives one.' }),
    fullName: t.string({
      nullable: false,
      description: 'Maker, series, model year and trim in one line, e.g. 北京现代 ix25 2017款 1.4T 双离合 智能型.',
      resolve: (model) => modelFullName(model),
    }),
    series: t.field({ type: Series, nullable: false, description: 'The series of this model.', resolve: (model) => model.series }),
    brand: t.field({
      type: Brand,
      nullable: false,
      description: 'The brand of this model (a shortcut for series.subBrand.brand).',
      resolve: (model) => model.series.subBrand.brand,
    }),
  }),
});

/*
 * Catalog global ids carry the path from the brand (`brandId:subBrandId:…`), the way iauto360
 * keys its catalog nodes, so a node is refetched from its brand's tree: one 4002 call at most.
 */
const catalogNodeId = (...ids: number[]) => ids.join(':');

async function catalogPath(key: string, length: number, argument: string, context: Context): Promise<[BrandValue | undefined, ...number[]]> {
  const ids = key.split(':');
  if (ids.length !== length || !ids.every((id) => /^[1-9]\d{0,9}$/.test(id))) {
    throw badUserInput([{ message: 'not an id given by this API (take it from an `id` field)', path: [argument] }]);
  }
  const [brandId, ...rest] = ids.map(Number) as [number, ...number[]];
  return [await context.catalog.brand(brandId), ...rest];
}

async function findSubBrand(brand: BrandValue | undefined, subBrandId: number, context: Context) {
  return brand && nodeOfTree((await context.catalog.subBrands(brand)).subBrands, subBrandId, `sub-brand ${subBrandId}`);
}

async function findSeries(brand: BrandValue | undefined, subBrandId: number, seriesId: number, context: Context) {
  const subBrand = await findSubBrand(brand, subBrandId, context);
  return subBrand && nodeOfTree(subBrand.series, seriesId, `series ${seriesId}`);
}

defineNode(Brand, {
  description: 'The opaque, stable global id of this brand.',
  key: (brand) => catalogNodeId(brand.id),
  load: async (key, argument, context) => (await catalogPath(key, 1, argument, context))[0] ?? null,
});
defineNode(SubBrand, {
  description: 'The opaque, stable global id of this sub-brand.',
  key: (subBrand) => catalogNodeId(subBrand.brand.id, subBrand.id),
  load: async (key, argument, context) => {
    const [brand, subBrandId] = await catalogPath(key, 2, argument, context);
    return (await findSubBrand(brand, subBrandId!, context)) ?? null;
  },
});
defineNode(Series, {
  description: 'The opaque, stable global id of this series.',
  key: (series) => catalogNodeId(series.subBrand.brand.id, series.subBrand.id, series.id),
  load: async (key, argument, context) => {
    const [brand, subBrandId, seriesId] = await catalogPath(key, 3, argument, context);
    return (await findSeries(brand, subBrandId!, seriesId!, context)) ?? null;
  },
});
defineNode(Model, {
  description: 'The opaque, stable global id of this model.',
  key: (model) => catalogNodeId(model.series.subBrand.brand.id, model.series.subBrand.id, model.series.id, model.id),
  load: async (key, argument, context) => {
    const [brand, subBrandId, seriesId, modelId] = await catalogPath(key, 4, argument, context);
    const series = await findSeries(brand, subBrandId!, seriesId!, context);
    return (series && nodeOfTree(series.models, modelId!, `model ${modelId}`)) ?? null;
  },
});

builder.queryFields((t) => ({
  brands: t.field({
    type: [Brand],
    nullable: { list: true, items: true },
    description:
      'Every brand of the catalog, in the order iauto360 lists them. Served from a shared cache that is refreshed after its time-to-live. Null, with the coded error here, when the brand list cannot be fetched; a brand whose record breaks the contract is null at its index with UPSTREAM_BAD_RESPONSE, the others kept.',
    resolve: async (_root, _args, context) => itemsFailingAlone((await context.catalog.brands()).entries),
  }),
  brand: t.field({
    type: Brand,
    description:
      'A brand by catalog id; null with a NOT_FOUND error when the catalog has no such brand, or with UPSTREAM_BAD_RESPONSE when it is not among the well-formed brands and a brand record was malformed (it may be that one).',
    args: { id: t.arg.int({ required: true, description: 'Catalog id of the brand, a positive integer (else BAD_USER_INPUT).', validate: catalogIdRule }) },
    resolve: async (_root, args, context) => {
      const brand = await context.catalog.brand(args.id);
      if (!brand) throw notFound(`No brand with id ${args.id} in the catalog.`);
      return brand;
    },
  }),
  model: t.field({
    type: Model,
    description:
      'A model by catalog id; null with a NOT_FOUND error when the catalog has no such model, or with the error of the brand record or tree that could not be read when it was not found in the others. The first lookup of an unknown id loads every brand tree once (cached afterwards).',
    args: { id: t.arg.int({ required: true, description: 'Catalog id of the model, a positive integer (else BAD_USER_INPUT).', validate: catalogIdRule }) },
    resolve: async (_root, args, context) => {
      const model = await context.catalog.model(args.id);
      if (!model) throw notFound(`No model with id ${args.id} in the catalog.`);
      return model;
    },
  }),
}));
