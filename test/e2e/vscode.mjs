// End-to-end test of the extension in real VS Code: code-server (VS Code for the browser, served
// by a Node 24 process) driven through Debian's Chromium with playwright-core.
//
// Started by run.mjs, which installs what it needs and passes the paths in BIOTECH_E2E_CONFIG (JSON):
//   { repo, vsix, node, codeServer, runDir, artifacts, chromium, screenshots, updateScreenshots }
// Prints one "PASS vscode: name" or "FAIL vscode: name: why" line per check; exits 0 only when all
// passed. Waits only on conditions (selectors, text, log lines), each with a bounded time-out.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { activeEditorOf, assert, checkRunner, killGroup, seconds, textBoxIn, waitUntil } from './lib.mjs';

const cfg = JSON.parse(process.env.BIOTECH_E2E_CONFIG ?? '{}');
for (const key of ['repo', 'vsix', 'node', 'codeServer', 'runDir', 'artifacts', 'chromium', 'screenshots']) {
  if (!cfg[key]) { console.error(`vscode.mjs: BIOTECH_E2E_CONFIG lacks "${key}" (run it through test/e2e/run.mjs)`); process.exit(2); }
}

const EXTENSION_ID = 'biotech-annotator.biotech-annotator';
const SEED = '001-alligator-mitazalimab.txt';
const QUICKFIX = 'quickfix.md';
const QUICKFIX_TEXT = 'ORR was 8 of 22 patients (40%).\n';
const QUICKFIX_TITLE = 'Replace 40 % with 36 %';
// a second document naming the seed's drug, for references and the Entities view across documents
const NOTES = 'notes.md';
const NOTES_TEXT = '# Notes\n\nThe CD40 agonist mitazalimab, to follow.\n';
// how the Outline names the seed's ORR under mitazalimab (server/src/features/documentSymbols.ts)
const FIGURE_SYMBOL = 'ORR 54.4 % (900 \u00b5g/kg)';
/** The dose group the figure sits under in the Outline. */
const DOSE_GROUP = '900 \u00b5g/kg';
const STEP_TIMEOUT = 30_000;
const started = Date.now();
const log = (...args) => console.log(`[vscode ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s]`, ...args);

const dir = path.join(cfg.runDir, 'vscode');
const userDataDir = path.join(dir, 'user-data');
const extensionsDir = path.join(dir, 'extensions');
const workspace = path.join(dir, 'workspace');
const logsDir = path.join(userDataDir, 'logs');
const entry = path.join(cfg.codeServer, 'out', 'node', 'entry.js');

// ---------------------------------------------------------------------------------------------
// Results

let page;
const blocked = new Set();
const { counts, report, check } = checkRunner({ prefix: 'vscode', artifacts: cfg.artifacts, repo: cfg.repo, getPage: () => page });
const waitFor = (fn, message, timeoutMs = STEP_TIMEOUT, intervalMs) => waitUntil(fn, message, timeoutMs, intervalMs);

// ---------------------------------------------------------------------------------------------
// code-server

function prepare() {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const d of [userDataDir, extensionsDir, workspace, path.join(userDataDir, 'User'), path.join(dir, 'xdg')]) fs.mkdirSync(d, { recursive: true });
  for (const f of fs.readdirSync(path.join(cfg.repo, 'seeds')).filter(f => f.endsWith('.txt'))) {
    fs.copyFileSync(path.join(cfg.repo, 'seeds', f), path.join(workspace, f));
  }
  fs.writeFileSync(path.join(workspace, QUICKFIX), QUICKFIX_TEXT);
  fs.writeFileSync(path.join(workspace, NOTES), NOTES_TEXT);
  // files the workspace index must leave out (a dependency's README, a .gitignore'd draft): the
  // Entities view's and the workspace export's counts of mitazalimab below hold only if they are
  for (const rel of ['node_modules/some-package/README.md', 'drafts/old.md']) {
    fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    fs.writeFileSync(path.join(workspace, rel), NOTES_TEXT);
  }
  fs.writeFileSync(path.join(workspace, '.gitignore'), 'drafts/\n');
  // A quiet, predictable workbench: nothing opens by itself, no AI side bar, nothing to update.
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.editor.enablePreview': false,
    'workbench.colorTheme': 'Default Light Modern',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'editor.hover.delay': 300,
    'editor.hover.sticky': true,
    'editor.occurrencesHighlight': 'off',
    'editor.selectionHighlight': false,
    'outline.collapseItems': 'alwaysCollapse',
  }, null, 2));
  // code-server would otherwise write ~/.config/code-server/config.yaml.
  fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
}

/** Config, data, cache and temporary files inside this run's folder, none in $HOME or /tmp. */
function privateDirs() {
  const x = path.join(dir, 'xdg');
  const dirs = { XDG_CONFIG_HOME: path.join(x, 'config'), XDG_DATA_HOME: path.join(x, 'data'), XDG_CACHE_HOME: path.join(x, 'cache'), TMPDIR: path.join(dir, 'tmp') };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  return dirs;
}

function codeServerEnv() {
  return {
    ...process.env,
    ...privateDirs(),
    // No extension gallery (code-server's default is open-vsx.org): only loopback traffic.
    EXTENSIONS_GALLERY: '{}',
  };
}

