/**
 * Tables copied one cell a line (a trial registry's results as a web page's copy gives them): a corner line
 * ("Measure"), each group's name with its description, then each row's label and one value a line per group.
 * Every example is invented.
 */
import { strict as assert } from 'assert';
import { FigureEntity } from '../../server/src/analysis';
import { readStructure } from '../../server/src/analysis/structure';
import { figuresOf, mentionTexts, messagesOf } from '../helpers';

/** Groups with a description each, ended by a sentence's end; a period line ("Overall Study") over each row. */
const DESCRIBED = [
  'Participant milestones',
  'Measure',
  'Zelbotamab',
  'Participants received zelbotamab 20 mg once daily for 52 weeks.',
  'Placebo',
  'Participants received matching placebo once daily for 52 weeks.',
  'Overall Study',
  'STARTED',
  '214',
  '109',
  'Overall Study',
  'COMPLETED',
  '190',
  '97',
  'Overall Study',
  'NOT COMPLETED',
  '24',
  '12',
].join('\n');

/** Groups named by dose, a one-line description each without a sentence's end; one row label a row. */
const DOSES = [
  'Measure',
  'Tovarimab 1 mg/kg',
  'Tovarimab 1 mg/kg every 3 weeks',
  'Tovarimab 3 mg/kg',
  'Tovarimab 3 mg/kg every 3 weeks',
  'Lost to Follow-up',
  '4',
  '7',
  'Withdrawal by Subject',
  '11',
  '9',
].join('\n');

/** Groups named one a line, with no description. */
const BARE = [
  'Measure',
  'Acmeximab',
  'Standard of Care',
  'Overall Study',
  'STARTED',
  '88',
  '90',
  'Overall Study',
  'COMPLETED',
  '80',
  '79',
].join('\n');

/** The same table as a copy with pipes gives it: a pipe alone parts the cells, a rule of dashes closes the header. */
const PIPED = [
  'Participant milestones',
  '| Measure |',
  'Acmeximab Arm',
  'Participants receive acmeximab every 2 weeks.',
  'Dosing may pause for infections.',
  '|',
  'Observation Arm',
  'Participants are followed without treatment for 6 months.',
  '|',
  '|---|---|---|',
  '|',
  'Overall Study',
  'STARTED',
  '|',
  '61',
  '|',
  '58',
  '|',
  '|',
  'Overall Study',
  'COMPLETED',
  '|',
  '50',
  '|',
  '47',
  '|',
  'Reasons for withdrawal',
  '| Measure |',
  'Acmeximab Arm',
  'Participants receive acmeximab every 2 weeks.',
  '|',
  'Observation Arm',
  'Participants are followed without treatment for 6 months.',
  '|',
  '|---|---|---|',
  '|',
  'Overall Study',
  'Lost to Follow-up',
  '|',
  '6',
  '|',
  '8',
  '|',
  '|',
  'Overall Study',
  'Withdrawal by Subject',
  '|',
  '5',
  '|',
  '3',
  '|',
].join('\n');

/** One group alone, with pipes. */
const ONE_GROUP = ['| Measure |', 'Zelbotamab', 'Zelbotamab 40 mg twice daily for 12 weeks.', '|', '|---|---|', '|', 'Overall Study', 'STARTED', '|', '77', '|', '|', 'Overall Study', 'COMPLETED', '|', '70', '|'].join('\n');

function figure(doc: string, text: string, nth = 0): FigureEntity {
  const f = figuresOf(doc).filter(x => x.text === text)[nth];
  assert.ok(f, `no figure "${text}" in: ${figuresOf(doc).map(x => x.text).join(' | ')}`);
  return f;
}

type Row = { doc: string; figure: string; nth?: number; arm?: string; drug?: string; subgroup?: string };

