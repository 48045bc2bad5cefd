import type { IautoClient } from './upstream/client.ts';
import { UpstreamBadResponseError } from './upstream/errors.ts';
import { type UpstreamLoader, cacheKeyOf } from './upstream/loader.ts';
import type { ServiceRequest, ServiceResponse } from './upstream/services.ts';
import type { SharedAnswers } from './upstream/shared-cache.ts';
import { BadPart } from './upstream/wire.ts';

/** Who makes a catalog call: a request's loader (authorized, counted, capped), or the client itself. */
export type CatalogCaller = <S extends 4001 | 4002>(service: S, data: ServiceRequest<S>) => Promise<ServiceResponse<S>>;

export interface Brand {
  id: number;
  name: string;
  /** Full logo URL (logoRoot + logo), when the catalog gives one. */
  logoUrl: string | null;
}
/**
 * A level of the catalog as read: each node in its place, or the error of a record that broke the
 * contract (checked one by one, see BadPart).
 */
export type Entries<T> = ReadonlyArray<T | UpstreamBadResponseError>;

export interface SubBrand {
  id: number;
  name: string;
  brand: Brand;
  series: Entries<Series>;
}
export interface Series {
  id: number;
  name: string;
  subBrand: SubBrand;
  models: Entries<Model>;
}
export interface Model {
  id: number;
  name: string;
  year: number | null;
  series: Series;
}

/**
 * The brand list as fetched (4001): every record in its place, a brand or the error of a record that
 * broke the contract (checked one by one, see BadPart), and the well-formed brands alone.
 */
export interface BrandList {
  entries: ReadonlyArray<Brand | UpstreamBadResponseError>;
  brands: readonly Brand[];
  /** The first malformed record's error; a brand or model not found may be behind it. */
  malformed: UpstreamBadResponseError | undefined;
}

/** A brand's tree (4002) as fetched: its sub-brands, and the first malformed record's error at any level. */
export interface BrandTree {
  subBrands: Entries<SubBrand>;
  malformed: UpstreamBadResponseError | undefined;
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
  readonly #direct: CatalogCaller;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #shared: SharedAnswers | undefined;
  #brands: Fresh<BrandList> | undefined;
  #brandCount: number | undefined;
  readonly #trees = new Map<number, Fresh<BrandTree>>();
  readonly #models = new Map<number, { model: Model; brandId: number }>();

  constructor(client: IautoClient, options: CatalogIndexOptions) {
    this.#direct = (service, data) => client.call(service, data);
    this.#ttlMs = options.ttlMs;
    this.#now = options.now ?? Date.now;
    this.#shared = options.shared;
  }

  /** How many well-formed brands (trees to fetch) the catalog had when last fetched; undefined before the first fetch. */
  get knownBrandCount(): number | undefined {
    return this.#brandCount;
  }

  brands(call: CatalogCaller = this.#direct): Promise<BrandList> {
    if (!this.#isFresh(this.#brands)) {
      this.#brands = this.#remember(
        async (keepFor) => {
          const list = decodeBrands(await this.#fetch(4001, {}, call, keepFor));
          this.#brandCount = list.brands.length;
          return list;
        },
        (failed) => this.#brands === failed && (this.#brands = undefined),
      );
    }
    return this.#brands!.value;
  }

  /**
   * A brand by id; undefined when the catalog has none. When it is not among the well-formed brands
   * and a record of the list broke the contract, that record may be it: its error, not undefined.
   */
  async brand(id: number, call: CatalogCaller = this.#direct): Promise<Brand | undefined> {
    const list = await this.brands(call);
    const brand = list.brands.find((candidate) => candidate.id === id);
    if (brand === undefined && list.malformed) throw notFoundBehind(list.malformed, `brand ${id}`);
    return brand;
  }

