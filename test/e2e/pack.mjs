// End-to-end test of the npm tarball, the unit users install: `npm pack` (its prepack script builds
// the production bundles and the notices), then, in an empty folder with an empty npm cache and
// --offline, `npm install <tgz>`; the installed `biotech-annotator scan` on a copy of the seeds, the
// README's "Use it in CI" recipe as the README writes it, and `biotech-annotator-ls --stdio` through
// an LSP initialize round trip and one pushed diagnostic.
//
// Started by run.mjs (`npm run test:e2e`, or `--only pack`); runs alone too: node test/e2e/pack.mjs.
// Prints one "PASS pack: name" or "FAIL pack: name: why" line per check; exits 0 only when all passed.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO, cleanEnv, killGroup, seconds, tail } from './lib.mjs';

const STEP_TIMEOUT = 60_000;
const started = Date.now();
const log = (...args) => console.log(`[pack ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s]`, ...args);

let passed = 0;
let failed = 0;
function report(ok, name, why) {
  if (ok) { passed++; console.log(`PASS pack: ${name}`); }
  else { failed++; console.log(`FAIL pack: ${name}: ${String(why).split('\n').join(' | ')}`); }
}

/** Runs one check; a thrown error is its failure. Returns the check's value, or undefined when it failed. */
async function check(name, fn) {
  try {
    const value = await fn();
    report(true, name);
    return value ?? true;
  } catch (err) {
    report(false, name, err?.message ?? err);
    return undefined;
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'biotech-pack-'));
const install = path.join(work, 'install');
const cache = path.join(work, 'npm-cache');
fs.mkdirSync(install);
// npm and npx as a user runs them: no npm_* from an enclosing `npm run`, a cache with nothing in it,
// never the network
const npmEnv = cleanEnv({ npm_config_cache: cache, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });

const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const checkCodes = new Set(Object.keys(pkg.contributes.configuration.properties['biotechAnnotator.severity'].properties));
const seeds = fs.readdirSync(path.join(REPO, 'seeds')).filter(f => f.endsWith('.txt')).sort();

// --- npm pack -----------------------------------------------------------------------------------

const tarball = await check('npm pack builds a tarball with the bundles, bins and notices', async () => {
  log('npm pack (prepack builds the production bundles) ...');
  const r = await runCaptured('npm', ['pack', '--json', '--pack-destination', work], REPO, { timeoutMs: 300_000 });
  assert(r.code === 0, `npm pack exited ${r.code}: ${tail(r.stdout, 10)} ${r.stderr}`);
  // the JSON report closes stdout, after whatever the prepack script printed
  const lines = r.stdout.trimEnd().split('\n');
  const [info] = JSON.parse(lines.slice(lines.lastIndexOf('[')).join('\n'));
  const files = info.files.map(f => f.path);
  for (const want of ['package.json', 'README.md', 'LICENSE', 'THIRD_PARTY_NOTICES.md', 'bin/biotech-annotator.js', 'bin/biotech-annotator-ls.js', 'dist/cli/main.js', 'dist/server/node.js', 'dist/data/builtin/genes.json', 'dist/data/grammar/dates.json', 'schemas/biotech-lexicon.schema.json']) {
    assert(files.includes(want), `${want} is not in the tarball`);
  }
  const stray = files.filter(f => /^(node_modules|out|test|seeds|server\/src|client)\/|\.map$|\.ts$/.test(f));
  assert(stray.length === 0, `the tarball holds what users do not need: ${stray.slice(0, 5).join(', ')}`);
  log(`${info.filename}: ${files.length} files, ${(info.size / 1e6).toFixed(1)} MB packed, ${(info.unpackedSize / 1e6).toFixed(1)} MB unpacked`);
  return path.join(work, info.filename);
});

// --- npm install --offline in an empty folder -----------------------------------------------------

