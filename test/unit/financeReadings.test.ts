import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';

// General readings of financial and deal text beyond English (issue 13): each shape in invented
// variants (other wordings, other languages, other figure kinds), positives and negatives.
const figures = (text: string) => analyzeText(text).model.entities.filter(e => e.kind === 'figure')
  .map(e => e.kind === 'figure' ? [text.slice(e.start, e.end), e.figureKind, e.value, e.unit, e.comparator ?? ''] : []);
const codes = (text: string, code: string) => analyzeText(text).findings.filter(f => f.code === code).map(f => f.code);
const table = (code: string, rows: [string, string[]][]) => {
  for (const [text, expected] of rows) it(`${expected.length ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 140))}`, () => assert.deepEqual(codes(text, code), expected));
};

describe('figures: Chinese and Japanese numbers with scale characters and currencies', () => {
  const rows: [string, unknown[][]][] = [
    ['Acme生物将获得1500万美元首付款。', [['1500万美元', 'money', 15000000, 'USD', '']]],
    ['公司融资3.2亿美元。', [['3.2亿美元', 'money', 320000000, 'USD', '']]],
    ['营收12亿元,同比增长5%。', [['12亿元', 'money', 1200000000, 'CNY', ''], ['5%', 'percent', 5, '%', '']]],
    ['股价报7.03港元,成交额1299.26万港元。', [['7.03港元', 'money', 7.03, 'HKD', ''], ['1299.26万港元', 'money', 12992600, 'HKD', '']]],
    ['売上高は300億円でした。', [['300億円', 'money', 30000000000, 'JPY', '']]],
    ['Acme将收取至多4.5亿美元里程碑付款。', [['至多4.5亿美元', 'money', 450000000, 'USD', '\u2264']]],
    ['交易总额约2亿欧元。', [['约2亿欧元', 'money', 200000000, 'EUR', '~']]],
    ['收入为8000万人民币。', [['8000万人民币', 'money', 80000000, 'CNY', '']]],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(figures(text), expected));
});

describe('figures: two bounds of one quantity, thousands spaced, the unit written after the second', () => {
  const rows: [string, unknown[][]][] = [
    ['Emissionen motsvarar lägst 2 800 000 och högst 3 900 000 aktier i Acme Bio.', [['lägst 2 800 000', 'count', 2800000, 'shares', '\u2265'], ['högst 3 900 000 aktier', 'count', 3900000, 'shares', '\u2264']]],
    ['Acme Bio will issue at least 1 500 000 and at most 2 000 000 shares.', [['at least 1 500 000', 'count', 1500000, 'shares', '\u2265'], ['at most 2 000 000 shares', 'count', 2000000, 'shares', '\u2264']]],
    ['Emissionsvolym: lägst 7 MSEK och högst 9,7 MSEK.', [['lägst 7 MSEK', 'money', 7000000, 'SEK', '\u2265'], ['högst 9,7 MSEK', 'money', 9700000, 'SEK', '\u2264']]],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(figures(text), expected));
});

describe('figures: two sums each with its sign, the scale written after the second only', () => {
  const rows: [string, unknown[][]][] = [
    ['Acme Bio booked revenue of $12.3 and $14.5 million.', [['$12.3', 'money', 12300000, 'USD', ''], ['$14.5 million', 'money', 14500000, 'USD', '']]],
    ['Der Umsatz stieg von \u20ac3 auf \u20ac4,5 Mio.', [['\u20ac3', 'money', 3000000, 'EUR', ''], ['\u20ac4,5 Mio.', 'money', 4500000, 'EUR', '']]],
    ['Acme Bio expects \u00a32 or \u00a33 billion.', [['\u00a32', 'money', 2e9, 'GBP', ''], ['\u00a33 billion', 'money', 3e9, 'GBP', '']]],
    // a price in cents before a sum that is not one, or two signs that differ, or a word between: each stands for itself
    ['The fee is $0.50 and $1.2 million is due later.', [['$0.50', 'money', 0.5, 'USD', ''], ['$1.2 million', 'money', 1200000, 'USD', '']]],
    ['Costs rose from $450 to $1.2 million.', [['$450', 'money', 450, 'USD', ''], ['$1.2 million', 'money', 1200000, 'USD', '']]],
    ['Acme Bio paid $3 and \u20ac4 million.', [['$3', 'money', 3, 'USD', ''], ['\u20ac4 million', 'money', 4000000, 'EUR', '']]],
    ['The price was $12 per share and $4 million in total.', [['$12', 'money', 12, 'USD', ''], ['$4 million', 'money', 4000000, 'USD', '']]],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(figures(text), expected));
});

