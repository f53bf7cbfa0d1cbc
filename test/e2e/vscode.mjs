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
import { killGroup, seconds } from './lib.mjs';

const cfg = JSON.parse(process.env.BIOTECH_E2E_CONFIG ?? '{}');
for (const key of ['repo', 'vsix', 'node', 'codeServer', 'runDir', 'artifacts', 'chromium', 'screenshots']) {
  if (!cfg[key]) { console.error(`vscode.mjs: BIOTECH_E2E_CONFIG lacks "${key}" (run it through test/e2e/run.mjs)`); process.exit(2); }
}

const EXTENSION_ID = 'biotech-annotator.biotech-annotator';
const SEED = '001-alligator-mitazalimab.txt';
const QUICKFIX = 'quickfix.md';
const QUICKFIX_TEXT = 'ORR was 8 of 22 patients (40%).\n';
const QUICKFIX_TITLE = 'Replace 40 % with 36 %';
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

let passed = 0;
let failed = 0;
let page;
const blocked = new Set();

function report(ok, name, why) {
  if (ok) { passed++; console.log(`PASS vscode: ${name}`); }
  else { failed++; console.log(`FAIL vscode: ${name}: ${why}`); }
}

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Runs one check; on failure keeps a screenshot. Returns whether it passed. */
async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    report(true, `${name} (${seconds(Date.now() - t0)})`);
    return true;
  } catch (err) {
    const why = String(err?.message ?? err).split('\n').filter(Boolean).slice(0, 6).join(' | ');
    report(false, name, why);
    if (page && !page.isClosed()) {
      const shot = path.join(cfg.artifacts, `vscode-fail-${slug(name)}.png`);
      await page.screenshot({ path: shot, timeout: 10_000 }).then(() => console.log(`  screenshot: ${path.relative(cfg.repo, shot)}`), () => undefined);
    }
    return false;
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Polls fn until it returns a truthy value; after timeoutMs throws message (a string, or a function
 *  giving one then) with fn's last error. */
async function waitFor(fn, message, timeoutMs = STEP_TIMEOUT, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) { lastError = err; }
    if (Date.now() > deadline) {
      const text = typeof message === 'function' ? await Promise.resolve().then(message).catch(e => String(e)) : message;
      throw new Error(`${text} (after ${seconds(timeoutMs)})${lastError ? ': ' + lastError.message : ''}`);
    }
    await new Promise(r => setTimeout(r, intervalMs));
  }
}

// ---------------------------------------------------------------------------------------------
// code-server

function prepare() {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const d of [userDataDir, extensionsDir, workspace, path.join(userDataDir, 'User'), path.join(dir, 'xdg')]) fs.mkdirSync(d, { recursive: true });
  for (const f of fs.readdirSync(path.join(cfg.repo, 'seeds')).filter(f => f.endsWith('.txt'))) {
    fs.copyFileSync(path.join(cfg.repo, 'seeds', f), path.join(workspace, f));
  }
  fs.writeFileSync(path.join(workspace, QUICKFIX), QUICKFIX_TEXT);
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

/** Runs a command from the command palette (F1), by its label. */
async function runCommand(label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>' + label);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
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
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
}

/** The screen box of the top-most rendered occurrence of `text` in the active editor. */
async function textBox(text) {
  const box = await activeEditor().locator('.view-lines').evaluate((root, needle) => {
    const boxes = [];
    // Monaco renders a line as several spans (tokens), and keeps its line elements in no particular
    // order: look through each line's whole text, and take the highest match on screen.
    for (const line of root.querySelectorAll('.view-line')) {
      const full = line.textContent.replace(/\u00a0/g, ' ');
      const at = full.indexOf(needle);
      if (at < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      let startSet = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (!startSet && at < offset + len) { range.setStart(n, at - offset); startSet = true; }
        if (startSet && at + needle.length <= offset + len) {
          range.setEnd(n, at + needle.length - offset);
          const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
          boxes.push({ x: r.x, y: r.y, width: r.width, height: r.height });
          break;
        }
        offset += len;
      }
    }
    boxes.sort((a, b) => a.y - b.y || a.x - b.x);
    return boxes[0] ?? null;
  }, text);
  assert(box && box.width > 0, `"${text}" is not rendered in the active editor`);
  return box;
}

