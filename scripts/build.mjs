// Bundles the extension client, the language server (Node and web worker) and the CLI with esbuild.
// The bundles are what ships in the .vsix and what the package bins run; `tsc` type-checks and
// emits `out/` for the unit tests.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  // prefer ES module builds: UMD builds (jsonc-parser's) use dynamic requires a bundle cannot follow
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  esbuild.build({ ...common, platform: 'node', format: 'cjs', target: 'node20',
    entryPoints: { 'client/node': 'client/src/node/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  esbuild.build({ ...common, platform: 'browser', format: 'cjs', target: 'es2022',
    entryPoints: { 'client/browser': 'client/src/browser/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  esbuild.build({ ...common, platform: 'node', format: 'cjs', target: 'node20',
    entryPoints: { 'server/node': 'server/src/node/main.ts', 'cli/main': 'server/src/cli/main.ts' }, outdir: 'dist' }),
  esbuild.build({ ...common, platform: 'browser', format: 'iife', target: 'es2022',
    entryPoints: { 'server/browser': 'server/src/browser/main.ts' }, outdir: 'dist' }),
]);