describe('impossible-value: the least of a quantity above its most', () => {
  table('impossible-value', [
    ['Emissionen motsvarar lägst 4 800 000 och högst 3 900 000 aktier i Acme Bio.', ['impossible-value']],
    ['Emissionen motsvarar lägst 2 800 000 och högst 3 900 000 aktier i Acme Bio.', []],
    ['Emissionsvolym: lägst 12 MSEK och högst 9,7 MSEK före emissionskostnader.', ['impossible-value']],
    ['Emissionsvolym: lägst 7 MSEK och högst 9,7 MSEK före emissionskostnader.', []],
    ['Acme Bio will open at least 12 and at most 8 sites.', ['impossible-value']],
    ['Acme Bio will open at least 5 and at most 8 sites.', []],
    ['Acme Bio émettra au minimum 1 600 000 et au maximum 1 500 000 actions nouvelles.', ['impossible-value']],
    ['Acme Bio émettra au minimum 1 400 000 et au maximum 1 500 000 actions nouvelles.', []],
    // two quantities, each with its own bound: not one quantity's least and most
    ['Acme Bio enrolled at least 40 patients, and at most 30 sites took part.', []],
  ]);
});

describe('figures: a verb after a sum ends the search for what it counts', () => {
  const rows: [string, unknown[][]][] = [
    ['La división de Acme Bio con 126,5 millones representa casi el 91% de los ingresos.', [['126,5 millones', 'other', 126.5, 'millones', ''], ['91%', 'percent', 91, '%', '']]],
    ['Las tres moléculas de Acme Bio suman 58,3 millones.', [['58,3 millones', 'other', 58.3, 'millones', '']]],
    ['Les ventes de Acme Bio de 12 millions représentent 40 % du total.', [['12 millions', 'other', 12, 'millions', ''], ['40 %', 'percent', 40, '%', '']]],
    // the noun right after the number is still counted
    ['Sono stati segnalati 12 casi di infezione con AB-101.', [['12 casi', 'count', 12, 'cases', '']]],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(figures(text), expected));
});

describe('figures: French financial news writes the euro sign as an E (KE, ME, MdE)', () => {
  const rows: [string, unknown[][]][] = [
    ['Acme Bio : perte de 0,78 ME au S1', [['0,78 ME', 'money', 780000, 'EUR', '']]],
    ['Le chiffre d\'affaires s\'élève à 380 KE contre 524 KE un an auparavant.', [['380 KE', 'money', 380000, 'EUR', ''], ['524 KE', 'money', 524000, 'EUR', '']]],
    ['Le résultat net ressort à -778 KE.', [['-778 KE', 'money', -778000, 'EUR', '']]],
    ['La valorisation atteint 1,2 MdE.', [['1,2 MdE', 'money', 1200000000, 'EUR', '']]],
    // a word that merely starts with the letters is no currency
    ['Acme Bio compte 12 KEY partenaires.', [['12 KEY partenaires', 'count', 12, 'partenaires', '']]],
  ];
  for (const [text, expected] of rows) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(figures(text), expected));
});

describe('impossible-value: a part named after "其中" (of which) above its whole, in Chinese', () => {
  table('impossible-value', [
    ['Acme将收取至多4.9亿美元总付款,其中包含5.2亿美元首付款。', ['impossible-value']],
    ['Acme将收取至多4.9亿美元总付款,其中包含2000万美元首付款。', []],
    ['Acme将收取最多3亿美元的总额,其中包括3.8亿美元的里程碑付款。', ['impossible-value']],
    ['Acme将收取最多3亿美元的总额,其中包括2.5亿美元的里程碑付款。', []],
    ['本轮融资共1.2亿元,其中1.5亿元来自新投资者。', ['impossible-value']],
    ['本轮融资共1.2亿元,其中8000万元来自新投资者。', []],
    // two sums in two currencies are never compared
    ['Acme将收取4.9亿美元总付款,其中包含5.2亿港元首付款。', []],
  ]);
});

