import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Screenshots for a person to look at, from the browser tests; the directory is not committed. */
export const artifacts = join(root, 'test-artifacts/');

/** Debian's chromium (installed by .ci/run), or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Builds the fleet page as `npm run build` does, into a directory of its own (so that a build
 * running in parallel, e.g. npm start's in test/main.test.ts, cannot change the files under the
 * test's feet); returns that directory, for the gateway's `fleetPageDirectory`.
 */
export async function buildFleetPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'iauto-graph-fleet-page-'));
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}

/** Chromium's switches for the tests: headless, no background traffic, and no host but the loopback resolves. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * Headless Chromium with a fresh profile (playwright makes a new temporary one per launch), no
 * background traffic of its own, so every request it makes is one the page made.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`no chromium at ${chromiumPath}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * The set-up of a fleet-page browser test file: the page built into a directory of its own before
 * the gateway starts (the gateway serves the files it finds at start, as under `npm start`), and
 * Chromium (and the `artifacts` directory for screenshots). Call it before `useStack` and give the
 * stack `directory` as its `fleetPageDirectory`; the page and Chromium are gone after the file.
 */
export function useFleetPageBrowser(): { readonly directory: string; readonly browser: Browser } {
  let directory: string | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    directory = await buildFleetPage();
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });
  return {
    get directory() {
      return directory!;
    },
    get browser() {
      return browser!;
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** A new page (own context, so its storage starts empty) that records console errors and requests. */
export async function openWatchedPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  return { page, errors, requests };
}
