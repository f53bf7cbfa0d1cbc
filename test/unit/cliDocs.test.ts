/** The CLI's --help, the README's CLI section and docs/cli.md describe the same options, extensions and exit statuses. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CHECKS } from '../../server/src/analysis';
import { usage } from '../../server/src/cli/args';
import { DOCUMENT_EXTENSIONS } from '../../server/src/cli/walk';
import { ROOT } from '../helpers';

function section(file: string, start: string, end: string): string {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const from = text.indexOf(start);
  assert.ok(from >= 0, `${file}: no "${start}"`);
  const to = text.indexOf(end, from + start.length);
  return text.slice(from, to < 0 ? undefined : to);
}

/** "-f, --format" pairs from the first cell of each row of the options table: short (or "") and long. */
function tableOptions(markdown: string): string[] {
  return markdown.split('\n').filter(l => /^\| `-/.test(l)).map(l => {
    const cell = l.split(/(?<!\\)\|/)[1];
    const short = /`(-\w)`/.exec(cell)?.[1] ?? '';
    return `${short} ${/`(--[\w-]+)/.exec(cell)![1]}`.trim();
  }).sort();
}

function helpOptions(help: string): string[] {
  const block = help.slice(help.indexOf('Options:'), help.indexOf('\n\n', help.indexOf('Options:')));
  return block.split('\n').flatMap(l => {
    const m = /^ {2}(?:(-\w), )? *(--[\w-]+)/.exec(l);
    return m ? [`${m[1] ?? ''} ${m[2]}`.trim()] : [];
  }).sort();
}

describe('CLI documentation agrees with --help', () => {
  const help = usage();
  const readme = section('README.md', '## The command-line scanner', '### JSON output');
  const reference = fs.readFileSync(path.join(ROOT, 'docs', 'cli.md'), 'utf8');

  it('lists the same options, with the same short forms, in --help, the README and docs/cli.md', () => {
    const options = helpOptions(help);
    assert.ok(options.length >= 10 && options.includes('-q --quiet') && options.includes('--max-warnings'), options.join(', '));
    assert.deepEqual(tableOptions(readme), options, 'README');
    assert.deepEqual(tableOptions(reference), options, 'docs/cli.md');
  });

  it('names the same document extensions', () => {
    for (const ext of DOCUMENT_EXTENSIONS) {
      for (const [name, text] of [['--help', help], ['README', readme], ['docs/cli.md', reference]]) assert.ok(text.includes(`*.${ext}`), `${name}: *.${ext}`);
    }
  });

  it('documents exit statuses 0, 1 and 2, with --max-warnings under 1', () => {
    for (const [name, text] of [['README', readme], ['docs/cli.md', reference]]) {
      for (const status of ['0', '1', '2']) assert.match(text, new RegExp(`^\\| \\*\\*${status}\\*\\* \\|`, 'm'), `${name}: status ${status}`);
      assert.match(text, /^\| \*\*1\*\* \|.*--max-warnings/m, name);
    }
    assert.match(help, /Exit status:\n {2}0 .*\n {2}1 .*--max-warnings\n {2}2 /);
  });

  it('lists every check code in --help', () => {
    const listed = help.slice(help.indexOf('Check codes:'), help.indexOf('Exit status:')).split(/[\s,]+/).slice(2).filter(Boolean);
    assert.deepEqual(listed, CHECKS.map(c => c.code));
  });
});
