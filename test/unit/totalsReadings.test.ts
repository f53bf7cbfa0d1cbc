import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';

// General readings of the totals check, each shape in invented variants (other wordings, other
// languages), positives and negatives: a row [text, expected totals findings].
const totals = (text: string) => analyzeText(text).findings.filter(f => f.code === 'totals').map(f => f.code);
const table = (rows: [string, string[]][]) => {
  for (const [text, expected] of rows) it(`${expected.length ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 140))}`, () => assert.deepEqual(totals(text), expected));
};

describe('totals: a sum written "approximately" is judged within its rounding', () => {
  table([
    ['Acme Bio paid approximately $8.1 million, consisting of approximately $0.4 million in cash and approximately $7.2 million of common stock.', ['totals']],
    ['Acme Bio paid approximately $8.1 million, consisting of approximately $0.4 million in cash and approximately $7.7 million of common stock.', []],
    ['The upfront expense totaled about $12.5 million, comprising about $2.0 million in cash and about $9.0 million in shares.', ['totals']],
    ['The upfront expense totaled about $12.5 million, comprising about $2.0 million in cash and about $10.4 million in shares.', []],
    ['Acme Bio will receive approximately EUR 30 million, consisting of EUR 20 million upfront and EUR 12 million in research funding.', []],
    ['Acme Bio will receive approximately EUR 30 million, consisting of EUR 20 million upfront and EUR 16 million in research funding.', ['totals']],
    ['Die Erlöse von rund 7,5 Mio. Euro setzen sich zusammen aus Lizenzerlösen von 4,1 Mio. Euro und Produkterlösen von 2,2 Mio. Euro.', ['totals']],
    ['Die Erlöse von rund 7,5 Mio. Euro setzen sich zusammen aus Lizenzerlösen von 4,1 Mio. Euro und Produkterlösen von 3,4 Mio. Euro.', []],
  ]);
});

describe('totals: a part may carry its own words and a restatement before the next', () => {
  table([
    ['Acme Bio recorded consideration totaling $11.4 million, including $6.8 million in cash, $0.1 million in transaction costs paid in cash and 1,000,000 shares of its stock, or $4.9 million.', ['totals']],
    ['Acme Bio recorded consideration totaling $11.4 million, including $6.8 million in cash, $0.1 million in transaction costs paid in cash and 1,000,000 shares of its stock, or $4.5 million.', []],
    ['The purchase price of $20.0 million comprised $12.0 million paid in cash at the closing of the transaction and 500,000 ordinary shares valued at $9.0 million.', ['totals']],
    ['The purchase price of $20.0 million comprised $12.0 million paid in cash at the closing of the transaction and 500,000 ordinary shares valued at $8.0 million.', []],
  ]);
});

describe('totals: response categories counted in number words of the document\u2019s language', () => {
  table([
    ['Of the 12 evaluable patients, six had a partial response, four had stable disease and three had progressive disease.', ['totals']],
    ['Of the 12 evaluable patients, six had a partial response, four had stable disease and two had progressive disease.', []],
    ['Von den 12 auswertbaren Patienten hatten sechs ein partielles Ansprechen, vier eine stabile Erkrankung und drei eine progrediente Erkrankung. Die Studie läuft weiter und wird in der Klinik fortgesetzt.', ['totals']],
    ['Von den 12 auswertbaren Patienten hatten sechs ein partielles Ansprechen, vier eine stabile Erkrankung und zwei eine progrediente Erkrankung. Die Studie läuft weiter und wird in der Klinik fortgesetzt.', []],
    ['Parmi les 12 patients évaluables, six ont eu une réponse partielle, quatre une maladie stable et trois une progression de la maladie. Les résultats sont présentés par la société.', ['totals']],
    ['Parmi les 12 patients évaluables, six ont eu une réponse partielle, quatre une maladie stable et deux une progression de la maladie. Les résultats sont présentés par la société.', []],
    ['Av 12 utvärderbara patienter hade sex partiell respons, fyra stabil sjukdom och tre progressiv sjukdom. Studien fortsätter och resultaten presenteras av bolaget.', ['totals']],
    ['Av 12 utvärderbara patienter hade sex partiell respons, fyra stabil sjukdom och två progressiv sjukdom. Studien fortsätter och resultaten presenteras av bolaget.', []],
    ['Af de 12 evaluerbare patienter havde seks delvis respons, fire stabil sygdom og tre progressiv sygdom. Studiet fortsætter, og resultaterne fremlægges af selskabet.', ['totals']],
    ['Yhteensä 12 arvioitavasta potilaasta kuudella oli osittainen vaste, neljällä stabiili tauti ja kolmella taudin eteneminen. Tutkimus jatkuu ja yhtiö raportoi tuloksista myöhemmin.', ['totals']],
    // an article that also means "one" is no count: "ein", "une", "en" before a category
    ['Von den 12 auswertbaren Patienten hatte einer ein partielles Ansprechen und elf eine stabile Erkrankung. Die Studie läuft weiter und wird in der Klinik fortgesetzt.', []],
    ['Av 12 utvärderbara patienter hade en partiell respons och elva stabil sjukdom. Studien fortsätter och resultaten presenteras av bolaget.', []],
  ]);
});