function codeServerArgs(...rest) {
  return [entry, '--config', path.join(dir, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...rest];
}

async function installExtension() {
  const out = await new Promise((resolve, reject) => {
    const child = spawn(cfg.node, codeServerArgs('--install-extension', cfg.vsix), { env: codeServerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', d => { text += d; });
    child.stderr.on('data', d => { text += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('--install-extension timed out after 60 s: ' + text)); }, 60_000);
    child.on('close', code => { clearTimeout(timer); code === 0 ? resolve(text) : reject(new Error(`--install-extension exited ${code}: ${text}`)); });
  });
  fs.appendFileSync(path.join(cfg.artifacts, 'code-server.log'), out);
  assert(/successfully installed/i.test(out), `code-server did not report the install: ${out.trim()}`);
  const installed = fs.readdirSync(extensionsDir).filter(d => d.startsWith(EXTENSION_ID + '-'));
  assert(installed.length === 1, `expected ${EXTENSION_ID}-* in ${extensionsDir}, found: ${fs.readdirSync(extensionsDir).join(', ')}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function get(url) {
  return new Promise(resolve => {
    const req = http.get(url, { timeout: 2000 }, res => { res.resume(); resolve(res.statusCode); });
    req.on('error', () => resolve(0));
    req.on('timeout', () => { req.destroy(); resolve(0); });
  });
}

let server; // { child, port, output }

async function startCodeServer() {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const logFile = fs.openSync(path.join(cfg.artifacts, 'code-server.log'), 'a');
    const child = spawn(cfg.node, codeServerArgs('--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace),
    { env: codeServerEnv(), detached: true, stdio: ['ignore', logFile, logFile] });
    fs.closeSync(logFile);
    let exited = null;
    child.on('exit', (code, signal) => { exited = { code, signal }; });
    server = { child, port };
    try {
      await waitFor(async () => {
        if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal})`);
        return (await get(`http://127.0.0.1:${port}/healthz`)) === 200;
      }, `code-server did not answer on 127.0.0.1:${port}`, 60_000, 250);
      log(`code-server (pid ${child.pid}) on http://127.0.0.1:${port}/`);
      return;
    } catch (err) {
      await stopCodeServer();
      const text = fs.readFileSync(path.join(cfg.artifacts, 'code-server.log'), 'utf8');
      if (attempt < 3 && /EADDRINUSE/.test(text)) continue; // the port was taken between probe and bind
      throw err;
    }
  }
}

async function stopCodeServer() {
  if (!server) return;
  const { child } = server;
  server = undefined;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise(r => child.once('exit', r));
  killGroup(child.pid, 'SIGTERM');
  const t = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
  await Promise.race([gone, new Promise(r => setTimeout(r, 7000))]);
  clearTimeout(t);
  killGroup(child.pid, 'SIGKILL'); // whatever of its group is left (extension host, language server)
}

// ---------------------------------------------------------------------------------------------
// The workbench

let context;

