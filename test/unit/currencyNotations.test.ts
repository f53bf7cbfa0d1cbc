import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';

// Money as every market writes it (issue 14): one row per notation, invented sentences, positives and the
// negatives each notation could be mistaken for (a clinical abbreviation, a unit of length, a weight).
const money = (text: string) => analyzeText(text).model.entities.filter(e => e.kind === 'figure' && e.figureKind === 'money')
  .map(e => e.kind === 'figure' ? [text.slice(e.start, e.end), e.value, e.unit] : []);

describe('money: signs and ISO 4217 codes before the number (numbers.json currencyBefore)', () => {
  const rows: [string, unknown[][]][] = [
    ['Acme Bio raised R$35 million in its placement.', [['R$35 million', 35e6, 'BRL']]],
    ['Acme Bio raised R$ 35 million in its placement.', [['R$ 35 million', 35e6, 'BRL']]],
    ['Acme Bio reported revenue of Fr. 12.5 million.', [['Fr. 12.5 million', 12.5e6, 'CHF']]],
    ['Acme Bio reported revenue of SFr. 12.5 million.', [['SFr. 12.5 million', 12.5e6, 'CHF']]],
    ['Acme Bio raised NIS 35 million in its placement.', [['NIS 35 million', 35e6, 'ILS']]],
    ['Acme Bio raised PLN 35 million in its placement.', [['PLN 35 million', 35e6, 'PLN']]],
    ['Acme Bio raised ZAR 35 million in its placement.', [['ZAR 35 million', 35e6, 'ZAR']]],
    ['Acme Bio raised ISK 350 million in its placement.', [['ISK 350 million', 350e6, 'ISK']]],
    ['Acme Bio raised CAD 12 million in its placement.', [['CAD 12 million', 12e6, 'CAD']]],
    ['Acme Bio raised INR 3,500 crore in its placement.', [['INR 3,500 crore', 35e9, 'INR']]],
    // a form that is also another abbreviation, before no sum: no money
    ['Patients on AB-101 kept a target INR 2.5 throughout the study.', []],
    ['The study enrolled 120 CAD patients at 12 sites.', []],
    ['Fr. 12 Mai 2025: Acme Bio AG meldet Daten.', []],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(money(text), expected));
});

describe('money: currency names and codes after the number (numbers.json currencyWords)', () => {
  const rows: [string, unknown[][]][] = [
    ['Die Acme Bio AG sammelte 2,5 Mio. $ ein.', [['2,5 Mio. $', 2.5e6, 'USD']]],
    ['Acme Bio raised 35 million shekels in its placement.', [['35 million shekels', 35e6, 'ILS']]],
    ['Acme Bio raised 35 mln zł in its placement.', [['35 mln zł', 35e6, 'PLN']]],
    ['Acme Bio raised 350 million ISK in its placement.', [['350 million ISK', 350e6, 'ISK']]],
    ['Acme Bio raised 35 million francs in its placement.', [['35 million francs', 35e6, 'CHF']]],
    ['Acme Bio Oyj keräsi 2,5 miljoonaa euroa.', [['2,5 miljoonaa euroa', 2.5e6, 'EUR']]],
    ['Acme Bio Oyj keräsi 2,5 milj. euroa.', [['2,5 milj. euroa', 2.5e6, 'EUR']]],
    // "kroner" is Danish or Norwegian, never the Swedish krona
    ['Acme Bio raised 125 million kroner in its placement.', [['125 million kroner', 125e6, 'DKK']]],
    // a clinical abbreviation after a count is no currency
    ['AB-101 enrolled 35 AUD patients.', []],
    ['The 200-pound patients lost weight on AB-101.', []],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(money(text), expected));
});

describe('money: scale words and currencies carrying a scale, in every language of the corpus', () => {
  const rows: [string, unknown[][]][] = [
    ['Acme Bio raised $2.5 bln in 2025.', [['$2.5 bln', 2.5e9, 'USD']]],
    ['Acme Bio NV haalde € 2,5 mld op.', [['€ 2,5 mld', 2.5e9, 'EUR']]],
    ['Acme Bio S.p.A. ha raccolto 2,5 mld di euro.', [['2,5 mld di euro', 2.5e9, 'EUR']]],
    ['Acme Bio S.p.A. ha raccolto 250 mila euro.', [['250 mila euro', 250e3, 'EUR']]],
    ['La société Acme Bio a levé 2 Mds d\'euros en 2025.', [['2 Mds d\'euros', 2e9, 'EUR']]],
    ['Acme Bio raised 250 k$ in 2025.', [['250 k$', 250e3, 'USD']]],
    ['Acme Bio AB tog in 2,5 Mdkr under 2025.', [['2,5 Mdkr', 2.5e9, 'SEK']]],
    ['Die Acme Bio AG meldete einen Umsatz von 850 TCHF.', [['850 TCHF', 850e3, 'CHF']]],
    // "M" as molar and "m" as metres are no scale of a sum
    ['AB-101 was tested at 5 M in the assay.', []],
    ['Patients walked 3 m further on AB-101 than on placebo.', []],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(money(text), expected));
});