describe('totals: arms placed after a phrase and ", with"; a later part leaving its noun out', () => {
  table([
    ['Acme Bio enrolled 120 patients in the study, with 60 in the active arm and 65 in the placebo arm.', ['totals']],
    ['Acme Bio enrolled 120 patients in the study, with 60 in the active arm and 60 in the placebo arm.', []],
    ['Acme Bio enrolled 120 patients across the AB-101 programme, with 60 in the active arm and 65 in the placebo arm.', ['totals']],
    ['Acme Bio enrolled 120 patients, with 60 in the active arm and 60 in the placebo arm.', []],
    ['In the trial, 60 patients were treated with AB-101 and 55 with placebo, for a total of 120 patients.', ['totals']],
    ['In the trial, 60 patients were treated with AB-101 and 60 with placebo, for a total of 120 patients.', []],
    ['In the trial, 60 patients were treated in Germany and 55 in France, 120 patients in total.', ['totals']],
    ['In the trial, 60 patients were treated in Germany and 60 in France, 120 patients in total.', []],
  ]);
});

describe('totals: a sentence opening on the study\u2019s arms splits the enrolment stated just before', () => {
  table([
    ['The Phase 2 trial enrolled 120 patients. Sixty patients received AB-101 and 65 patients received placebo.', ['totals']],
    ['The Phase 2 trial enrolled 120 patients. Sixty patients received AB-101 and 55 patients received placebo.', []],
    ['Acme Bio randomised 90 patients. 50 patients were randomised to AB-101 and 45 to placebo.', ['totals']],
    ['Acme Bio randomised 90 patients. 45 patients were randomised to AB-101 and 45 to placebo.', []],
    // no arms: a treatment history may count a patient twice
    ['The trial enrolled 120 patients. 60 had received prior chemotherapy and 65 had received prior radiotherapy.', []],
    // a larger group beside the enrolment: which one the arms split is not said
    ['The trial randomized 240 patients, of whom 120 were evaluable. 60 patients received AB-101 and 65 received placebo.', []],
    // another paragraph
    ['The Phase 2 trial enrolled 120 patients.\n\nSixty patients received AB-101 and 65 patients received placebo.', []],
  ]);
});

describe('totals: a definite subject with a verb of inclusion lists some of the sum stated before', () => {
  table([
    ['Acme Bio raised $75 million in a new financing. The round included $50 million from new investors and $30 million from existing investors.', ['totals']],
    ['Acme Bio raised $75 million in a new financing. The round included $40 million from new investors and $30 million from existing investors.', []],
    ['Acme Bio reported revenue of $75 million for the year. The total included $50 million of product sales and $30 million of royalties.', ['totals']],
    ['Acme Bio reported revenue of $75 million for the year. The total included $45 million of product sales and $30 million of royalties.', []],
    ['Acme Bio raised $75 million in a new financing. The round consisted of $40 million from new investors and $30 million from existing investors.', ['totals']],
  ]);
});

