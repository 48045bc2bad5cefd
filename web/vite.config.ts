import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The fleet page: built into web/dist and served by the gateway under /fleet/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/fleet/',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Hashed file names under assets/: the gateway serves them as immutable.
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