describe('money: Korean scale characters and currencies (numbers.json cjkScales, cjkCurrencies)', () => {
  const rows: [string, unknown[][]][] = [
    ['Acme Bio는 1,200억원을 조달했다.', [['1,200억원', 120e9, 'KRW']]],
    ['Acme Bio는 1,200억 원을 조달했다.', [['1,200억 원', 120e9, 'KRW']]],
    ['Acme Bio는 5천만 달러를 받는다.', [['5천만 달러', 50e6, 'USD']]],
    ['Acme Bio는 12조 원 규모의 계약을 체결했다.', [['12조 원', 12e12, 'KRW']]],
    // a duration and a year with a particle are no money
    ['Acme Bio는 3개월만에 결과를 발표했다.', []],
    ['Acme Bio는 2025년엔 임상을 시작한다.', []],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(money(text), expected));
});

describe('money: cents after the sign without a leading zero, and currencies as hyphenated adjectives', () => {
  const rows: [string, unknown[][]][] = [
    ['Acme Bio reported a net loss of $1.2 million, or $.45 per share.', [['$1.2 million', 1.2e6, 'USD'], ['$.45', 0.45, 'USD']]],
    ['Acme Bio reported a 45-cent loss per share.', [['45-cent', 0.45, 'USD']]],
    ['Acme Bio closed its 1.2 billion-euro acquisition of Beta Pharma.', [['1.2 billion-euro', 1.2e9, 'EUR']]],
    ['Acme Bio closed its 10-million-dollar financing.', [['10-million-dollar', 10e6, 'USD']]],
    // a weight and a time joined by a hyphen stay what they are
    ['The 200-pound patients lost weight on AB-101.', []],
    ['Acme Bio ran a 12-week study of AB-101.', []],
    ['The p-value was .045 for AB-101.', []],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(money(text), expected));
});