describe('totals: "A total of N ... Of these, ..." and arms named in other languages', () => {
  table([
    ['A total of 120 patients were enrolled. Of these, 60 received AB-101, 45 received AB-102 and 20 received placebo.', ['totals']],
    ['A total of 120 patients were enrolled. Of these, 60 received AB-101, 40 received AB-102 and 20 received placebo.', []],
    ['Acme Bio enrolled 80 patients. Among them, 45 were randomised to AB-101 and 40 to placebo.', ['totals']],
    ['Acme Bio enrolled 80 patients. Among them, 40 were randomised to AB-101 and 40 to placebo.', []],
    // a larger group beside: "of these" may refer to either
    ['Acme Bio screened 200 patients and enrolled 80 patients. Of these, 45 received AB-101 and 40 received placebo.', []],
    ['Insgesamt wurden 120 Patienten in die Studie aufgenommen, davon 60 im AB-101-Arm und 65 im Placebo-Arm.', ['totals']],
    ['Insgesamt wurden 120 Patienten in die Studie aufgenommen, davon 60 im AB-101-Arm und 60 im Placebo-Arm.', []],
    ['Au total, 120 patients ont été inclus : 60 dans le bras AB-101 et 65 dans le bras placebo.', ['totals']],
    ['Au total, 120 patients ont été inclus : 60 dans le bras AB-101 et 60 dans le bras placebo.', []],
  ]);
});

describe('totals: a whole split "in two tranches" or "in three cohorts of"', () => {
  table([
    ['The financing of $60 million will be paid in two tranches of $40 million and $25 million.', ['totals']],
    ['The financing of $60 million will be paid in two tranches of $40 million and $20 million.', []],
    ['Die Finanzierung von 60 Mio. Euro erfolgt in zwei Tranchen von 40 Mio. Euro und 25 Mio. Euro.', ['totals']],
    ['Die Finanzierung von 60 Mio. Euro erfolgt in zwei Tranchen von 40 Mio. Euro und 20 Mio. Euro.', []],
    ['The trial enrolled 120 patients in three cohorts of 40, 40 and 45 patients.', ['totals']],
    ['The trial enrolled 125 patients in three cohorts of 40, 40 and 45 patients.', []],
    ['The study enrolled 90 patients across two cohorts of 40 and 45 patients.', ['totals']],
    ['The study enrolled 85 patients across two cohorts of 40 and 45 patients.', []],
  ]);
});

describe('totals: a table of arms or categories, its Total row and its Total column', () => {
  const md = (text: string) => analyzeText(text, {}, 'markdown').findings.filter(f => f.code === 'totals').map(f => f.code);
  const rows: [string, string[]][] = [
    // a Total row under counts of reasons, per arm
    ['Acme Bio reports disposition.\n\n| Reason | AB-101 | Placebo |\n|---|---|---|\n| Adverse event | 3 | 1 |\n| Withdrawal of consent | 2 | 2 |\n| Lost to follow-up | 1 | 0 |\n| Total discontinued | 7 | 3 |\n', ['totals']],
    ['Acme Bio reports disposition.\n\n| Reason | AB-101 | Placebo |\n|---|---|---|\n| Adverse event | 3 | 1 |\n| Withdrawal of consent | 2 | 2 |\n| Lost to follow-up | 1 | 0 |\n| Total discontinued | 6 | 3 |\n', []],
    // one column of sums
    ['Use of proceeds (in $ millions)\n\n| Item | Amount |\n|---|---|\n| Phase 3 trial | 40.0 |\n| Manufacturing | 15.0 |\n| General purposes | 10.0 |\n| Total | 70.0 |\n', ['totals']],
    ['Use of proceeds (in $ millions)\n\n| Item | Amount |\n|---|---|\n| Phase 3 trial | 40.0 |\n| Manufacturing | 15.0 |\n| General purposes | 10.0 |\n| Total | 65.0 |\n', []],
    // a Total column beside the arms: each row's counts add up to it
    ['Acme Bio reports responses.\n\n| Response | AB-101 (n=60) | Placebo (n=60) | Total (n=120) |\n|---|---|---|---|\n| Complete response | 5 (8.3) | 1 (1.7) | 7 (5.8) |\n| Partial response | 20 (33.3) | 4 (6.7) | 24 (20.0) |\n', ['totals']],
    ['Acme Bio reports responses.\n\n| Response | AB-101 (n=60) | Placebo (n=60) | Total (n=120) |\n|---|---|---|---|\n| Complete response | 5 (8.3) | 1 (1.7) | 6 (5.0) |\n| Partial response | 20 (33.3) | 4 (6.7) | 24 (20.0) |\n', []],
    ['Acme Bio reports enrolment.\n\n| Site | AB-101 arm | Placebo arm | Overall |\n|---|---|---|---|\n| Europe | 30 | 28 | 60 |\n| North America | 12 | 10 | 22 |\n', ['totals']],
    // columns of severity or relatedness are no arms: one patient may be counted in several
    ['Acme Bio reports safety.\n\n| Event | Mild | Moderate | Severe | Related | Total |\n|---|---|---|---|---|---|\n| Nausea | 10 | 5 | 1 | 4 | 14 |\n', []],
    // a row of medians is no sum
    ['Acme Bio reports baselines.\n\n| Characteristic | AB-101 (n=60) | Placebo (n=60) | Total (n=120) |\n|---|---|---|---|\n| Median age | 61 | 63 | 62 |\n', []],
  ];
  for (const [text, expected] of rows) it(`${expected.length ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 140))}`, () => assert.deepEqual(md(text), expected));
});

