import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * A 4001 brand list whose logoRoot is missing (optional on the wire): a logo given as a bare path
 * is no URL a client can load, so logoUrl is null; one given as a full URL is kept.
 */

let withFullUrl = 0;
let withPath = 0;

const stack = useStack(() => ({
  env: (simulator) => {
    const { catalog } = simulator.world;
    const [first, second] = catalog.brands;
    withFullUrl = first!.id;
    withPath = second!.id;
    (first as { logo: string }).logo = 'https://cdn.example.cn/logos/first.png';
    (catalog as { logoRoot: string }).logoRoot = '';
    return {};
  },
}));

const Logos = graphql(`
  query CatalogLogos { brands { id: catalogId logoUrl } }
`);

describe('brand logos without a logoRoot', () => {
  it('are null when the catalog gives only a path, and kept when it gives a full URL', async () => {
    const response = await stack.graphql(Logos, {});
    expect(response.errors).toBeUndefined();
    const logoOf = (id: number) => response.data!.brands!.find((brand) => brand?.id === id)!.logoUrl;
    expect(logoOf(withFullUrl)).toBe('https://cdn.example.cn/logos/first.png');
    expect(logoOf(withPath)).toBeNull();
    expect(stack.simulator.world.catalog.brands.find((brand) => brand.id === withPath)!.logo).not.toBe('');
  });
});
