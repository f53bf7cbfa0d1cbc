// The Emacs part of `npm run test:e2e`: Emacs with eglot, in batch mode, set up only by the
// README's eglot block (copied from README.md as it stands into init.el), with the
// `biotech-annotator-ls` a user has on PATH after `npm install -g`, linked to this checkout's bin/.
// The checks are in emacs.el; run.mjs runs them through its driver.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { E2E_DIR, readmeBlock, userBinDir } from './lib.mjs';

/** Debian 12 has Emacs 28, where eglot is the package elpa-eglot (Emacs 29 and newer have it built in). */
export const EMACS_DEBIAN_PACKAGES = ['emacs-nox', 'elpa-eglot'];

/**
 * Lays out an Emacs run in `home` (init.el from the README, a HOME of its own, a bin/ for PATH)
 * for the files in `workspace`; returns { cmd, args, cwd, env } for run.mjs's driver.
 */
export function emacsRun(home, workspace) {
  const userHome = path.join(home, 'home');
  fs.mkdirSync(userHome, { recursive: true });
  const init = path.join(home, 'init.el');
  fs.writeFileSync(init, readmeBlock('emacs-eglot'));
  const bin = userBinDir(path.join(home, 'bin'));
  return {
    cmd: 'emacs',
    // --batch loads no init file of the user's: -l loads the README's, then the checks.
    args: ['--batch', '-l', init, '-l', path.join(E2E_DIR, 'emacs.el')],
    cwd: workspace,
    env: {
      ...process.env,
      HOME: userHome,
      PATH: [bin, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
    },
  };
}