describe('claimed-ratio: a share written with its plus sign is a change, not a level a multiple compares', () => {
  table('claimed-ratio', [
    // the plus-signed growth of two products beside a doubling of another measure: no pair compared
    ['AB-101 (+6%) leads the growth, where sales in Asia doubled; AB-202 (+5%) follows.', []],
    ['En AB-101 (+6%) lidera el crecimiento, donde se han duplicado las ventas; seguido de AB-202 (+5%).', []],
    ['Bei AB-101 (+ 8 %) haben sich die Umsätze in Asien verdoppelt, gefolgt von AB-202 (+7 %).', []],
    ['Pour AB-101 (+9%) les ventes ont doublé en Asie, devant AB-202 (+4%).', []],
    // two levels: the claim is judged
    ['The response rate doubled, from 30% in the first cohort to 36% in the second.', ['claimed-ratio']],
    ['The response rate doubled, from 18% in the first cohort to 36% in the second.', []],
    ['La tasa de respuesta se ha duplicado, del 30% al 36%.', ['claimed-ratio']],
    ['La tasa de respuesta se ha duplicado, del 18% al 36%.', []],
  ]);
});

describe('totals: proceeds of several concurrent sales against the sum of the sales stated after them', () => {
  const common = 'The first agreement relates to the sale of 5,000,000 shares of common stock at a public offering price of $10.00 per share. All of the shares are sold by Acme Bio. The underwriters have an option to purchase up to an additional 750,000 shares at the same price.';
  table('totals', [
    [`Acme Bio entered into two agreements relating to concurrent public offerings, which together are expected to result in gross proceeds of approximately $90 million.\n${common}\nThe second agreement relates to the sale of 400,000 shares of preferred stock at a public offering price of $100.00 per share.`, []],
    [`Acme Bio entered into two agreements relating to concurrent public offerings, which together are expected to result in gross proceeds of approximately $90 million.\n${common}\nThe second agreement relates to the sale of 250,000 shares of preferred stock at a public offering price of $100.00 per share.`, ['totals']],
    // one sale alone is never held to the proceeds of several
    [`Acme Bio entered into two agreements relating to concurrent public offerings, which together are expected to result in gross proceeds of approximately $90 million.\n${common}`, []],
    [`Acme Bio announced offerings with combined gross proceeds of $60 million. It sells 2,000,000 shares at $20.00 per share. It also sells 100,000 preferred shares at $200.00 per share.`, []],
    [`Acme Bio announced offerings with combined gross proceeds of $60 million. It sells 2,000,000 shares at $20.00 per share. It also sells 150,000 preferred shares at $200.00 per share.`, ['totals']],
    // a sale whose price is not stated leaves the sum unknown
    [`Acme Bio announced offerings with combined gross proceeds of $60 million. It sells 2,000,000 shares at $20.00 per share. It also sells 150,000 preferred shares to one investor.`, []],
    ['Acme Bio erwartet aus beiden Angeboten zusammen einen Bruttoerlös von 30 Mio. Euro. Angeboten werden 2.000.000 Aktien zum Angebotspreis von 10,00 Euro je Aktie. Dazu kommen 100.000 Vorzugsaktien zum Angebotspreis von 100,00 Euro je Aktie.', []],
    ['Acme Bio erwartet aus beiden Angeboten zusammen einen Bruttoerlös von 30 Mio. Euro. Angeboten werden 2.000.000 Aktien zum Angebotspreis von 10,00 Euro je Aktie. Dazu kommen 200.000 Vorzugsaktien zum Angebotspreis von 100,00 Euro je Aktie.', ['totals']],
  ]);
});