describe('totals: a table of periods whose header has no cell over the labels', () => {
  table([
    ['Acme Bio, Inc.\nCondensed statement of operations (in thousands)\n\tQ3 2025\tQ3 2024\nCollaboration revenue\t1,200\t900\nGrant revenue\t300\t250\nTotal revenue\t1,600\t1,150\nResearch and development\t8,000\t7,000\n', ['totals']],
    ['Acme Bio, Inc.\nCondensed statement of operations (in thousands)\n\tQ3 2025\tQ3 2024\nCollaboration revenue\t1,200\t900\nGrant revenue\t300\t250\nTotal revenue\t1,500\t1,150\nResearch and development\t8,000\t7,000\n', []],
  ]);
});

describe('totals: shares and pre-funded warrants, each at its own price, against the gross proceeds', () => {
  const lead = 'Acme Bio announced the pricing of an underwritten public offering of 8,000,000 shares of its common stock at a public offering price of $5.00 per share and, in lieu of common stock to certain investors, pre-funded warrants to purchase 2,000,000 shares at a price of $4.999 per pre-funded warrant.';
  table([
    [`${lead} The gross proceeds are expected to be approximately $55.0 million.`, ['totals']],
    [`${lead} The gross proceeds are expected to be approximately $50.0 million.`, []],
    ['Acme Bio sold 8,000,000 shares at $5.00 per share and pre-funded warrants to purchase 2,000,000 shares at $4.999 per warrant, for gross proceeds of $60 million.', ['totals']],
    ['Acme Bio sold 8,000,000 shares at $5.00 per share and pre-funded warrants to purchase 2,000,000 shares at $4.999 per warrant, for gross proceeds of $50 million.', []],
    ['Acme Bio sold 6,000,000 shares at $2.50 per share and pre-funded warrants to purchase 4,000,000 shares at $2.499 per warrant. Gross proceeds were $30.0 million.', ['totals']],
    ['Acme Bio sold 6,000,000 shares at $2.50 per share and pre-funded warrants to purchase 4,000,000 shares at $2.499 per warrant. Gross proceeds were $25.0 million.', []],
    // the underwriters' option is no sale: its shares are not added
    ['Acme Bio sold 8,000,000 shares at $5.00 per share for gross proceeds of $40 million, and granted the underwriters an option to purchase up to 1,200,000 additional shares.', []],
  ]);
});