describe('money: a table declaring its currency and scale, its cells written the way the document\'s language writes numbers', () => {
  const de = 'Die Acme Bio AG hat heute die Zahlen für das Geschäftsjahr vorgelegt, die von dem Vorstand und dem Aufsichtsrat geprüft wurden und auf der Webseite sind.\n';
  const fr = 'La société Acme Bio a publié ses résultats annuels, qui sont présentés dans le tableau ci-dessous pour les actionnaires et les investisseurs.\n';
  const sv = 'Acme Bio AB har i dag publicerat sin rapport för året, som är tillgänglig på bolagets webbplats och som har granskats av revisorn.\n';
  const en = 'Acme Bio reported its results for the year, which are shown in the table below for the shareholders and the investors of the company.\n';
  const rows: [string, unknown[][]][] = [
    // a German table of whole thousands, no decimal point anywhere: "12.345" is twelve thousand three hundred and forty-five
    [de + '| in TEUR | 2025 | 2024 |\n|---|---|---|\n| Umsatz | 12.345 | 10.210 |\n', [['12.345', 12345e3, 'EUR'], ['10.210', 10210e3, 'EUR']]],
    // thousands spaced in a cell of their own, in any language
    [fr + '| En k€ | 2025 | 2024 |\n|---|---|---|\n| Chiffre d\'affaires | 12 345 | 10 210 |\n', [['12 345', 12345e3, 'EUR'], ['10 210', 10210e3, 'EUR']]],
    [sv + '| KSEK | 2025 | 2024 |\n|---|---|---|\n| Rörelseresultat | -4 567 | -3 210 |\n', [['-4 567', -4567e3, 'SEK'], ['-3 210', -3210e3, 'SEK']]],
    // an English document's decimal point stays one
    [en + '| EUR thousand | 2025 | 2024 |\n|---|---|---|\n| Revenue | 12.345 | 10.210 |\n', [['12.345', 12345, 'EUR'], ['10.210', 10210, 'EUR']]],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text.slice(text.indexOf('|'), text.indexOf('|') + 60))}`, () => assert.deepEqual(money(text), expected));
  // a flattened row without its bars is three cells; a German p-value's leading zero is no group of thousands
  it('reads a flattened row of three numbers as three', () => {
    const t = en + 'Responders by visit\nWeek 12 215 290 355\n';
    assert.ok(!analyzeText(t).model.entities.some(e => e.kind === 'figure' && (e.value === 215290 || e.value === 215290355)));
  });
  it('leaves a p-value of 0.001 in a German document as it is', () => {
    const t = de + 'Der Unterschied war signifikant (p = 0.001) in der Studie von AB-101.\n';
    assert.ok(analyzeText(t).model.entities.some(e => e.kind === 'figure' && e.value === 0.001));
  });
});

describe('money: every shape of a label or title declaring a table\'s currency and scale', () => {
  const de = 'Die Acme Bio AG hat heute die Zahlen für das Geschäftsjahr vorgelegt, die von dem Vorstand und dem Aufsichtsrat geprüft wurden und auf der Webseite sind.\n';
  const nl = 'Acme Bio NV heeft vandaag de resultaten van het jaar gepubliceerd, die door de raad van bestuur zijn goedgekeurd en op de website staan.\n';
  const no = 'Acme Bio ASA har i dag lagt fram resultatet for året, som er godkjent av styret og som er tilgjengelig på selskapets nettside.\n';
  const fi = 'Acme Bio Oyj on julkaissut tuloksensa, jotka ovat nyt saatavilla ja joita hallitus on käsitellyt, sekä myös tilintarkastajan kertomuksen.\n';
  const en = 'Acme Bio reported its results for the year, which are shown below for the shareholders and the investors of the company.\n';
  const table = (head: string, a: string, b: string) => `| ${head} | 2025 | 2024 |\n|---|---|---|\n| Revenue | ${a} | ${b} |\n`;
  const rows: [string, unknown[][]][] = [
    // a title line above the table, no brackets
    [de + 'Beträge in Mio. €\n' + table('', '123,4', '110,2'), [['123,4', 123.4e6, 'EUR'], ['110,2', 110.2e6, 'EUR']]],
    [de + 'Alle Beträge in Tausend Euro\n' + table('', '12.345', '10.210'), [['12.345', 12345e3, 'EUR'], ['10.210', 10210e3, 'EUR']]],
    // a title in brackets naming the unit as a thousand written out; the thousand is no sum of its own
    [nl + '(Bedragen x € 1.000)\n' + table('', '12.345', '10.210'), [['12.345', 12345e3, 'EUR'], ['10.210', 10210e3, 'EUR']]],
    [en + '(in CHF 1,000)\n' + table('', '12,345', '10,210'), [['12,345', 12345e3, 'CHF'], ['10,210', 10210e3, 'CHF']]],
    // the corner cell
    [de + table('Angaben in Tsd. EUR', '12.345', '10.210'), [['12.345', 12345e3, 'EUR'], ['10.210', 10210e3, 'EUR']]],
    [no + table('(NOK 1 000)', '12 345', '10 210'), [['12 345', 12345e3, 'NOK'], ['10 210', 10210e3, 'NOK']]],
    [fi + table('(1 000 euroa)', '12 345', '10 210'), [['12 345', 12345e3, 'EUR'], ['10 210', 10210e3, 'EUR']]],
    // a flattened statement under a title line of its own
    [en + '\nAmounts in CHF thousands\n\nRevenue 12,345 10,210\n', [['12,345', 12345e3, 'CHF'], ['10,210', 10210e3, 'CHF']]],
    // thousands in Italian, Spanish and Portuguese words; a Japanese or Chinese unit line with its scaled currency
    [en + table('(in migliaia di euro)', '12,345', '10,210'), [['12,345', 12345e3, 'EUR'], ['10,210', 10210e3, 'EUR']]],
    [en + table('Cifras en miles de euros', '12,345', '10,210'), [['12,345', 12345e3, 'EUR'], ['10,210', 10210e3, 'EUR']]],
    [en + table('(\u5358\u4f4d\uff1a\u767e\u4e07\u5186)', '12,345', '10,210'), [['12,345', 12345e6, 'JPY'], ['10,210', 10210e6, 'JPY']]],
    [en + table('(\u5355\u4f4d\uff1a\u5343\u5143)', '12,345', '10,210'), [['12,345', 12345e3, 'CNY'], ['10,210', 10210e3, 'CNY']]],
    // a label naming other things in thousands declares no money
    [en + table('Patients in thousands', '12', '10'), []],
    [en + 'Acme Bio sold 1,000 kits in Europe and 2,000 in the US.\n', []],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text.slice(text.indexOf('\n') + 1, text.indexOf('\n') + 50))}`, () => assert.deepEqual(money(text), expected));
});

