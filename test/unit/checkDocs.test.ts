/**
 * Every check has a page, docs/checks/<code>.md, whose invented example raises it; every diagnostic
 * of a check links to that page (codeDescription.href, on the repository that package.json names);
 * the Marketplace README names every setting and command; and what ships (the .vsix, the npm
 * tarball) carries the third-party notices, which are up to date with what esbuild bundles.
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../server/src/analysis';
import { CHECKS } from '../../server/src/analysis/checks';
import { checkDocsUrl, REPOSITORY_URL } from '../../server/src/analysis/checks/check';
import type { Finding } from '../../server/src/analysis/model';
import { LineIndex } from '../../server/src/analysis/text';
import { toDiagnostics } from '../../server/src/features';
import { ROOT } from '../helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const DOCS = path.join(ROOT, 'docs', 'checks');
const page = (code: string) => fs.readFileSync(path.join(DOCS, `${code}.md`), 'utf8');

/** The text of a page's example: the first ```text block under "## Example". */
function exampleOf(markdown: string): string | undefined {
  const section = /^## Example\n([\s\S]*?)(?=^## )/m.exec(markdown)?.[1];
  return section ? /```text\n([\s\S]*?)\n```/.exec(section)?.[1] : undefined;
}

/** Relative Markdown links ("[x](y.md)"), without their #fragment; absolute URLs are left out. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map(m => m[1]).filter(l => !/^[a-z]+:/i.test(l) && !l.startsWith('#')).map(l => l.split('#')[0]);
}

describe('check docs pages and codeDescription', () => {
  it('links diagnostics to the repository package.json names', () => {
    const url = String(pkg.repository.url).replace(/^git\+/, '').replace(/\.git$/, '');
    assert.equal(REPOSITORY_URL, url);
    assert.equal(checkDocsUrl('grim'), `${url}/blob/main/docs/checks/grim.md`);
  });

  it('has one page per check code, and no page for a code that does not exist', () => {
    const pages = fs.readdirSync(DOCS).filter(f => f.endsWith('.md')).map(f => f.slice(0, -3)).sort();
    assert.deepEqual(pages, CHECKS.map(c => c.code).sort());
  });

  for (const check of CHECKS) {
    describe(check.code, () => {
      const markdown = page(check.code);

      it('has a page with its code, default severity, arithmetic, example and how to silence it', () => {
        assert.ok(markdown.startsWith(`# \`${check.code}\``), 'the title is the code');
        assert.match(markdown, new RegExp(`^Default severity: \\*\\*${check.defaultSeverity}\\b`, 'm'));
        for (const heading of ['## What it checks', '## The arithmetic', '## Example', '## Silence or adjust it']) assert.ok(markdown.includes(`\n${heading}\n`), heading);
        assert.ok(markdown.includes(`biotech-disable-next-line ${check.code}`), 'the suppression comment');
        assert.ok(markdown.includes(`"biotechAnnotator.severity": { "${check.code}":`), 'the severity setting');
        for (const link of relativeLinks(markdown)) assert.ok(fs.existsSync(path.resolve(DOCS, link)), `a broken link: ${link}`);
      });

      it('gives an example that raises it, and its diagnostics carry the page as codeDescription.href', () => {
        const example = exampleOf(markdown);
        assert.ok(example, 'an example in a ```text block');
        const { findings } = analyzeText(example);
        assert.ok(findings.some(f => f.code === check.code), `the example raises ${check.code}: ${findings.map(f => f.code).join(', ') || 'nothing'}`);
        const diagnostics = toDiagnostics(findings, new LineIndex(example), 'file:///example.md');
        assert.equal(diagnostics.length, findings.length);
        for (const d of diagnostics) {
          assert.equal(d.codeDescription?.href, checkDocsUrl(String(d.code)));
          const file = d.codeDescription.href.slice(`${REPOSITORY_URL}/blob/main/`.length);
          assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} exists in the repository`);
        }
      });
    });
  }

  it('leaves codeDescription off a diagnostic that is no check (an internal error has no page)', () => {
    const internal: Finding = { code: 'internal-error', severity: 'hint', message: 'Check x failed', start: 0, end: 0, related: [], data: {}, fixes: [] };
    const [d] = toDiagnostics([internal], new LineIndex('text'), 'file:///x.md');
    assert.equal(d.codeDescription, undefined);
  });
});

describe('the Marketplace README and what ships', () => {
  const marketplace = fs.readFileSync(path.join(ROOT, 'docs', 'marketplace.md'), 'utf8');

  it('names every setting and every command of package.json', () => {
    for (const key of Object.keys(pkg.contributes.configuration.properties)) assert.ok(marketplace.includes(`\`${key}\``), `setting ${key}`);
    for (const c of pkg.contributes.commands) assert.ok(marketplace.includes(`**${c.title}**`), `command ${c.title}`);
  });

  it('links checks, images and files that exist, from the repository root (as vsce rewrites them)', () => {
    const links = relativeLinks(marketplace);
    assert.ok(links.some(l => l.startsWith('/media/screenshots/')), 'a screenshot');
    for (const check of CHECKS) assert.ok(links.includes(`/docs/checks/${check.code}.md`), `the page of ${check.code}`);
    for (const link of links) {
      assert.ok(link.startsWith('/'), `${link}: a link from the repository root, which vsce and GitHub both resolve`);
      assert.ok(fs.existsSync(path.join(ROOT, link)), `a broken link: ${link}`);
    }
  });

  it('is the README of the .vsix, which ships it and the notices', () => {
    assert.match(pkg.scripts.package, /vsce package .*--readme-path docs\/marketplace\.md/);
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    for (const shipped of ['!docs/marketplace.md', '!THIRD_PARTY_NOTICES.md', '!LICENSE', '!dist/data/**/*.json']) assert.ok(ignore.includes(shipped), shipped);
  });

  it('packs the notices, the bundles and the bins into the npm tarball, whose bins point into it', () => {
    // .npmignore, not package.json's "files", which vsce refuses beside a .vscodeignore
    assert.equal(pkg.files, undefined);
    const npmignore = fs.readFileSync(path.join(ROOT, '.npmignore'), 'utf8').split('\n');
    assert.equal(npmignore.find(l => l && !l.startsWith('#')), '*', 'everything is left out but what is named');
    for (const f of ['!THIRD_PARTY_NOTICES.md', '!bin/*.js', '!dist/cli/main.js', '!dist/server/node.js', '!dist/data/*/*.json', '!schemas/*.schema.json']) assert.ok(npmignore.includes(f), f);
    for (const bin of Object.values(pkg.bin) as string[]) {
      assert.ok(fs.existsSync(path.join(ROOT, bin)), bin);
      // node, with the environment and flags of `env -S` when a bin gives them (the language server's malloc settings and V8 flags)
      assert.match(fs.readFileSync(path.join(ROOT, bin), 'utf8'), /^#!\/usr\/bin\/env (?:-S (?:[A-Z_]+=\S+ )*node(?: --[\w-]+(?:=\S+)?)+|node)\n/, `${bin} runs with node`);
    }
    assert.match(pkg.scripts.prepack, /scripts\/build\.mjs --production && node scripts\/notices\.mjs/);
  });

  it('has third-party notices up to date with the packages esbuild bundles', function () {
    this.timeout(120_000);
    // exits 1, with the fix on stderr, when a bundled package was added, removed or upgraded
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'notices.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' });
  });
});
