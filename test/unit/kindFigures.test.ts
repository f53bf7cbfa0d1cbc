/**
 * Figures of press releases read with their kind, value and unit (issue 14, "Figures"): sums whose
 * currency is named in words after them or written in the brackets of accounts, doses written as
 * words, counts of patients abbreviated "pts", a part of a whole named with its modifiers, Nordic
 * thousands spaced before a prior period's figure in brackets. One table of invented sentences per
 * reading, each the figure's text and what it must be read as.
 */
import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

type Want = [text: string, kind: string, value: number | [number, number], unit: string];

function table(title: string, doc: string, rows: Want[]): void {
  describe(title, () => {
    const figs = figuresOf(doc);
    for (const [text, kind, value, unit] of rows) it(`${JSON.stringify(text)} is ${kind} ${JSON.stringify(value)} ${unit}`, () => {
      const f = figs.find(x => x.text === text);
      assert.ok(f, `no figure ${JSON.stringify(text)}: ${figs.map(x => JSON.stringify(x.text)).join(', ')}`);
      assert.deepEqual([f.figureKind, f.value, f.unit], [kind, value, unit]);
    });
  });
}

table('kinds: a currency named by its country after the number',
  'Acme Bio raised 4,25 Mio. Schweizer Franken. The share closed at 88,40 D\u00e4nische Kronen. A second round brought 12.5 million Norwegian kroner, and the option was priced at 3.10 Swedish kronor.',
  [
    ['4,25 Mio. Schweizer Franken', 'money', 4250000, 'CHF'],
    ['88,40 D\u00e4nische Kronen', 'money', 88.4, 'DKK'],
    ['12.5 million Norwegian kroner', 'money', 12500000, 'NOK'],
    ['3.10 Swedish kronor', 'money', 3.1, 'SEK'],
  ]);

table('kinds: a row\'s label in capitals glued to its first cell, a count and its share',
  'Acme Bio AB-101 results\n\nBest overall response, n (%)\n CR0 (0.0)1 (2.5)\n SD18 (45.0)20 (50.0)\nThe X2 (12.5) line is a name.\n',
  [
    ['0', 'count', 0, 'patients'],
    ['18', 'count', 18, 'patients'],
    ['20', 'count', 20, 'patients'],
    ['45.0', 'percent', 45, '%'],
  ]);

describe('kinds: a code in capitals inside a line is no glued row', () => {
  it('reads no figure in "X2"', () => assert.ok(!figuresOf('The X2 (12.5) line is a name.').some(f => f.text === '2')));
});

table('kinds: a ratio by its abbreviation in capitals, by its name after the value, or in Swedish',
  'Acme Bio saw an RR 0.75 for relapse and an OR 1.8 for response, a 0.70 hazard ratio for death, and a riskkvot 0,64 in the Nordic cohort. Patients or 12 sites, and RR 45% by the investigator.',
  [
    ['0.75', 'ratio', 0.75, 'RR'],
    ['1.8', 'ratio', 1.8, 'OR'],
    ['0.70', 'ratio', 0.7, 'HR'],
    ['0,64', 'ratio', 0.64, 'HR'],
    ['12 sites', 'count', 12, 'sites'],
    ['45%', 'percent', 45, '%'],
  ]);

table('kinds: a negative sum in the brackets of accounts, written after its currency sign',
  'Acme Bio reported a net loss of $(2.4) million, or $(0.07) per share, against \u20ac(1.1) million a year earlier.',
  [
    ['$(2.4) million', 'money', -2400000, 'USD'],
    ['$(0.07)', 'money', -0.07, 'USD'],
    ['\u20ac(1.1) million', 'money', -1100000, 'EUR'],
  ]);

table('kinds: an Australian or Canadian dollar written with its country letters',
  'Acme Bio raised AU$18 million in its listing and CA$4.5 million from a grant.',
  [['AU$18 million', 'money', 18000000, 'AUD'], ['CA$4.5 million', 'money', 4500000, 'CAD']]);

table('kinds: a dose unit written as a word, shared by the number before it',
  'Die Studie pr\u00fcfte Dosierungen von 2,5 und 7,5 Milligramm. The extension tested 20 milligrams per kg.',
  [
    ['2,5', 'dose', 2.5, 'mg'],
    ['7,5 Milligramm', 'dose', 7.5, 'mg'],
    ['20 milligrams per kg', 'dose', 20, 'mg/kg'],
  ]);