describe('totals: a study\u2019s parts placed by a verb (cohorts, phases, stages), and arms sized "(n = ...)" after the whole\u2019s treatment verb', () => {
  table([
    ['Acme Bio enrolled 60 patients in the study. 35 patients were treated in the dose-escalation part and 30 in the expansion cohort.', ['totals']],
    ['Acme Bio enrolled 60 patients in the study. 35 patients were treated in the dose-escalation part and 25 in the expansion cohort.', []],
    ['Eighteen patients were enrolled. Twelve patients were treated in the dose-escalation phase and 8 in the expansion phase.', ['totals']],
    ['Eighteen patients were enrolled. Twelve patients were treated in the dose-escalation phase and 6 in the expansion phase.', []],
    ['The AB-101 study enrolled 40 patients. 25 were dosed in the first stage and 18 in the second stage.', ['totals']],
    ['The AB-101 study enrolled 40 patients. 25 were dosed in the first stage and 15 in the second stage.', []],
    // a history is no split: a patient may have had both
    ['The AB-101 study enrolled 40 patients. 25 had been treated in a prior phase 1 study and 18 in a compassionate use programme.', []],
    ['We report 356 patients who received AB-101 (n = 173) or AB-202 (n = 193) at 21 centers.', ['totals']],
    ['We report 356 patients who received AB-101 (n = 173) or AB-202 (n = 183) at 21 centers.', []],
    ['Acme Bio analysed 90 patients treated with AB-101 (n = 50) or standard care (n = 45).', ['totals']],
    ['Acme Bio analysed 90 patients treated with AB-101 (n = 50) or standard care (n = 40).', []],
    // sizes of subgroups, not arms: no treatment verb before them
    ['Acme Bio analysed 90 patients with lung cancer (n = 50) or breast cancer (n = 45) in the registry.', []],
    ['We report 120 patients who had previously received AB-101 (n = 70) or AB-202 (n = 60).', []],
  ]);
});

describe('totals: a company\u2019s segments, or kinds of sales a sentence opens on, after its sales', () => {
  table([
    ['Acme Bio\u2019s revenue for the quarter was $80.0 million. Revenue in the Diagnostics segment rose to $45.0 million. The Therapeutics segment recorded revenue of $40.0 million.', ['totals']],
    ['Acme Bio\u2019s revenue for the quarter was $80.0 million. Revenue in the Diagnostics segment rose to $45.0 million. The Therapeutics segment recorded revenue of $35.0 million.', []],
    // the sum after "from ... to" is the current one; the segment may be named in the sentence before
    ['Acme Bio steigerte den Umsatz um 15 % auf 158,4 Mio. Euro. Hauptwachstumsträger war das Segment Pharma. Der Umsatz legte hier von 98,4 Mio. Euro auf 118,4 Mio. Euro zu. Im Segment Diagnostik stieg der Umsatz um 4,1 % auf 45,0 Mio. Euro.', ['totals']],
    ['Acme Bio steigerte den Umsatz um 15 % auf 158,4 Mio. Euro. Hauptwachstumsträger war das Segment Pharma. Der Umsatz legte hier von 98,4 Mio. Euro auf 118,4 Mio. Euro zu. Im Segment Diagnostik stieg der Umsatz um 4,1 % auf 40,0 Mio. Euro.', []],
    ['Acme Bio a réalisé un chiffre d\'affaires de 50,0 millions d\'euros. Le chiffre d\'affaires du pôle Santé animale s\'établit à 30,0 millions d\'euros. Le pôle Diagnostic a réalisé un chiffre d\'affaires de 25,0 millions d\'euros.', ['totals']],
    ['Acme Bio a réalisé un chiffre d\'affaires de 50,0 millions d\'euros. Le chiffre d\'affaires du pôle Santé animale s\'établit à 30,0 millions d\'euros. Le pôle Diagnostic a réalisé un chiffre d\'affaires de 20,0 millions d\'euros.', []],
    // the sales named after the sum ("in ... segment revenues"), and a kind a sentence opens on
    ['For the three months, Acme Bio reported revenues of $183.2 million. The firm reported $42.6 million in diagnostics segment revenues. Protein sciences revenues rose to $151 million, up 12 percent from $126.4 million.', ['totals']],
    ['For the three months, Acme Bio reported revenues of $183.2 million. The firm reported $42.6 million in diagnostics segment revenues. Protein sciences revenues rose to $141 million, up 12 percent from $126.4 million.', []],
    ['Acme Bio reported revenues of $20.0 million for the quarter. Royalty revenues were $12.0 million. License revenues were $9.0 million.', ['totals']],
    ['Acme Bio reported revenues of $20.0 million for the quarter. Royalty revenues were $12.0 million. License revenues were $8.0 million.', []],
    // no segment's name, one segment twice, a restatement of the whole: no parts
    ['Acme Bio\u2019s revenue for the quarter was $80.0 million. Revenue in each segment rose to $45.0 million. Revenue in the segment rose to $40.0 million.', []],
    ['Acme Bio\u2019s revenue for the quarter was $80.0 million. Revenue in the Diagnostics segment rose to $45.0 million. Within the Diagnostics segment, sales of assays were $40.0 million.', []],
    ['For the three months, Acme Bio reported revenues of $83.2 million. Net revenues rose to $80 million. Quarterly revenues were $50 million.', []],
  ]);
});

