import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

/**
 * General readings of the release's own date and of dates that move or bound a period, each in several invented
 * wordings and languages: each row says whether date-inconsistent must fire, and on which text.
 */
const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'date-inconsistent');

const ROWS: { kind: string; text: string; at?: string }[] = [
  // the release's date in the shapes a wire or a web page gives it
  { kind: 'stamp with seconds, Swedish', text: 'ACME: RESULTAT I LINJE MED PLAN\n\n2027-08-25 08:10:48\n\nSTOCKHOLM (Direkt) Acme Bio har rekryterat 300 patienter. En fas 2-studie beräknas starta under det första kvartalet 2027.', at: 'första kvartalet 2027' },
  { kind: 'stamp with seconds, English', text: 'Acme Bio update\n2027-08-25 14:02:11\nAcme Bio said the read-out is expected in the first quarter of 2027.', at: 'first quarter of 2027' },
  { kind: 'British ordinal day', text: 'Acme Bio update\n5th Mar 2027 09:18\nLONDON - Acme Bio said it expects the read-out in the fourth quarter of 2026.', at: 'fourth quarter of 2026' },
  { kind: 'British ordinal day, month in full', text: 'Acme Bio update\n21st September 2027\nAcme Bio said the study will start in the first half of 2027.', at: 'first half of 2027' },
  { kind: 'opening date without a comma', text: 'On March 11, 2027 Acme Bio announced that the offering will close in January 2027.', at: 'January 2027' },
  { kind: 'opening date, a ticker after the company', text: 'On October 29, 2027 Acme Bio Inc. (NASDAQ: ACME) reported that the trial will complete in March 2027.', at: 'March 2027' },
  { kind: 'News vom, German label', text: 'Acme-News Meldung vom 10.08.2027\nAcme Bio AG: Halbjahr\nDie Studie soll im März 2027 beginnen.', at: 'März 2027' },
  { kind: 'wire name and a dash after the date', text: 'October 3, 2027 Acme Wire National \u2014 Acme Bio expects to price its offering in June 2027.', at: 'June 2027' },
  { kind: 'report title range is no dateline', text: 'Interim report 1 July 2027 – 30 September 2027\n\n27 October 2027\n\nThe permit was granted 10 November 2027.', at: '10 November 2027' },
  { kind: 'date alone on its line, soft-wrapped', text: 'Jul 1 2027\nAcme Bio announced that it expects enrolment to close in May 2027, with results in the first quarter of 2028.', at: 'May 2027' },
  // the tense of a date in a clause of several dates, read in its stretch between commas
  { kind: 'plan in a clause of two dates', text: 'OAKTOWN, July 1, 2027 – Acme Bio said that it expects the trial to complete in March 2027, with data in the first half of 2028.', at: 'March 2027' },
  { kind: 'plan in a clause of two dates, German', text: 'LINDAU, 1. Juli 2027 – Acme Bio erwartet den Abschluss der Studie im März 2027, mit Daten im ersten Halbjahr 2028.', at: 'März 2027' },
  // future words beyond 'will'
  { kind: 'should', text: 'OAKTOWN, July 1, 2027 – If all goes to plan, the acquisition should close in the first quarter of 2027.', at: 'first quarter of 2027' },
  { kind: 'forecasts', text: 'OAKTOWN, July 1, 2027 – Acme Bio forecasts the read-out of the trial in the first quarter of 2027.', at: 'first quarter of 2027' },
  { kind: 'hope, Swedish', text: 'VÄXJÖ, 1 juli 2027 – "Vår förhoppning är att kunna avsluta rekryteringen under 2026", skriver vd.', at: '2026' },
  { kind: 'beräknas, a relative clause after', text: 'VÄXJÖ, 1 juli 2027 – En fas 2-studie beräknas starta under det första kvartalet 2027 där AB-101 kombineras med standardbehandling.', at: 'första kvartalet 2027' },
  { kind: 'beregnes, Danish', text: 'VEJLE, 1. juli 2027 – Studiet beregnes at starte i første kvartal 2027.', at: 'første kvartal 2027' },
  { kind: 'plant, German plan verb', text: 'LINDAU, 9. Dezember 2027 – Acme Bio plant die Markteinführung von AB-101 für das erste Halbjahr 2027.', at: 'erste Halbjahr 2027' },
  { kind: 'aims to', text: 'OAKTOWN, July 1, 2027 – Acme Bio aims to complete enrolment in March 2027.', at: 'March 2027' },
  { kind: 'tiene previsto, Spanish', text: 'MADRID, 1 de julio de 2027 – Acme Bio tiene previsto iniciar el ensayo en marzo de 2027.', at: 'marzo de 2027' },
  // a day right after its verb needs no preposition
  { kind: 'done, no preposition, Swedish', text: 'VÄXJÖ, 27 oktober 2027 – Ansökan har godkänts och tillstånd meddelades 10 november 2027.', at: '10 november 2027' },
  { kind: 'done, no preposition, English', text: 'OAKTOWN, October 27, 2027 – The application was approved November 10, 2027, the company said.', at: 'November 10, 2027' },
  { kind: 'German perfect, done after the release', text: 'LINDAU, 10. März 2027 – Die Acme Bio AG hat am 24. März 2027 mit Investoren eine Vereinbarung geschlossen.', at: '24. März 2027' },
  { kind: 'German zu-participle, planned before a done event', text: 'Die Einzelheiten stehen im voraussichtlich am 05.03.2027 zu veröffentlichenden Angebot. Die Acme Bio AG hat am 24.03.2027 mit Investoren eine Vereinbarung geschlossen.', at: '24.03.2027' },
  // a period whose end is written without its year
  { kind: 'end without its year, Danish', text: 'Delårsrapport for perioden 1. april 2027 til 31. marts, hvor Acme Bio øgede salget med 7%.', at: '31. marts' },
  { kind: 'end without its year, English', text: 'The report covers the period from 1 October 2027 to 30 June, when revenue rose 7%.', at: '30 June' },
  { kind: 'end without its year, German', text: 'Der Bericht umfasst den Zeitraum vom 1. September 2027 bis 31. Mai, in dem der Umsatz stieg.', at: '31. Mai' },
  // a date an extension moves later, set before the date it replaces
  { kind: 'extended to an earlier day', text: 'The offer, previously scheduled to expire on Nov. 9, 2027, has been extended until 5:00 p.m. on Nov. 6, 2027.', at: 'Nov. 6, 2027' },
  { kind: 'postponed to an earlier month', text: 'The read-out, planned for June 2027, was postponed to March 2027.', at: 'March 2027' },
  { kind: 'verschoben', text: 'Die Hauptversammlung vom 20. Juni 2027 wurde auf den 2. Juni 2027 verschoben.', at: '2. Juni 2027' },
  { kind: 'extended from ... to', text: 'The subscription period was extended from 30 June 2027 to 15 June 2027.', at: '15 June 2027' },
  // a report on a period, dated before its end
  { kind: 'results for the period, Danish', text: 'VEJLE, 18. maj 2027 – Acme Bio A/S meddeler et regnskabsmæssigt resultat for perioden 1. januar – 31. marts 2028, som forventet.', at: '18. maj 2027' },
  { kind: 'results for the period, English', text: 'OAKTOWN, May 18, 2027 – Acme Bio reports results for the period January 1 – March 31, 2028.', at: 'May 18, 2027' },
  // a drug's sales dated before its first approval
  { kind: 'sales before the first approvals', text: 'Zantorib is sold by Acme Bio. Zantorib gained its first approvals in big markets in 2026. The drug brought in USD 50 million of sales for 2024, a filing shows.', at: '2026' },
  { kind: 'net sales of the drug named', text: 'AB-101 received its first approval in 2027. In 2025, net sales of AB-101 reached $12 million.', at: '2027' },
  { kind: 'Erstzulassung and Umsatz', text: 'Zantorib erhielt die Erstzulassung im Jahr 2026. Das Medikament erzielte im Jahr 2024 einen Umsatz von 40 Mio. Euro.', at: '2026' },
  // clean: none of these may fire
  { kind: 'clean: sales after the first approval', text: 'Zantorib received its first approval in 2023. The drug generated $50 million in sales for 2024.' },
  { kind: 'clean: one region\'s first approval', text: 'Zantorib received its first US approval in 2026. The drug generated $50 million in sales for 2024.' },
  { kind: 'clean: one region\'s first approval, German', text: 'Zantorib erhielt die europäische Erstzulassung im Jahr 2026. Das Medikament erzielte im Jahr 2024 einen Umsatz von 40 Mio. Euro.' },
  { kind: 'clean: a company\'s revenue, not sales', text: 'Zantorib received its first approval in 2026. Acme Bio reported revenue of $50 million for 2024.' },
  { kind: 'clean: another drug\'s sales', text: 'AB-101 received its first approval in 2026. Sales of AB-202 reached $50 million in 2024.' },
  { kind: 'clean: sales expected', text: 'Zantorib received its first approval in 2026. The drug is expected to generate $50 million in sales in 2027.' },

  { kind: 'clean: stamp with seconds, plan after it', text: 'ACME: RESULTAT\n\n2027-08-25 08:10:48\n\nEn fas 2-studie beräknas starta under det första kvartalet 2028.' },
  { kind: 'clean: British ordinal, plan after it', text: 'Acme Bio update\n5th Mar 2027 09:18\nAcme Bio said it expects the read-out in the fourth quarter of 2027.' },
  { kind: 'clean: a date and capitals mid-line are no wire name', text: 'The trial began on March 3, 2026 Part A \u2014 dose escalation \u2014 and will report in March 2027. Acme Bio said so on May 4, 2027.' },
  { kind: 'clean: report title, done before its date', text: 'Interim report 1 July 2027 – 30 September 2027\n\n27 October 2027\n\nThe permit was granted 10 August 2027.' },
  { kind: 'clean: two dates, the plan later', text: 'OAKTOWN, July 1, 2027 – Acme Bio said that it expects the trial to complete in March 2028, with data in the first half of 2029.' },
  { kind: 'clean: two dates, the earlier one done', text: 'OAKTOWN, July 1, 2027 – Acme Bio, which completed enrolment in March 2027, expects data in the first half of 2028.' },
  { kind: 'clean: the plant, a noun', text: 'OAKTOWN, July 1, 2027 – Income was booked on the sale of the plant in April 2027.' },
  { kind: 'clean: ursprünglich, an old plan restated', text: 'LINDAU, 9. Dezember 2027 – Acme Bio plant die Markteinführung, ursprünglich für das erste Halbjahr 2027 vorgesehen, nun für 2028.' },
  { kind: 'clean: plant, later', text: 'LINDAU, 9. Dezember 2027 – Acme Bio plant die Markteinführung von AB-101 für das erste Halbjahr 2028.' },
  { kind: 'clean: German perfect, before the release', text: 'LINDAU, 10. März 2027 – Die Acme Bio AG hat am 24. Februar 2027 mit Investoren eine Vereinbarung geschlossen.' },
  { kind: 'clean: German, the offer after the agreement', text: 'Die Einzelheiten stehen im voraussichtlich am 05.04.2027 zu veröffentlichenden Angebot. Die Acme Bio AG hat am 24.03.2027 mit Investoren eine Vereinbarung geschlossen.' },
  { kind: 'clean: should have', text: 'OAKTOWN, July 1, 2027 – The acquisition should have closed in the first quarter of 2027, analysts said.' },
  { kind: 'clean: should, later', text: 'OAKTOWN, July 1, 2027 – The acquisition should close in the third quarter of 2027.' },
  { kind: 'clean: hope, later', text: 'VÄXJÖ, 1 juli 2027 – "Vår förhoppning är att kunna avsluta rekryteringen under 2028", skriver vd.' },
  { kind: 'clean: done, no preposition, before', text: 'VÄXJÖ, 27 oktober 2027 – Ansökan har godkänts och tillstånd meddelades 10 augusti 2027.' },
  { kind: 'clean: end without its year, same year', text: 'Delårsrapport for perioden 1. januar 2027 til 31. marts, hvor Acme Bio øgede salget med 7%.' },
  { kind: 'clean: end without its year, over New Year', text: 'The site was closed from December 20, 2027 to January 5. Work then resumed.' },
  { kind: 'clean: extended to a later day', text: 'The offer, previously scheduled to expire on Nov. 9, 2027, has been extended until 5:00 p.m. on Nov. 16, 2027.' },
  { kind: 'clean: postponed to a later month', text: 'The read-out, planned for March 2027, was postponed to June 2027.' },
  { kind: 'clean: extended, an unrelated earlier date', text: 'Since March 2027 the offer has been extended until June 2027.' },
  { kind: 'clean: results for the period, after it', text: 'VEJLE, 18. maj 2027 – Acme Bio A/S meddeler et regnskabsmæssigt resultat for perioden 1. januar – 31. marts 2027, som forventet.' },
];

describe('date-inconsistent: general readings (release date shapes, tense in several dates, moved dates, periods)', () => {
  for (const row of ROWS) {
    it(`${row.at ? 'fires' : 'stays silent'}: ${row.kind}`, () => {
      const fs = found(row.text);
      if (!row.at) { assert.deepEqual(fs.map(f => `${row.text.slice(f.start, f.end)}: ${f.message}`), []); return; }
      assert.ok(fs.some(f => row.text.slice(f.start, f.end) === row.at), `expected a finding on "${row.at}", got ${JSON.stringify(fs.map(f => row.text.slice(f.start, f.end) + ': ' + f.message))}`);
    });
  }
});