  /** The sub-brands, series and models of a brand. */
  async subBrands(brand: Brand, call: CatalogCaller = this.#direct): Promise<BrandTree> {
    let tree = this.#trees.get(brand.id);
    if (!this.#isFresh(tree)) {
      tree = this.#remember(
        async (keepFor) => {
          const read = decodeTree(brand, await this.#fetch(4002, { brandId: brand.id }, call, keepFor));
          for (const [id, entry] of this.#models) if (entry.brandId === brand.id) this.#models.delete(id);
          const models = wellFormed(read.subBrands).flatMap((subBrand) => wellFormed(subBrand.series).flatMap((series) => wellFormed(series.models)));
          for (const model of models) this.#models.set(model.id, { model, brandId: brand.id });
          return read;
        },
        (failed) => this.#trees.get(brand.id) === failed && this.#trees.delete(brand.id),
      );
      this.#trees.set(brand.id, tree);
    }
    return tree.value;
  }

  /**
   * A model by id. 4002 is per brand, so a model not yet indexed makes every brand tree that
   * is not fresh load (concurrently, once each); a fresh index answers without any call. A model
   * found is the answer even when another brand's tree failed or a record was malformed; a model
   * not found is undefined only when the whole catalog was read, else the failure (a tree that
   * could not be read, or a malformed record that may be it).
   */
  async model(id: number, call: CatalogCaller = this.#direct): Promise<Model | undefined> {
    const known = this.#models.get(id);
    if (known && this.#isFresh(this.#trees.get(known.brandId))) return known.model;
    const list = await this.brands(call);
    const owner = known ? list.brands.find((brand) => brand.id === known.brandId) : undefined;
    const asked = owner ? [owner] : list.brands;
    // Settle every tree before answering, so no call of this request is still in flight when it ends.
    const trees = await Promise.allSettled(asked.map((brand) => this.subBrands(brand, call)));
    // Found only in a tree read now: an entry left from a tree whose refresh failed is not served.
    const found = this.#models.get(id);
    if (found && trees[asked.findIndex((brand) => brand.id === found.brandId)]?.status === 'fulfilled') return found.model;
    const failure = trees.find((tree) => tree.status === 'rejected');
    if (failure) throw failure.reason;
    if (list.malformed) throw notFoundBehind(list.malformed, `model ${id}`);
    for (const tree of trees) {
      if (tree.status === 'fulfilled' && tree.value.malformed) throw notFoundInTree(tree.value.malformed, `model ${id}`);
    }
    return undefined;
  }

  /**
   * One catalog answer: from the shared answers (Redis, or the SQLite file) when they hold it, else
   * from iauto360. A shared answer is kept here only as long as it stays fresh there (`keepFor`),
   * so an answer is never served longer than the TTL after it was fetched.
   */
  async #fetch<S extends 4001 | 4002>(service: S, data: ServiceRequest<S>, call: CatalogCaller, keepFor: (ms: number) => void): Promise<ServiceResponse<S>> {
    const key = cacheKeyOf(service, data);
    const shared = (await this.#shared?.get(key)) as ServiceResponse<S> | undefined;
    if (shared !== undefined) {
      const remaining = await this.#shared?.remainingTtl?.(key);
      if (remaining !== undefined) keepFor(remaining);
      return shared;
    }
    const answer = await call(service, data);
    await this.#shared?.set(key, answer, this.#ttlMs);
    return answer;
  }

  #isFresh<T>(entry: Fresh<T> | undefined): entry is Fresh<T> {
    return entry !== undefined && entry.expiresAt > this.#now();
  }

  /**
   * Caches a pending fetch for the TTL, or less when the fetch says so (`keepFor`: an answer read
   * from the shared answers); a failed fetch is forgotten (if still cached) so the next request
   * tries again.
   */
  #remember<T>(fetch: (keepFor: (ms: number) => void) => Promise<T>, forget: (failed: Fresh<T>) => void): Fresh<T> {
    const entry: Fresh<T> = { value: Promise.resolve(undefined as T), expiresAt: this.#now() + this.#ttlMs };
    entry.value = fetch((ms) => (entry.expiresAt = Math.min(entry.expiresAt, this.#now() + ms)));
    entry.value.catch(() => forget(entry));
    return entry;
  }
}

/**
 * The catalog as one request sees it: the shared index, with every call it has to make sent
 * through the request's loader, so catalog calls are authorized, counted and capped like any
 * other; a lookup answered from the index without a call counts as cached.
 */
export class RequestCatalog {
  readonly #index: CatalogIndex;
  readonly #upstream: UpstreamLoader;

  constructor(index: CatalogIndex, upstream: UpstreamLoader) {
    this.#index = index;
    this.#upstream = upstream;
  }

  brands(): Promise<BrandList> {
    return this.#metered((call) => this.#index.brands(call));
  }

  brand(id: number): Promise<Brand | undefined> {
    return this.#metered((call) => this.#index.brand(id, call));
  }

  subBrands(brand: Brand): Promise<BrandTree> {
    return this.#metered((call) => this.#index.subBrands(brand, call));
  }

  model(id: number): Promise<Model | undefined> {
    return this.#metered((call) => this.#index.model(id, call));
  }

  async #metered<T>(lookup: (call: CatalogCaller) => Promise<T>): Promise<T> {
    let called = false;
    const result = await lookup((service, data) => {
      called = true;
      return this.#upstream.catalogCall(service, data);
    });
    if (!called) this.#upstream.noteCached();
    return result;
  }
}

function decodeBrands(data: ServiceResponse<4001>): BrandList {
  const entries = data.records.map((record) =>
    record instanceof BadPart
      ? record.error(4001)
      : { id: record.id, name: record.name, logoUrl: record.logo ? joinUrl(data.logoRoot, record.logo) : null },
  );
  return { entries, brands: wellFormed(entries), malformed: firstMalformed(entries) };
}

/** What a lookup that found nothing says when a malformed brand record may hold what it looked for. */
function notFoundBehind(malformed: UpstreamBadResponseError, what: string): UpstreamBadResponseError {
  return new UpstreamBadResponseError(4001, `${what} is not among the well-formed brands, and the brand list holds a malformed record (${malformed.reason})`, malformed.issues);
}

/** The same for a malformed record of a brand's tree. */
function notFoundInTree(malformed: UpstreamBadResponseError, what: string): UpstreamBadResponseError {
  return new UpstreamBadResponseError(4002, `${what} is not among the well-formed records of its brand's model tree, which holds a malformed one (${malformed.reason})`, malformed.issues);
}

/** The nodes of a catalog level, without the errors of its malformed records. */
export function wellFormed<T>(entries: Entries<T>): T[] {
  return entries.filter((entry): entry is T => !(entry instanceof UpstreamBadResponseError));
}

/** The error of the first malformed record of a catalog level, if any. */
function firstMalformed<T>(entries: Entries<T>): UpstreamBadResponseError | undefined {
  return entries.find((entry) => entry instanceof UpstreamBadResponseError);
}

/** The well-formed node of a catalog level with this id, if any. */
function findNode<T extends { id: number }>(entries: Entries<T>, id: number): T | undefined {
  return entries.find((entry): entry is T => !(entry instanceof UpstreamBadResponseError) && entry.id === id);
}

/**
 * The node of a level of a brand's tree with this id; undefined when there is none, or, when a
 * record of that level broke the contract, its error (the node looked for may be that record).
 */
export function nodeOfTree<T extends { id: number }>(entries: Entries<T>, id: number, what: string): T | undefined {
  const node = findNode(entries, id);
  if (node) return node;
  const malformed = firstMalformed(entries);
  if (malformed) throw notFoundInTree(malformed, what);
  return undefined;
}

/** A logo's full URL: the path when it is one, else the root and the path joined; null when there is no root to join (a bare path is no URL a client can load). */
function joinUrl(root: string | undefined, path: string): string | null {
  if (/^https?:\/\//.test(path)) return path;
  if (!root) return null;
  return `${root.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * A brand's tree with one node per id under each parent. The vendor's own 4002 example sends one
 * sub-brand (北京现代, id 12) as two records, each with one of its series (docs/upstream.md
 * ambiguity 29): records with the same id under the same parent are one node, their children
 * merged in the order received, so a node's global id (its path of ids) names exactly one node.
 */
function decodeTree(brand: Brand, data: ServiceResponse<4002>): BrandTree {
  let malformed: UpstreamBadResponseError | undefined;
  // A record that broke the contract stays in its place as its error; `within` is its list's record.
  const failed = (part: BadPart, within: readonly PropertyKey[]) => {
    const error = part.error(4002, within);
    malformed ??= error;
    return error;
  };
  const subBrands: Array<SubBrand | UpstreamBadResponseError> = [];
  data.records.forEach((subBrandRecord, i) => {
    if (subBrandRecord instanceof BadPart) return void subBrands.push(failed(subBrandRecord, []));
    const subBrand = nodeWithId(subBrands, subBrandRecord.id, () => ({ id: subBrandRecord.id, name: subBrandRecord.name, brand, series: [] }));
    const seriesEntries = subBrand.series as Array<Series | UpstreamBadResponseError>;
    subBrandRecord.records.forEach((seriesRecord, j) => {
      if (seriesRecord instanceof BadPart) return void seriesEntries.push(failed(seriesRecord, ['records', i]));
      const series = nodeWithId(seriesEntries, seriesRecord.id, () => ({ id: seriesRecord.id, name: seriesRecord.name, subBrand, models: [] }));
      const models = series.models as Array<Model | UpstreamBadResponseError>;
      seriesRecord.records.forEach((modelRecord) => {
        if (modelRecord instanceof BadPart) return void models.push(failed(modelRecord, ['records', i, 'records', j]));
        nodeWithId(models, modelRecord.id, () => ({ id: modelRecord.id, name: modelRecord.name, year: modelRecord.year ?? null, series }));
      });
    });
  });
  return { subBrands, malformed };
}

/** The node of `nodes` with this id, or a new one appended. */
function nodeWithId<T extends { id: number }>(nodes: Array<T | UpstreamBadResponseError>, id: number, create: () => T): T {
  const known = findNode(nodes, id);
  if (known) return known;
  const created = create();
  nodes.push(created);
  return created;
}
