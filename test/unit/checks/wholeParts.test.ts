/**
 * impossible-value: a part of a whole above 100 %, read from a word right beside the percentage
 * that makes it one (a stake, a share, an ejection fraction, data maturity, "owns ... of"), in the
 * languages the word lists hold. Growth and comparisons with a target are never parts of a whole.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'impossible-value');

describe('impossible-value: a part of a whole above 100 %', () => {
  // each row: an invented sentence, and whether a part of a whole above 100 % is reported
  const cases: [string, boolean][] = [
    ['Acme will receive a 120 % equity stake in Beta Bio.', true],
    ['The analysis was run at 130% data maturity.', true],
    ['Patients had a left ventricular ejection fraction of at least 140 %.', true],
    ['Die Patienten hatten eine Auswurfleistung von mindestens 140 Prozent.', true],
    ['Gamma Holding owns about 115 % of Delta Bio.', true],
    ['Stiftelsen ejer 130 pct. af aktierne.', true],
    ['Acme holds a stake of 105% in the venture.', true],
    // the verb of owning in its -ing form, a bound before the share
    ['After the swap Gamma Capital ended up holding more than 112 percent of Delta Bio.', true],
    ['After the swap Gamma Capital ended up holding more than 12 percent of Delta Bio.', false],
    ['Funds owning about 130 % of Delta Bio voted for the deal.', true],
    ['Het aandeel van 112 procent is opmerkelijk.', true],
    // a German adjective of the percentage before the noun of the whole
    ['Gamma übernimmt eine 120-prozentige Beteiligung an Delta Bio.', true],
    ['Gamma übernimmt eine 20-prozentige Beteiligung an Delta Bio.', false],
    // a share of people with their modifiers between ("of the evaluable patients")
    ['Responders made up 120% of the evaluable patients.', true],
    ['Responders made up 60% of the evaluable patients.', false],
    // parts of a whole at or under 100 %
    ['Acme will receive a 20 % equity stake in Beta Bio.', false],
    ['Gamma Holding owns about 15 % of Delta Bio.', false],
    // growth and targets are no parts
    ['Revenue rose 120 % to $40 million.', false],
    ['Enrolment reached 115 % of target.', false],
    ['The stake rose by 150 % over the year.', false],
    ['Shares of Acme rose 130 % after the data.', false],
    // a share named before a change from one percentage to another stays a part at both ends
    ['The share of insured patients rose from 58 % to 117 % by the end of June.', true],
    ['De marktaandeel van het middel in 4.500 klinieken steeg van 41 procent naar 108 procent.', true],
    ['Der Anteil der behandelten Patienten stieg von 30 Prozent auf 45 Prozent.', false],
    // no share named: a level, not a part
    ['Enrolment rose from 60 % to 115 % of target.', false],
    ['The share price rose from 40 % to 130 % of the offer price.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('impossible-value: a fall of more than 100 %', () => {
  // each row: an invented sentence, and whether a fall below nothing is reported
  const cases: [string, boolean][] = [
    ['Sales of the legacy test fell by 135 % in the quarter.', true],
    ['Der Umsatz mit Schnelltests brach dagegen um 140 Prozent ein.', true],
    ['Omsætningen faldt med 125 pct. i første halvår.', true],
    ['The company reported a 150 % decline in product revenue.', true],
    // the direction after the size
    ['Die Aktie der Gamma AG ging am Montag 130 Prozent nach unten.', true],
    ['Gamma shares closed 110% lower on Friday.', true],
    ['Gamma shares closed 11% lower on Friday.', false],
    // falls of up to 100 %
    ['Sales of the legacy test fell by 35 % in the quarter.', false],
    ['Der Umsatz mit Schnelltests brach dagegen um 40 Prozent ein.', false],
    // a figure that is where the fall ends or starts, not its size
    ['Enrolment dropped to 110 % of the planned rate.', false],
    ['Der Wert ging auf 120 Prozent zurück.', false],
    // quantities that can turn negative
    ['Net income fell 150 % to a loss of $3 million.', false],
    ['Das Konzernergebnis sank um 180 Prozent.', false],
    // rises are growth
    ['Sales of the new test rose by 135 % in the quarter.', false],
    // a risk named as what fell, its words of what it is a risk of between, whatever else the clause names
    ['The results showed that AB-101 reduced the risk of relapse or death by a striking 140 %.', true],
    ['AB-101 lowered the relative risk of a first stroke by about 115 %.', true],
    ['Die Behandlung senkte das Risiko einer Progression um 130 Prozent.', true],
    ['AB-101 reduced the risk of relapse or death by 40 %.', false],
    // a risk that rose, or one where the figure is the fall's end
    ['AB-101 raised the risk of relapse by 140 %.', false],
    ['AB-101 reduced the risk of relapse to 120 % of the control rate.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
