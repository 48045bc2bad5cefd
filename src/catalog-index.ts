import type { IautoClient } from './upstream/client.ts';
import { cacheKeyOf } from './upstream/loader.ts';
import type { ServiceRequest, ServiceResponse } from './upstream/services.ts';
import type { SharedAnswers } from './upstream/shared-cache.ts';

export interface Brand {
  id: number;
  name: string;
  /** Full logo URL (logoRoot + logo), when the catalog gives one. */
  logoUrl: string | null;
}
export interface SubBrand {
  id: number;
  name: string;
  brand: Brand;
  series: Series[];
}
export interface Series {
  id: number;
  name: string;
  subBrand: SubBrand;
  models: Model[];
}
export interface Model {
  id: number;
  name: string;
  year: number | null;
  series: Series;
}

interface Fresh<T> {
  value: Promise<T>;
  expiresAt: number;
}

export interface CatalogIndexOptions {
  /** How long a fetched brand list or brand tree stays fresh. */
  ttlMs: number;
  now?: () => number;
  /** Answers shared with other instances (Redis): a brand list or tree one instance fetched, the others read. */
  shared?: SharedAnswers;
}

/**
 * The car catalog shared by all requests: the brand list (4001) and each brand's tree (4002),
 * fetched lazily, kept for a TTL and never fetched twice while fresh, even by concurrent
 * requests. Models are indexed by id so a vehicle profile's modelId resolves to its model.
 */
export class CatalogIndex {
  readonly #client: IautoClient;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #shared: SharedAnswers | undefined;
  #brands: Fresh<Brand[]> | undefined;
  readonly #trees = new Map<number, Fresh<SubBrand[]>>();
  readonly #models = new Map<number, { model: Model; brandId: number }>();

  constructor(client: IautoClient, options: CatalogIndexOptions) {
    this.#client = client;
    this.#ttlMs = options.ttlMs;
    this.#now = options.now ?? Date.now;
    this.#shared = options.shared;
  }

  brands(): Promise<Brand[]> {
    if (!this.#isFresh(this.#brands)) {
      this.#brands = this.#remember(
        async () => decodeBrands(await this.#fetch(4001, {})),
        (failed) => this.#brands === failed && (this.#brands = undefined),
      );
    }
    return this.#brands!.value;
  }

  async brand(id: number): Promise<Brand | undefined> {
    return (await this.brands()).find((brand) => brand.id === id);
  }

  /** The sub-brands, series and models of a brand. */
  async subBrands(brand: Brand): Promise<SubBrand[]> {
    let tree = this.#trees.get(brand.id);
    if (!this.#isFresh(tree)) {
      tree = this.#remember(
        async () => {
          const subBrands = decodeTree(brand, await this.#fetch(4002, { brandId: brand.id }));
          for (const [id, entry] of this.#models) if (entry.brandId === brand.id) this.#models.delete(id);
          for (const model of subBrands.flatMap((subBrand) => subBrand.series.flatMap((series) => series.models))) {
            this.#models.set(model.id, { model, brandId: brand.id });
          }
          return subBrands;
        },
        (failed) => this.#trees.get(brand.id) === failed && this.#trees.delete(brand.id),
      );
      this.#trees.set(brand.id, tree);
    }
    return tree.value;
  }

  /**
   * A model by id. 4002 is per brand, so a model not yet indexed makes every brand tree that
   * is not fresh load (concurrently, once each); a fresh index answers without any call.
   */
  async model(id: number): Promise<Model | undefined> {
    const known = this.#models.get(id);
    if (known && this.#isFresh(this.#trees.get(known.brandId))) return known.model;
    const brands = await this.brands();
    const owner = known ? brands.find((brand) => brand.id === known.brandId) : undefined;
    await Promise.all((owner ? [owner] : brands).map((brand) => this.subBrands(brand)));
    return this.#models.get(id)?.model;
  }

  /** One catalog answer: from the answers shared with other instances when they hold it, else from iauto360. */
  async #fetch<S extends 4001 | 4002>(service: S, data: ServiceRequest<S>): Promise<ServiceResponse<S>> {
    const key = cacheKeyOf(service, data);
    const shared = (await this.#shared?.get(key)) as ServiceResponse<S> | undefined;
    if (shared !== undefined) return shared;
    const answer = await this.#client.call(service, data);
    await this.#shared?.set(key, answer, this.#ttlMs);
    return answer;
  }

  #isFresh<T>(entry: Fresh<T> | undefined): entry is Fresh<T> {
    return entry !== undefined && entry.expiresAt > this.#now();
  }

  /** Caches a pending fetch; a failed fetch is forgotten (if still cached) so the next request tries again. */
  #remember<T>(fetch: () => Promise<T>, forget: (failed: Fresh<T>) => void): Fresh<T> {
    const entry = { value: fetch(), expiresAt: this.#now() + this.#ttlMs };
    entry.value.catch(() => forget(entry));
    return entry;
  }
}

function decodeBrands(data: ServiceResponse<4001>): Brand[] {
  return data.records.map((record) => ({
    id: record.id,
    name: record.name,
    logoUrl: record.logo ? joinUrl(data.logoRoot, record.logo) : null,
  }));
}

function joinUrl(root: string | undefined, path: string): string {
  if (!root || /^https?:\/\//.test(path)) return path;
  return `${root.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function decodeTree(brand: Brand, data: ServiceResponse<4002>): SubBrand[] {
  return data.records.map((subBrandRecord) => {
    const subBrand: SubBrand = { id: subBrandRecord.id, name: subBrandRecord.name, brand, series: [] };
    subBrand.series = subBrandRecord.records.map((seriesRecord) => {
      const series: Series = { id: seriesRecord.id, name: seriesRecord.name, subBrand, models: [] };
      series.models = seriesRecord.records.map((modelRecord) => ({
        id: modelRecord.id,
        name: modelRecord.name,
        year: modelRecord.year ?? null,
        series,
      }));
      return series;
    });
    return subBrand;
  });
}
