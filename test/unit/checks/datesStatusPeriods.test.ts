import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

/**
 * A period whose ends are stated by verbs, a state dated after the release that states it, a second dating of the
 * release by a letter's dating with "today" after it, a saying verb that dates the saying, and an English ordinal day
 * before a month: invented sentences, each row saying whether date-inconsistent fires and on which text.
 */
const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'date-inconsistent');

const ROWS: { kind: string; text: string; at?: string }[] = [
  // a period's ends stated by verbs
  { kind: 'starts ... and ends, English', text: 'The subscription period for the Acme Bio rights offering starts on 12 May 2026 and ends on 5 May 2026.', at: '5 May 2026' },
  { kind: 'begins ... and closes, months', text: 'The tender offer for Beta Bio begins in October 2026 and closes in August 2026.', at: 'August 2026' },
  { kind: 'verb before, no year, German', text: 'Die Bezugsfrist für die neuen Aktien der Acme Bio AG beginnt am 12. Mai und endet am 5. Mai.', at: '5. Mai' },
  { kind: 'verb-final, German', text: 'Acme Bio bietet neue Aktien an, deren Bezugsfrist am 12. Mai 2026 beginnt und am 5. Mai 2026 endet.', at: '5. Mai 2026' },
  { kind: 'French', text: 'La période de souscription débute le 12 mai 2026 et se termine le 5 mai 2026.', at: '5 mai 2026' },
  { kind: 'Spanish', text: 'El periodo de suscripción comienza el 12 de mayo de 2026 y termina el 5 de mayo de 2026.', at: '5 de mayo de 2026' },
  { kind: 'Swedish', text: 'Teckningsperioden startar den 12 maj 2026 och slutar den 5 maj 2026.', at: '5 maj 2026' },
  { kind: 'a modal between', text: 'The offer period opens on 12 May 2026 and is set to end on 5 May 2026.', at: '5 May 2026' },
  { kind: 'negative: in order', text: 'The subscription period starts on 12 May 2026 and ends on 25 May 2026.' },
  { kind: 'negative: a second subject', text: 'The Acme-2 trial started in May 2026 and the older Acme-1 study ended in March 2026.' },
  { kind: 'negative: across the new year, no year', text: 'The offer period begins on December 20 and ends on January 5.' },
  { kind: 'negative: a date moved', text: 'The offer period starts on 12 May 2026 and now ends on 5 May 2026 after it was postponed.' },
  // ranges joined by the words of more languages
  { kind: 'vom ... bis zum', text: 'Die Studie von Acme Bio lief vom 1. Mai 2026 bis zum 1. März 2026.', at: '1. März 2026' },
  { kind: 'entre ... y', text: 'El estudio de Acme Bio se realizó entre mayo de 2026 y marzo de 2025.', at: 'marzo de 2025' },
  { kind: 'desde ... hasta', text: 'El estudio de Acme Bio se realizó desde mayo de 2026 hasta marzo de 2025.', at: 'marzo de 2025' },
  { kind: 'negative: vom ... bis zum in order', text: 'Die Studie von Acme Bio lief vom 1. März 2026 bis zum 1. Mai 2026.' },
  { kind: 'negative: entre ... y in order', text: 'El estudio de Acme Bio se realizó entre mayo de 2025 y marzo de 2026.' },
  { kind: 'negative: two dates joined by y, no range', text: 'Acme Bio y Beta Bio firmaron en mayo de 2026 y marzo de 2025 dos acuerdos.' },
  // a state dated after the release
  { kind: 'as of, cash', text: 'OAKTOWN, March 3, 2026 – Acme Bio reported cash of $40 million as of March 31, 2026.', at: 'March 31, 2026' },
  { kind: 'as of a close, no year', text: 'OAKTOWN, March 3, 2026 – As of 5th March close, Acme Bio shares traded at $4.10.', at: '5th March' },
  { kind: 'zum, German month end', text: 'LINDAU, 3. März 2026 – Die Bilanzsumme der Acme Bio AG erhöhte sich zum 31. März 2026 auf 20,9 Mio. Euro.', at: '31. März 2026' },
  { kind: 'au, French month end', text: 'OAKVILLE, le 3 mars 2026 – Au 31 mars 2026, Acme Bio compte 57 collaborateurs.', at: '31 mars 2026' },
  { kind: 'negative: a forecast', text: 'OAKTOWN, March 3, 2026 – Acme Bio expects cash of $30 million as of December 31, 2026.' },
  { kind: 'negative: effective', text: 'OAKTOWN, March 3, 2026 – The price of AB-101 falls to $40 per pack, effective as of April 30, 2026.' },
  { kind: 'negative: a change day, not a month end', text: 'LINDAU, 3. März 2026 – Acme Bio senkt den Preis um 10 % zum 1. April 2026.' },
  { kind: 'negative: the end of a period', text: 'OAKVILLE, le 3 mars 2026 – Du 1er janvier au 30 juin 2026, Acme Bio investit 5 millions d\'euros.' },
  { kind: 'negative: before the release', text: 'OAKTOWN, March 3, 2026 – Acme Bio reported cash of $40 million as of December 31, 2025.' },
  // the release dated twice: a header's label and a letter's dating with "today"
  { kind: 'header label and a dating with heute', text: 'Acme-News vom 10.08.2026\nAcme Bio AG: Halbjahr\n\nLindau, 14. August 2026. Die Acme Bio AG hat heute ihren Halbjahresbericht veröffentlicht.', at: '14. August 2026' },
  { kind: 'negative: header and dating agree', text: 'Acme-News vom 10.08.2026\nAcme Bio AG: Halbjahr\n\nLindau, 10. August 2026. Die Acme Bio AG hat heute ihren Halbjahresbericht veröffentlicht.' },
  // steps of one offering, deal or filing in their order
  { kind: 'offering closed before its pricing', text: 'OAKTOWN, March 3, 2026 – Acme Bio announced the pricing of its public offering on February 27, 2026. The offering closed on February 20, 2026.', at: 'February 20, 2026' },
  { kind: 'merger completed before its agreement', text: 'OAKTOWN, March 3, 2026 – Acme Bio entered into a merger agreement with Beta Bio on January 10, 2026. The merger was completed on December 15, 2025.', at: 'December 15, 2025' },
  { kind: 'merger completed before its agreement, German', text: 'LINDAU, 3. März 2026 – Die Acme Bio AG hat am 10. Januar 2026 mit der Beta Bio AG den Fusionsvertrag unterzeichnet. Die Fusion wurde am 15. Dezember 2025 vollzogen.', at: '15. Dezember 2025' },
  { kind: 'NDA accepted before its submission', text: 'OAKTOWN, March 3, 2026 – Acme Bio submitted its NDA for AB-101 in May 2025. The FDA accepted the NDA for review in March 2025.', at: 'March 2025' },
  { kind: 'negative: in order', text: 'OAKTOWN, March 3, 2026 – Acme Bio priced its offering on February 27, 2026. The offering closed on March 2, 2026.' },
  { kind: 'prospectus filed after the offering closed, days without a year', text: 'OAKTOWN, 01/22/2026 – Acme Bio announced on 14th January the completion of its public offering. The offering came on the back of the 17th January prospectus being filed by the company.', at: '17th January' },
  { kind: 'negative: a final prospectus supplement after the closing', text: 'OAKTOWN, 01/22/2026 – Acme Bio announced on 14th January the completion of its public offering. A final prospectus supplement was filed on 15th January.' },
  { kind: 'negative: the prospectus before the closing', text: 'OAKTOWN, 01/22/2026 – Acme Bio announced on 14th January the completion of its public offering. The offering came on the back of the 10th January prospectus being filed by the company.' },
  { kind: 'delisted before the tender offer expired', text: 'The tender offer for Beta Bio expired as scheduled on February 9, 2026. The shares of Beta Bio ceased to trade on the Nasdaq on February 8, 2026.', at: 'February 8, 2026' },
  { kind: 'negative: delisted after the offer expired', text: 'The tender offer for Beta Bio expired as scheduled on February 9, 2026. The shares of Beta Bio ceased to trade on the Nasdaq on February 10, 2026.' },
  { kind: 'negative: another company delisted', text: 'The tender offer for Beta Bio expired on February 9, 2026. The shares of Gamma Bio were delisted on January 8, 2026.' },
  { kind: 'negative: a planned closing before its words', text: 'Acme Bio priced its offering on February 27, 2026. Acme Bio expects that the offering closed on February 20, 2026 will be followed by another.' },
  { kind: 'negative: another offering years before', text: 'OAKTOWN, March 3, 2026 – Acme Bio completed its initial public offering in February 2021. In January 2026, Acme Bio priced a follow-on offering of $50 million.' },
  { kind: 'negative: another deal with another party', text: 'OAKTOWN, March 3, 2026 – Acme Bio completed its acquisition of Beta Bio in May 2025. In January 2026, Acme Bio entered into a merger agreement with Gamma Bio.' },
  { kind: 'negative: another company\'s offering', text: 'OAKTOWN, March 3, 2026 – Acme Bio priced its offering on February 27, 2026. The offering of Beta Bio closed on February 20, 2026.' },
  { kind: 'negative: another drug\'s filing', text: 'OAKTOWN, March 3, 2026 – Acme Bio submitted an NDA for AB-101 in May 2025. The FDA accepted the NDA for AB-202 in March 2025.' },
  // a length between two dated events of one sentence
  { kind: 'days after', text: 'Acme Bio closed the offering on March 10, 2026, five days after it was priced on March 3, 2026.', at: 'five days' },
  { kind: 'months after', text: 'The FDA approved AB-101 on June 20, 2026, six months after the BLA was accepted on March 1, 2026.', at: 'six months' },
  { kind: 'years later', text: 'The study began in March 2024; two years later, in March 2025, the last patient completed treatment.', at: 'two years' },
  { kind: 'Tage nach, a particle before the comma', text: 'Die Acme Bio AG schloss die Platzierung am 10. März 2026 ab, fünf Tage nach der Preisfestsetzung am 3. März 2026.', at: 'fünf Tage' },
  { kind: 'negative: days that fit', text: 'Acme Bio closed the offering on March 10, 2026, seven days after it was priced on March 3, 2026.' },
  { kind: 'negative: months that fit, month dates', text: 'The FDA approved AB-101 in September 2026, six months after the BLA was accepted in March 2026.' },
  { kind: 'negative: years later that fit', text: 'The study began in March 2024; two years later, in March 2026, the last patient completed treatment.' },
  { kind: 'negative: a hedged length', text: 'The FDA approved AB-101 on June 20, 2026, about six months after the BLA was accepted on March 1, 2026.' },
  { kind: 'negative: business days', text: 'Acme closed the deal on March 10, 2026, five business days after signing on March 3, 2026.' },
  { kind: 'negative: a length after no date', text: 'Patients enrolled between January 2024 and March 2025 were followed for 12 months after the last dose.' },
  { kind: 'negative: 18 months that fit, the length before', text: 'In May 2026, 18 months after the first patient was dosed in November 2024, Acme reported topline data.' },
  // the tense of a clause in more languages: done after the release, or to come before it
  { kind: 'German passive past, verb-final', text: 'LINDAU, 3. März 2026 – Die Zulassung für AB-101 wurde im Mai 2026 erteilt.', at: 'Mai 2026' },
  { kind: 'French passé composé', text: 'OAKVILLE, le 3 mars 2026 – Acme Bio a obtenu l\'autorisation pour AB-101 en mai 2026.', at: 'mai 2026' },
  { kind: 'French future', text: 'OAKVILLE, le 3 mars 2026 – Acme Bio présentera les résultats de l\'essai en janvier 2026.', at: 'janvier 2026' },
  { kind: 'Spanish future', text: 'MADRID, 3 de marzo de 2026 – Acme Bio presentará los resultados del ensayo en enero de 2026.', at: 'enero de 2026' },
  { kind: 'Norwegian past', text: 'OSLO, 3. mars 2026 – Acme Bio fullførte rekrutteringen til studien i mai 2026.', at: 'mai 2026' },
  { kind: 'negative: German passive past before the release', text: 'LINDAU, 3. März 2026 – Die Zulassung für AB-101 wurde im Januar 2026 erteilt.' },
  { kind: 'negative: French future after the release', text: 'OAKVILLE, le 3 mars 2026 – Acme Bio présentera les résultats de l\'essai en juin 2026.' },
  { kind: 'negative: Spanish future after the release', text: 'MADRID, 3 de marzo de 2026 – Acme Bio presentará los resultados del ensayo en junio de 2026.' },
  { kind: 'went, an irregular past', text: 'OAKTOWN, March 3, 2026 – Acme Bio, which went public in 2027, is based in Oaktown.', at: '2027' },
  { kind: 'came, an irregular past', text: 'OAKTOWN, March 3, 2026 – The approval of AB-101 came in May 2026 after a priority review.', at: 'May 2026' },
  { kind: 'negative: went, before the release', text: 'OAKTOWN, March 3, 2026 – Acme Bio, which went public in 2021, is based in Oaktown.' },
  { kind: 'negative: to come, a plan', text: 'OAKTOWN, March 3, 2026 – Acme Bio expects the trial to run through 2027 and the results to come in 2028.' },
  { kind: 'negative: Norwegian past before the release', text: 'OSLO, 3. mars 2026 – Acme Bio fullførte rekrutteringen til studien i januar 2026.' },
  // one drug's deadline dated twice
  { kind: 'PDUFA date twice', text: 'OAKTOWN, March 3, 2026 – The FDA set a PDUFA target action date of June 30, 2026. The FDA is expected to decide on AB-101 by its PDUFA date of July 31, 2026.', at: 'July 31, 2026' },
  { kind: 'PDUFA-Datum twice, German', text: 'LINDAU, 3. März 2026 – Die FDA hat als PDUFA-Datum den 30. Juni 2026 festgelegt. Das PDUFA-Datum ist der 31. Juli 2026.', at: '31. Juli 2026' },
  { kind: 'negative: the same date restated', text: 'OAKTOWN, March 3, 2026 – The FDA set a PDUFA target action date of June 30, 2026 for AB-101. The PDUFA date of June 30, 2026 remains unchanged.' },
  { kind: 'negative: an extended deadline', text: 'OAKTOWN, March 3, 2026 – The FDA extended the PDUFA date for AB-101 to July 31, 2026. The original PDUFA date was April 30, 2026.' },
  { kind: 'negative: two drugs', text: 'OAKTOWN, March 3, 2026 – The FDA set a PDUFA date of June 30, 2026 for AB-101. The PDUFA date for AB-202 is July 31, 2026.' },
  { kind: 'negative: two deadlines in one sentence', text: 'OAKTOWN, March 3, 2026 – The PDUFA dates are June 30, 2026 for AB-101 and July 31, 2026 for AB-202.' },
  // one meeting dated twice
  { kind: 'conference call twice', text: 'OAKTOWN, March 3, 2026 – Acme Bio will host a conference call on March 10, 2026 at 8:00 a.m. ET. Investors may join the conference call on March 12, 2026 by telephone.', at: 'March 12, 2026' },
  { kind: 'Hauptversammlung twice', text: 'LINDAU, 3. März 2026 – Die ordentliche Hauptversammlung der Acme Bio AG findet am 14. Mai 2026 statt. Die Einladung zur Hauptversammlung am 16. Mai 2026 wird veröffentlicht.', at: '16. Mai 2026' },
  { kind: 'negative: the same day again', text: 'OAKTOWN, March 3, 2026 – Acme Bio will host a conference call on March 10, 2026 at 8:00 a.m. ET. The conference call on March 10, 2026 will be webcast.' },
  { kind: 'negative: a record date', text: 'OAKTOWN, March 3, 2026 – Acme Bio\'s annual general meeting will be held on May 14, 2026. The record date for the annual general meeting is April 1, 2026.' },
  { kind: 'negative: a replay', text: 'OAKTOWN, March 3, 2026 – Acme Bio will host a conference call on March 10, 2026. A replay of the conference call will be available on March 24, 2026.' },
  { kind: 'negative: a moved meeting', text: 'OAKTOWN, March 3, 2026 – The annual meeting, originally planned for May 14, 2026, will be held on May 21, 2026.' },
  { kind: 'negative: two companies\' calls', text: 'OAKTOWN, March 3, 2026 – Acme Bio will host a conference call on March 10, 2026. Beta Bio will host a conference call on March 12, 2026.' },
  // a weekday the date does not fall on (5 March 2026 is a Thursday)
  { kind: 'weekday before a bracketed date', text: 'Acme Bio will host its call on Wednesday (March 5, 2026).', at: 'March 5, 2026' },
  { kind: 'Finnish weekday, essive', text: 'Acme Bio pitää yhtiökokouksen keskiviikkona 5.3.2026.', at: '5.3.2026' },
  { kind: 'negative: the right weekday, bracketed', text: 'Acme Bio will host its call on Thursday (March 5, 2026).' },
  { kind: 'negative: the right weekday, Finnish', text: 'Acme Bio pitää yhtiökokouksen torstaina 5.3.2026.' },
  // the release's own day and period
  { kind: 'today, another day', text: 'OAKTOWN, March 3, 2026 – Acme Bio will host a conference call today, March 5, 2026, at 8:00 a.m. ET.', at: 'March 5, 2026' },
  { kind: 'heute, another day', text: 'LINDAU, 3. März 2026 – Die Acme Bio AG lädt heute, am 5. März 2026, zur Telefonkonferenz.', at: '5. März 2026' },
  { kind: 'negative: today, the same day', text: 'OAKTOWN, March 3, 2026 – Acme Bio will host a conference call today, Tuesday, March 3, 2026, at 8:00 a.m. ET.' },
  { kind: 'negative: a periodical named Today', text: 'OAKTOWN, March 3, 2026 – Acme Bio was profiled in a trade journal (see Acme Weekly Today, January 16, 2026).' },
  { kind: 'title quarter, another quarter ended', text: 'Acme Bio Reports Third Quarter 2025 Financial Results\n\nOAKTOWN, November 3, 2025 – Acme Bio today reported results for the three months ended June 30, 2025.', at: 'June 30, 2025' },
  { kind: 'title full year, another year ended', text: 'Acme Bio Reports Full Year 2025 Financial Results\n\nOAKTOWN, March 3, 2026 – Acme Bio today reported results for the year ended December 31, 2024.', at: 'December 31, 2024' },
  { kind: 'negative: a fiscal year', text: 'Acme Bio Reports Fiscal 2026 First Quarter Results\n\nOAKTOWN, November 3, 2025 – Acme Bio today reported results for the three months ended September 30, 2025.' },
  { kind: 'negative: the quarter and its year-ago comparison', text: 'Acme Bio Reports Third Quarter 2025 Financial Results\n\nOAKTOWN, November 3, 2025 – Acme Bio today reported results for the three months ended September 30, 2025, compared to the three months ended September 30, 2024.' },
  { kind: 'negative: a 52-week quarter', text: 'Acme Bio Reports Third Quarter 2025 Financial Results\n\nOAKTOWN, November 3, 2025 – Acme Bio today reported results for the three months ended September 28, 2025.' },
  // a verb of saying after the future's clause dates the saying
  { kind: 'negative: the company said on a day before', text: '05.03.2026 - Acme Bio news\n\nAcme Bio will open a plant in Oaktown, the company said in a notice on Friday 27th February.' },
  { kind: 'future clause with no saying', text: '05.03.2026 - Acme Bio news\n\nAcme Bio will open a plant in Oaktown on 27th February.', at: '27th February' },
];

describe('date-inconsistent: periods by verbs, states after the release, a second dating', () => {
  for (const row of ROWS) {
    it(`${row.at ? 'fires' : 'stays silent'}: ${row.kind}`, () => {
      const fs = found(row.text);
      if (row.at) assert.ok(fs.some(f => row.text.slice(f.start, f.end).includes(row.at!)), `expected a finding on ${row.at}: ${JSON.stringify(fs.map(f => [row.text.slice(f.start, f.end), f.message]))}`);
      else assert.deepEqual(fs.map(f => f.message), []);
    });
  }

  it('reads an English ordinal day before a month as a date', () => {
    const dates = analyzeText('The notice was filed on 21st January and the offer on 3rd February 2026.').model.entities
      .filter(e => e.kind === 'figure' && (e as { figureKind?: string }).figureKind === 'date').map(e => (e as { iso?: string }).iso);
    assert.deepEqual(dates, ['--01-21', '2026-02-03']);
  });
});
