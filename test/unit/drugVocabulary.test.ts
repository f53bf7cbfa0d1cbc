/**
 * The built-in drug vocabulary (server/lexicon/builtin/drugs-vocabulary.json, made by
 * scripts/make-drugs.mjs from DrugBank's open vocabulary and Drugs@FDA): approved and named
 * drugs beyond the curated list, their brands and other spellings, and the ordinary words it must
 * leave alone. The sentences are invented; the drug names are real.
 */
import { strict as assert } from 'assert';
import { builtinLexicon, DrugEntity } from '../../server/src/analysis';
import { DrugData, Lexicon, LexiconData, PackedDrugs } from '../../server/src/analysis/lexicon';
import { tokenize } from '../../server/src/analysis/tokens';
import { entitiesOf } from '../helpers';

const drugs = (text: string) => entitiesOf(text, 'drug').map(e => [e.text, e.name]);

/** sentence, and the drug mentions it holds as [written, canonical name] */
const FOUND: [string, string[][]][] = [
  // an INN no stem finds
  ['Patients received ensifentrine twice daily via a nebulizer.', [['ensifentrine', 'ensifentrine']]],
  // an old brand in capitals, and its INN of two words, whole
  ['TRISENOX (arsenic trioxide) injection was given on days 1 to 5.', [['TRISENOX', 'arsenic trioxide'], ['arsenic trioxide', 'arsenic trioxide']]],
  // antibiotics and their brands, in any case
  ['The comparator was linezolid (Zyvox) in skin infections.', [['linezolid', 'linezolid'], ['Zyvox', 'linezolid']]],
  ['Sivextro and ZYVOX are both oxazolidinones.', [['Sivextro', 'tedizolid'], ['ZYVOX', 'linezolid']]],
  // an earlier name of a drug
  ['A single dose of torezolid was well tolerated.', [['torezolid', 'tedizolid']]],
  // a radioligand, with a space or a hyphen before its isotope's number
  ['iopofosine I 131 was dosed at 15 mCi/m2, and iopofosine I-131 again later.', [['iopofosine I 131', 'iopofosine i-131'], ['iopofosine I-131', 'iopofosine i-131']]],
  // the Spanish spelling of an INN
  ['Los pacientes recibieron idebenona 900 mg al día.', [['idebenona', 'idebenone']]],
  // a brand of two medicines names the combination
  ['The fixed combination abacavir/lamivudine (Epzicom) was compared.', [['abacavir/lamivudine', 'abacavir/lamivudine'], ['Epzicom', 'abacavir/lamivudine']]],
  // two medicines glued by a slash are one combination; two brands of one medicine stay two
  ['A fixed combination of ensifentrine/glycopyrronium is planned.', [['ensifentrine/glycopyrronium', 'ensifentrine/glycopyrronium']]],
  ['Sold as Voltaren/Cataflam in some markets.', [['Voltaren', 'diclofenac'], ['Cataflam', 'diclofenac']]],
  // a brand that is also a rare English word: with its capital, or in capitals
  ['Trental 400 mg was given; TRENTAL again.', [['Trental', 'pentoxifylline'], ['TRENTAL', 'pentoxifylline']]],
  // medicines the everyday dictionaries hold, kept by name
  ['Patients on aspirin and ibuprofen were excluded.', [['aspirin', 'aspirin'], ['ibuprofen', 'ibuprofen']]],
];

/** sentences with no drug in them, though a drug list holds some of their words */
const NOT_FOUND: string[] = [
  'The trental of the old tale.',
  'Focus on the advance; the company will focus on growth.',
  'Glutathione and dopamine levels were measured in plasma.',
  'Nitric oxide signalling and sodium chloride were measured.',
  'Propionibacterium acnes colonised the skin.',
  'Der Fokus liegt auf dem Fortschritt der Forschung.',
  'Insulin resistance and glucagon secretion fell.',
  'Nikita and Yasmin spoke at the meeting.',
  // a brand of one word ("Amerge", "Fastin") is not found in words written apart
  'The boards approved a merge of the two units.',
  'Enrolment moved fast in the second half.',
  // words of French and Spanish that end like an INN stem ("-ment", "-sentan")
  'Ce produit est couramment utilisé, et ce candidat prudemment dosé.',
  'Los datos presentan una mejora y representan un avance.',
];

describe('drug vocabulary', () => {
  for (const [text, expected] of FOUND) {
    it(`finds ${expected.map(e => e[0]).join(', ')}`, () => assert.deepEqual(drugs(text), expected));
  }
  for (const text of NOT_FOUND) {
    it(`finds no drug in: ${text}`, () => assert.deepEqual(drugs(text), []));
  }

  it('reads a packed drug back with its spellings and brands', () => {
    const lex = builtinLexicon();
    const linezolid = lex.drugs.get('linezolid');
    assert.equal(linezolid?.name, 'linezolid');
    assert.ok(linezolid?.brands?.includes('Zyvox'));
    assert.deepEqual(lex.drugs.get('pentoxifylline')?.exactBrands, ['Trental']);
    assert.equal(lex.drugs.get('no such medicine'), undefined);
  });

  it('gives a mention its brands, those matched only as written too', () => {
    const [trental] = entitiesOf('Trental 400 mg was given.', 'drug') as DrugEntity[];
    assert.deepEqual(trental.facts.brands, ['Trental']);
    const [linezolid] = entitiesOf('Linezolid was given.', 'drug') as DrugEntity[];
    assert.ok(linezolid.facts.brands?.includes('Zyvox'));
  });

  it('matches packed drugs as plain ones, a curated entry before them', () => {
    const list: DrugData[] = [
      { name: 'zelbostat', aliases: ['zelbostatum'], brands: ['Zelbora'] },
      { name: 'acmeparin sulfide', brands: ['Acmevia'], exactBrands: ['Mariner'] },
    ];
    const packed: PackedDrugs = { length: list.length, read: i => ({ ...list[i] }) };
    const curated: LexiconData = { drugs: [{ name: 'quorbitinib', brands: ['Quorb'] }] };
    const plain = new Lexicon([curated, { drugs: list }]);
    const compact = new Lexicon([curated, { packedDrugs: packed }]);
    const text = 'Zelbora (zelbostat) with acmeparin sulfide, sold as ACMEVIA and Mariner; quorbitinib (Quorb); a mariner at sea.';
    const read = (lex: Lexicon) => lex.matchPhrases(text, tokenize(text)).map(m => `${text.slice(m.start, m.end)}=${m.entry.name}`);
    assert.deepEqual(read(compact), read(plain));
    assert.deepEqual(read(compact), ['Zelbora=zelbostat', 'zelbostat=zelbostat', 'acmeparin sulfide=acmeparin sulfide', 'ACMEVIA=acmeparin sulfide', 'Mariner=acmeparin sulfide', 'quorbitinib=quorbitinib', 'Quorb=quorbitinib']);
    assert.deepEqual(compact.drugs.get('zelbostat'), list[0]);
    assert.equal(compact.drugs.size, plain.drugs.size);
  });
});