describe('totals: a bracket of subsets after the whole\u2019s clause', () => {
  table([
    ['Acme Bio is eligible for an additional aggregate of $25.0 million in development and regulatory milestone payments if certain goals are met (including $15.0 million upon the first approval in the US and $15.0 million upon the first approval in Europe).', ['totals']],
    ['Acme Bio is eligible for an additional aggregate of $35.0 million in development and regulatory milestone payments if certain goals are met (including $15.0 million upon the first approval in the US and $15.0 million upon the first approval in Europe).', []],
    ['Acme Bio kann Meilensteinzahlungen von bis zu 20 Mio. Euro erhalten, wenn die Ziele der Studie erreicht werden (darunter 12 Mio. Euro bei Zulassung in den USA und 10 Mio. Euro bei Zulassung in Europa).', ['totals']],
    ['Acme Bio kann Meilensteinzahlungen von bis zu 25 Mio. Euro erhalten, wenn die Ziele der Studie erreicht werden (darunter 12 Mio. Euro bei Zulassung in den USA und 10 Mio. Euro bei Zulassung in Europa).', []],
    // another sum between the whole and the bracket: the bracket belongs to it, not to the first
    ['Acme Bio will pay $25.0 million upfront and up to $900 million in milestones if the programs succeed (including $15.0 million and $15.0 million for the first two approvals).', []],
  ]);
});

describe('totals: a table\u2019s row of the people each arm started with, against the enrolment stated before the table', () => {
  const doc = (lead: string, label: string, a: number, b: number) => `${lead}\n\n| Measure | AB-101 | Placebo |\n|---|---|---|\n| ${label} | ${a} | ${b} |\n| Completed | 60 | 30 |\n`;
  table([
    [doc('A total of 113 patients were randomized in the AB-101 study.', 'Overall Study STARTED', 76, 39), ['totals']],
    [doc('A total of 113 patients were randomized in the AB-101 study.', 'Overall Study STARTED', 74, 39), []],
    [doc('Acme Bio enrolled 113 participants.', 'Randomized, n', 76, 39), ['totals']],
    [doc('Acme Bio enrolled 113 participants.', 'Randomized, n', 70, 39), []],
    [doc('In die Studie wurden 113 Patienten eingeschlossen.', 'Randomisiert', 80, 39), ['totals']],
    // a row of another count (events, completers), or a whole that is no enrolment: not judged
    [doc('A total of 113 patients were randomized in the AB-101 study.', 'Patients with an event', 76, 39), []],
    [doc('Acme Bio screened 113 participants at 12 sites.', 'Overall Study STARTED', 76, 39), []],
  ]);
});

