/**
 * Table-driven tests for the entity readings of issue 14 added after the first round, each from
 * invented sentences: companies known by what the text says of them (a descriptor, a corporate
 * verb, a listing, a definition, shares) and never a person or a common word; names written with
 * "&" or initials; a company's mention without its legal form; endpoints across therapeutic areas
 * and languages, without the statistic before them, and never as an adjective; adverse-event terms
 * flagged as such; diseases written as compounds and in other languages; an indication with its
 * biomarker's long name; a bispecific's two targets; brands from the lexicon across areas and
 * brands marked as trade marks; code names in other languages' drug context or beside the medicine
 * they are combined with; protocol numbers as trials, and trials named beside a registry id or by
 * what a trial does.
 */
import { strict as assert } from 'assert';
import { analyzeText, builtinLexicon } from '../../server/src/analysis';
import { mentionTable } from '../helpers';

const table = mentionTable;

table('companies known by what the text says of them', 'company', [
  ['Quorvane on Tuesday presented interim data in lymphoma.', ['Quorvane']],
  ['Brellix said Wednesday that enrolment is complete.', ['Brellix']],
  ['Trial succeeds in adults, Brellix says\n\nMore to follow.', ['Brellix']],
  ['Tamsorin Announces Positive Topline Data', ['Tamsorin']],
  ['Shares in Tamsorin jumped 40 % after the readout.', ['Tamsorin']],
  ['Pelmora (NASDAQ: PLMR) priced its offering.', ['Pelmora']],
  ['(ASX: CVT; NASDAQ: CVTX) ("Corvantis" or "the Company") develops vaccines.', ['Corvantis']],
  ['Resultatene fra selskapet Nordvika er lovende.', ['Nordvika']],
  ['The drugmaker Halvern plans a filing.', ['Halvern']],
  // the name found once is the company wherever the document names it again
  ['Quorvane announced results. Later, Quorvane will host a call.', ['Quorvane', 'Quorvane']],
]);

table('a company named by its form after a common noun the lexicon knows', 'company', [
  // "Mesothelin" is a target's common noun; with a corporate form it names the company, and so does the short form after it
  ['Mesothelin Pharmaceuticals, Inc. signed a deal. Mesothelin will receive $5 million.', ['Mesothelin Pharmaceuticals', 'Mesothelin']],
  ['Mesothelin is a cell-surface protein.', []],
]);

table('the target stays a target where no company of that name is defined', 'target', [
  ['Mesothelin Pharmaceuticals, Inc. signed a deal. Mesothelin will receive $5 million.', []],
  ['Antibodies against mesothelin are in trials.', ['mesothelin']],
]);

table('persons, places, regulators and common words are no companies', 'company', [
  ['Jane Doe said Wednesday that the trial was positive.', []],
  ['Smith presented the data at the meeting.', []],
  ['Thus shares in the sector rose.', []],
  ['The FDA announced a decision in May.', []],
  ['Investors in biotech IPOs were cautious.', []],
  ['Canada reported more cases.', []],
  ['The HexaFold\u00ae platform makes antibodies.', []],
  // a common word capitalised to open a sentence, written in lower case elsewhere in the paragraph
  ['Volunteers received two doses. Most volunteers tolerated them.', []],
]);

table('company names with an ampersand or initials, and without their legal form', 'company', [
  ['Johnson & Johnson and H.C. Wainwright were named.', ['Johnson & Johnson', 'H.C. Wainwright']],
  ['Merck & Co. and JPMorgan advised on the deal.', ['Merck & Co.', 'JPMorgan']],
  ['Telvaro Therapeutics, Inc. licensed the asset.', ['Telvaro Therapeutics']],
  ['Marlowe Biolabs Co., Ltd. and Ostrava Pharma A/S signed the deal.', ['Marlowe Biolabs', 'Ostrava Pharma']],
  ['Helmsley BioPharma Corp. said so.', ['Helmsley BioPharma']],
  ['YaoTherapeutics will co-develop it.', ['YaoTherapeutics']],
  ['The BioPharma sector is large.', []],
]);

table('endpoints across therapeutic areas and languages, without the statistic before them', 'endpoint', [
  ['Median overall survival was 14.2 months.', ['overall survival']],
  ['The mean weight loss was 12 % at week 68.', ['weight loss']],
  ['HbA1c fell by 1.8 points and time in range rose.', ['HbA1c', 'time in range']],
  ['LDL-C dropped by 55 % and blood pressure by 8 mmHg.', ['LDL-C', 'blood pressure']],
  ['The annualized joint bleeding rate was 0.4.', ['annualized joint bleeding rate']],
  ['Patients reached PASI 90 and ACR50 by week 16.', ['PASI 90', 'ACR50']],
  ['Corticosteroid-free remission and endoscopic healing were reached.', ['Corticosteroid-free remission', 'endoscopic healing']],
  ['HAM-D total score and CDR-SB both improved.', ['HAM-D total score', 'CDR-SB']],
  ['Time to first severe exacerbation was longer.', ['Time to first severe exacerbation']],
  ['HAI titers rose fourfold.', ['HAI titers']],
  ['Das mediane Gesamt\u00fcberleben betrug 20 Monate.', ['Gesamt\u00fcberleben']],
  ['La survie sans progression \u00e9tait de 9 mois.', ['survie sans progression']],
  ['Una risposta completa \u00e8 stata osservata.', ['risposta completa']],
  ['Totalt 12 pasienter oppn\u00e5dde progresjonsfri overlevelse.', ['progresjonsfri overlevelse']],
]);

