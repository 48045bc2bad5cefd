import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/*
 * src/process-setup.ts runs first in `node dist/main.js`. Its V8 setting is checked through V8's own
 * trace of allocation-site pretenuring decisions (--trace-pretenuring-statistics prints a
 * `pretenuring:` line for each site it weighs at a young collection): a script that keeps two
 * million small objects alive makes V8 weigh their sites, unless the setting took effect.
 */
const survivors = [
  'const kept = [];',
  'const make = (i) => ({ i, list: [i] });',
  'for (let i = 0; i < 2_000_000; i++) kept.push(make(i));',
  'process.stdout.write(`kept ${kept.length}\\n`);',
].join('\n');

/** The `pretenuring:` trace lines printed after `marker`, and the NODE_ENV the script saw. */
async function run(setup: boolean, env: NodeJS.ProcessEnv = {}): Promise<{ decisions: number; nodeEnv: string }> {
  const script = [
    setup ? "await import('./src/process-setup.ts');" : '',
    "process.stdout.write(`marker ${process.env.NODE_ENV ?? '(unset)'}\\n`);",
    survivors,
  ].join('\n');
  const { stdout } = await promisify(execFile)(process.execPath, ['--trace-pretenuring-statistics', '--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, NODE_ENV: '', ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = stdout.split('\n');
  const marker = lines.findIndex((line) => line.startsWith('marker '));
  expect(lines).toContain('kept 2000000');
  return { decisions: lines.slice(marker).filter((line) => line.includes('pretenuring:')).length, nodeEnv: lines[marker]!.slice('marker '.length) };
}

describe('process setup (first module of dist/main.js)', () => {
  it('turns off V8 allocation-site pretenuring, so plain `node dist/main.js` gets it without a flag', async () => {
    // Without it V8 weighs the survivors' sites: the probe can see the setting missing.
    expect((await run(false)).decisions).toBeGreaterThan(0);
    expect((await run(true)).decisions).toBe(0);
  });

  it('defaults NODE_ENV to production and keeps a value that is set', async () => {
    expect((await run(true)).nodeEnv).toBe('production');
    expect((await run(true, { NODE_ENV: 'staging' })).nodeEnv).toBe('staging');
  });
});
