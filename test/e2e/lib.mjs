// Helpers shared by the end-to-end orchestrator (run.mjs), its set-up (setup.mjs) and the VS Code
// driver (vscode.mjs). Plain Node, no dependencies.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(E2E_DIR, '..', '..');
export const ARTIFACTS = path.join(E2E_DIR, 'artifacts');

const started = Date.now();
export function log(...args) {
  const t = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[e2e ${t}s]`, ...args);
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The environment without what `npm run` adds (npm_config_*, npm_package_*, ...), so that an npm we
 *  start for the editors' installs does not inherit this project's prefix, scripts or user agent. */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) || k === 'INIT_CWD' || k === 'NODE_OPTIONS') continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/**
 * Runs a command to completion with a bounded time, its output appended to logFile (and echoed when
 * echo is set). Resolves { code, signal, output, timedOut }; never rejects. The command gets its
 * own process group, which is killed whole on time-out.
 */
export function run(cmd, args, { cwd, env, timeoutMs = 600_000, logFile, echo = false, input } = {}) {
  return new Promise(resolve => {
    const out = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
    out?.write(`\n$ ${cmd} ${args.join(' ')}\n`);
    let output = '';
    let child;
    try {
      child = spawn(cmd, args, { cwd, env, detached: true, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    } catch (err) {
      out?.end(String(err));
      resolve({ code: -1, signal: null, output: String(err), timedOut: false });
      return;
    }
    if (input !== undefined) child.stdin.end(input);
    const onData = chunk => {
      const s = chunk.toString();
      output += s;
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      out?.write(s);
      if (echo) process.stdout.write(s);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGTERM');
      setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000).unref();
    }, timeoutMs);
    child.on('error', err => { onData(Buffer.from(String(err) + '\n')); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const tail = timedOut ? `\n(timed out after ${seconds(timeoutMs)})\n` : '';
      output += tail;
      out?.end(tail);
      resolve({ code: code ?? -1, signal, output, timedOut });
    });
  });
}

/** Signals a process group; quiet when it is gone already. */
export function killGroup(pid, signal = 'SIGTERM') {
  if (!pid) return;
  try { process.kill(-pid, signal); } catch { /* gone */ }
}

/**
 * The processes of this run that are still alive: every process whose environment carries
 * BIOTECH_E2E_RUN=<runId> (set on everything the suite starts: code-server, its extension host and
 * language server, Chromium, Neovim and its language server).
 */
export function processesOfRun(runId) {
  const marker = `BIOTECH_E2E_RUN=${runId}`;
  const found = [];
  let entries = [];
  try { entries = fs.readdirSync('/proc'); } catch { return found; }
  for (const e of entries) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    try {
      const env = fs.readFileSync(`/proc/${e}/environ`, 'latin1');
      if (env.split('\0').includes(marker)) found.push({ pid: Number(e), cmd: fs.readFileSync(`/proc/${e}/cmdline`, 'latin1').split('\0').join(' ').trim() });
    } catch { /* gone, or not ours to read */ }
  }
  return found;
}

/** Kills, by pid, every process of this run still alive; returns what it killed. */
export function sweep(runId) {
  const left = processesOfRun(runId);
  for (const p of left) {
    try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  return left;
}

export function tail(text, lines = 30) {
  return text.split('\n').slice(-lines).join('\n');
}

/**
 * The fenced code block that README.md marks with `<!-- e2e:<name> -->` on the line before it,
 * exactly as the README prints it: the editors are set up with what a user would copy.
 */
export function readmeBlock(name) {
  const text = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const marker = `<!-- e2e:${name} -->`;
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`README.md has no ${marker}`);
  const m = /^[ \t]*\r?\n(?:[ \t]*\r?\n)?```[\w-]*\r?\n([\s\S]*?)\r?\n```[ \t]*(?:\r?\n|$)/.exec(text.slice(at + marker.length));
  if (!m) throw new Error(`README.md has no fenced block right after ${marker}`);
  return m[1] + '\n';
}

/**
 * Of the README blocks marked `<!-- e2e:<family>-X.Y -->`, the name of the one for `version`
 * (e.g. "0.9.5" picks neovim-0.8 among neovim-0.7, neovim-0.8 and neovim-0.11), or undefined.
 */
export function readmeBlockForVersion(family, version) {
  const text = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const num = v => v.split('.').map(Number);
  const newer = (a, b) => a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1];
  const want = num(version);
  let best;
  for (const m of text.matchAll(new RegExp(`<!-- e2e:(${family}-(\\d+\\.\\d+)) -->`, 'g'))) {
    const v = num(m[2]);
    if (!newer(v, want) && (!best || newer(v, best.v))) best = { name: m[1], v };
  }
  return best?.name;
}

/**
 * A folder with `biotech-annotator-ls` in it, linked to this checkout's bin/ script as
 * `npm install -g` links it, for PATH: the README's set-ups run the command a user has.
 */
export function userBinDir(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const link = path.join(dir, 'biotech-annotator-ls');
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.join(REPO, 'bin', 'biotech-annotator-ls.js'), link);
  return dir;
}

/**
 * The checks of a browser driver (VS Code, VS Code for the Web): a PASS or FAIL line each, a
 * screenshot of the page on failure, and the counts. `getPage` gives the page once it exists.
 */
export function checkRunner({ prefix, artifacts, repo, getPage }) {
  const counts = { passed: 0, failed: 0 };
  const slug = name => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  function report(ok, name, why) {
    if (ok) { counts.passed++; console.log(`PASS ${prefix}: ${name}`); }
    else { counts.failed++; console.log(`FAIL ${prefix}: ${name}: ${why}`); }
  }
  /** Runs one check; on failure keeps a screenshot. Returns whether it passed. */
  async function check(name, fn) {
    const t0 = Date.now();
    const page = getPage();
    try {
      // whatever an earlier failed check left open (a quick pick, a dialog) would swallow this one's input
      if (page && await page.locator('.quick-input-widget').isVisible().catch(() => false)) await page.keyboard.press('Escape');
      // and a menu left open (a "..." menu whose item's click was lost) holds the keyboard the same way
      for (let i = 0; i < 3 && page && await page.locator('.monaco-menu').first().isVisible().catch(() => false); i++) await page.keyboard.press('Escape');
      await fn();
      report(true, `${name} (${seconds(Date.now() - t0)})`);
      return true;
    } catch (err) {
      const why = String(err?.message ?? err).split('\n').filter(Boolean).slice(0, 6).join(' | ');
      report(false, name, why);
      const now = getPage();
      if (now && !now.isClosed()) {
        const shot = path.join(artifacts, `${prefix}-fail-${slug(name)}.png`);
        await now.screenshot({ path: shot, timeout: 10_000 }).then(() => console.log(`  screenshot: ${path.relative(repo, shot)}`), () => undefined);
      }
      return false;
    }
  }
  return { counts, report, check };
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Polls fn until it returns a truthy value; after timeoutMs throws message (a string, or a function
 *  giving one then) with fn's last error. */
export async function waitUntil(fn, message, timeoutMs, intervalMs = 200) {
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

/** The editor that has focus in a VS Code page (desktop or web: the same workbench). */
export function activeEditorOf(page) {
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
}

/** The screen box of the top-most rendered occurrence of `text` in the active editor. */
export async function textBoxIn(page, text) {
  const box = await activeEditorOf(page).locator('.view-lines').evaluate((root, needle) => {
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