const installed = tarball && await check('npm install --offline installs it in an empty folder, needing no other package', async () => {
  const r = await runCaptured('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], install, { timeoutMs: 120_000 });
  assert(r.code === 0, `npm install exited ${r.code}: ${r.stderr}`);
  const modules = fs.readdirSync(path.join(install, 'node_modules')).filter(f => !f.startsWith('.'));
  assert(modules.length === 1 && modules[0] === 'biotech-annotator', `node_modules holds ${modules.join(', ')}, not just biotech-annotator`);
  for (const bin of Object.keys(pkg.bin)) assert(fs.existsSync(path.join(install, 'node_modules', '.bin', bin)), `no node_modules/.bin/${bin}`);
  return true;
});

// --- the scanner ----------------------------------------------------------------------------------

if (installed) {
  fs.mkdirSync(path.join(install, 'docs'));
  for (const f of seeds) fs.copyFileSync(path.join(REPO, 'seeds', f), path.join(install, 'docs', f));
}

const report1 = installed && await check('npx biotech-annotator scan --format json reads the seeds', async () => {
  const r = await runCaptured('npx', ['biotech-annotator', 'scan', 'docs', '--format', 'json'], install);
  assert(r.code === 0 || r.code === 1, `exit status ${r.code} (0 or 1 expected): ${r.stderr}`);
  const scan = JSON.parse(r.stdout);
  assert(scan.version === 1, `report version ${scan.version}`);
  assert(scan.files.length === seeds.length, `${scan.files.length} files reported for ${seeds.length} seeds`);
  for (const f of scan.files) {
    const kinds = new Set(f.entities.map(e => e.kind));
    for (const kind of ['drug', 'company', 'figure']) assert(kinds.has(kind), `${f.path}: no ${kind} entity`);
    for (const d of f.diagnostics) assert(checkCodes.has(d.code), `${f.path}: diagnostic with unknown code ${d.code}`);
  }
  const findings = scan.files.flatMap(f => f.diagnostics);
  assert(findings.length > 0, 'no finding in any seed');
  const hasError = findings.some(d => d.severity === 'error');
  assert((r.code === 1) === hasError, `exit status ${r.code} with${hasError ? '' : 'out'} error-severity findings`);
  log(`${scan.files.length} files, ${scan.files.reduce((n, f) => n + f.entities.length, 0)} entities, ${findings.length} findings`);
  return scan;
});

if (report1) {
  await check('the installed scanner reports what the repository build does', async () => {
    const mine = await runCaptured(process.execPath, [path.join(REPO, 'bin', 'biotech-annotator.js'), 'scan', 'docs', '--format', 'json'], install);
    assert(JSON.stringify(JSON.parse(mine.stdout)) === JSON.stringify(report1), 'the two JSON reports differ');
  });
}

// --- the README's CI recipe -----------------------------------------------------------------------

if (installed) {
  await check('the README\'s "Use it in CI" recipe writes SARIF', async () => {
    const command = readmeCiCommand();
    log(`README recipe: ${command}`);
    const r = await runCaptured('sh', ['-c', command], install);
    assert(r.code === 0, `the recipe exited ${r.code}: ${r.stderr}`);
    const sarifFile = /--output\s+(\S+)/.exec(command)?.[1];
    assert(sarifFile, 'the recipe names no --output file');
    const sarif = JSON.parse(fs.readFileSync(path.join(install, sarifFile), 'utf8'));
    assert(sarif.version === '2.1.0', `SARIF version ${sarif.version}`);
    const results = sarif.runs[0].results;
    assert(results.length > 0, 'no SARIF result');
    const rules = new Set(sarif.runs[0].tool.driver.rules.map(rule => rule.id));
    for (const res of results) assert(rules.has(res.ruleId) && checkCodes.has(res.ruleId), `result with rule ${res.ruleId}`);
    if (report1) {
      const findings = report1.files.reduce((n, f) => n + f.diagnostics.length, 0);
      assert(results.length === findings, `${results.length} SARIF results, ${findings} findings in the JSON report`);
    }
  });

  await check('the recipe without "|| test $? -eq 1" fails the job exactly on error-severity findings', async () => {
    const command = readmeCiCommand().replace(/\s*\|\|\s*test \$\? -eq 1\s*$/, '');
    assert(!command.includes('||'), `could not take the tolerance off: ${command}`);
    const r = await runCaptured('sh', ['-c', command], install);
    const hasError = report1 ? report1.files.some(f => f.diagnostics.some(d => d.severity === 'error')) : true;
    assert(r.code === (hasError ? 1 : 0), `exit status ${r.code} with${hasError ? '' : 'out'} error-severity findings`);
  });
}

// --- the language server ------------------------------------------------------------------------

if (installed) {
  await check('biotech-annotator-ls --stdio answers initialize, pushes a diagnostic with its docs link and shuts down', () => lspRoundTrip());
}

fs.rmSync(work, { recursive: true, force: true });
log(`${passed} passed, ${failed} failed in ${seconds(Date.now() - started)}`);
process.exit(failed || passed === 0 ? 1 : 0);

// --- helpers --------------------------------------------------------------------------------------

/** The command of the README's "Use it in CI" recipe: the `- run:` step of the section's YAML block that scans. */
function readmeCiCommand() {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const section = /^### Use it in CI\n([\s\S]*?)(?=^#{1,3} )/m.exec(readme)?.[1];
  assert(section, 'the README has no "### Use it in CI" section');
  const yaml = /```ya?ml\n([\s\S]*?)```/.exec(section)?.[1];
  assert(yaml, 'the "Use it in CI" section has no YAML block');
  const command = [...yaml.matchAll(/^\s*- run:\s*(.+)$/gm)].map(m => m[1].trim()).find(c => /\bbiotech-annotator scan\b/.test(c));
  assert(command, 'the YAML block has no "- run:" step running biotech-annotator scan');
  return command;
}

/** Runs a command with stdout and stderr kept apart (the scanner's report is on stdout), in its own process group, with a bounded time. */
function runCaptured(cmd, args, cwd, { env = npmEnv, timeoutMs = STEP_TIMEOUT } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out = [], err = [];
    child.stdout.on('data', c => out.push(c));
    child.stderr.on('data', c => err.push(c));
    const timer = setTimeout(() => { killGroup(child.pid, 'SIGKILL'); reject(new Error(`${cmd} ${args.join(' ')}: no exit in ${seconds(timeoutMs)}`)); }, timeoutMs);
    child.on('error', e => { clearTimeout(timer); reject(e); });
    child.on('close', code => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: tail(Buffer.concat(err).toString('utf8'), 10) });
    });
  });
}