table('an endpoint written as an adjective names no outcome', 'endpoint', [
  ['The weight-loss pill market is growing.', []],
  ['It is the third weight-loss deal this year.', []],
  ['Weight-loss was 12 % at week 40.', ['Weight-loss']],
]);

describe('adverse-event terms are flagged in the lexicon', () => {
  const lexicon = builtinLexicon();
  for (const [name, flagged] of [['TRAE', true], ['CRS', true], ['ICANS', true], ['SAE', true], ['ORR', false], ['HbA1c', false]] as const) {
    it(`${name}: ${flagged ? 'an adverse-event term' : 'an endpoint'}`, () => assert.equal(lexicon.endpoints.get(name)?.adverseEvent === true, flagged));
  }
});

table('diseases written as compounds, and in other languages', 'indication', [
  ['Das Mittel wirkt gegen Lungenkrebs und Hodgkin-Lymphom.', ['Lungenkrebs', 'Hodgkin-Lymphom']],
  ['L\u00e4kemedlet mot pankreascancer \u00e4r lovande.', ['pankreascancer']],
  ['Pasienter med kneskjellkreft ble behandlet.', ['kneskjellkreft']],
  ['Anticancer research continues at the cancer centre.', []],
  ['Die Krebsforschung w\u00e4chst.', []],
  ['Covid-19 cases fell while Herzinsuffizienz rose.', ['Covid-19', 'Herzinsuffizienz']],
  ['Il carcinoma basocellulare \u00e8 frequente.', ['carcinoma basocellulare']],
]);

table('brands marked as trade marks where a drug is spoken of', 'drug', [
  ['The trade name is Velmora(R) for the treatment of adults. Velmora was approved.', ['Velmora', 'Velmora']],
  ['Trelvia\u00ae is indicated for adults with asthma.', ['Trelvia']],
  ['Acme Biotech\u00ae announced data.', []],
]);

table('brands across therapeutic areas, and vaccines by their own names', 'drug', [
  ['Sales of Ozempic, Eliquis and Dupixent rose.', ['Ozempic', 'Eliquis', 'Dupixent']],
  ['Ixiaro protects against Japanese encephalitis.', ['Ixiaro']],
  ['A Japanese encephalitis vaccine is a vaccine, not a named medicine.', []],
]);

table('code names where another language speaks of a drug', 'drug', [
  ['The first-in-class radioenhancer QZTRX3 was injected in patients.', ['QZTRX3']],
  ['Die Patienten wurden mit QZF13 plus NK-Zellen behandelt.', ['QZF13']],
  ['Median OS was 7.3 months in both arms.', []],
  ['ZQ1 plus nivolumab was given every three weeks.', ['ZQ1', 'nivolumab']],
  ['Tidligere fikk pasientene ZQ1-vaksinen.', ['ZQ1']],
  ['Grade ZQ1 was recorded.', []],
]);

table('the targets of a bispecific written with a glued x', 'target', [
  ['Zelbotamab (a CD3xCD20 bispecific) was dosed.', ['CD3', 'CD20']],
  ['A PD-1xVEGF antibody and an EGFR\u00d7HER3 one.', ['PD-1', 'VEGF', 'EGFR', 'HER3']],
  ['Maxwell expanded the trial.', []],
]);

table('an indication takes in its biomarker\u2019s long name and status', 'indication', [
  ['Adults with human epidermal growth factor receptor 2-negative (HER2-) breast cancer were enrolled.',
    ['human epidermal growth factor receptor 2-negative (HER2-) breast cancer']],
  ['Adults with human epidermal growth factor receptor 2 (HER2)-negative breast cancer were enrolled.',
    ['human epidermal growth factor receptor 2 (HER2)-negative breast cancer']],
  ['Locally advanced or metastatic hormone-receptor positive (HR+) breast cancer is common.',
    ['Locally advanced or metastatic hormone-receptor positive (HR+) breast cancer']],
]);

table('protocol numbers where a study is spoken of', 'trial', [
  ['Results of the QX112-303 study were positive.', ['QX112-303']],
  ['Enrolment in the pivotal QX-3111-212 trial is complete.', ['QX-3111-212']],
  ['Catalogue part QX-3111-212 shipped in May.', []],
  ['In the Phase III clinical trial, HARMONIX-2 or QX112-303, the drug won.', ['HARMONIX-2', 'QX112-303']],
  ['It was studied in Study QX-3111-212 (KESTREL; NCT03332017), an open-label trial.', ['QX-3111-212', 'KESTREL', 'NCT03332017']],
  ['A Phase 2 trial (MARLOWE STUDY 1, NCT03975907) ran in China.', ['MARLOWE STUDY 1', 'NCT03975907']],
  ['Results were strong.\n\nOSPREY was conducted across 45 sites.', ['OSPREY']],
  ['ZOLVEX showed activity in mice.', []],
  ['ACME ANNOUNCES RESULTS', []],
  ['The Phase 2 trial is ongoing.', []],
]);

describe('a code in parentheses after a list of drugs names the whole, not the last drug', () => {
  const names = (text: string) => analyzeText(text).model.entities.filter(e => e.kind === 'drug').map(e => `${e.text}=${e.name}`);
  it('keeps the code its own name after a combination', () => {
    assert.deepEqual(names('Acme tested zelbotamab with carboplatin and paclitaxel (ACM-021) in 40 patients.'),
      ['zelbotamab=zelbotamab', 'carboplatin=carboplatin', 'paclitaxel=paclitaxel', 'ACM-021=ACM-021']);
  });
  it('still reads a code right after one drug as its alias', () => {
    assert.deepEqual(names('Acme tested zelbotamab (ACM-021) in 40 patients.'), ['zelbotamab=zelbotamab', 'ACM-021=zelbotamab']);
  });
});