async function launchBrowser() {
  context = await chromium.launchPersistentContext(path.join(dir, 'chromium-profile'), {
    executablePath: cfg.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-features=Translate,OptimizationHints,MediaRouter'],
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    env: { ...process.env, ...privateDirs() },
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    timeout: 60_000,
  });
  // Only loopback: anything else the page asks for is refused, and reported.
  await context.route(url => !/^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(url.href) && /^(https?|wss?):/.test(url.protocol), route => {
    blocked.add(route.request().url());
    return route.abort('blockedbyclient');
  });
  page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const consoleLog = path.join(cfg.artifacts, 'browser-console.log');
  page.on('console', m => fs.appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', e => fs.appendFileSync(consoleLog, `[pageerror] ${e.stack ?? e.message}\n`));
  page.on('response', r => { if (r.status() >= 400) fs.appendFileSync(consoleLog, `[http ${r.status()}] ${r.url()}\n`); });
  page.on('requestfailed', r => fs.appendFileSync(consoleLog, `[request failed: ${r.failure()?.errorText}] ${r.url()}\n`));
}

async function closeBrowser() {
  const c = context;
  context = undefined;
  page = undefined;
  if (c) await Promise.race([c.close().catch(() => undefined), new Promise(r => setTimeout(r, 10_000))]);
}

/** Runs a command from the command palette (F1), by its label. With keepOpen, does not wait for the
 *  palette to close (the command asks something in it next). */
async function runCommand(label, { keepOpen = false } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>' + label);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  if (!keepOpen) await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Drags a sash (the border between two parts of the workbench) from (x, y) to (toX, toY). */
async function dragSash(x, y, toX, toY) {
  await page.mouse.move(x - 20, y - 20);
  await page.mouse.move(x, y, { steps: 3 });
  await page.mouse.down();
  await page.mouse.move(toX, toY, { steps: 8 });
  await page.mouse.up();
}

/** Makes the side bar `width` pixels wide. */
async function widenSidebar(width) {
  const bar = page.locator('.part.sidebar');
  const ok = async () => Math.abs((await bar.boundingBox()).width - width) < 8;
  // a drag that started before the sash took the pointer does nothing: drag again
  await waitFor(async () => {
    if (await ok()) return true;
    const b = await bar.boundingBox();
    await dragSash(b.x + b.width, b.y + b.height / 2, b.x + width, b.y + b.height / 2);
    return ok();
  }, async () => `the side bar is ${(await bar.boundingBox()).width} px wide, not ${width}`, 10_000, 500);
}

/** Makes the panel (Problems) `height` pixels high. */
async function panelHeight(height) {
  const panel = page.locator('.part.panel');
  const ok = async () => Math.abs((await panel.boundingBox()).height - height) < 8;
  await waitFor(async () => {
    if (await ok()) return true;
    const b = await panel.boundingBox();
    // the sash nearest the panel's top edge
    const sashes = await page.locator('.monaco-sash.horizontal').evaluateAll(els => els.map(e => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }).filter(r => r.width > 0));
    const sash = sashes.sort((p, q) => Math.abs(p.y + p.height / 2 - b.y) - Math.abs(q.y + q.height / 2 - b.y))[0];
    assert(sash && Math.abs(sash.y + sash.height / 2 - b.y) < 10, `no sash at the panel's top edge (y ${b.y}): ${JSON.stringify(sashes)}`);
    const y = sash.y + sash.height / 2;
    await dragSash(b.x + b.width / 2, y, b.x + b.width / 2, y + b.height - height);
    return ok();
  }, async () => `the panel is ${(await panel.boundingBox()).height} px high, not ${height}`, 10_000, 500);
}

/**
 * Switches on the Outline's "Follow Cursor" (in its "..." menu), if it is off. A click that lands while the menu is
 * still laying itself out can be lost (the menu stays open, the item focused), so each round reopens the menu and
 * reads the item's state again, until the menu shows it checked; the menu is closed on every way out.
 */
async function outlineFollowsCursor() {
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*Outline/ }) }).first();
  const item = page.locator('.monaco-menu .action-item', { hasText: 'Follow Cursor' }).first();
  const closeMenu = async () => {
    for (let i = 0; i < 3 && await item.isVisible().catch(() => false); i++) {
      await page.keyboard.press('Escape');
      await item.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => undefined);
    }
  };
  let checked = null;
  try {
    await waitFor(async () => {
      await closeMenu();
      await pane.locator('.pane-header').hover();
      await pane.locator('.pane-header .action-label[aria-label^="More Actions"]').first().click();
      await item.waitFor({ state: 'visible', timeout: 5000 });
      checked = await item.locator('.action-menu-item').first().getAttribute('aria-checked');
      if (checked === 'true') return true;
      await item.hover();
      await item.click();
      await item.waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
      return false;
    }, () => `the Outline's "Follow Cursor" stays ${checked === 'false' ? 'off' : `unread (aria-checked ${checked})`}`, 30_000, 500);
  } finally {
    await closeMenu();
  }
}

/** Brings an open document's tab to the front. */
async function showTab(name) {
  await page.locator(`.tabs-container .tab[data-resource-name="${name}"]`).click();
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor({ state: 'visible' });
}

/** Puts the cursor in the middle of the top-most occurrence of `text` in the active editor. */
async function clickText(text) {
  const box = await textBox(text);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Moves the mouse onto `text` in the active editor until a hover card containing `expect` shows. */
async function hoverOn(text, expect) {
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expect });
  await waitFor(async () => {
    const box = await textBox(text);
    await page.mouse.move(box.x - 40, box.y + box.height / 2 + 60); // away, so the next move is a new hover
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    return hover.first().waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
  }, `no hover card with "${expect}" appeared over "${text}"`, 45_000, 100);
  return { hover: hover.first(), box: await textBox(text) };
}

/**
 * Runs an export command: picks the format, checks that VS Code's save dialog (in the browser, a
 * path in the quick input) proposes `file`, accepts it, and waits for the file and the
 * "Exported N entities" message. Returns N.
 */
async function exportEntities(label, format, file) {
  fs.rmSync(file, { force: true });
  await runCommand(label, { keepOpen: true });
  const widget = page.locator('.quick-input-widget');
  const choice = widget.getByRole('option', { name: format, exact: true }).first();
  await choice.waitFor({ state: 'visible' });
  await choice.click();
  const input = widget.locator('.quick-input-box input');
  await waitFor(async () => (await input.inputValue()) === file,
    async () => `the save dialog proposes "${await input.inputValue().catch(() => '?')}", not ${file}`);
  // the dialog lists the folder as it settles; an Enter pressed meanwhile can be dropped: press again
  await waitFor(async () => {
    await page.keyboard.press('Enter');
    return widget.waitFor({ state: 'hidden', timeout: 2000 }).then(() => true, () => false);
  }, 'the save dialog did not accept the file name', 10_000);
  const note = page.locator('.notification-toast', { hasText: /Exported \d+ entities to/ }).first();
  await note.waitFor({ state: 'visible' });
  await waitFor(() => fs.existsSync(file) && fs.statSync(file).size > 0, `${file} was not written`);
  const n = Number(/Exported (\d+) entities/.exec(await note.innerText())[1]);
  await runCommand('Notifications: Clear All Notifications');
  return n;
}

