import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GraphiQLOptions, Plugin, YogaServerOptions } from 'graphql-yoga';

/** Where GraphiQL's files are served; their names carry a content hash, so they are cached for good. */
export const graphiqlAssetsPath = '/graphiql/assets/';

/** File name (with content hash) of each piece of yoga's GraphiQL build. */
interface AssetManifest {
  favicon: string;
  css: string;
  js: string;
  editorWorkerService: string;
  jsonWorker: string;
  graphqlWorker: string;
}

const require = createRequire(import.meta.url);
const graphiqlModule = require.resolve('@graphql-yoga/render-graphiql/graphiql');
const graphiqlVersion = (JSON.parse(readFileSync(join(dirname(graphiqlModule), '..', 'package.json'), 'utf8')) as { version: string })
  .version;
const assetsDirectory = join(tmpdir(), `iauto-graph-graphiql-${graphiqlVersion}`);

/**
 * Runs in a worker thread: @graphql-yoga/render-graphiql ships GraphiQL (JS, CSS, three Monaco
 * workers, a favicon) as 9 MB of string constants. The worker loads them once, writes each to a
 * hashed file with gzip and brotli copies, and exits, so the gateway never holds them in memory.
 */
const extractAssets = `
const { workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const zlib = require('node:zlib');
const assets = require(workerData.module);
const favicon = Buffer.from(assets.favicon.slice(assets.favicon.indexOf(',') + 1), 'base64');
const pieces = { favicon: ['ico', favicon], css: ['css', assets.css], js: ['js', assets.js],
  editorWorkerService: ['js', assets.editorWorkerService], jsonWorker: ['js', assets.jsonWorker], graphqlWorker: ['js', assets.graphqlWorker] };
const manifest = {};
for (const [name, [extension, content]] of Object.entries(pieces)) {
  const bytes = Buffer.from(content);
  const file = name + '.' + createHash('sha256').update(bytes).digest('hex').slice(0, 16) + '.' + extension;
  writeFileSync(join(workerData.directory, file), bytes);
  writeFileSync(join(workerData.directory, file + '.gz'), zlib.gzipSync(bytes, { level: 9 }));
  writeFileSync(join(workerData.directory, file + '.br'), zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } }));
  manifest[name] = file;
}
writeFileSync(join(workerData.directory, 'manifest.json'), JSON.stringify(manifest));
`;

let assetsReady: Promise<AssetManifest> | undefined;

/** The extracted files' manifest; extracts them on first use (once per machine and version). */
function graphiqlAssets(): Promise<AssetManifest> {
  assetsReady ??= readManifest(assetsDirectory).catch(extractToCache);
  return assetsReady.catch((error: unknown) => {
    assetsReady = undefined;
    throw error;
  });
}

async function readManifest(directory: string): Promise<AssetManifest> {
  return JSON.parse(await readFile(join(directory, 'manifest.json'), 'utf8')) as AssetManifest;
}

async function extractToCache(): Promise<AssetManifest> {
  const staging = await mkdtemp(`${assetsDirectory}-`);
  try {
    const worker = new Worker(extractAssets, { eval: true, workerData: { module: graphiqlModule, directory: staging } });
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`GraphiQL asset extraction exited with ${code}`))));
    });
    // Another process may have finished first: its copy is as good as ours.
    await rename(staging, assetsDirectory).catch(() => undefined);
    return await readManifest(assetsDirectory);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const contentTypes: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  ico: 'image/x-icon',
};

/** The best pre-compressed copy the client accepts: brotli, then gzip, else the file itself. */
function pickEncoding(acceptEncoding: string | null): { suffix: string; encoding?: string } {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...parameters]) => !parameters.some((parameter) => /^\s*q=0(\.0*)?\s*$/.test(parameter)))
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (accepted.has('br')) return { suffix: '.br', encoding: 'br' };
  if (accepted.has('gzip')) return { suffix: '.gz', encoding: 'gzip' };
  return { suffix: '' };
}

