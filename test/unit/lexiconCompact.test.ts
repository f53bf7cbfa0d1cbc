/**
 * The lexicon's compact forms (issue 16, memory): a key held by one entry keeps the entry itself,
 * not a list of it; targets given packed (the built-in genes) are kept as numbers and read again
 * when asked for. Both must find exactly what the plain forms find. The names are invented.
 */
import { strict as assert } from 'assert';
import { builtinLexicon } from '../../server/src/analysis';
import { Lexicon, LexiconData, PackedTargets, TargetData } from '../../server/src/analysis/lexicon';
import { tokenize } from '../../server/src/analysis/tokens';

const TARGETS: TargetData[] = [
  { name: 'ZRK1', fullName: 'zorbakinase 1', gene: 'ZRK1', aliases: ['ZORK1', 'zorba kinase one'] },
  { name: 'QLP-7', fullName: 'quillin-like protein 7', gene: 'QLP7', aliases: ['QLP 7'] },
  { name: 'plexinase', fullName: 'plexinase (PLXN9)', aliases: ['PLXN-9'] },
  { name: 'Vorin', gene: 'VRN', aliases: [] },
];

const CURATED: LexiconData = {
  drugs: [{ name: 'zelbotamab', brands: ['Zelbo'], codes: ['ACM-101'] }],
  companies: [{ name: 'H.Q. Fennimore', aliases: ['HQ Fennimore'] }, { name: 'Fennimore & Sons', aliases: ['HQFennimore'] }],
  // a curated target that a packed one of the same name replaces, as a later source does
  targets: [{ name: 'Vorin', fullName: 'curated vorin', aliases: ['vorin protein'] }],
};

function packed(list: TargetData[]): PackedTargets {
  return { length: list.length, read: i => ({ ...list[i], aliases: [...(list[i].aliases ?? [])] }) };
}

const PHRASES = [
  'ZRK1 and ZORK1 were both raised, as was zorba kinase one.',
  'zorbakinase 1 (ZRK1) binds QLP-7; QLP 7 and QLP7 are one target.',
  'The plexinase PLXN-9 pathway, and PLXN9 written without its hyphen.',
  'Vorin (VRN) and vorin protein, with zelbotamab (Zelbo, ACM-101).',
  'H.Q. Fennimore, HQ Fennimore, HQFennimore and Fennimore & Sons all advised.',
  'ZRK1s and QLP-7s in the plural; zrk1 in lower case.',
];

function matches(lex: Lexicon, text: string): string[] {
  return lex.matchPhrases(text, tokenize(text)).map(m => `${text.slice(m.start, m.end)} -> ${m.entry.kind}:${m.entry.name} (${m.entry.alias}${m.entry.brand ? ', brand' : ''})`);
}

describe('compact lexicon', () => {
  const plain = new Lexicon([CURATED, { targets: TARGETS }]);
  const compact = new Lexicon([CURATED, { packedTargets: packed(TARGETS) }]);

  for (const text of PHRASES) {
    it(`matches packed targets as plain ones: ${text.slice(0, 40)}`, () => {
      const found = matches(compact, text);
      assert.deepEqual(found, matches(plain, text));
      assert.ok(found.length > 0, 'the phrase names something');
    });
  }

  it('reads a packed target back as it was given, the later source winning a shared name', () => {
    for (const t of TARGETS) assert.deepEqual(compact.targets.get(t.name), plain.targets.get(t.name));
    assert.equal(compact.targets.get('Vorin')?.gene, 'VRN');
    assert.equal(compact.targets.get('Vorin')?.fullName, undefined);
    assert.equal(compact.targets.size, plain.targets.size);
    assert.ok(compact.targets.has('plexinase'));
    assert.equal(compact.targets.get('nothing'), undefined);
  });

  it('keeps every entry of a key several aliases share, and picks the one written', () => {
    assert.deepEqual(matches(compact, 'HQFennimore'), ['HQFennimore -> company:Fennimore & Sons (HQFennimore)']);
    assert.deepEqual(matches(compact, 'HQ Fennimore'), ['HQ Fennimore -> company:H.Q. Fennimore (HQ Fennimore)']);
  });

  it('finds the built-in genes by symbol, name and previous symbol', () => {
    const lex = builtinLexicon();
    const text = 'TP53 and EGFR, with alpha-2-macroglobulin.';
    const names = lex.matchPhrases(text, tokenize(text)).map(m => `${m.entry.kind}:${m.entry.name}`);
    assert.ok(names.includes('target:TP53'), names.join(', '));
    assert.ok(names.some(n => n.startsWith('target:') && /A2M|macroglobulin/i.test(n)), names.join(', '));
    const a2m = lex.targets.get('A2M');
    assert.equal(a2m?.gene, 'A2M');
    assert.equal(a2m?.fullName, 'alpha-2-macroglobulin');
  });
});

describe('phrase matches of a long text taken from the scan of its version before an edit', () => {
  it('equal a scan from scratch after random edits: typing, deleting, words and separators added or cut, phrases split and joined', () => {
    const lexicon = builtinLexicon();
    // invented sentences of names and endpoints the built-in lexicon knows, with the separators and brackets a phrase may run through
    const words = ['overall survival', 'progression-free survival', 'objective response rate', 'ORR', 'PFS', 'Lp(a)', 'PD-L1', 'PD-1', 'HER2', 'EGFR',
      'pembrolizumab', 'nivolumab', 'non-small cell lung cancer', 'breast cancer', 'the', 'patients', 'in', 'with', 'and', 'of', '(', ')', ',', '.', '-', '/', '12', '7.3', 'months', 'x'];
    let seed = 13;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const scratch = (text: string) => (lexicon as unknown as { scanPhrases(t: string, k: ReturnType<typeof tokenize>, from: number, out: unknown[]): unknown[] }).scanPhrases(text, tokenize(text), 0, []);
    let text = Array.from({ length: 400 }, () => words[random(words.length)]).join(' ');
    let rescanned = 0;
    for (let round = 0; round < 300; round++) {
      const at = random(text.length + 1);
      switch (random(6)) {
        case 0: text = text.slice(0, at) + 'abcdefghij'[random(10)] + text.slice(at); break;
        case 1: text = text.slice(0, at) + text.slice(at + 1 + random(12)); break;
        case 2: text = text.slice(0, at) + ' ' + words[random(words.length)] + ' ' + text.slice(at); break;
        case 3: text = text.slice(0, at) + ['-', ' ', '(', ')', '.', '/', "'s"][random(7)] + text.slice(at); break;
        case 4: { const k = text.indexOf(' ', at); if (k >= 0) text = text.slice(0, k) + text.slice(k + 1); break; }
        default: text = text.slice(0, at) + words[random(words.length)] + text.slice(at);
      }
      // (now and then another long text between two versions: the kept scans are looked up by how much they share)
      if (round % 17 === 0) lexicon.matchPhrases('pembrolizumab in HER2 breast cancer, '.repeat(40), tokenize('pembrolizumab in HER2 breast cancer, '.repeat(40)));
      const got = lexicon.matchPhrases(text, tokenize(text));
      assert.deepEqual(got, scratch(text), `round ${round}`);
      if (got.length) rescanned++;
    }
    assert.ok(text.length >= 1000 && rescanned > 250, `${text.length} characters, ${rescanned} scans with matches`);
  });
});
