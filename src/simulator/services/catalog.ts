import { fail } from '../errors.ts';
import type { ServiceHandler } from './types.ts';

/** 4001: every brand, id ascending, with logo paths relative to logoRoot. */
export const brandList: ServiceHandler = ({ world }) => ({
  data: {
    records: world.catalog.brands.map((brand) => ({ id: brand.id, name: brand.name, logo: brand.logo })),
    logoRoot: world.catalog.logoRoot,
  },
});

/** 4002: the sub-brand → series → model tree of one brand. */
export const modelTree: ServiceHandler = ({ world, fields }) => {
  const brandId = fields.requiredInteger('brandId', { min: 1, max: 2 ** 31 - 1 });
  const brand = world.catalog.brands.find((candidate) => candidate.id === brandId);
  if (!brand) throw fail.unknownBrand(brandId);
  return {
    data: {
      records: brand.subBrands.map((subBrand) => ({
        id: subBrand.id,
        name: subBrand.name,
        records: subBrand.series.map((series) => ({
          id: series.id,
          name: series.name,
          records: series.models.map((model) => ({ id: model.id, year: model.year, name: model.name })),
        })),
      })),
    },
  };
};