table('kinds: "pts", the abbreviation of patients in congress abstracts',
  'In total 64 pts were randomized; 31 pts received the drug.',
  [['64 pts', 'count', 64, 'patients'], ['31 pts', 'count', 31, 'patients']]);

table('kinds: people counted in Spanish and Italian',
  'La enfermedad afecta a 3 millones de personas. La malattia colpisce 40 persone.',
  [['3 millones de personas', 'count', 3000000, 'people'], ['40 persone', 'count', 40, 'people']]);

table('kinds: a part of a whole whose modifiers say which whole',
  'So far 11 of the top 30 clinics and 42 of a total of 90 participants took part.',
  [['11 of the top 30 clinics', 'count', 11, 'clinics'], ['42 of a total of 90 participants', 'count', 42, 'participants']]);

table('kinds: a part of a whole in Swedish, "av totalt"',
  'Hittills har 17 av totalt 240 patienter behandlats i studien och bolaget har rekryterat fler.',
  [['17 av totalt 240 patienter', 'count', 17, 'patients']]);

table('kinds: lines of treatment named by a compound\'s head',
  'Patienterna har f\u00e5tt 2\u20134 tidigare behandlingslinjer och studien omfattar 30 patienter.',
  [['2\u20134 tidigare behandlingslinjer', 'count', [2, 4], 'lines']]);

table('kinds: Nordic thousands spaced before the prior period\'s figure in brackets',
  [
    'Sammanfattning av perioden f\u00f6r bolaget och koncernen',
    '  \u2022 Int\u00e4kterna uppgick till 2 417 (905) KSEK',
    '  \u2022 R\u00f6relseresultatet uppgick till -3 208 (-1 774) KSEK',
  ].join('\n'),
  [
    ['2 417', 'money', 2417000, 'SEK'],
    ['905', 'money', 905000, 'SEK'],
    ['-3 208', 'money', -3208000, 'SEK'],
    ['-1 774', 'money', -1774000, 'SEK'],
  ]);

table('kinds: counted nouns of French, Spanish, Italian, German, Nordic and Dutch releases',
  [
    'La soci\u00e9t\u00e9 a men\u00e9 4 essais dans 22 h\u00f4pitaux, avec 6 r\u00e9pondeurs et 3 r\u00e9pondeurs complets.',
    'El programa incluye 7 ensayos en 35 hospitales y 14 centros.',
    'Lo studio coinvolge 18 ospedali in Italia.',
    'Das Netzwerk umfasst 52 Unternehmen und 9 Produktkandidaten.',
    'Bolaget har 11 produkter och 2 kandidater i fas 2.',
    'De studie loopt in 40 ziekenhuizen.',
  ].join('\n'),
  [
    ['4 essais', 'count', 4, 'trials'], ['22 h\u00f4pitaux', 'count', 22, 'sites'], ['6 r\u00e9pondeurs', 'count', 6, 'responders'],
    ['3 r\u00e9pondeurs complets', 'count', 3, 'complete responses'], ['7 ensayos', 'count', 7, 'trials'], ['35 hospitales', 'count', 35, 'hospitals'],
    ['14 centros', 'count', 14, 'sites'], ['18 ospedali', 'count', 18, 'hospitals'], ['52 Unternehmen', 'count', 52, 'companies'],
    ['9 Produktkandidaten', 'count', 9, 'candidates'], ['11 produkter', 'count', 11, 'products'], ['40 ziekenhuizen', 'count', 40, 'hospitals'],
  ]);

describe('kinds: a count of a part with its whole written after it', () => {
  for (const doc of ['The goal was 6 responders out of 11 patients enrolled.', "L'objectif \u00e9tait de 6 r\u00e9pondeurs sur 11 patients inclus."]) {
    it(`${JSON.stringify(doc)}: the part has the whole as its denominator, the whole is a figure of its own`, () => {
      const figs = figuresOf(doc);
      const part = figs.find(x => x.text.startsWith('6 r'));
      assert.equal(part?.figureKind, 'count');
      assert.equal(part?.denominator, 11);
      assert.ok(figs.some(x => x.text === '11 patients' && x.figureKind === 'count'));
    });
  }
});