describe('totals: a company\u2019s sales and its regions\u2019, several regions in one sentence, in the corpus\u2019 languages', () => {
  table('totals', [
    ['Los ingresos de Acme Bio alcanzan los 50 millones de euros. España aporta 22 millones de euros en ventas, mientras que en el resto de Europa crecen un 5 %, hasta 20 millones de euros. En el resto del mundo, las ventas suman 8 millones de euros.', []],
    ['Los ingresos de Acme Bio alcanzan los 50 millones de euros. España aporta 26 millones de euros en ventas, mientras que en el resto de Europa crecen un 5 %, hasta 20 millones de euros. En el resto del mundo, las ventas suman 8 millones de euros.', ['totals']],
    ['Acme Bio reported revenue of EUR 50 million for the quarter. Sales in Spain were EUR 26 million, while in the rest of Europe they rose to EUR 20 million. In the rest of the world, sales reached EUR 8 million.', ['totals']],
    ['Acme Bio reported revenue of EUR 50 million for the quarter. Sales in Spain were EUR 22 million, while in the rest of Europe they rose to EUR 20 million. In the rest of the world, sales reached EUR 8 million.', []],
    ['Der Umsatz von Acme Bio lag bei 50 Mio. Euro. In Spanien betrug der Umsatz 26 Mio. Euro, im restlichen Europa 20 Mio. Euro. Im Rest der Welt wurden 8 Mio. Euro Umsatz erzielt.', ['totals']],
    ['Der Umsatz von Acme Bio lag bei 50 Mio. Euro. In Spanien betrug der Umsatz 22 Mio. Euro, im restlichen Europa 20 Mio. Euro. Im Rest der Welt wurden 8 Mio. Euro Umsatz erzielt.', []],
    // a region that holds another one named beside it counts it twice: not judged
    ['Acme Bio reported revenue of EUR 50 million for the quarter. Sales in Spain were EUR 26 million, while in Europe they rose to EUR 40 million.', []],
    // a second sum with no region of its own before it: only the first sum is a part
    ['Acme Bio reported revenue of EUR 50 million for the quarter. Sales in Spain were EUR 26 million, up from EUR 24 million. In Asia, sales reached EUR 20 million.', []],
  ]);
});

describe('impossible-value: one region\u2019s sales, stated after the company\u2019s, above them', () => {
  table('impossible-value', [
    ['Los ingresos de Acme Bio alcanzan los 50 millones de euros. España aporta 22 millones de euros en ventas, mientras que en el resto de Europa crecen un 5 %, hasta 60 millones de euros.', ['impossible-value']],
    ['Los ingresos de Acme Bio alcanzan los 50 millones de euros. España aporta 22 millones de euros en ventas, mientras que en el resto de Europa crecen un 5 %, hasta 20 millones de euros.', []],
    ['Acme Bio reported revenue of EUR 50 million for the quarter. In Asia, sales reached EUR 58 million.', ['impossible-value']],
    ['Acme Bio reported revenue of EUR 50 million for the quarter. In Asia, sales reached EUR 18 million.', []],
    // a market is no sales of the company's
    ['Acme Bio reported revenue of EUR 50 million for the quarter. In Asia, the market for such sales reached EUR 580 million.', []],
    // a product's sales by a partner may exceed the company's revenue
    ['Acme Bio reported revenue of EUR 50 million for the quarter. In Asia, sales of AB-101 by its partner reached EUR 58 million.', []],
  ]);
});