describe('money: a statement\'s negative sums written with their sign before the accounts\' brackets', () => {
  const head = 'Acme Bio, Inc.\nSummary of Results (In thousands, except per share figures)\n| | 2025 | 2024 |\n|---|---|---|\n';
  const rows: [string, unknown[][]][] = [
    [head + '| Revenue | $12,345 | $10,210 |\n| Net loss | $(4,567) | $(3,210) |\n',
      [['$12,345', 12345e3, 'USD'], ['$10,210', 10210e3, 'USD'], ['$(4,567)', -4567e3, 'USD'], ['$(3,210)', -3210e3, 'USD']]],
    // a sum per share keeps its cents, unscaled
    [head + '| Net loss per share | $(0.45) | $(0.32) |\n', [['$(0.45)', -0.45, 'USD'], ['$(0.32)', -0.32, 'USD']]],
    // a footnote's mark opening the line under the statement is no sum
    [head + '| Net loss | $(4,567) | $(3,210) |\n(1) Includes a charge for the closure of the Acme Bio site in Lyon.\n',
      [['$(4,567)', -4567e3, 'USD'], ['$(3,210)', -3210e3, 'USD']]],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text.slice(text.lastIndexOf('---|\n') + 5, text.lastIndexOf('---|\n') + 60))}`, () => assert.deepEqual(money(text), expected));
});

describe('money: a scaled number without its currency takes none from a sum beside it when it counts something', () => {
  const all = (text: string) => analyzeText(text).model.entities.filter(e => e.kind === 'figure' && e.figureKind !== 'date')
    .map(e => e.kind === 'figure' ? [text.slice(e.start, e.end), e.figureKind, e.value, e.unit] : []);
  const rows: [string, unknown[][]][] = [
    // the count before it in its sentence, nearer than the sum
    ['Acme Bio lost $4.1 million. Its loss per share used 30.5 million shares, against 5.2 million in the prior year.',
      [['$4.1 million', 'money', 4.1e6, 'USD'], ['30.5 million shares', 'count', 30.5e6, 'shares'], ['5.2 million', 'count', 5.2e6, 'shares']]],
    // "the number of shares" before it in its sentence
    ['Acme Bio raised $60 million and left the number of shares sold unchanged at 6 million.',
      [['$60 million', 'money', 60e6, 'USD'], ['6 million', 'count', 6e6, 'shares']]],
    // a German noun after its scale
    ['Die Acme Bio AG hat 12 Millionen neue Genussrechte zu 8,50 Euro je Stück an die Investoren und die Aktionäre verkauft.',
      [['12 Millionen', 'count', 12e6, 'Genussrechte'], ['8,50 Euro', 'money', 8.5, 'EUR']]],
    // a sum's parallel still takes the currency
    ['Acme Bio reported sales of $74 million, up from 46 million a year earlier.',
      [['$74 million', 'money', 74e6, 'USD'], ['46 million', 'money', 46e6, 'USD']]],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text.slice(0, 90))}`, () => assert.deepEqual(all(text), expected));
});

describe('money: the same sum in another currency in brackets, its scale not written again', () => {
  const rows: [string, unknown[][]][] = [
    ['Acme Bio raised US$40m (€36.4) from investors.', [['US$40m', 40e6, 'USD'], ['€36.4', 36.4e6, 'EUR']]],
    ['Acme Bio agreed to buy Beta Pharma for £2.5bn (€2.9) in cash.', [['£2.5bn', 2.5e9, 'GBP'], ['€2.9', 2.9e9, 'EUR']]],
    // a price per share has no scale to give; a sum far from the one before is no conversion of it
    ['Acme Bio sold its shares at US$9.90 (€9) each.', [['US$9.90', 9.9, 'USD'], ['€9', 9, 'EUR']]],
    ['Acme Bio raised US$40m (€3) from investors.', [['US$40m', 40e6, 'USD'], ['€3', 3, 'EUR']]],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(money(text), expected));
});