/** A minimal LSP client over the installed bin's stdio: initialize, initialized, didOpen, the pushed diagnostics, shutdown, exit. */
function lspRoundTrip() {
  const bin = path.join(install, 'node_modules', '.bin', 'biotech-annotator-ls');
  const child = spawn(bin, ['--stdio'], { cwd: install, env: npmEnv, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const stderr = [];
  child.stderr.on('data', c => stderr.push(c));
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const notifications = [];
  const waiters = [];

  const send = msg => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const request = (method, params) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    send({ id, method, params });
  });
  const onMessage = msg => {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(`${msg.error.code} ${msg.error.message}`));
      else p?.resolve(msg.result);
    } else if (msg.id !== undefined) {
      // a request from the server: settings (none set, so the defaults), progress, registrations
      send({ id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => null) : null });
    } else {
      notifications.push(msg);
      for (const w of [...waiters]) if (w.test(msg)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(msg); }
    }
  };
  child.stdout.on('data', chunk => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      buffer = buffer.subarray(headerEnd + 4 + length);
      onMessage(JSON.parse(body));
    }
  });
  const notification = test => {
    const seen = notifications.find(test);
    return seen ? Promise.resolve(seen) : new Promise(resolve => waiters.push({ test, resolve }));
  };
  const exited = new Promise(resolve => child.on('close', code => resolve(code)));

  const session = (async () => {
    const init = await request('initialize', {
      processId: process.pid, rootUri: null, workspaceFolders: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { codeDescriptionSupport: true } } },
    });
    assert(init?.serverInfo?.name === 'biotech-annotator-ls', `serverInfo ${JSON.stringify(init?.serverInfo)}`);
    for (const cap of ['hoverProvider', 'documentSymbolProvider', 'codeActionProvider']) assert(init.capabilities?.[cap], `no ${cap} in the capabilities`);
    send({ method: 'initialized', params: {} });
    const uri = 'file:///tmp/biotech-pack-e2e/note.md';
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: 'ORR was 5 of 16 patients (40%).\n' } } });
    const published = await notification(m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length > 0);
    const d = published.params.diagnostics.find(x => x.code === 'percent-of-count');
    assert(d, `no percent-of-count diagnostic: ${JSON.stringify(published.params.diagnostics.map(x => x.code))}`);
    assert(d.codeDescription?.href?.endsWith('/blob/main/docs/checks/percent-of-count.md'), `codeDescription ${JSON.stringify(d.codeDescription)}`);
    await request('shutdown', null);
    send({ method: 'exit' });
    const code = await exited;
    assert(code === 0, `exit status ${code} after shutdown and exit`);
  })();
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${seconds(STEP_TIMEOUT)}`)), STEP_TIMEOUT).unref());
  return Promise.race([session, timeout]).catch(err => {
    throw new Error(`${err.message}; server stderr: ${tail(Buffer.concat(stderr).toString('utf8'), 5)}`);
  }).finally(() => killGroup(child.pid, 'SIGKILL'));
}
