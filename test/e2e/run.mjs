#!/usr/bin/env node
// `npm run test:e2e`: the extension in real VS Code (code-server in headless Chromium), its browser
// entry in VS Code for the Web (the same, with the extension in the browser's web worker), and the
// language server in Neovim's built-in LSP client and in Emacs's eglot, set up as README.md says.
//
//   node test/e2e/run.mjs [--only vscode|web|neovim|emacs] [--update-screenshots] [--keep]
//
// Installs what it needs (Debian packages when root; Node 24 and code-server in
// $BIOTECH_E2E_CACHE, default ~/.cache/biotech-annotator-e2e), builds the .vsix, runs both editors,
// and prints one PASS/FAIL line per check and a closing "e2e: N passed, N failed". Logs and failure
// screenshots are kept in test/e2e/artifacts/.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ARTIFACTS, E2E_DIR, REPO, log, processesOfRun, readmeBlock, readmeBlockForVersion, run, seconds, sweep, tail, userBinDir } from './lib.mjs';
import { EMACS_DEBIAN_PACKAGES, emacsRun } from './emacs.mjs';
import { CODE_SERVER_VERSION, DEBIAN_PACKAGES, NODE_VERSION, cacheDir, chromiumPath, ensureCodeServer, ensureDebianPackages, isolationPrefix } from './setup.mjs';

const argv = process.argv.slice(2);
const flag = name => argv.includes(name);
const option = name => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : argv.find(a => a.startsWith(name + '='))?.split('=')[1]; };
const only = option('--only');
if (only && !['vscode', 'web', 'neovim', 'emacs'].includes(only)) { console.error('--only takes vscode, web, neovim or emacs'); process.exit(2); }
const editors = only ? [only] : ['neovim', 'emacs', 'vscode', 'web'];
// the web run is code-server too: it needs what the vscode run needs
const needsCodeServer = editors.includes('vscode') || editors.includes('web');
const updateScreenshots = flag('--update-screenshots') || process.env.BIOTECH_E2E_UPDATE_SCREENSHOTS === '1';

const t0 = Date.now();
const results = []; // { ok, name, why }
const timings = [];

fs.rmSync(ARTIFACTS, { recursive: true, force: true });
fs.mkdirSync(ARTIFACTS, { recursive: true });
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'biotech-e2e-'));
const runId = path.basename(runDir);

function record(ok, name, why) {
  results.push({ ok, name, why });
  console.log(ok ? `PASS ${name}` : `FAIL ${name}: ${why}`);
}

async function step(name, fn) {
  const s = Date.now();
  log(`${name} ...`);
  try {
    const v = await fn();
    timings.push([name, Date.now() - s]);
    log(`${name}: done in ${seconds(Date.now() - s)}`);
    return { ok: true, value: v };
  } catch (err) {
    timings.push([name, Date.now() - s]);
    record(false, `setup: ${name}`, err?.message ?? String(err));
    return { ok: false };
  }
}

/** Runs a driver (its stdout's PASS/FAIL lines are the checks) with a bounded time. */
async function driver(label, cmd, args, { env, timeoutMs, logName, cwd = REPO }) {
  const logFile = path.join(ARTIFACTS, logName);
  const before = results.length;
  const full = [...isolation, cmd, ...args];
  const r = await run(full[0], full.slice(1), { cwd, env: { ...env, BIOTECH_E2E_RUN: runId }, timeoutMs, logFile, echo: true });
  for (const line of r.output.split('\n')) {
    // "PASS editor: check" or "FAIL editor: check: why"
    const m = /^(PASS|FAIL) ([a-z]+: .*)$/.exec(line.trim());
    if (!m) continue;
    if (m[1] === 'PASS') results.push({ ok: true, name: m[2] });
    else {
      const parts = m[2].split(': ');
      results.push({ ok: false, name: parts.slice(0, 2).join(': '), why: parts.slice(2).join(': ') });
    }
  }
  const counted = results.slice(before);
  if (r.timedOut) record(false, `${label}: finished`, `timed out after ${seconds(timeoutMs)}`);
  else if (r.code !== 0 && !counted.some(x => !x.ok)) record(false, `${label}: exit status`, `${r.code ?? r.signal} with no failed check reported; see ${path.relative(REPO, logFile)}`);
  else if (counted.length === 0) record(false, `${label}: ran checks`, `no check reported; see ${path.relative(REPO, logFile)}`);
  const left = sweep(runId);
  if (left.length) log(`killed ${left.length} process(es) ${label} left behind: ${left.map(p => `${p.pid} ${p.cmd.slice(0, 80)}`).join('; ')}`);
}