/** Serves the hashed GraphiQL files under /graphiql/assets/, immutable, pre-compressed. */
function useGraphiQLAssets(): Plugin {
  const serve: NonNullable<Plugin['onRequest']> = async ({ url, request, fetchAPI, endResponse }) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
      return;
    }
    const name = url.pathname.slice(graphiqlAssetsPath.length);
    const manifest = await graphiqlAssets();
    if (!Object.values(manifest).includes(name)) {
      endResponse(new fetchAPI.Response('Not found', { status: 404 }));
      return;
    }
    const { suffix, encoding } = pickEncoding(request.headers.get('accept-encoding'));
    const stale = assetsReady;
    const body = await readFile(join(assetsDirectory, name + suffix)).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      // Something cleaned the temporary directory: extract again (once, however many requests noticed).
      if (assetsReady === stale) assetsReady = rm(assetsDirectory, { recursive: true, force: true }).then(extractToCache);
      await graphiqlAssets();
      return readFile(join(assetsDirectory, name + suffix));
    });
    endResponse(
      new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'content-type': contentTypes[name.slice(name.lastIndexOf('.') + 1)]!,
          'content-length': String(body.byteLength),
          'cache-control': 'public, max-age=31536000, immutable',
          vary: 'accept-encoding',
          ...(encoding ? { 'content-encoding': encoding } : {}),
        },
      }),
    );
  };
  // Every other request passes at once, without a promise to wait for.
  return { onRequest: (payload) => (payload.url.pathname.startsWith(graphiqlAssetsPath) ? serve(payload) : undefined) };
}

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** A small page that loads GraphiQL's files from /graphiql/assets/ instead of inlining 9 MB of them. */
async function renderGraphiQLPage(options: GraphiQLOptions): Promise<string> {
  const manifest = await graphiqlAssets();
  const asset = (name: keyof AssetManifest) => graphiqlAssetsPath + manifest[name];
  const workers = { editorWorkerService: asset('editorWorkerService'), json: asset('jsonWorker'), graphql: asset('graphqlWorker') };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${asset('favicon')}" />
    <link rel="stylesheet" href="${asset('css')}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script>
      const workers = ${scriptJson(workers)};
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
    </script>
    <script src="${asset('js')}"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${scriptJson(options)});
    </script>
  </body>
</html>
`;
}

export interface GraphiQLServingOptions {
  /** Whether GraphiQL (its page and its files) is served at all. */
  enabled: boolean;
  title: string;
  /** The query GraphiQL opens with. */
  defaultQuery?: string;
  /**
   * Whether requests need credentials: GraphiQL then opens with an `Authorization` header to
   * fill in, in its Headers pane. GraphiQL keeps headers in the tab only (never in its storage).
   */
  authenticationRequired?: boolean;
}

/** The Headers pane's opening text when credentials are required: where the key or JWT goes. */
export const GRAPHIQL_AUTHORIZATION_PLACEHOLDER = JSON.stringify({ Authorization: 'Bearer <your API key or JWT>' }, null, 2);

/**
 * Everything GraphiQL needs, in one place: the yoga options that render its page at the GraphQL
 * endpoint and the plugin that serves its files. Works offline: nothing is loaded from a CDN.
 */
export function graphiqlServing(options: GraphiQLServingOptions): Pick<YogaServerOptions<object, object>, 'graphiql' | 'renderGraphiQL'> & {
  plugins: Plugin[];
} {
  if (!options.enabled) return { graphiql: false, plugins: [] };
  return {
    graphiql: {
      title: options.title,
      defaultQuery: options.defaultQuery,
      ...(options.authenticationRequired ? { headers: GRAPHIQL_AUTHORIZATION_PLACEHOLDER, shouldPersistHeaders: false } : {}),
    },
    renderGraphiQL: renderGraphiQLPage,
    plugins: [useGraphiQLAssets()],
  };
}