async function editorText() {
  return (await activeEditor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
}

async function screenshot(name) {
  const file = path.join(cfg.artifacts, name);
  await page.screenshot({ path: file });
  // The README's pictures: written when asked (--update-screenshots) or when missing.
  const dest = path.join(cfg.screenshots, name);
  if (cfg.updateScreenshots || !fs.existsSync(dest)) {
    fs.mkdirSync(cfg.screenshots, { recursive: true });
    fs.copyFileSync(file, dest);
    log(`wrote ${path.relative(cfg.repo, dest)}`);
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
    // For the screenshot: reveal the first finding in the editor (line 16, its squiggle).
    await panel.locator('.monaco-list-row[aria-label*="micro sign"]').first().click();
    await activeEditor().locator('.squiggly-info').first().waitFor({ state: 'visible' });
    await screenshot('problems.png');
  });

  await check('hover on "mitazalimab" shows its card', async () => {
    // A larger editor for the picture, and back to the top of the seed, where line 1 names the drug.
    await runCommand('View: Hide Panel');
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    await page.locator(`.tabs-container .tab.active[data-resource-name="${SEED}"]`).click();
    await page.keyboard.press('Control+Home');
    await activeEditor().locator('.view-line', { hasText: 'agonist mitazalimab' }).first().waitFor({ state: 'visible' });
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'CD40' });
    await waitFor(async () => {
      const box = await textBox('mitazalimab');
      await page.mouse.move(box.x - 40, box.y + box.height / 2 + 60); // away, so the next move is a new hover
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      return hover.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
    }, 'no hover card with "CD40" appeared over "mitazalimab"', 45_000, 100);
    const text = await hover.first().innerText();
    for (const want of ['mitazalimab', 'drug', 'CD40']) assert(text.includes(want), `hover text lacks "${want}": ${text}`);
    await screenshot('hover.png');
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
  });

  await check('Outline shows the entity groups', async () => {
    // Room for the Outline: the folder section of the Explorer collapsed.
    const folders = page.locator('.pane-header[aria-label^="Explorer Section"][aria-expanded="true"]').first();
    if (await folders.count()) await folders.click();
    await runCommand('Explorer: Focus on Outline View');
    const rows = page.locator('.monaco-list-row:has(.outline-element)');
    const groups = ['Drugs', 'Targets', 'Endpoints', 'Figures'];
    await waitFor(async () => {
      const labels = await rows.allInnerTexts();
      return groups.every(g => labels.some(l => l.trim().startsWith(g)));
    }, async () => `the Outline lacks one of ${groups.join(', ')}; it shows: ${(await rows.allInnerTexts()).map(t => t.trim()).join(' | ') || 'nothing'}`);
    // Open the Drugs group: it lists mitazalimab.
    const drugs = rows.filter({ hasText: /^\s*Drugs/ }).first();
    if ((await drugs.getAttribute('aria-expanded')) !== 'true') await drugs.locator('.monaco-tl-twistie').click();
    await rows.filter({ hasText: 'mitazalimab' }).first().waitFor({ state: 'visible' });
    await screenshot('outline.png');
  });

  await check(`quick fix "${QUICKFIX_TITLE}" applies`, async () => {
    await openFile(QUICKFIX, '(40%)');
    // Wait for the server's error on the figure, then put the cursor on it and ask for fixes (Ctrl+.).
    await activeEditor().locator('.squiggly-error').first().waitFor({ state: 'attached' });
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
    await item.click();
    await waitFor(async () => (await editorText()).includes('(36%)'), async () => `the text did not become "(36%)": ${await editorText()}`);
    assert(!(await editorText()).includes('(40%)'), 'the old figure is still there');
  });

  await check('status bar shows the document\u2019s entity and finding counts', async () => {
    await openFile(SEED, 'mitazalimab');
    // the item follows the active editor (after a short debounce): wait for the seed's counts
    const item = page.locator('.statusbar-item', { hasText: /\d+ entities \u00b7 \d+ findings?/ }).first();
    await waitFor(async () => /\b4 findings\b/.test(await item.innerText({ timeout: 1000 })),
      async () => `status bar says "${await item.innerText({ timeout: 1000 }).catch(() => 'nothing')}", not 4 findings for ${SEED}`);
  });

  await check('Entities view lists the workspace\u2019s drugs', async () => {
    await runCommand('Explorer: Focus on Biotech Entities View');
    // scoped to this view's pane: the Outline has a Drugs group too
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Biotech Entities/i }) });
    const drugs = view.locator('.monaco-list-row', { hasText: /^\s*Drugs/ }).first();
    await drugs.waitFor({ state: 'visible' });
    if ((await drugs.getAttribute('aria-expanded')) !== 'true') await drugs.click();
    const row = view.locator('.monaco-list-row', { hasText: 'mitazalimab' }).first();
    await row.waitFor({ state: 'visible' });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert(/12 mentions in 1 document/.test(text), `the mitazalimab row says "${text}"`);
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
  exitCode = failed === 0 && passed > 0 ? 0 : 1;
} catch (err) {
  report(false, 'set-up', String(err?.stack ?? err));
  if (page && !page.isClosed()) await page.screenshot({ path: path.join(cfg.artifacts, 'vscode-fail-set-up.png') }).catch(() => undefined);
} finally {
  if (blocked.size) console.log(`vscode: refused ${blocked.size} non-loopback request(s): ${[...blocked].slice(0, 5).join(', ')}`);
  await shutdown();
}
console.log(`vscode: ${passed} passed, ${failed} failed`);
process.exit(exitCode);