describe('kinds: what stays as it was', () => {
  it('numbers after a colon that follows a count of groups size those groups: they count no more groups', () => {
    const figs = figuresOf('Overall 84 patients were enrolled in three cohorts: 30 with disease A, 26 with disease B and 28 with disease C.');
    for (const t of ['30', '26', '28']) assert.notEqual(figs.find(x => x.text === t)?.unit, 'cohorts', t);
  });
  it('a label whose number names a thing still counts after its colon ("grade 3 events: 12")', () => {
    const f = figuresOf('Patients with grade 3 events: 12 in total.').find(x => x.text === '12');
    assert.equal(f?.figureKind, 'count');
  });
  it('a flattened row of spaced numbers with no unit after them stays apart', () => {
    const figs = figuresOf('Antal deltagare per center och \u00e5r i studien: 215 290 355 och fler.');
    assert.ok(!figs.some(f => f.text === '215 290 355'));
  });
  it('a bracketed number after a dollar sign that a word follows is no sum ("$(see note)")', () => {
    const figs = figuresOf('The fee (see note 4) was paid in cash.');
    assert.ok(!figs.some(f => f.figureKind === 'money'));
  });
  it('a Swedish count of patients after a part of a whole keeps its noun, not the verb after it', () => {
    const f = figuresOf('Hittills har 9 av totalt 60 patienter inkluderats.').find(x => x.text.startsWith('9'));
    assert.equal(f?.unit, 'patients');
  });
});

table('kinds: a table\'s corner cell that is only a currency and its scale, without brackets',
  [
    'Acme Bio reported its results for the quarter.',
    '',
    '| EUR million | Q2 2025 | Q2 2024 |',
    '|---|---|---|',
    '| Revenue | 14.2 | 11.7 |',
  ].join('\n'),
  [['14.2', 'money', 14200000, 'EUR'], ['11.7', 'money', 11700000, 'EUR']]);

table('kinds: a corner cell in thousands of a currency ("USD thousands")',
  [
    'Acme Bio reported its results for the year.',
    '',
    '| USD thousands | 2025 | 2024 |',
    '|---|---|---|',
    '| Revenue | 8,450 | 6,120 |',
  ].join('\n'),
  [['8,450', 'money', 8450000, 'USD'], ['6,120', 'money', 6120000, 'USD']]);

table('kinds: a key-figure title that names its currency after a comma, its rows read on one line',
  [
    'Bolaget redovisade en f\u00f6rlust under kvartalet och har fortsatt sin studie med patienter.',
    '',
    'Acme Bio, Mkr Q2-2025 Q2-2024 F\u00f6r\u00e4ndring',
    'Nettooms\u00e4ttning 1,4 0,9',
    'Resultat per aktie, kronor 0,31 0,22',
  ].join('\n'),
  [['1,4', 'money', 1400000, 'SEK'], ['0,9', 'money', 900000, 'SEK'], ['0,31', 'money', 0.31, 'SEK'], ['0,22', 'money', 0.22, 'SEK']]);

describe('kinds: a bare unit is read only where it is the whole cell or a title\'s', () => {
  it('a sentence that starts with a name and a comma and a scaled currency but no periods declares nothing', () => {
    const figs = figuresOf('Acme Bio, MSEK figures aside, counted 12 partners and 7 more in Europe.');
    assert.ok(!figs.some(f => f.figureKind === 'money'));
  });
});

table('kinds: doses in capitals glued to their number, as briefs written all in capitals print them',
  'ACME BIO SAYS RATES WERE LOW IN BOTH ARMS (4.1% AND 6.3% IN 50MG AND 150MG).',
  [['50MG', 'dose', 50, 'mg'], ['150MG', 'dose', 150, 'mg']]);

table('kinds: German counts in the dative plural',
  'Die Studie mit \u00fcber 250 Teilnehmern und 40 Mitarbeitern wurde abgeschlossen.',
  [['\u00fcber 250 Teilnehmern', 'count', 250, 'participants'], ['40 Mitarbeitern', 'count', 40, 'employees']]);

table('kinds: a German ordinal before a day, week or month is that time point',
  'Am 28. Tag zeigten 40% der Patienten eine Besserung, in der 12. Behandlungswoche waren es 55%.',
  [['28. Tag', 'duration', 28, 'days'], ['12. Behandlungswoche', 'duration', 12, 'weeks']]);

describe('kinds: capitals and ordinals that stay as they were', () => {
  it('"12 MG patients" (a disease written in capitals after its count) is no dose', () => {
    const f = figuresOf('The trial enrolled 12 MG patients.').find(x => x.text.startsWith('12'));
    assert.notEqual(f?.figureKind, 'dose');
  });
  it('"14. M\u00e4rz 2025" is a date, not a time point', () => {
    const f = figuresOf('Die Daten wurden am 14. M\u00e4rz 2025 vorgestellt.').find(x => x.text.startsWith('14'));
    assert.equal(f?.figureKind, 'date');
  });
});

