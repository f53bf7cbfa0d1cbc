import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

/** Invented sentences: each row says whether date-inconsistent must fire, and on which text. */
const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'date-inconsistent');
const EN = 'OAKTOWN, July 14, 2027 \u2013 ';
const DE = 'LINDAU, 14. Juli 2027 \u2013 ';
const SV = 'VÄXJÖ, 14 juli 2027 \u2013 ';
const DA = 'VEJLE, 14. juli 2027 \u2013 ';
const FR = 'NIORT, le 14 juillet 2027 \u2013 ';

const ROWS: { kind: string; text: string; at?: string }[] = [
  // one event dated twice
  { kind: 'first approval twice', text: `${EN}Zantorib received its first approval in February 2027. The first approval, granted in February 2026, covered gout.`, at: 'February 2026' },
  { kind: 'first approval twice, table row', text: `${EN}Zantorib won its initial gout approval in February 2027.\nFirst Approval\nFebruary 2026 \u2013 gout`, at: 'February 2026' },
  { kind: 'Erstzulassung twice', text: `${DE}Die Erstzulassung erfolgte im Februar 2027. Seit der Erstzulassung im Februar 2026 wuchs der Umsatz.`, at: 'Februar 2026' },
  { kind: 'one approval twice', text: `${EN}The FDA approved zantolimab for gout in March 2026. Sales grew. Zantolimab was approved by the FDA for gout in March 2025.`, at: 'March 2025' },
  { kind: 'header and dateline', text: 'July 9, 2027\nRegulatory\nOAKTOWN \u2013 14 July 2027 \u2013 Acme Bio today published its half-year report.', at: '14 July 2027' },
  { kind: 'header and dateline, Swedish', text: '9 juli 2027 Regulatorisk\nVäxjö \u2013 14 juli 2027 \u2013 Acme Bio har idag publicerat sin halvårsrapport.', at: '14 juli 2027' },
  // an order the text asserts
  { kind: 'after', text: `${EN}Sales began in March 2027, after approval by the agency in April 2027.`, at: 'April 2027' },
  { kind: 'prior to', text: `${EN}The agreement was executed in May 2016, prior to the upfront payment received in March 2016.`, at: 'March 2016' },
  { kind: 'following', text: `${EN}The upfront payment was booked in March 2016 following the agreement executed in May 2016.`, at: 'May 2016' },
  { kind: 'opening following', text: `${EN}Following approval in May 2027, the drug was launched in March 2027.`, at: 'March 2027' },
  { kind: 'before', text: `${EN}The company filed the application in March 2027, before the read-out of the trial in January 2027.`, at: 'January 2027' },
  { kind: 'nach', text: `${DE}Der Umsatz stieg im März 2027 nach der Zulassung im April 2027.`, at: 'April 2027' },
  { kind: 'efter', text: `${SV}Försäljningen startade i mars 2027 efter godkännandet i april 2027.`, at: 'april 2027' },
  { kind: 'efter, Danish', text: `${DA}Salget startede i marts 2027 efter godkendelsen i april 2027.`, at: 'april 2027' },
  { kind: 'après', text: `${FR}Les ventes ont commencé en mars 2027 après l'approbation en avril 2027.`, at: 'avril 2027' },
  { kind: 'initial and revised proposal', text: `${EN}The initial proposal of June 9, 2026 was rejected. The revised proposal of March 2, 2026 values Acme at $12 a share.`, at: 'March 2, 2026' },
  { kind: 'ursprüngliche und aktualisierte Prognose', text: `${DE}Die ursprüngliche Prognose vom Mai 2026 sah Wachstum vor. Die aktualisierte Prognose vom Februar 2026 sieht mehr vor.`, at: 'Februar 2026' },
  { kind: 'ursprungliga och reviderade budet', text: `${SV}Det ursprungliga budet från maj 2026 avvisades. Det reviderade budet från februari 2026 värderar bolaget högre.`, at: 'februari 2026' },
  { kind: 'began and completed', text: `${EN}The study began in May 2026 and was completed in March 2026.`, at: 'March 2026' },
  // periods
  { kind: 'period ends before it starts', text: `${EN}The report covers the period 1 October 2026 to 30 September 2026.`, at: '30 September 2026' },
  { kind: 'Zeitraum vom ... bis', text: `${DE}Der Berichtszeitraum vom 1. Oktober 2026 bis 30. September 2026 wird geprüft.`, at: '30. September 2026' },
  { kind: 'du ... au', text: `${FR}La période du 1er octobre 2026 au 30 septembre 2026 est couverte.`, at: '30 septembre 2026' },
  // durations, weekdays, quarters, tense
  { kind: 'history longer than the company', text: `${EN}Founded in 2019, Acme Bio builds on its 15-year history in gout.`, at: '15' },
  { kind: 'Geschichte', text: `${DE}Die 2019 gegründete Acme Bio blickt auf ihre 15-jährige Geschichte zurück.`, at: '15' },
  { kind: 'historia', text: `${SV}Acme Bio, grundat 2019, firar sin 15-åriga historia.`, at: '15' },
  { kind: 'weekday', text: `${EN}Enrollment was completed on Thursday, June 9, 2027.`, at: 'June 9, 2027' },
  { kind: 'weekday, Swedish definite', text: `${SV}Rekryteringen avslutades torsdagen den 9 juni 2027.`, at: '9 juni 2027' },
  { kind: 'quarter and month', text: `${EN}Revenue in Q1 2027 (May 2027) rose 12%.`, at: 'May 2027' },
  { kind: 'Quartal und Monat', text: `${DE}Der Umsatz im ersten Quartal 2027 (Mai 2027) stieg um 12 %.`, at: 'Mai 2027' },
  { kind: 'presented after the release', text: `${EN}The company presented the data at a congress in October 2027.`, at: 'October 2027' },
  { kind: 'raised after the release', text: `${EN}The company raised $60 million in September 2027.`, at: 'September 2027' },
  { kind: 'future before the release', text: `${EN}The data will be presented at a congress in May 2027.`, at: 'May 2027' },
  // clean: none of these may fire
  { kind: 'clean: first approval once', text: `${EN}Zantorib received its first approval in February 2027. The first approval, granted in February 2027, covered gout.` },
  { kind: 'clean: first approvals by two agencies', text: `${EN}Zantorib received its first approval by the FDA in February 2027. Its first approval by the EMA came in February 2026.` },
  { kind: 'clean: one approval, a month and its day', text: `${EN}The FDA approved zantolimab for gout in March 2026. Zantolimab was approved by the FDA for gout on March 12, 2026.` },
  { kind: 'clean: approvals for two indications', text: `${EN}The FDA approved zantolimab for gout in March 2026. The FDA approved zantolimab for lupus in March 2027.` },
  { kind: 'clean: accelerated, then full approval', text: `${EN}The FDA granted accelerated approval to zantolimab for gout in March 2025. The FDA granted full approval to zantolimab for gout in March 2027.` },
  { kind: 'clean: versions in order', text: `${EN}The initial proposal of June 9, 2026 was rejected. The revised proposal of March 2, 2027 values Acme at $12 a share.` },
  { kind: 'clean: two trials\' data', text: `${EN}Initial data from the ACM-2 trial in March 2027 were positive. Updated data from the ACM-1 trial in January 2027 were too.` },
  { kind: 'clean: after in order', text: `${EN}Sales began in May 2027, after approval by the agency in April 2027.` },
  { kind: 'clean: before in order', text: `${EN}The company filed the application in March 2027, before the read-out of the trial in May 2027.` },
  { kind: 'clean: a time, not an event', text: `${EN}Revenue in 2026 compared with the period before 2020.` },
  { kind: 'clean: negated', text: `${EN}The drug was launched in 2026, not before the approval in 2027.` },
  { kind: 'clean: a date moved', text: `${EN}The read-out was moved to March 2027 after the delay in May 2027.` },
  { kind: 'clean: since, then following', text: `${EN}Funding since the founding in 2019 reached $90 million, following a Series A in 2022.` },
  { kind: 'clean: two trials', text: `${EN}Acme began the second trial in 2027, having completed the first in 2026.` },
  { kind: 'clean: history that fits', text: `${EN}Founded in 2007, Acme Bio builds on its 20-year history in gout.` },
  { kind: 'clean: another history', text: `${EN}Acme Bio was founded in 2019. The drug builds on the 100-year history of insulin.` },
  { kind: 'clean: weekday right', text: `${EN}Enrollment was completed on Wednesday, June 9, 2027.` },
  { kind: 'clean: quarter holds the month', text: `${EN}Revenue in Q2 2027 (May 2027) rose 12%.` },
  { kind: 'clean: header a day off', text: 'July 13, 2027\nRegulatory\nOAKTOWN \u2013 14 July 2027 \u2013 Acme Bio today published its half-year report.' },
  { kind: 'clean: to be presented', text: `${EN}The data, to be presented at a congress in October 2027, show a benefit.` },
  { kind: 'clean: period in order', text: `${DE}Der Berichtszeitraum vom 1. Oktober 2026 bis 30. September 2027 wird geprüft.` },
  // the release's own date in the shapes beyond the newswire's dash (dates.json datelineShapes)
  { kind: 'dateline: a label and a dash', text: 'Acme Bio reports data\n\nNews - Jul. 14, 2027\n\nAcme Bio completed enrollment in the trial in September 2027.', at: 'September 2027' },
  { kind: 'dateline: an abbreviated weekday', text: 'Thu. Jul 15th, 2027\n\nAcme Bio completed enrollment in the trial in September 2027.', at: 'September 2027' },
  { kind: 'dateline: separators', text: 'OAKTOWN, CA | July 14, 2027 | Acme Bio completed enrollment in the trial in September 2027.', at: 'September 2027' },
  { kind: 'dateline: separators flattened to I', text: 'OAKTOWN, CA I July 14, 2027 I Acme Bio completed enrollment in the trial in September 2027.', at: 'September 2027' },
  { kind: 'dateline: a letter\u2019s dating', text: 'Niort, le 14 juillet 2027\n\nAcme Bio a annonc\u00e9 ses r\u00e9sultats. The company completed enrollment in the trial in September 2027.', at: 'September 2027' },
  { kind: 'dateline: a first sentence dating its announcement', text: 'On July 14, 2027, Acme Bio, Inc. announced data from its trial. The company completed enrollment in the trial in September 2027.', at: 'September 2027' },
  { kind: 'clean: a date in a heading with words after it', text: 'Conference call on July 14, 2027 at noon\n\nAcme Bio completed enrollment in the trial in September 2027.' },
  { kind: 'clean: a date that opens a sentence without an announcement', text: 'On July 14, 2027, the trial began. Acme Bio completed enrollment in the trial in September 2027.' },
];

describe('date-inconsistent readings (invented text)', () => {
  for (const row of ROWS) {
    it(row.kind, () => {
      const fs = found(row.text);
      if (row.at === undefined) { assert.deepEqual(fs.map(f => f.message), []); return; }
      assert.equal(fs.length, 1, `expected one finding, got ${JSON.stringify(fs.map(f => f.message))}`);
      assert.equal(row.text.slice(fs[0].start, fs[0].end), row.at);
    });
  }
  it('keeps a German ordinal date in its sentence', () => {
    const { model } = analyzeText(`${DE}Die Frist endet am 3. März 2027. Danach folgt die Prüfung.`);
    assert.equal(model.sentences.filter(s => model.text.slice(s.start, s.end).includes('3. März 2027')).length, 1);
  });
});
