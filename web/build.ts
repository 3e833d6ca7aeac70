/**
 * Builds the browser pages (web/<page>/) into dist/web/<page>/ with esbuild: every script, style,
 * font and Monaco worker comes from node_modules at build time, so the pages load nothing from a
 * CDN. Run by `npm run build` (and by tests through tests/support/build.ts).
 *
 *   tsx web/build.ts
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'web');
const PAGES = ['explorer', 'graph'];

/** `import operations from 'saved-operations'`: the files of operations/, read at build time. */
const savedOperations: Plugin = {
  name: 'saved-operations',
  setup(b) {
    b.onResolve({ filter: /^saved-operations$/ }, () => ({ path: 'saved-operations', namespace: 'saved-operations' }));
    b.onLoad({ filter: /.*/, namespace: 'saved-operations' }, () => {
      const dir = join(ROOT, 'operations');
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.graphql'))
        .sort();
      const operations = files.map((file) => ({ file, query: readFileSync(join(dir, file), 'utf8') }));
      return { contents: JSON.stringify(operations), loader: 'json', watchFiles: files.map((f) => join(dir, f)) };
    });
  },
};

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: 'es2022',
  logLevel: 'warning' as const,
  define: { 'process.env.NODE_ENV': '"production"' },
};

export async function buildWeb(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  for (const page of PAGES) {
    const outdir = join(OUT, page);
    mkdirSync(outdir, { recursive: true });
    await build({
      ...common,
      entryPoints: [['main.tsx', 'main.ts'].map((f) => join(ROOT, 'web', page, f)).find((f) => existsSync(f))!],
      outdir,
      format: 'esm',
      splitting: false,
      jsx: 'automatic',
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
      assetNames: 'assets/[name]-[hash]',
      plugins: [savedOperations],
    });
    copyFileSync(join(ROOT, 'web', page, 'index.html'), join(outdir, 'index.html'));
  }
  // Monaco (GraphiQL's editor) runs language services in web workers: one bundle each, loaded by
  // web/explorer/workers.ts from the same origin.
  const workers = {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  };
  await build({
    ...common,
    entryPoints: Object.entries(workers).map(([out, module]) => ({ out, in: module })),
    outdir: join(OUT, 'explorer', 'workers'),
    format: 'iife',
  });
}

if (basename(process.argv[1] ?? '') === 'build.ts') {
  const started = performance.now();
  await buildWeb();
  console.log(`web pages built into dist/web in ${Math.round(performance.now() - started)} ms`);
}
