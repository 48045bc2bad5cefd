import type { Model } from '../catalog-index.ts';

/**
 * The name a person would write for a model: maker, series, model year and trim, e.g.
 * "北京现代 ix25 2017款 1.4T 双离合 智能型". A trim name that repeats the series name
 * ("劳恩斯 3.0L GDI 豪华版" in series 劳恩斯) is not repeated.
 */
export function modelFullName(model: Model): string {
  const series = model.series.name.trim();
  const trim = model.name.trim();
  const trimWithoutSeries = series && trim.startsWith(`${series} `) ? trim.slice(series.length).trim() : trim;
  return [model.series.subBrand.name.trim(), series, model.year ? `${model.year}款` : '', trimWithoutSeries]
    .filter((part) => part !== '')
    .join(' ');
}
