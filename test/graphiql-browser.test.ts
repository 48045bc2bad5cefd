import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_AUTHORIZATION_PLACEHOLDER } from '../src/graphiql.ts';
import { writeApiKeys } from './helpers/api-keys.ts';
import { CHROMIUM_ARGS, chromiumPath } from './helpers/browser.ts';
import { type Stack, startStack } from './helpers/stack.ts';

let stack: Stack;
/** The same gateway with authentication on (an API key) and GraphiQL turned on. */
let guarded: Stack;
let readerKey: string;
let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'iauto-graph-chromium-'));
  stack = await startStack();
  const { file, keys } = writeApiKeys({ reader: { scopes: ['read'], esns: '*' } });
  readerKey = keys.reader;
  guarded = await startStack({ env: { AUTH_API_KEYS_FILE: file, GRAPHIQL: 'true' } });
  // A fresh profile directory per run (the persistent context is Playwright's way to name it).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    // Tall enough for the editor to render every line of the answer (Monaco draws only visible lines).
    viewport: { width: 1400, height: 8000 },
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await guarded?.close();
  await rm(profile, { recursive: true, force: true });
});

describe('GraphiQL in Chromium', () => {
  it('opens with the dashboard query, runs it and shows the fleet from the simulator, loading nothing but 127.0.0.1', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(stack.url, { waitUntil: 'load' });
    const runButton = page.locator('.graphiql-execute-button');
    await runButton.waitFor({ state: 'visible', timeout: 60_000 });
    // The editor holds the opening query, with the simulated fleet's ESNs.
    const esns = stack.simulator.world.boundTerminals().map((terminal) => terminal.esn).slice(0, 2);
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('Dashboard');

    await runButton.click();
    const resultText = async () => (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(resultText, { timeout: 30_000 }).toContain('"fleet"');
    const shown = await resultText();
    for (const esn of esns) expect(shown).toContain(esn);
    const plate = stack.simulator.world.terminal(esns[0]!)!.vehicle.profile.plateNumber;
    expect(shown).toContain(plate);
    expect(shown).not.toContain('"errors"');

    expect(pageErrors).toEqual([]);
    const origins = new Set(requested.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:')).map((url) => new URL(url).host));
    expect([...origins]).toEqual([new URL(stack.url).host]);
    expect(requested.some((url) => url.includes('/graphiql/assets/js.'))).toBe(true);
  }, 120_000);

  it('with authentication on, opens with an Authorization header to fill in, and keeps the key out of its storage', async () => {
    const page = await browser.newPage();
    const sentAuthorization: string[] = [];
    const introspectedWith: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'POST' || request.url() !== guarded.url) return;
      sentAuthorization.push(request.headers().authorization ?? '(none)');
      if (request.postData()?.includes('IntrospectionQuery')) introspectedWith.push(request.headers().authorization ?? '(none)');
    });
    await page.goto(guarded.url, { waitUntil: 'load' });
    const runButton = page.locator('.graphiql-execute-button');
    await runButton.waitFor({ state: 'visible', timeout: 60_000 });

    await page.getByRole('button', { name: 'Headers' }).click();
    const headersEditor = page.locator('.graphiql-editor-tool .graphiql-editor').filter({ hasText: 'Authorization' });
    await expect.poll(async () => (await headersEditor.innerText()).replace(/\u00a0/g, ' '), { timeout: 30_000 }).toContain('"Authorization": "Bearer <your API key or JWT>"');
    expect(GRAPHIQL_AUTHORIZATION_PLACEHOLDER).toContain('<your API key or JWT>');
    // The placeholder is not a credential: the schema could not be loaded with it.
    expect(sentAuthorization.length).toBeGreaterThan(0);
    expect(sentAuthorization.every((header) => header === 'Bearer <your API key or JWT>')).toBe(true);

    // Paste a real key over the placeholder (pasting, as typing would let the editor close brackets), then run.
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(guarded.url).origin });
    await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify({ Authorization: `Bearer ${readerKey}` }));
    await headersEditor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await runButton.click();
    const resultText = async () => (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(resultText, { timeout: 30_000 }).toContain('"fleet"');
    expect(await resultText()).not.toContain('"errors"');
    expect(sentAuthorization.at(-1)).toBe(`Bearer ${readerKey}`);
    // The schema (documentation, completion) loads with the key once asked again, as the README says.
    await page.getByRole('button', { name: 'Re-fetch GraphQL schema' }).click();
    await expect.poll(() => introspectedWith.at(-1), { timeout: 30_000 }).toBe(`Bearer ${readerKey}`);

    // GraphiQL keeps the query in the browser's storage, never the headers that hold the key.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).toContain('Dashboard');
    expect(stored).not.toContain(readerKey);
  }, 120_000);
});