describe('claimed-ratio: a change to a figure with the prior period\u2019s in brackets, labelled by its period, or said by a noun of growth', () => {
  table('claimed-ratio', [
    ['Der Umsatz stieg im dritten Quartal um 28,4 % auf 40,0 Mio. € (Q3/2025: 30,0 Mio. €).', ['claimed-ratio']],
    ['Der Umsatz stieg im dritten Quartal um 33,3 % auf 40,0 Mio. € (Q3/2025: 30,0 Mio. €).', []],
    ['Das Umsatzwachstum hat sich mit +28,4 % auf 40,0 Mio. € (Vorjahr: 30,0 Mio. €) verstärkt.', ['claimed-ratio']],
    ['Das Umsatzwachstum hat sich mit +33,3 % auf 40,0 Mio. € (Vorjahr: 30,0 Mio. €) verstärkt.', []],
    ['Acme Bio revenue rose 20% to EUR 40.0 million (H1 2025: EUR 30.0 million).', ['claimed-ratio']],
    ['Acme Bio revenue rose 33% to EUR 40.0 million (H1 2025: EUR 30.0 million).', []],
    ['Acme Bio revenue rose 20% to EUR 40.0 million (9M 2025: EUR 30.0 million).', ['claimed-ratio']],
    ['Las ventas de Acme Bio registran un crecimiento del 20 % hasta 40,0 millones de euros (2025: 30,0 millones de euros).', ['claimed-ratio']],
    ['Las ventas de Acme Bio registran un crecimiento del 33 % hasta 40,0 millones de euros (2025: 30,0 millones de euros).', []],
    ['Försäljningen ökade med 20 procent till 40,0 MSEK (Q3 2025: 30,0 MSEK).', ['claimed-ratio']],
    ['Försäljningen ökade med 33 procent till 40,0 MSEK (Q3 2025: 30,0 MSEK).', []],
  ]);
});

describe('repeated-value: a number written in words and in digits right after it, two numbers', () => {
  table('repeated-value', [
    ['Innehav av tre (4) teckningsrätter berättigar till teckning av en (1) ny aktie i Acme Bio.', ['repeated-value']],
    ['Innehav av tre (3) teckningsrätter berättigar till teckning av en (1) ny aktie i Acme Bio.', []],
    ['Acme Bio may terminate the agreement within thirty (60) days of notice.', ['repeated-value']],
    ['Acme Bio may terminate the agreement within thirty (30) days of notice.', []],
    ['Acme Bio émet deux (3) tranches de bons de souscription.', ['repeated-value']],
    ['Acme Bio émet deux (2) tranches de bons de souscription.', []],
    ['Acme Bio gibt drei (3) neue Aktien für vier (5) alte aus.', ['repeated-value']],
    // a longer number in words, its last word alone no number of the digits
    ['Acme Bio enrolled twenty-five (25) patients and twenty one (21) controls.', []],
    ['Acme Bio issued two hundred (200) warrants.', []],
    // a label, no number word, before brackets
    ['Acme Bio presented Figure (3) and Table (4).', []],
  ]);
});

describe('totals: sums said to be so many shares, at the one price per share stated', () => {
  table('totals', [
    ['Emissionsvolym: lägst 7 MSEK och högst 12 MSEK, motsvarande lägst 2 800 000 och högst 3 900 000 aktier. Teckningskurs: 2,50 SEK per aktie.', ['totals']],
    ['Emissionsvolym: lägst 7 MSEK och högst 9,7 MSEK, motsvarande lägst 2 800 000 och högst 3 900 000 aktier. Teckningskurs: 2,50 SEK per aktie.', []],
    ['Acme Bio raises at most SEK 14 million, corresponding to at most 4,000,000 shares. The subscription price is SEK 2.50 per share.', ['totals']],
    ['Acme Bio raises at most SEK 10 million, corresponding to at most 4,000,000 shares. The subscription price is SEK 2.50 per share.', []],
    ['Acme Bio erlöst bis zu 8 Mio. Euro, entsprechend bis zu 2.000.000 Aktien. Der Bezugspreis beträgt 5,00 Euro je Aktie.', ['totals']],
    ['Acme Bio erlöst bis zu 10 Mio. Euro, entsprechend bis zu 2.000.000 Aktien. Der Bezugspreis beträgt 5,00 Euro je Aktie.', []],
    // two prices per share: which one is not said
    ['Acme Bio raises at most SEK 14 million, corresponding to at most 4,000,000 shares. The subscription price is SEK 2.50 per share for existing holders and SEK 3.00 per share for others.', []],
    // a sentence cut by a page break continues the one before it
    ['Emissionsvolym: lägst 7 MSEK och högst 12 MSEK före emissions\n\nkostnader, motsvarande lägst 2 800 000 och högst 3 900 000 aktier.\n\nTeckningskurs: 2,50 SEK per aktie.', ['totals']],
  ]);
});
