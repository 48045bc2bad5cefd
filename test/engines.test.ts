import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
const manifest = read('package.json') as { engines: { node: string }; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const lock = read('package-lock.json') as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };

describe('supported Node versions', () => {
  it('every locked package accepts every Node version package.json promises, so `npm ci` warns of no engine', () => {
    const promised = manifest.engines.node;
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return wanted && !semver.subset(promised, wanted) ? [`${path}@${entry.version}: ${wanted}`] : [];
      });
    expect(refusing).toEqual([]);
  });

  it('the Node running these tests is one package.json promises', () => {
    expect(semver.satisfies(process.version, manifest.engines.node)).toBe(true);
  });

  it('nothing compiles TypeScript at run time: the runtime dependencies hold no TypeScript loader', () => {
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
    expect(Object.keys(manifest.devDependencies)).toContain('tsx');
  });
});