table('kinds: a row that declares percentages leaves its p-value column to that column\'s header',
  [
    'Acme Bio reported the efficacy results of the trial.',
    '',
    '| Endpoint | Drug | Placebo | P value |',
    '|---|---|---|---|',
    '| Responders, % | 64 | 21 | <.001 |',
    '| Remission, % | 33 | 9 | 0.004 |',
  ].join('\n'),
  [['64', 'percent', 64, '%'], ['21', 'percent', 21, '%'], ['<.001', 'pvalue', 0.001, ''], ['33', 'percent', 33, '%'], ['0.004', 'pvalue', 0.004, '']]);

table('kinds: a stub cell "% of patients" declares the shares of the table',
  [
    'Acme Bio reported the safety results of the trial.',
    '',
    '| % of patients | Drug (N=90) | Placebo (N=88) |',
    '|---|---|---|',
    '| Any event | 71.1 | 64.8 |',
  ].join('\n'),
  [['71.1', 'percent', 71.1, '%'], ['64.8', 'percent', 64.8, '%']]);

table('kinds: a number glued to a scale letter, in the sentence of a sum written so, is a sum in that currency',
  'Acme Bio held cash of $61.3M at the end of the quarter, compared with 48.9M a year earlier.',
  [['$61.3M', 'money', 61300000, 'USD'], ['48.9M', 'money', 48900000, 'USD']]);

describe('kinds: scale letters that stay as they were', () => {
  it('"2M shares" after a sum is no sum', () => {
    const f = figuresOf('Acme Bio raised $20M and issued 2M shares.').find(x => x.text.startsWith('2M') || x.text === '2');
    assert.notEqual(f?.figureKind, 'money');
  });
  it('a glued letter in the next sentence takes no currency', () => {
    const f = figuresOf('Revenue was $12M. The 3M device was approved.').find(x => x.text.startsWith('3'));
    assert.notEqual(f?.figureKind, 'money');
  });
});

table('kinds: a capitalised plural right after a scale word is what it counts',
  'Nearly 4 million Canadians live with the disease. Acme Bio Ships 3 Million Doses.',
  [['Nearly 4 million Canadians', 'count', 4000000, 'Canadians'], ['3 Million Doses', 'count', 3000000, 'Doses']]);

table('kinds: a bare dollar sign in a document of a company listed in Australia only is the Australian dollar',
  'Acme Bio Limited (ASX: ACM) reported revenue of $4.2 million for the half, and a loss per share of $0.12.',
  [['$4.2 million', 'money', 4200000, 'AUD'], ['$0.12', 'money', 0.12, 'AUD']]);

table('kinds: listed in Australia and in the US, the bare dollar stays the US one',
  'Acme Bio Limited (ASX: ACM; Nasdaq: ACMB) reported revenue of $4.2 million for the half.',
  [['$4.2 million', 'money', 4200000, 'USD']]);

table('kinds: a document that writes "US$" keeps its dollars as written',
  'Acme Bio Limited (ASX: ACM) reported revenue of US$4.2 million and costs of $3.1 million.',
  [['US$4.2 million', 'money', 4200000, 'USD'], ['$3.1 million', 'money', 3100000, 'USD']]);

table('kinds: a Canadian listing makes the bare dollar Canadian',
  'Acme Bio Inc. (TSX: ACM) closed a financing of $12.5 million.',
  [['$12.5 million', 'money', 12500000, 'CAD']]);

table('kinds: a date whose year a copy glued to the comma after its day',
  'Acme Bio reported its results for the quarter ended June 30,2030, and a net loss of 30,200 for the year.',
  [['June 30,2030', 'date', 2030, 'day'], ['30,200', 'other', 30200, '']]);

// (a filing's table: each label a cell of its own on its line, the sign in a cell before its number, the labels long)
table('kinds: sums after a sign in a cell of their own, under labels as long as a filing writes them',
  'Offering price per share\n|\n| | | $ | 6.00 | | |\n|\nNet tangible book value per share as of March 31, 2031\n|\n| | | $ | 1.25 | | |\n|\nIncrease in net tangible book value per share attributable to new investors in this offering\n|\n| | | $ | 0.85 | | |\n|\nDilution in net tangible book value per share to new investors in this offering\n|\n| | | $ | 3.90 | | |\n',
  [['6.00', 'money', 6, 'USD'], ['0.85', 'money', 0.85, 'USD'], ['3.90', 'money', 3.9, 'USD']]);