function copySeeds(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(path.join(REPO, 'seeds')).filter(f => f.endsWith('.txt'))) fs.copyFileSync(path.join(REPO, 'seeds', f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'quickfix.md'), 'ORR was 8 of 22 patients (40%).\n');
}

let isolation = [];
let finished = false;
async function finish(code) {
  if (finished) return;
  finished = true;
  const left = sweep(runId);
  if (left.length) log(`killed ${left.length} leftover process(es)`);
  if (!flag('--keep')) fs.rmSync(runDir, { recursive: true, force: true });
  const passed = results.filter(r => r.ok).length;
  const failed = results.length - passed;
  console.log('');
  console.log(`Times: ${timings.map(([n, ms]) => `${n} ${seconds(ms)}`).join(', ')}; total ${seconds(Date.now() - t0)}`);
  if (failed) {
    console.log('Failed:');
    for (const r of results.filter(r => !r.ok)) console.log(`  - ${r.name}${r.why ? ': ' + r.why.split('\n')[0] : ''}`);
    console.log(`Logs and screenshots: ${path.relative(process.cwd(), ARTIFACTS) || ARTIFACTS}/`);
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed || passed === 0 ? 1 : 0));
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    record(false, 'interrupted', sig);
    // The drivers clean up on SIGTERM; whatever is left after a moment is killed by pid.
    for (const p of processesOfRun(runId)) { try { process.kill(p.pid, 'SIGTERM'); } catch { /* gone */ } }
    setTimeout(() => finish(130), 3000);
  });
}

log(`Biotech Annotator end-to-end tests: ${editors.join(' and ')}; cache ${cacheDir()}; artifacts ${path.relative(REPO, ARTIFACTS)}/`);

const wanted = [...new Set(editors.flatMap(e => e === 'emacs' ? EMACS_DEBIAN_PACKAGES : DEBIAN_PACKAGES[e === 'web' ? 'vscode' : e]))];
const deb = await step('Debian packages', () => ensureDebianPackages(wanted, DEBIAN_PACKAGES.isolation, path.join(ARTIFACTS, 'apt.log')));

isolation = isolationPrefix();
log(isolation.length ? `editors run in a network namespace of their own (loopback only): ${isolation.slice(0, isolation.indexOf('sh')).join(' ')}`
  : 'no network namespace available (unshare/ip): the editors are kept to loopback by their settings and request blocking only');

let editorsInstall = { ok: true };
if (needsCodeServer && deb.ok) {
  editorsInstall = await step(`Node ${NODE_VERSION} and code-server ${CODE_SERVER_VERSION}`, () => ensureCodeServer(path.join(ARTIFACTS, 'install.log')));
}

