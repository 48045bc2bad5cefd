import { BRAND_SOURCES, type BrandSource, type SeriesSource } from './catalog-data.ts';
import { Random } from './random.ts';

/**
 * The brand → sub-brand → series → model tree served by 4001/4002. It does not depend on the world
 * seed: ids stay the same across seeds. Ids are unique within each level (docs/upstream.md ambiguity 29) and
 * every list is sorted by id ascending.
 */

export interface CatalogModel {
  readonly id: number;
  readonly year: number;
  readonly name: string;
  readonly brandId: number;
  readonly subBrandId: number;
  readonly seriesId: number;
  readonly electric: boolean;
  /** Typical urban consumption, L/100 km; null for an electric model. Not on the wire. */
  readonly litresPer100Km: number | null;
}

export interface CatalogSeries {
  readonly id: number;
  readonly name: string;
  readonly models: readonly CatalogModel[];
}

export interface CatalogSubBrand {
  readonly id: number;
  readonly name: string;
  readonly series: readonly CatalogSeries[];
}

export interface CatalogBrand {
  readonly id: number;
  readonly name: string;
  /** Path relative to logoRoot. */
  readonly logo: string;
  readonly subBrands: readonly CatalogSubBrand[];
}

export interface Catalog {
  readonly logoRoot: string;
  readonly brands: readonly CatalogBrand[];
  readonly modelsById: ReadonlyMap<number, CatalogModel>;
}

export const LOGO_ROOT = 'https://img.iauto360.cn/';
const CATALOG_SEED = 4002;
const PETROL_TRIMS = ['舒适型', '豪华型', '尊贵型', '智能型', '精英型', '时尚型', '运动型', '旗舰型', '领先型', '进取型'];
const ELECTRIC_TRIMS = ['标准续航版', '长续航版', '性能版', '智享版', 'Pro', 'Max'];

export function buildCatalog(): Catalog {
  const ids = {
    subBrand: new IdAllocator(1, BRAND_SOURCES.flatMap((b) => b.subBrands.map((s) => s.id))),
    series: new IdAllocator(101, BRAND_SOURCES.flatMap((b) => b.subBrands.flatMap((s) => s.series.map((r) => r.id)))),
    model: new IdAllocator(
      3001,
      BRAND_SOURCES.flatMap((b) => b.subBrands.flatMap((s) => s.series.flatMap((r) => (r.models ?? []).map((m) => m.id)))),
    ),
  };
  const brands = [...BRAND_SOURCES]
    .sort((a, b) => a.id - b.id)
    .map((source): CatalogBrand => ({
      id: source.id,
      name: source.name,
      logo: source.logo,
      subBrands: byId(
        source.subBrands.map((subBrand) => {
          const subBrandId = subBrand.id ?? ids.subBrand.next();
          return {
            id: subBrandId,
            name: subBrand.name,
            series: byId(
              subBrand.series.map((series) => {
                const seriesId = series.id ?? ids.series.next();
                const owner = { brand: source, subBrandId, seriesId };
                return { id: seriesId, name: series.name, models: byId(buildModels(owner, series, ids.model)) };
              }),
            ),
          };
        }),
      ),
    }));
  const modelsById = new Map<number, CatalogModel>();
  for (const brand of brands) {
    for (const subBrand of brand.subBrands) {
      for (const series of subBrand.series) {
        for (const model of series.models) modelsById.set(model.id, model);
      }
    }
  }
  return { logoRoot: LOGO_ROOT, brands, modelsById };
}

interface ModelOwner {
  readonly brand: BrandSource;
  readonly subBrandId: number;
  readonly seriesId: number;
}

function buildModels(owner: ModelOwner, series: SeriesSource, ids: IdAllocator): CatalogModel[] {
  const random = Random.derive(CATALOG_SEED, owner.brand.id, series.name);
  const models: CatalogModel[] = (series.models ?? []).map((fixed) =>
    makeModel(owner, fixed.id, fixed.year, fixed.name, powertrainOf(fixed.name) ?? random.pick(owner.brand.powertrains)),
  );
  const names = new Set(models.map((model) => model.name));
  const wanted = models.length + random.int(2, 4);
  let year = random.int(2012, 2019);
  for (let attempt = 0; models.length < wanted && attempt < 40; attempt++) {
    const powertrain = random.pick(owner.brand.powertrains);
    const name = owner.brand.electric
      ? `${powertrain} ${random.pick(ELECTRIC_TRIMS)}`
      : `${powertrain} ${gearboxFor(powertrain, random)} ${random.pick(PETROL_TRIMS)}`;
    if (names.has(name)) continue;
    names.add(name);
    models.push(makeModel(owner, ids.next(), year, name, powertrain));
    year = Math.min(2024, year + random.int(0, 2));
  }
  return models;
}

function makeModel(owner: ModelOwner, id: number, year: number, name: string, powertrain: string): CatalogModel {
  return {
    id,
    year,
    name,
    brandId: owner.brand.id,
    subBrandId: owner.subBrandId,
    seriesId: owner.seriesId,
    electric: owner.brand.electric,
    litresPer100Km: owner.brand.electric ? null : urbanConsumption(powertrain),
  };
}

function powertrainOf(modelName: string): string | undefined {
  return /\d\.\d[LT]/.exec(modelName)?.[0];
}

function gearboxFor(engine: string, random: Random): string {
  return engine.endsWith('T')
    ? random.weighted([['双离合', 4], ['自动', 4], ['手动', 1]])
    : random.weighted([['自动', 4], ['手动', 3], ['CVT', 2]]);
}

function urbanConsumption(engine: string): number {
  const displacement = Number.parseFloat(engine);
  const turbo = engine.endsWith('T') ? 0.6 : 0;
  return Math.round((2.4 + 2.7 * displacement + turbo) * 10) / 10;
}

function byId<T extends { readonly id: number }>(items: T[]): T[] {
  return items.sort((a, b) => a.id - b.id);
}

/** Hands out ascending ids, skipping those reserved for fixed entries. */
class IdAllocator {
  private current: number;
  private readonly reserved: ReadonlySet<number>;

  constructor(first: number, reserved: readonly (number | undefined)[]) {
    this.current = first;
    this.reserved = new Set(reserved.filter((id): id is number => id !== undefined));
  }

  next(): number {
    while (this.reserved.has(this.current)) this.current++;
    return this.current++;
  }
}