describe('totals: shares of one group split by sex, by a marker\u2019s status or by the places patients came from', () => {
  table([
    ['Of the 40 patients, 55% were women and 55% were men.', ['totals']],
    ['Of the 40 patients, 45% were women and 55% were men.', []],
    // less than 100 % is no contradiction: a trial may not report every participant's sex
    ['Of the 40 patients, 45% were women and 50% were men.', []],
    ['Of the 40 patients, 45.5% were women and 54.5% were men.', []],
    ['In the trial, 62% of patients were male and 45% were female.', ['totals']],
    ['Overall, 60% were positive and 50% negative for the AB-1 marker.', ['totals']],
    ['Overall, 60% were positive and 30% negative for the AB-1 marker.', []],
    ['Patients were enrolled in North America (45%), Europe (35%) and Asia (30%).', ['totals']],
    ['Patients were enrolled in North America (45%), Europe (35%) and Asia (20%).', []],
    ['Patients were distributed as follows: 45% in North America, 35% in Europe and 30% in Asia.', ['totals']],
    ['Die Patienten stammten aus Deutschland (60 %), Frankreich (30 %) und Spanien (20 %).', ['totals']],
    ['Die Patienten stammten aus Deutschland (50 %), Frankreich (30 %) und Spanien (20 %).', []],
    // rates within groups, changes, and a wide region beside a narrower one are no split
    ['The objective response rate was 45% in North America and 60% in Europe.', []],
    ['Response rates were 45% in women and 60% in men.', []],
    ['Revenue was 60% higher and costs were 50% lower.', []],
    ['Patients were enrolled in Europe (70%), Germany (40%) and Japan (10%).', []],
  ]);
});

describe('totals: a bracketed share after a count in a table cell is no category\u2019s count', () => {
  const doc = (sd: string) => `| Outcome | Patients (N = 33) |\n|---|---|\n| Complete response | 3 (9) |\n| Partial response | 9 (27) |\n| Stable disease | ${sd} |\n| Progressive disease | 4 (12) |\n`;
  table([
    [doc('16 (48)'), []],
    [doc('18 (55)'), ['totals']],
    [doc('17 (52)'), []],
    [doc('19 (58)'), ['totals']],
  ]);
});

describe('totals: arms after a lead of place or attribution, and an enrolment two sentences before', () => {
  table([
    ['The trial enrolled 32 patients with resected cancer. Median survival was 16 months. In the study, 19 patients received AB-101 and 15 received placebo.', ['totals']],
    ['The trial enrolled 32 patients with resected cancer. Median survival was 16 months. In the study, 19 patients received AB-101 and 13 received placebo.', []],
    ['The trial enrolled 40 patients. Acme Bio said 25 patients received AB-101 and 18 received placebo.', ['totals']],
    ['The trial enrolled 40 patients. Acme Bio said 25 patients received AB-101 and 15 received placebo.', []],
    ['The AB-101 trial randomized 40 patients. Overall, 25 patients received AB-101 and 18 received placebo.', ['totals']],
    ['The AB-101 trial randomized 40 patients. Overall, 25 patients received AB-101 and 15 received placebo.', []],
    // a sentence between that counts other people: the enrolment is not looked for past it
    ['The trial enrolled 32 patients. A further 50 patients were screened. In the study, 19 patients received AB-101 and 15 received placebo.', []],
    // a paragraph between: another scene
    ['The trial enrolled 32 patients.\n\nIn the study, 19 patients received AB-101 and 15 received placebo.', []],
  ]);
});

describe('totals: a table\u2019s total row labelled in other languages', () => {
  const doc = (label: string, total: string) => `| Region | Umsatz (Mio. EUR) |\n|---|---|\n| Deutschland | 40,0 |\n| Frankreich | 30,0 |\n| Nordamerika | 25,0 |\n| ${label} | ${total} |\n`;
  table([
    [doc('Gesamt', '97,0'), ['totals']],
    [doc('Gesamt', '95,0'), []],
    [doc('Summe', '97,0'), ['totals']],
    [doc('Umsatz insgesamt', '97,0'), ['totals']],
    [doc('Umsatz insgesamt', '95,0'), []],
    [doc('Totalt', '93,0'), ['totals']],
    ['| Cohort | Patients |\n|---|---|\n| Cohort A | 40 |\n| Cohort B | 42 |\n| Cohort C | 41 |\n| All patients | 125 |\n', ['totals']],
    ['| Cohort | Patients |\n|---|---|\n| Cohort A | 40 |\n| Cohort B | 42 |\n| Cohort C | 41 |\n| All patients | 123 |\n', []],
    // a label that only begins with a word of the whole is no total row
    ['| Endpoint | AB-101 | Placebo |\n|---|---|---|\n| Median PFS, months | 8.1 | 5.2 |\n| Median OS, months | 20.3 | 15.1 |\n| Overall survival, months | 28.4 | 20.3 |\n', []],
  ]);
});