/** Opens a workspace file from the Explorer and waits until its editor shows `expect`. */
async function openFile(name, expect) {
  const collapsed = page.locator('.pane-header[aria-label^="Explorer Section"][aria-expanded="false"]').first();
  if (await collapsed.count()) await collapsed.click();
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ state: 'visible' });
  await row.dblclick();
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor({ state: 'visible' });
  const editor = activeEditor();
  await editor.locator('.view-lines', { hasText: expect }).waitFor({ state: 'visible' });
  return editor;
}

function activeEditor() {
  return activeEditorOf(page);
}

/** The screen box of the top-most rendered occurrence of `text` in the active editor (lib.mjs). */
function textBox(text) {
  return textBoxIn(page, text);
}

/** A full-width band of the active editor, from the top of the line showing `first` to the top of
 *  the line showing `next`, for pictures of a few lines. */
async function editorBand(first, next) {
  const a = await textBox(first), b = await textBox(next);
  const ed = await activeEditor().boundingBox();
  assert(ed && b.y > a.y, `no band from "${first}" to "${next}"`);
  return { x: ed.x, y: a.y - 2, width: ed.width, height: b.y - a.y };
}

async function editorText() {
  return (await activeEditor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
}

/**
 * The smallest box holding all `parts` (locators, their first visible match, or {x, y, width,
 * height}), `pad` pixels wider on each side and kept inside the page.
 */
async function unionBox(parts, pad = 8) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const part of parts) {
    const b = typeof part?.boundingBox === 'function' ? await part.first().boundingBox({ timeout: 5000 }) : part;
    assert(b && b.width > 0 && b.height > 0, `nothing to picture for ${part}`);
    x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); x1 = Math.max(x1, b.x + b.width); y1 = Math.max(y1, b.y + b.height);
  }
  const vp = page.viewportSize();
  x0 = Math.max(0, Math.floor(x0 - pad)); y0 = Math.max(0, Math.floor(y0 - pad));
  x1 = Math.min(vp.width, Math.ceil(x1 + pad)); y1 = Math.min(vp.height, Math.ceil(y1 + pad));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * A picture for the README, cropped to `parts` (see unionBox; the whole window without them).
 * Always kept in the artifacts; written to media/screenshots/ when asked (--update-screenshots)
 * or when missing there.
 */
async function screenshot(name, parts, pad) {
  const file = path.join(cfg.artifacts, name);
  const clip = parts ? await unionBox(parts, pad) : undefined;
  await page.screenshot({ path: file, clip });
  const dest = path.join(cfg.screenshots, name);
  if (cfg.updateScreenshots || !fs.existsSync(dest)) {
    fs.mkdirSync(cfg.screenshots, { recursive: true });
    fs.copyFileSync(file, dest);
    log(`wrote ${path.relative(cfg.repo, dest)} (${clip ? `${clip.width}\u00d7${clip.height}` : 'whole window'}, ${Math.round(fs.statSync(dest).size / 1024)} KB)`);
  }
}

// ---------------------------------------------------------------------------------------------
// Logs

/** All files under code-server's logs folder. */
function logFiles(d = logsDir) {
  const out = [];
  if (!fs.existsSync(d)) return out;
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) out.push(...logFiles(p)); else out.push(p);
  }
  return out;
}

function exthostLogs() {
  return logFiles().filter(f => /exthost\d*\.log$/i.test(path.basename(f)));
}

function activationLine() {
  for (const f of exthostLogs()) {
    const line = fs.readFileSync(f, 'utf8').split('\n').find(l => l.includes('_doActivateExtension ' + EXTENSION_ID));
    if (line) return { file: f, line };
  }
  return null;
}