describe('binding: a table copied one cell a line binds each value to its column\u2019s group and its row\u2019s label', () => {
  const rows: Row[] = [
    // the values, in the groups' order; whole numbers count the people the row's label names
    { doc: DESCRIBED, figure: '214', arm: 'Zelbotamab', drug: 'zelbotamab', subgroup: 'STARTED' },
    { doc: DESCRIBED, figure: '109', arm: 'placebo', subgroup: 'STARTED' },
    { doc: DESCRIBED, figure: '97', arm: 'placebo', subgroup: 'COMPLETED' },
    { doc: DESCRIBED, figure: '24', arm: 'Zelbotamab', subgroup: 'NOT COMPLETED' },
    // a figure in a group's description is that group's
    { doc: DESCRIBED, figure: '20 mg once daily', arm: 'Zelbotamab', drug: 'zelbotamab' },
    { doc: DESCRIBED, figure: '52 weeks', nth: 1, arm: 'placebo' },
    // a group named by its dose: the dose is its arm, the drug its drug; every other line names a group
    { doc: DOSES, figure: '4', arm: '1 mg/kg', drug: 'tovarimab', subgroup: 'Lost to Follow-up' },
    { doc: DOSES, figure: '7', arm: '3 mg/kg', subgroup: 'Lost to Follow-up' },
    { doc: DOSES, figure: '9', arm: '3 mg/kg', subgroup: 'Withdrawal by Subject' },
    // one line a group: a control named by its words
    { doc: BARE, figure: '88', arm: 'Acmeximab', subgroup: 'STARTED' },
    { doc: BARE, figure: '79', arm: 'Standard of Care', subgroup: 'COMPLETED' },
    // with pipes: each cell's first line names its group, a description may run over lines; each table ends at the next corner
    { doc: PIPED, figure: '61', arm: 'Acmeximab Arm', subgroup: 'STARTED' },
    { doc: PIPED, figure: '47', arm: 'Observation Arm', subgroup: 'COMPLETED' },
    { doc: PIPED, figure: '6 months', arm: 'Observation Arm' },
    { doc: PIPED, figure: '8', arm: 'Observation Arm', subgroup: 'Lost to Follow-up' },
    { doc: PIPED, figure: '5', arm: 'Acmeximab Arm', subgroup: 'Withdrawal by Subject' },
    { doc: ONE_GROUP, figure: '77', arm: 'Zelbotamab', drug: 'zelbotamab', subgroup: 'STARTED' },
    { doc: ONE_GROUP, figure: '70', arm: 'Zelbotamab', subgroup: 'COMPLETED' },
  ];
  for (const r of rows) {
    it(`${r.figure} (${r.nth ?? 0}) in: ${r.doc.split('\n').slice(0, 4).join(' / ')}`, () => {
      const b = figure(r.doc, r.figure, r.nth).binding;
      if (r.arm) assert.equal(b.arm?.toLowerCase(), r.arm.toLowerCase());
      if (r.drug) assert.equal(b.drug?.toLowerCase(), r.drug);
      if (r.subgroup) assert.equal(b.subgroup, r.subgroup);
    });
  }

  it('keeps the table\u2019s line ends (no soft wrap joins its cells), in plain text and in Markdown', () => {
    const reading = readStructure(DESCRIBED, 'plaintext').reading;
    assert.ok(reading.includes('STARTED\n214\n109\nOverall Study'), JSON.stringify(reading.slice(0, 200)));
    const piped = readStructure(PIPED, 'markdown').reading;
    assert.ok(piped.includes('STARTED\n|\n61\n|\n58'), JSON.stringify(piped.slice(0, 300)));
  });
  it('reads a Markdown copy with pipes as the plain one', () => {
    const f = figuresOf(PIPED, 'markdown').find(x => x.text === '58');
    assert.equal(f?.binding.arm, 'Observation Arm');
    assert.equal(f?.binding.subgroup, 'STARTED');
  });

  it('reads no table when the groups cannot be told from the rows', () => {
    // three groups' lines over rows of two values: no reading of the header fits
    const doc = ['Measure', 'Zelbotamab', 'Acmeximab', 'Placebo', 'Overall Study', 'STARTED', '20', '21', 'Overall Study', 'COMPLETED', '18', '19'].join('\n');
    assert.equal(figure(doc, '20').binding.subgroup, undefined);
    assert.equal(figure(doc, '21').binding.arm, undefined);
  });

  it('"NOT" opening a row\u2019s label names no company', () => {
    assert.deepEqual(mentionTexts(DESCRIBED, 'company'), []);
  });
});

describe('repeated-value: the same words said of two arms are a template, no restatement', () => {
  it('two groups\u2019 descriptions differing only in the dose', () => {
    const doc = [
      'Measure',
      'Tovarimab, 1.0 mg/kg',
      'Tovarimab administered once weekly for 48 weeks at 1.0 mg/kg by subcutaneous injection.',
      'Tovarimab, 1.5 mg/kg',
      'Tovarimab administered once weekly for 48 weeks at 1.5 mg/kg by subcutaneous injection.',
      'Overall Study',
      'STARTED',
      '40',
      '41',
      'Overall Study',
      'COMPLETED',
      '35',
      '37',
    ].join('\n');
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
  });
});
