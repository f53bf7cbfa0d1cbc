import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'claimed-ratio');

describe('claimed-ratio: a change against the two figures it moves between', () => {
  // each row: an invented sentence, and whether its claim is reported
  const cases: [string, boolean][] = [
    // "improved" and "worsened" move the way the measure is better: a response rate or a survival time higher, an
    // adverse event's rate lower, a loss lower (comparisons.json changes.measures); a measure of no known better side
    // ("HbA1c", expenses) is not judged
    ['The ORR improved to 38% from 44% at the later cut-off.', true],
    ['The ORR improved to 48% from 44% at the later cut-off.', false],
    ['The rate of serious adverse events improved to 14% from 9%.', true],
    ['The rate of serious adverse events improved to 6% from 9%.', false],
    ['The DCR worsened to 71% from 64% in the update.', true],
    ['HbA1c improved to 7.9% from 7.1% in the arm.', false],
    ['Net loss improved to $14 million from $9 million.', true],
    ['Net loss improved to $6 million from $9 million.', false],
    ['Research expenses improved to $14 million from $9 million.', false],
    // the earlier value in brackets after the figure, the word of change before the measure it is "of"
    ['The update showed an improved overall response rate (ORR) of 41% (previously 46%).', true],
    ['The update showed an improved overall response rate (ORR) of 51% (previously 46%).', false],
    ['The update showed an increased DCR of 61% (earlier data showed 66%).', true],
    // A's noun and period, a comma, then the word of change right before "from B"; the size the sentence before states
    // alone with a noun of change after it ("a 30 % drop in sales")
    ['The group booked $52,000 in grant income for the six months ended June 30, up from $90,000 a year earlier.', true],
    ['The group booked $52,000 in grant income for the six months ended June 30, down from $90,000 a year earlier.', false],
    ['The group saw a 20 percent drop in grant income. It booked $52,000 in grant income for the half year, down from $90,000 a year earlier.', true],
    ['The group saw a 42 percent drop in grant income. It booked $52,000 in grant income for the half year, down from $90,000 a year earlier.', false],
    // a comma ends the old figure's clause: a later "a" is an article, no destination
    ['Sales increased to $90 million, a 50% increase from $60 million in 2030, driven by a $45 million milestone.', false],
    ['Sales increased by 50% from $60 million to $45 million in 2030.', true],
    // the direction word before "to A from B" and "from B to A"
    ['The broker lowered its price target to $41 from $37.', true],
    ['The broker lowered its price target to $33 from $37.', false],
    ['The bank raised its target on the shares from $58 to $52.', true],
    ['The bank raised its target on the shares from $58 to $64.', false],
    ['Operating costs increased to $14.2 million from $15.8 million in the prior year.', true],
    ['Operating costs increased to $17.2 million from $15.8 million in the prior year.', false],
    // the size of the change after a comma, before "from B to A"
    ['Operating costs rose 30 percent, from $4.8 million to $5.2 million.', true],
    ['Operating costs rose 8 percent, from $4.8 million to $5.2 million.', false],
    // two bare numbers are judged on the size stated, not on the direction alone (a score may fall as it improves)
    ['The mean bleeding rate fell 73 percent, from 4.16 to 1.52 events a year.', true],
    ['The mean bleeding rate fell 64 percent, from 4.16 to 1.52 events a year.', false],
    ['The mean symptom score improved from 24 to 12.', false],
    // German, Dutch, French: "von B auf A", "van B naar A", "de B à A"; a German verb may close the clause
    ['Der Verlust vergrößerte sich von 6,3 auf 5,1 Millionen Euro.', true],
    ['Der Verlust vergrößerte sich von 6,3 auf 8,1 Millionen Euro.', false],
    ['Die Kosten sind von 6,3 auf 5,1 Millionen Euro gestiegen.', true],
    // the verb at the clause's end as an infinitive after "werden" or a modal, or in reported speech ("steige", "sinke")
    ['Der Anteil der Stiftung werde damit von 31,40 auf 30,75 Prozent steigen.', true],
    ['Der Anteil der Stiftung werde damit von 31,40 auf 33,75 Prozent steigen.', false],
    ['Die Quote des Fonds sinke dadurch von 7,5 auf 8,5 Prozent.', true],
    ['Die Quote des Fonds sinke dadurch von 8,5 auf 7,5 Prozent.', false],
    ['Die Kosten sollen von 4,0 auf 4,6 Millionen Euro sinken.', true],
    // a noun of change, alone or closing a compound, before "to A (prior year: B)"; A may be a bound
    ['Die Firma erwartet einen Umsatzrückgang auf mindestens 3,40 (Vorjahr: 3,10) Milliarden Euro.', true],
    ['Die Firma erwartet einen Umsatzrückgang auf mindestens 2,80 (Vorjahr: 3,10) Milliarden Euro.', false],
    ['Die Firma erwartet einen Umsatzanstieg auf höchstens 2,80 (Vorjahr: 3,10) Milliarden Euro.', true],
    // a rise to at least A says nothing against A above the old figure, nor does a fall to at most A
    ['Die Firma erwartet einen Umsatzanstieg auf mindestens 2,80 (Vorjahr: 3,10) Milliarden Euro.', false],
    ['The company expects a decline to $3.4 billion (prior year: $3.1 billion).', true],
    // a German verb split in two: its root before the figures, its particle closing the clause
    ['Der Umsatz legte 2021 um 60 Prozent von 35 auf 49 Millionen Euro zu.', true],
    ['Der Umsatz legte 2021 um 40 Prozent von 35 auf 49 Millionen Euro zu.', false],
    ['Der Verlust ging von 4,2 auf 5,7 Millionen Euro zurück.', true],
    ['Der Verlust ging von 5,7 auf 4,2 Millionen Euro zurück.', false],
    // a particle that does not close the clause is a preposition, not half of the verb
    ['Der Umsatz legte von 35 auf 31 Millionen Euro zu Beginn des Jahres nach.', false],
    ['Het aandeel steeg van 71 procent naar 64 procent.', true],
    ['Het aandeel steeg van 71 procent naar 78 procent.', false],
    ['Le chiffre d\u2019affaires a baissé de 12,0 millions d\u2019euros à 14,5 millions d\u2019euros.', true],
    // "A, up from B" and "A, down 12 % from B"
    ['Gross proceeds were $88.0 million, up from a planned $95.0 million.', true],
    ['Gross proceeds were $98.0 million, up from a planned $95.0 million.', false],
    ['Quarterly sales were $27.0 million, down from $31.0 million.', false],
    // a percentage given with the direction is the relative change (or, for two percentages, the points)
    ['Product revenue was $62.0 million, up 31% from $50.0 million a year earlier.', true],
    ['Product revenue was $62.0 million, up 24% from $50.0 million a year earlier.', false],
    ['Net revenue rose 18% to $7.3 million from $5.8 million.', true],
    // the value compared with: "compared with B", or last period's in parentheses ("(B)", "(Vorjahr: B)")
    ['Net revenue rose 18% to $7.3 million, compared with $5.8 million a year earlier.', true],
    ['Net revenue rose 26% to $7.3 million, compared with $5.8 million a year earlier.', false],
    ['Der Umsatz stieg um 18 % auf 7,3 Mio. Euro (Vorjahr: 5,8 Mio. Euro).', true],
    ['Der Umsatz stieg um 26 % auf 7,3 Mio. Euro (Vorjahr: 5,8 Mio. Euro).', false],
    ['Nettoomsättningen ökade med 18 procent till 7,3 MSEK (5,8).', true],
    ['Nettoomsättningen ökade med 26 procent till 7,3 MSEK (5,8).', false],
    ['Nettoomsättningen minskade till 7,3 MSEK (5,8).', true],
    ['Net revenue rose 26% to $7.3 million from $5.8 million.', false],
    ['Uptake rose 4% to 27% from 23% of eligible patients.', false],
    // negated, a start at baseline, a loss turned into a profit: no change of one amount
    ['The company did not lower its target to $41 from $37.', false],
    ['Body weight decreased from baseline by 12% at week 20 to 15% at week 40.', false],
    ['Results improved and net income increased to $3.0 million from a loss of $9.0 million.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));

  it('says which way the figures went', () => {
    assert.deepEqual(found('The broker lowered its price target to $41 from $37.'), ['\u201clowered\u201d is not what the figures say: $37 to $41 is a rise.']);
    assert.deepEqual(found('Net revenue rose 18% to $7.3 million from $5.8 million.'), ['\u201c18%\u201d is not what the figures say: $5.8 million to $7.3 million is a change of +25.9 %.']);
  });
});

describe('claimed-ratio: a relative change against its standard', () => {
  const cases: [string, boolean][] = [
    // a comparative and its "than": lengths of time too, the figure compared in the sentence before
    ['Median survival was 9.0 months with tovarimab. This is 40% longer than the 7.5 months of the old arm.', true],
    ['Median survival was 9.0 months with tovarimab. This is 20% longer than the 7.5 months of the old arm.', false],
    ['Die Kosten lagen bei 3,0 Mio. EUR, 40 Prozent niedriger als die 4,0 Mio. EUR des Vorjahres.', true],
    // a premium or discount to the figure after it, against the nearest like figure before it
    ['The shares were priced at $9.00, a 35% discount to the last close of $12.00.', true],
    ['The shares were priced at $9.00, a 25% discount to the last close of $12.00.', false],
    // a hedged size, with a tenth of itself as room
    ['The shares were priced at $9.00, a discount of nearly 35% to the last close of $12.00.', true],
    ['The shares were priced at $9.00, a discount of about 27% to the last close of $12.00.', false],
    ['The buyer offers $15.60 a share, a premium of 40% over the $12.00 closing price.', true],
    ['The buyer offers $15.60 a share, a premium of 30% over the $12.00 closing price.', false],
    ['Sales reached $4.4 million, an increase of 35% compared with $3.5 million in 2019.', true],
    ['Sales reached $4.4 million, an increase of 26% compared with $3.5 million in 2019.', false],
    // the figure compared in the sentence before, when the claim's own has none before it
    ['Investors put $3.0 billion into the sector in the third quarter. That was a 20% decline from the $5.0 billion of the second.', true],
    ['Investors put $3.0 billion into the sector in the third quarter. That was a 40% decline from the $5.0 billion of the second.', false],
    // figures that lie the other way, or far apart, are not the pair meant
    ['The company raised $60 million in a placement at a 15% discount to the $12.00 close.', false],
    ['A rise of 40% over placebo was seen (28% vs 20%).', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claimed-ratio: a risk reduction far from the one hazard ratio of its sentence', () => {
  const long = (claim: string, hr: string) => `In the phase 3 study the combination ${claim} compared with chemotherapy alone, as the investigators told the annual meeting of the society in a late-breaking session on Sunday afternoon (median PFS 7.1 vs 4.2 months, HR ${hr}; p < 0.001).`;
  const cases: [string, boolean][] = [
    [long('cut the risk of progression or death by 45 percent', '0.65'), true],
    [long('cut the risk of progression or death by 35 percent', '0.65'), false],
    // a claim about another endpoint than the ratio's is not paired with it
    [long('cut the risk of death by 45 percent', '0.65'), false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claimed-ratio: multiples whose figures the sentence reaches in other ways', () => {
  const cases: [string, boolean][] = [
    // a multiple in words the recogniser read ("more than triple"), against the same endpoint in the sentence before
    ['An earlier agent reached an ORR of 9% in this setting. At 22%, more than triple that agent\u2019s rate, the new ORR still leaves room.', true],
    ['An earlier agent reached an ORR of 6% in this setting. At 22%, more than triple that agent\u2019s rate, the new ORR still leaves room.', false],
    // a threshold is no claim
    ['Erhöhungen der ALT auf mehr als das Dreifache des oberen Normwerts traten bei 5,1 Prozent gegenüber 2,0 Prozent auf.', false],
    // a comparative and a few words of description before the standard; the figure compared in the sentence before
    ['Sales reached $52.0 million in the second quarter. That is more than four times more than the already strong $17.0 million of the first.', true],
    ['Sales reached $72.0 million in the second quarter. That is more than four times more than the already strong $17.0 million of the first.', false],
    ['De omzet bedroeg 52,0 miljoen euro. Dat is ruim vier keer meer dan de al sterke 17,0 miljoen euro van vorig jaar.', true],
    // a sentence that names its own amount before the claim is not read against the sentence before
    ['Sales reached $52.0 million in the second quarter. With 40 new sites, that is four times more than the already strong $17.0 million of the first.', false],
    // a verb-final change: the two figures right before the multiple; a small count is exact
    ['Die Zahl der Projekte soll sich von drei auf fünf verdoppeln, teilte die Firma mit.', true],
    ['Die Zahl der Projekte soll sich von drei auf sechs verdoppeln, teilte die Firma mit.', false],
    ['Der Umsatz stieg von 12 auf 25 Millionen Euro, eine Verdopplung binnen eines Jahres.', false],
    ['Das mediane Überleben lag bei 11,2 Monaten gegenüber 4,9 Monaten, eine Verdreifachung.', true],
    // the claim names its new figure after "to", the old one is the one like figure before it
    ['The region counted about 41,000 cases in 2021, a number expected to triple to 72,000 by 2031.', true],
    ['The region counted about 41,000 cases in 2021, a number expected to triple to 125,000 by 2031.', false],
    // two candidates for the old figure: none is chosen
    ['The region counted 41,000 cases and 9,000 deaths in 2021; cases are expected to triple to 72,000 by 2031.', false],
    // "triple" as an adjective is no claim
    ['The triple combination reached an ORR of 40% vs 30% with the doublet.', false],
    // a multiple in digits, alone in its sentence, concludes from the sentence before
    ['At week 16, 60% of patients on tovarimab responded, compared with 15% on placebo. This is a 5-fold increase over placebo.', true],
    ['At week 16, 60% of patients on tovarimab responded, compared with 15% on placebo. This is a 4-fold increase over placebo.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claimed-ratio: a change named in the sentence after its comparison', () => {
  const cases: [string, boolean][] = [
    ['Operating costs were $6.1 million for the quarter, compared with $6.9 million a year earlier. The increase in operating costs reflects hiring.', true],
    ['Operating costs were $6.1 million for the quarter, compared with $5.2 million a year earlier. The increase in operating costs reflects hiring.', false],
    ['Die Kosten lagen bei 4,2 Millionen Euro gegenüber 3,6 Millionen Euro im Vorjahr. Der Rückgang der Kosten geht auf Einsparungen zurück.', true],
    // the change of another amount than the one compared
    ['Operating costs were $6.1 million for the quarter, compared with $6.9 million a year earlier. The increase in headcount reflects hiring.', false],
    // a profit against a loss, or a per-share amount against a total: no one quantity compared
    ['Net income was $2.0 million, compared with a loss of $4.0 million a year earlier. The increase in net income reflects sales.', false],
    ['Net loss was $9.0 million, or $0.31 per basic and diluted share, compared with $4.0 million a year earlier. The increase in net loss reflects trials.', false],
    // two lists set side by side by "respectively": their nearest two figures are no one amount compared
    ['Costs were $2.5 million and $8.0 million for the quarter and the year, respectively, compared to $5.0 million and $12.0 million in 2030. The decrease in costs reflects savings.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claimed-ratio: two groups compared in words against their figures', () => {
  const cases: [string, boolean][] = [
    // the first figure belongs to the group named first
    ['Headache was more frequent with the drug (6%) than with placebo (11%).', true],
    ['Headache was more frequent with the drug (11%) than with placebo (6%).', false],
    ['Headache was more frequent with the drug than with placebo (6% vs 11%).', true],
    ['Headache was more frequent with the drug than with placebo (11% vs 6%).', false],
    ['Median survival was shorter in arm A (14.2 months) than in arm B (11.9 months).', true],
    ['Kopfschmerzen traten unter dem Wirkstoff seltener auf als unter Placebo (11 % vs. 6 %).', true],
    // a bound, a relative claim and a negation are no comparison of two groups
    ['More than 40% of patients responded, and 25% had stable disease.', false],
    ['The rate was 20% higher than with placebo (30% vs 36%).', false],
    ['Headache was not more frequent with the drug than with placebo (6% vs 11%).', false],
    // "similar" against two figures of one endpoint far apart
    ['Similar proportions of patients had adverse events with the drug (52%) and placebo (27%).', true],
    ['Similar proportions of patients had adverse events with the drug (52%) and placebo (47%).', false],
    ['A similar population showed a median PFS of 6 months and a median OS of 13 months.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claimed-ratio: a change named after the pair it is between', () => {
  const cases: [string, boolean][] = [
    ['The yearly relapse rate was 3.8 and 1.4 before and after dosing, respectively, a reduction of 63%.', false],
    ['The yearly relapse rate was 3.8 and 1.4 before and after dosing, respectively, a reduction of 81%.', true],
    ['Product sales were $14.0 million and $21.0 million in the two years, an increase of 50%.', false],
    ['Product sales were $14.0 million and $21.0 million in the two years, an increase of 33%.', true],
    // two percentages: the change may be meant in points
    ['The dropout rate was 36% and 21%, a reduction of 15%.', false],
    ['The dropout rate was 36% and 21%, a reduction of 30%.', true],
    // a standard after the claim belongs to another reading; a percentage in between breaks the pair
    ['The rate was 3.8 and 1.4 in the two periods, 12% of them severe, a reduction of 81%.', false],
    // figures not joined as a pair
    ['The rate was 3.8 in the first period; later 1.4 was seen, a reduction of 81%.', false],
    // each figure named by its own arm, the arm's name in the join
    ['The annualized relapse rate was 0.20 with tovarimab and 0.30 with placebo, a 60% reduction.', true],
    ['The annualized relapse rate was 0.20 with tovarimab and 0.30 with placebo, a 33% reduction.', false],
    // the size with its verb, then the pair in brackets after the comparison
    ['Tovarimab reduced the annualized relapse rate by 60% compared with placebo (0.20 vs 0.30).', true],
    ['Tovarimab reduced the annualized relapse rate by 33% compared with placebo (0.20 vs 0.30).', false],
    ['Tovarimab raised the response rate by 80% compared with placebo (45% vs. 25%).', false],
    ['Tovarimab raised the response rate by 50% compared with placebo (45% vs. 25%).', true],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claimed-ratio: the size of a change before its pair, no word of direction read', () => {
  // each row: an invented sentence, and whether its claim is reported
  const cases: [string, boolean][] = [
    ['Im Jahr 2031 legte der Umsatz des Mittels um gut 120 Prozent von 40 Millionen auf 62 Millionen Euro z', true],
    ['Im Jahr 2031 legte der Umsatz des Mittels um gut 55 Prozent von 40 Millionen auf 62 Millionen Euro z', false],
    ['Licensing income changed by 40% from $20 million to $22 million.', true],
    ['Licensing income changed by 10% from $20 million to $22 million.', false],
    // a share not right before the origin is no size of this change
    ['By 2031, 40% of revenue came from royalties, from $20 million to $22 million.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('claimed-ratio: a multiple whose old figure is in the sentence before', () => {
  const cases: [string, boolean][] = [
    ['Analysts put the number of patients with the disease at approximately 41,000 in 2031. It is expected to triple to 70,500 by 2040.', true],
    ['Analysts put the number of patients with the disease at approximately 41,000 in 2031. It is expected to triple to 121,500 by 2040.', false],
    // two like figures before: which one is meant is not known
    ['Analysts count approximately 41,000 patients in the country and 20,000 patients in the region. It is expected to triple to 70,500 by 2040.', false],
    // another paragraph is not the claim's
    ['Analysts put the number of patients with the disease at approximately 41,000 in 2031.\n\nIt is expected to triple to 70,500 by 2040.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('claimed-ratio: "from A to B" read as one range is the pair of a change', () => {
  const cases: [string, boolean][] = [
    ['Royalty revenue increased 40% from $20 million to $22 million.', true],
    ['Royalty revenue increased 10% from $20 million to $22 million.', false],
    ['The response rate rose by 50% from 20% to 24%.', true],
    ['The response rate rose by 20% from 20% to 24%.', false],
    // a range that is no change: not judged
    ['The company expects revenue of $20 million to $22 million, 40% of it from royalties.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('claimed-ratio: a figure said to lie above or below another', () => {
  const cases: [string, boolean][] = [
    ['The company priced 4 million shares at $6.40 per share, below its last close of $5.90.', true],
    ['The company priced 4 million shares at $5.40 per share, below its last close of $5.90.', false],
    ['Zu konstanten Wechselkursen lag der Umsatz mit 311 Millionen Euro oberhalb der Prognose von mindestens 320 Millionen Euro.', true],
    ['Zu konstanten Wechselkursen lag der Umsatz mit 331 Millionen Euro oberhalb der Prognose von mindestens 320 Millionen Euro.', false],
    // a bound on the wrong side says nothing: above "at most 320"
    ['Sales of 311 million euros were above the forecast of at most 320 million euros.', false],
    // no link right before the standard, or a comparator word ("over 50 %"): not read
    ['Revenue of $12 million was below expectations, with $15 million expected.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('claimed-ratio: a percentage below or above a standard', () => {
  const cases: [string, boolean][] = [
    ['The shares were sold at $9.00, 40% below the $12.00 close.', true],
    ['The shares were sold at $9.00, 25% below the $12.00 close.', false],
    // the standard named by a noun, its figures in the next sentence of the paragraph
    ['Shares of Korvalis fell after it priced an offering nearly 35% under its last close. It sold 5 million shares at $6.00 each, below its Friday close of $7.00.', true],
    ['Shares of Korvalis fell after it priced an offering nearly 15% under its last close. It sold 5 million shares at $6.00 each, below its Friday close of $7.00.', false],
    // another noun: not the standard meant
    ['Shares of Korvalis fell after it priced an offering nearly 35% under its peak. It sold 5 million shares at $6.00 each, below its Friday close of $7.00.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('claimed-ratio: a multiple as a verb whose object names the standard', () => {
  const cases: [string, boolean][] = [
    ['Korvalis ended the year with cash of 610.0 million euros. This amount nearly tripled the company\'s cash position of 320.4 million euros a year earlier.', true],
    ['Korvalis ended the year with cash of 910.0 million euros. This amount nearly tripled the company\'s cash position of 320.4 million euros a year earlier.', false],
    // two like amounts in the sentence before: which one is meant is not known
    ['Korvalis ended the year with cash of 610.0 million euros and debt of 200.0 million euros. This amount nearly tripled the company\'s cash position of 320.4 million euros a year earlier.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('claimed-ratio: a comparative with "compared to" for its "than"', () => {
  const cases: [string, boolean][] = [
    ['More participants receiving velotamab stayed on study compared to those receiving placebo, with 48.2% of velotamab participants completing the trial compared to 55.0% of placebo participants.', true],
    ['More participants receiving velotamab stayed on study compared to those receiving placebo, with 58.2% of velotamab participants completing the trial compared to 55.0% of placebo participants.', false],
    ['Fewer patients on velotamab had a relapse compared with placebo (31% vs 24%).', true],
    ['Fewer patients on velotamab had a relapse compared with placebo (21% vs 24%).', false],
    // no word of comparison between the two rates: not set against each other
    ['More patients enrolled in the second part compared to the first, with 48.2% of them in Europe and 55.0% in Asia.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('claimed-ratio: a multiple compared with the figure the next sentence opens on', () => {
  const cases: [string, boolean][] = [
    ['Korvalis said its net assets more than doubled and ended the period at $36.0 million. This compares with $19.5 million a year earlier.', true],
    ['Korvalis said its net assets more than doubled and ended the period at $41.0 million. This compares with $19.5 million a year earlier.', false],
    ['Korvalis said its net assets more than doubled and ended the period at $36.0 million. In contrast to $19.5 million net assets a year earlier.', true],
    // a next sentence that opens on no word of comparison, or another paragraph: not the standard
    ['Korvalis said its net assets more than doubled and ended the period at $36.0 million. Debt stood at $19.5 million.', false],
    ['Korvalis said its net assets more than doubled and ended the period at $36.0 million.\n\nThis compares with $19.5 million a year earlier.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('claimed-ratio: more shapes of a stated change', () => {
  const cases: [string, boolean][] = [
    // a multiple before "from A to B" that the figure reader took as one range
    ['Licensing revenue doubled from $30.0 million to $45.0 million.', true],
    ['Licensing revenue doubled from $30.0 million to $61.0 million.', false],
    // a copula before "up"
    ['Licensing revenue of $45.0 million was up 80% from $30.0 million a year earlier.', true],
    ['Licensing revenue of $45.0 million was up 50% from $30.0 million a year earlier.', false],
    // Danish "mod" for "compared with"
    ['Omsætningen steg med 80 % til 45,0 mio. kr. mod 30,0 mio. kr. året før.', true],
    ['Omsætningen steg med 50 % til 45,0 mio. kr. mod 30,0 mio. kr. året før.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('claimed-ratio: a change as quarterly reports word it', () => {
  // each row: an invented paragraph, and whether its claim is reported
  const cases: [string, boolean][] = [
    // verbs of a steep rise or fall (comparisons.json)
    ['Product revenue tumbled 38% to $4.1 million from $9.7 million a year earlier.', true],
    ['Product revenue tumbled 58% to $4.1 million from $9.7 million a year earlier.', false],
    ['Licence income soared 150 percent to $8.0 million from $2.0 million.', true],
    ['Licence income soared 300 percent to $8.0 million from $2.0 million.', false],
    // a hedged size is judged with room: two points, or a fifth of its value
    ['Research spending rose about 35 percent to $5.4 million compared to $4.8 million a year ago.', true],
    ['Research spending rose about 13 percent to $5.4 million compared to $4.8 million a year ago.', false],
    ['Selling costs fell about 4 percent to $45.6 million from $48.2 million.', false],
    // the size in apposition after the pair
    ['Device sales declined to $170,000 from $250,000 a year ago, a 22 percent drop.', true],
    ['Device sales declined to $170,000 from $250,000 a year ago, a 32 percent drop.', false],
    // the size the sentence before states alone, for the pair the next sentence states without one
    ['Quarterly revenue increased 45 percent year over year. Revenue reached $6.8 million, up from $3.4 million a year ago.', true],
    ['Quarterly revenue increased 100 percent year over year. Revenue reached $6.8 million, up from $3.4 million a year ago.', false],
    // a lead paragraph of that one sentence carries into the next paragraph's first sentence; a longer paragraph does not
    ['Quarterly revenue increased 45 percent year over year.\n\nRevenue reached $6.8 million, up from $3.4 million a year ago.', true],
    ['The firm filed its report. Quarterly revenue increased 45 percent year over year.\n\nRevenue reached $6.8 million, up from $3.4 million a year ago.', false],
    // an amount converted in brackets right after the new figure is the same amount
    ['Revenue reached C$5.4 million (US$4.0 million), up 50 percent from C$2.7 million.', true],
    ['Revenue reached C$5.4 million (US$4.0 million), up 100 percent from C$2.7 million.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claimed-ratio: a share\'s first day against its offering price', () => {
  const cases: [string, boolean][] = [
    ['Zelbo Bio priced its initial public offering at $15 per share. On its first day of trading the stock closed at $21.00, up 80 percent.', true],
    ['Zelbo Bio priced its initial public offering at $15 per share. On its first day of trading the stock closed at $21.00, up 40 percent.', false],
    ['Zelbo Bio launched its IPO of 5 million shares at $12 per share. In early trade the stock was up about 30 percent at $20.50.', true],
    ['Zelbo Bio launched its IPO of 5 million shares at $12 per share. In early trade the stock was up about 65 percent at $20.50.', false],
    ['Zelbo Bio debuted on the exchange after pricing its IPO at $10 a share. Its shares fell 10 percent to $8.00.', true],
    ['Zelbo Bio debuted on the exchange after pricing its IPO at $10 a share. Its shares fell 20 percent to $8.00.', false],
    // another reference named, or no first day: the move may be from any other price
    ['Zelbo Bio priced its initial public offering at $15 per share. On its first day of trading the stock closed at $21.00, up 10 percent from the previous close.', false],
    ['Zelbo Bio, which priced its initial public offering at $15 per share in May, saw the stock rise 12 percent to $25.00 after the data.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});