/** Error lines about the extension in any log: the extension host's, the extension's own channel, the server's. */
function extensionErrors() {
  const errors = [];
  for (const f of logFiles()) {
    const own = f.includes(EXTENSION_ID);
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      const isError = /\[error\]/i.test(line) || /Activating extension .* failed/i.test(line);
      if (isError && (own || /biotech/i.test(line))) errors.push(`${path.relative(logsDir, f)}: ${line.trim()}`);
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// The checks

async function main() {
  prepare();
  await installExtension();
  await startCodeServer();
  await launchBrowser();

  const url = `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(workspace)}`;
  const workbench = await check('workbench loads', async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED }).waitFor({ state: 'visible', timeout: 60_000 });
  });
  if (!workbench) return;

  const opened = await check(`opens ${SEED}`, () => openFile(SEED, 'mitazalimab'));
  if (!opened) return;

  await check('extension activates (extension host log)', async () => {
    const found = await waitFor(() => activationLine(), () => `no "_doActivateExtension ${EXTENSION_ID}" line in ${exthostLogs().map(f => path.relative(cfg.runDir, f)).join(', ') || 'any exthost log'}`);
    log(found.line.trim());
  });

  await check('Problems panel lists 4 mixed-micro-sign findings', async () => {
    await runCommand('View: Focus Problems');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible' });
    // The file's row counts its problems; the list is virtual, so maximise the panel to have all
    // four findings (each with its related "Greek mu" lines) rendered at once.
    const fileRow = panel.locator('.monaco-list-row', { hasText: SEED }).first();
    const badge = fileRow.locator('.monaco-count-badge');
    await waitFor(async () => (await badge.innerText({ timeout: 1000 })).trim() === '4',
      async () => `the Problems panel counts ${await badge.innerText({ timeout: 1000 }).catch(() => 'no')} problems for ${SEED}, not 4`);
    await runCommand('View: Toggle Maximized Panel');
    try {
      const rows = panel.locator('.monaco-list-row[aria-label*="micro sign"]');
      await waitFor(async () => (await rows.count()) === 4,
        async () => `not exactly 4 Problems rows mention "micro sign"; the panel shows: ${(await panel.locator('.monaco-list-row').allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim()).join(' | ')}`, 10_000);
      const texts = await rows.allInnerTexts();
      for (const t of texts) {
        assert(t.includes('mixed-micro-sign') && t.includes('Unit written with micro sign'), `unexpected row: ${t}`);
      }
      // Information severity: each finding's row carries the info icon.
      const info = await rows.evaluateAll(els => els.filter(e => e.querySelector('.codicon-info, .marker-icon.info, [class*="info"]')).length);
      assert(info === 4, `expected 4 rows with the information icon, saw ${info}`);
    } finally {
      await runCommand('View: Toggle Maximized Panel');
    }
  });

  await check('hover on "mitazalimab" shows its card', async () => {
    // A larger editor for the picture, and back to the top of the seed, where line 1 names the drug.
    await runCommand('View: Hide Panel');
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    await showTab(SEED);
    await page.keyboard.press('Control+Home');
    await activeEditor().locator('.view-line', { hasText: 'agonist mitazalimab' }).first().waitFor({ state: 'visible' });
    const { hover, box } = await hoverOn('mitazalimab', 'CD40');
    const text = await hover.innerText();
    for (const want of ['mitazalimab', 'drug', 'CD40', 'Results in this document', 'ORR 54.4 %']) assert(text.includes(want), `hover text lacks "${want}": ${text}`);
    await screenshot('hover-drug.png', [hover, box]);
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
  });

  await check('hover on a figure ("54,4 percent") shows its reading and binding', async () => {
    const { hover, box } = await hoverOn('54,4 percent', '54.4 %');
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    for (const want of ['54,4 percent', 'figure (percent)', 'ORR', 'mitazalimab', '900 \u00b5g/kg arm', 'decimal comma']) assert(text.includes(want), `hover text lacks "${want}": ${text}`);
    await screenshot('hover-figure.png', [hover, box]);
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
  });

  await check('semantic highlighting colours entities (token type "function" on a drug)', async () => {
    await page.keyboard.press('Control+Home');
    await clickText('mitazalimab');
    // the drug is drawn in another colour than the plain words before it
    const colours = await activeEditor().locator('.view-lines').evaluate(root => {
      const text = el => el.textContent.replace(/\u00a0/g, ' ');
      const line = [...root.querySelectorAll('.view-line')].find(l => text(l).includes('agonist mitazalimab'));
      const spans = line ? [...line.querySelectorAll('span span')] : [];
      const colour = word => { const el = spans.find(x => text(x).includes(word)); return el ? getComputedStyle(el).color : null; };
      return { drug: colour('mitazalimab'), plain: colour('The study evaluates') };
    });
    assert(colours.drug && colours.plain && colours.drug !== colours.plain, `"mitazalimab" is drawn in ${colours.drug}, the plain text in ${colours.plain}`);
    // and the colour is the language server's: VS Code's token inspector names the semantic token type
    await runCommand('Developer: Inspect Editor Tokens and Scopes');
    const inspector = page.locator('.token-inspect-widget').first();
    await inspector.waitFor({ state: 'visible' });
    await waitFor(async () => /semantic token type\s*function/i.test((await inspector.innerText()).replace(/\s+/g, ' ')),
      async () => `the token inspector shows no semantic token type "function" for mitazalimab: ${(await inspector.innerText()).replace(/\s+/g, ' ')}`, 10_000);
    await screenshot('semantic-highlighting.png', [await editorBand('The study evaluates', 'Poster presentation at ESMO'), inspector]);
    await page.keyboard.press('Escape');
    await inspector.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => page.keyboard.press('Escape'));
  });

  await check('Outline nests figures under their drug and dose group; breadcrumbs and the Outline follow the cursor', async () => {
    // Room for the Outline: the folder section of the Explorer collapsed.
    const folders = page.locator('.pane-header[aria-label^="Explorer Section"][aria-expanded="true"]').first();
    if (await folders.count()) await folders.click();
    await runCommand('Explorer: Focus on Outline View');
    // room for the figures' names, and the Outline's "Follow Cursor" on (VS Code's default is off)
    await widenSidebar(480);
    await outlineFollowsCursor();
    const rows = page.locator('.monaco-list-row:has(.outline-element)');
    const groups = ['Drugs', 'Targets', 'Endpoints', 'Figures'];
    await waitFor(async () => {
      const labels = await rows.allInnerTexts();
      return groups.every(g => labels.some(l => l.trim().startsWith(g)));
    }, async () => `the Outline lacks one of ${groups.join(', ')}; it shows: ${(await rows.allInnerTexts()).map(t => t.trim()).join(' | ') || 'nothing'}`);
    const expand = async row => { if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click(); };
    const drugs = rows.filter({ hasText: /^\s*Drugs/ }).first();
    await expand(drugs);
    const mita = rows.filter({ hasText: /^\s*mitazalimab/ }).first();
    await mita.waitFor({ state: 'visible' });
    await expand(mita);
    // the seed reports two dose groups: mitazalimab's figures sit under theirs
    const group = rows.filter({ hasText: new RegExp(`^\\s*${DOSE_GROUP}`) }).first();
    await group.waitFor({ state: 'visible' });
    await expand(group);
    const figure = rows.filter({ hasText: FIGURE_SYMBOL }).first();
    await figure.waitFor({ state: 'visible' });
    const level = async row => Number(await row.getAttribute('aria-level'));
    const [lg, ld, lp, lf] = [await level(drugs), await level(mita), await level(group), await level(figure)];
    assert(ld === lg + 1 && lp === ld + 1 && lf === lp + 1, `levels: Drugs ${lg}, mitazalimab ${ld}, ${DOSE_GROUP} ${lp}, "${FIGURE_SYMBOL}" ${lf}`);
    // the cursor on the figure in the text: breadcrumbs show its path, the Outline selects it
    await clickText('54,4 percent');
    const crumbs = page.locator('.editor-group-container.active .monaco-breadcrumbs .monaco-breadcrumb-item');
    const want = ['Drugs', 'mitazalimab', DOSE_GROUP, FIGURE_SYMBOL];
    await waitFor(async () => (await crumbs.allInnerTexts()).map(t => t.trim()).slice(-4).join(' \u203a ') === want.join(' \u203a '),
      async () => `the breadcrumbs show "${(await crumbs.allInnerTexts()).map(t => t.trim()).join(' \u203a ')}", not ending in "${want.join(' \u203a ')}"`);
    await waitFor(async () => (await figure.getAttribute('aria-selected')) === 'true' || /\b(selected|focused)\b/.test(await figure.getAttribute('class') ?? ''),
      'the Outline did not select the figure under the cursor', 10_000);
    const outlineRows = await rows.evaluateAll(els => els.map(e => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }).filter(b => b.height > 0));
    await screenshot('outline.png', [page.locator('.pane-header', { hasText: /^\s*Outline/ }), ...outlineRows], 4);
  });

  await check('find references lists every mention, in this and other documents', async () => {
    await page.keyboard.press('Control+Home');
    await clickText('mitazalimab');
    await page.keyboard.press('Shift+F12');
    const peek = page.locator('.peekview-widget').first();
    await peek.waitFor({ state: 'visible' });
    // the peek's tree: one row per document with its count
    const docRow = name => peek.locator('.monaco-list-row', { hasText: name }).first();
    await waitFor(async () => await docRow(SEED).isVisible() && await docRow(NOTES).isVisible(),
      async () => `the references peek lists: ${(await peek.locator('.monaco-list-row').allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim()).join(' | ')}`);
    const count = async name => (await docRow(name).locator('.monaco-count-badge').innerText()).trim();
    assert(await count(SEED) === '12' && await count(NOTES) === '1', `counts: ${SEED} ${await count(SEED)}, ${NOTES} ${await count(NOTES)}`);
    await screenshot('references.png', [peek]);
    await page.keyboard.press('Escape');
    await peek.waitFor({ state: 'hidden' });
  });

  await check('workspace symbols (Ctrl+T) find a drug in a document not opened', async () => {
    const other = '000-leads-biolabs-opamtistomig.txt';
    assert(await page.locator(`.tabs-container .tab[data-resource-name="${other}"]`).count() === 0, `${other} is open already`);
    await page.keyboard.press('Control+t');
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    await input.waitFor({ state: 'visible' });
    assert((await input.inputValue()).startsWith('#'), `Ctrl+T opened "${await input.inputValue()}", not the workspace symbol search`);
    await page.keyboard.type('zanidatamab');
    const row = widget.locator('.monaco-list-row', { hasText: 'zanidatamab' }).first();
    await row.waitFor({ state: 'visible' });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert(text.includes(other), `the symbol row says "${text}", not ${other}`);
    await screenshot('workspace-symbols.png', [widget]);
    await page.keyboard.press('Enter');
    await page.locator(`.tabs-container .tab.active[data-resource-name="${other}"]`).waitFor({ state: 'visible' });
    await waitFor(async () => (await editorText()).includes('zanidatamab'), `${other} opened, but not where it names zanidatamab`);
  });

  await check(`quick fix "${QUICKFIX_TITLE}" applies`, async () => {
    await openFile(QUICKFIX, '(40%)');
    // Wait for the server's error on the figure, then put the cursor on it and ask for fixes (Ctrl+.).
    await activeEditor().locator('.squiggly-error').first().waitFor({ state: 'attached' });
    // the Problems panel beside it, for the picture
    await runCommand('View: Focus Problems');
    const panel = page.locator('.markers-panel');
    // a short editor above a tall panel: the one line, its quick-fix menu, then the problem
    await panelHeight(Math.round((await page.locator('.part.editor').boundingBox()).height + (await page.locator('.part.panel').boundingBox()).height) - 160);
    const problem = panel.locator('.monaco-list-row', { hasText: /8\/22 = 36\.4 %/ }).first();
    await problem.waitFor({ state: 'visible' });
    const related = panel.locator('.monaco-list-row', { hasText: 'the count: 8 of 22' }).first();
    const box = await textBox('40%');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const item = page.locator('.action-widget .monaco-list-row', { hasText: QUICKFIX_TITLE }).first();
    let offered = [];
    await waitFor(async () => {
      await page.keyboard.press('Control+.');
      if (await item.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) return true;
      offered = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
      await page.keyboard.press('Escape');
      return false;
    }, `the quick-fix menu did not offer "${QUICKFIX_TITLE}"`).catch(err => {
      throw new Error(`${err.message}; it offered: ${offered.map(t => t.replace(/\s+/g, ' ').trim()).join(' | ') || 'nothing'}`);
    });
    await screenshot('problems-quick-fix.png', [await textBox('ORR was'), page.locator('.action-widget'), panel.locator('.monaco-list-row', { hasText: QUICKFIX }).first(), problem, related], 3);
    await item.click();
    await waitFor(async () => (await editorText()).includes('(36%)'), async () => `the text did not become "(36%)": ${await editorText()}`);
    assert(!(await editorText()).includes('(40%)'), 'the old figure is still there');
    await runCommand('View: Hide Panel');
    await panel.waitFor({ state: 'hidden' });
  });

  await check('status bar shows the document\u2019s counts, and a click on it opens the Problems panel', async () => {
    await showTab(SEED);
    // the item follows the active editor (after a short debounce): wait for the seed's counts
    const item = page.locator('.statusbar-item', { hasText: /\d+ entities \u00b7 \d+ findings?/ }).first();
    await waitFor(async () => /\b4 findings\b/.test(await item.innerText({ timeout: 1000 })),
      async () => `status bar says "${await item.innerText({ timeout: 1000 }).catch(() => 'nothing')}", not 4 findings for ${SEED}`);
    // its tooltip names the kinds, for the picture
    const tip = page.locator('.workbench-hover, .monaco-hover:not(.hidden)', { hasText: 'Click to open the Problems panel' }).first();
    const ib = await item.boundingBox();
    await page.mouse.move(ib.x + ib.width / 2, ib.y + ib.height / 2, { steps: 3 });
    await tip.waitFor({ state: 'visible', timeout: 10_000 });
    assert(/\d+ drug/.test(await tip.innerText()), `the tooltip says "${await tip.innerText()}"`);
    await screenshot('status-bar.png', [item, tip]);
    await page.mouse.move(5, 450);
    if (await page.locator('.markers-panel').isVisible()) {
      await runCommand('View: Hide Panel');
      await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    }
    await item.click();
    await page.locator('.markers-panel').waitFor({ state: 'visible' });
    await runCommand('View: Hide Panel');
  });

  await check('Entities view lists the workspace\u2019s drugs and expands one to its mentions', async () => {
    await runCommand('Explorer: Focus on Biotech Entities View');
    // room for it: the folders and the Outline collapsed
    const folders = page.locator('.pane-header[aria-label^="Explorer Section"][aria-expanded="true"]').first();
    if (await folders.count()) await folders.click();
    const outlineHeader = page.locator('.pane-header[aria-expanded="true"]', { hasText: /^\s*Outline/ }).first();
    if (await outlineHeader.count()) await outlineHeader.click();
    // scoped to this view's pane: the Outline has a Drugs group too
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Biotech Entities/i }) });
    const drugs = view.locator('.monaco-list-row', { hasText: /^\s*Drugs/ }).first();
    await drugs.waitFor({ state: 'visible' });
    if ((await drugs.getAttribute('aria-expanded')) !== 'true') await drugs.click();
    const row = view.locator('.monaco-list-row', { hasText: 'mitazalimab' }).first();
    await row.waitFor({ state: 'visible' });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert(/13 mentions in 2 documents/.test(text), `the mitazalimab row says "${text}"`);
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    // its mentions: "file:line" with the text as written
    const mentions = view.locator('.monaco-list-row', { hasText: /\.(txt|md):\d+/ });
    await waitFor(async () => (await mentions.count()) === 13,
      async () => `${await mentions.count()} mention rows under mitazalimab, not 13: ${(await mentions.allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim()).join(' | ')}`);
    const labels = (await mentions.allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim());
    assert(labels.filter(l => l.startsWith(SEED + ':')).length === 12 && labels.some(l => l.startsWith(NOTES + ':3')), `mention rows: ${labels.join(' | ')}`);
    const shown = await view.locator('.monaco-list-row').evaluateAll(els => els.map(e => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }).filter(b => b.height > 0));
    await screenshot('entities-view.png', [view.locator('.pane-header'), ...shown]);
    // a mention opens its document at the mention
    await mentions.filter({ hasText: NOTES + ':3' }).first().click();
    await page.locator(`.tabs-container .tab.active[data-resource-name="${NOTES}"]`).waitFor({ state: 'visible' });
    await activeEditor().locator('.view-lines', { hasText: 'mitazalimab' }).waitFor({ state: 'visible' });
    // the view follows an edit as it is typed, and its undoing
    const rowText = async () => (await row.innerText({ timeout: 1000 }).catch(() => '')).replace(/\s+/g, ' ');
    await activeEditor().locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nAnd mitazalimab once more.\n');
    await waitFor(async () => /14 mentions in 2 documents/.test(await rowText()), async () => `after an edit the mitazalimab row says "${await rowText()}"`);
    // the two lines typed, selected back from the cursor and deleted
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Backspace');
    await waitFor(async () => !(await editorText()).includes('once more'), async () => `the typed line is still there: ${await editorText()}`);
    await waitFor(async () => /13 mentions in 2 documents/.test(await rowText()), async () => `after the edit was undone the mitazalimab row says "${await rowText()}"`);
  });

  await check('export this document\u2019s entities as CSV', async () => {
    await showTab(SEED);
    const file = path.join(workspace, SEED.replace(/\.txt$/, '-entities.csv'));
    const count = await exportEntities('Export Entities of This Document', 'CSV', file);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\r\n');
    assert(lines[0].startsWith('uri,kind,name,text,line,character'), `header: ${lines[0]}`);
    assert(lines.length - 1 === count, `${lines.length - 1} rows, the message said ${count}`);
    const drugRows = lines.filter(l => l.includes(',drug,mitazalimab,'));
    assert(drugRows.length === 12 && drugRows.every(l => l.includes(SEED)), `${drugRows.length} mitazalimab rows: ${drugRows.slice(0, 2).join(' | ')}`);
    assert(lines.some(l => /,figure,54\.4 %,54,4 percent,|,figure,54\.4 %,"54,4 percent",/.test(l)), 'no row for the figure "54,4 percent"');
  });

  await check('export the workspace\u2019s entities as JSON', async () => {
    const file = path.join(workspace, 'workspace-entities.json');
    const count = await exportEntities('Export Entities of the Workspace', 'JSON', file);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert(json.version === 1 && Array.isArray(json.entities) && json.entities.length === count, `version ${json.version}, ${json.entities?.length} entities, the message said ${count}`);
    const where = name => [...new Set(json.entities.filter(e => e.kind === 'drug' && e.name === name).map(e => path.basename(decodeURIComponent(e.uri))))].sort();
    assert(JSON.stringify(where('mitazalimab')) === JSON.stringify([SEED, NOTES].sort()), `mitazalimab in ${where('mitazalimab')}`);
    assert(where('zanidatamab').includes('000-leads-biolabs-opamtistomig.txt'), `zanidatamab in ${where('zanidatamab')}`);
  });

  await check('inlay hints: none by default, shown when the setting is switched on', async () => {
    await showTab(SEED);
    await page.keyboard.press('Control+Home');
    const line = activeEditor().locator('.view-line', { hasText: '54,4 percent' }).first();
    await line.waitFor({ state: 'visible' });
    const hinted = async () => /54,4 percent\s*=\s*54\.4/.test((await line.innerText()).replace(/\u00a0/g, ' '));
    // the server has analysed the document (the status bar counts it); no hint shows
    assert(!(await hinted()), `a hint shows with the setting off: ${await line.innerText()}`);
    const settings = path.join(workspace, '.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify({ 'biotechAnnotator.inlayHints.enable': true }, null, 2));
    await waitFor(hinted, async () => `no "= 54.4" hint after "54,4 percent" with the setting on: ${await line.innerText()}`);
    await screenshot('inlay-hints.png', [await editorBand('Patients treated with the higher dose', 'Based on these data')], 0);
    // and off again, without an edit
    fs.writeFileSync(settings, JSON.stringify({ 'biotechAnnotator.inlayHints.enable': false }, null, 2));
    await waitFor(async () => !(await hinted()), 'the hint stayed after the setting was switched off');
  });

  await check('no errors about the extension in the logs', async () => {
    const errors = extensionErrors();
    assert(errors.length === 0, `${errors.length} error line(s): ${errors.slice(0, 5).join(' || ')}`);
  });
}

let exitCode = 1;
const shutdown = async () => {
  await closeBrowser();
  await stopCodeServer();
  // Keep code-server's logs (extension host, the extension's output channel, the server's).
  if (fs.existsSync(logsDir)) fs.cpSync(logsDir, path.join(cfg.artifacts, 'vscode-logs'), { recursive: true });
};
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, async () => {
    console.log(`FAIL vscode: interrupted by ${sig}`);
    await shutdown();
    process.exit(1);
  });
}

try {
  await main();
  exitCode = counts.failed === 0 && counts.passed > 0 ? 0 : 1;
} catch (err) {
  report(false, 'set-up', String(err?.stack ?? err));
  if (page && !page.isClosed()) await page.screenshot({ path: path.join(cfg.artifacts, 'vscode-fail-set-up.png') }).catch(() => undefined);
} finally {
  if (blocked.size) console.log(`vscode: refused ${blocked.size} non-loopback request(s): ${[...blocked].slice(0, 5).join(', ')}`);
  await shutdown();
}
console.log(`vscode: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(exitCode);