describe('totals: response categories of a group continued in the next sentence', () => {
  table([
    ['Of the 30 evaluable patients, 3 had a complete response and 10 had a partial response. Stable disease was observed in 12 patients and progressive disease in 8.', ['totals']],
    ['Of the 30 evaluable patients, 3 had a complete response and 10 had a partial response. Stable disease was observed in 12 patients and progressive disease in 5.', []],
    ['Of the 24 evaluable patients, 2 had a complete response and 6 had a partial response. Stable disease was observed in 18 patients.', ['totals']],
    ['Of the 24 evaluable patients, 2 had a complete response and 6 had a partial response. Stable disease was observed in 14 patients.', []],
    // another arm's or group's categories, or no categories, in the next sentence
    ['Of the 30 evaluable patients, 3 had a complete response and 10 had a partial response. In the control arm, stable disease was observed in 12 patients and progressive disease in 8.', []],
    ['Of the 30 evaluable patients, 3 had a complete response and 10 had a partial response. Of the 40 patients in cohort B, stable disease was observed in 22 patients.', []],
    ['Of the 30 evaluable patients, 3 had a complete response and 10 had a partial response. Responses lasted a median of 8 months.', []],
  ]);
});

describe('totals: several products\u2019 sales in one sentence after the company\u2019s sales', () => {
  table([
    ['Acme Bio\u2019s total revenue for 2024 was $500 million. Sales of AB-101 were $320 million and sales of AB-202 reached $210 million.', ['totals']],
    ['Acme Bio\u2019s total revenue for 2024 was $500 million. Sales of AB-101 were $320 million and sales of AB-202 reached $170 million.', []],
    ['Acme Bio reported revenue of EUR 90 million for the year. Sales of AB-101 rose to EUR 60 million, while sales of AB-202 were EUR 35 million.', ['totals']],
    ['Acme Bio reported revenue of EUR 90 million for the year. Sales of AB-101 rose to EUR 60 million, while sales of AB-202 were EUR 25 million.', []],
    // one product's sales at two times is no split
    ['Acme Bio reported revenue of EUR 90 million for the year. Sales of AB-101 rose to EUR 60 million from EUR 45 million.', []],
  ]);
});

describe('totals: what drove a sum is some of it; a year may stand between a whole and "of which"', () => {
  table([
    ['Acme Bio reported 2024 revenue of $500 million, driven by AB-101 sales of $320 million and AB-202 sales of $210 million.', ['totals']],
    ['Acme Bio reported 2024 revenue of $500 million, driven by AB-101 sales of $320 million and AB-202 sales of $150 million.', []],
    ['Acme Bio\u2019s net product revenue was $120 million in 2024, of which AB-101 accounted for $90 million and AB-202 for $40 million.', ['totals']],
    ['Acme Bio\u2019s net product revenue was $120 million in 2024, of which AB-101 accounted for $80 million and AB-202 for $40 million.', []],
    // more than three words between the whole and the connector: not its parts
    ['Acme Bio\u2019s net product revenue was $120 million in the fiscal year 2024 ended in March, of which AB-101 accounted for $90 million and AB-202 for $40 million.', []],
  ]);
});

describe('totals: the whole\'s noun may take a phrase of its own before the word that opens its parts', () => {
  table([
    ['Acme Bio expects a $30.0 million licence milestone from Beta Pharma comprised of an $18.0 million fee at filing and $14.0 million at approval.', ['totals']],
    ['Acme Bio expects a $30.0 million licence milestone from Beta Pharma comprised of an $18.0 million fee at filing and $12.0 million at approval.', []],
    // more words between, and the connector speaks of something else
    ['Acme Bio booked $30.0 million from the sale of the rights to its older products and then the costs comprised $20.0 million for staff and $15.0 million for sites.', []],
  ]);
});