const pkg = await step('npm run package', async () => {
  const r = await run('npm', ['run', 'package'], { cwd: REPO, env: process.env, timeoutMs: 300_000, logFile: path.join(ARTIFACTS, 'package.log') });
  if (r.code !== 0) throw new Error(`npm run package failed:\n${tail(r.output, 20)}`);
  const vsix = path.join(REPO, 'biotech-annotator.vsix');
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} was not written`);
  return vsix;
});

// The npm tarball, installed offline in an empty folder (a full run only; alone: node test/e2e/pack.mjs).
if (!only) {
  await step('npm pack', () => driver('pack', process.execPath, [path.join(E2E_DIR, 'pack.mjs')], {
    env: process.env, timeoutMs: 480_000, logName: 'pack.log',
  }));
}

if (editors.includes('neovim')) {
  if (!deb.ok || !pkg.ok) record(false, 'neovim: set-up', 'skipped: see the set-up failure above');
  else {
    await step('Neovim', async () => {
      const home = path.join(runDir, 'neovim');
      const ws = path.join(home, 'workspace');
      copySeeds(ws);
      const xdg = path.join(home, 'xdg');
      // The whole configuration is the README's snippet for this Neovim, as printed; its command is
      // the one `npm install -g` puts on PATH, here linked to this checkout's bin/.
      const version = /NVIM v(\d+\.\d+\.\d+)/.exec((await run('nvim', ['--version'], { timeoutMs: 30_000 })).output)?.[1];
      if (!version) throw new Error('nvim --version names no version');
      const snippet = readmeBlockForVersion('neovim', version);
      if (!snippet) throw new Error(`README.md has no Neovim set-up for Neovim ${version}`);
      const init = path.join(home, 'init.lua');
      fs.writeFileSync(init, readmeBlock(snippet));
      log(`Neovim ${version}: init.lua is README.md's ${snippet} block`);
      const bin = userBinDir(path.join(home, 'bin'));
      await driver('neovim', 'nvim', ['--headless', '-u', init, '-i', 'NONE', '-n', '-c', `luafile ${path.join(E2E_DIR, 'neovim.lua')}`], {
        cwd: ws,
        env: {
          ...process.env,
          PATH: [bin, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
          BIOTECH_E2E_SNIPPET: snippet,
          XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_DATA_HOME: path.join(xdg, 'data'),
          XDG_STATE_HOME: path.join(xdg, 'state'), XDG_CACHE_HOME: path.join(xdg, 'cache'),
        },
        timeoutMs: 120_000,
        logName: 'neovim.log',
      });
      // Neovim's LSP log (server stderr, client errors).
      for (const f of [path.join(xdg, 'cache', 'nvim', 'lsp.log'), path.join(xdg, 'state', 'nvim', 'lsp.log')]) {
        if (fs.existsSync(f)) fs.copyFileSync(f, path.join(ARTIFACTS, 'neovim-lsp.log'));
      }
    });
  }
}

if (editors.includes('emacs')) {
  if (!deb.ok || !pkg.ok) record(false, 'emacs: set-up', 'skipped: see the set-up failure above');
  else {
    await step('Emacs', () => {
      const home = path.join(runDir, 'emacs');
      const ws = path.join(home, 'workspace');
      copySeeds(ws);
      const { cmd, args, cwd, env } = emacsRun(home, ws);
      return driver('emacs', cmd, args, { cwd, env, timeoutMs: 120_000, logName: 'emacs.log' });
    });
  }
}

/** What both code-server drivers (desktop-like and web) are told: the package, the editors, where to write. */
function codeServerConfig() {
  return { repo: REPO, vsix: pkg.value, node: editorsInstall.value.node, codeServer: editorsInstall.value.codeServer, runDir, artifacts: ARTIFACTS, chromium: chromiumPath() };
}

if (editors.includes('vscode')) {
  if (!deb.ok || !editorsInstall.ok || !pkg.ok) record(false, 'vscode: set-up', 'skipped: see the set-up failure above');
  else {
    await step('VS Code', () => driver('vscode', process.execPath, [path.join(E2E_DIR, 'vscode.mjs')], {
      env: {
        ...process.env,
        BIOTECH_E2E_CONFIG: JSON.stringify({ ...codeServerConfig(), screenshots: path.join(REPO, 'media', 'screenshots'), updateScreenshots }),
      },
      timeoutMs: 480_000,
      logName: 'vscode.log',
    }));
  }
}

if (editors.includes('web')) {
  if (!deb.ok || !editorsInstall.ok || !pkg.ok) record(false, 'web: set-up', 'skipped: see the set-up failure above');
  else {
    await step('VS Code for the Web', () => driver('web', process.execPath, [path.join(E2E_DIR, 'web.mjs')], {
      env: {
        ...process.env,
        BIOTECH_E2E_CONFIG: JSON.stringify(codeServerConfig()),
      },
      timeoutMs: 360_000,
      logName: 'web.log',
    }));
  }
}

await finish();
