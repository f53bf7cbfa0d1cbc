/**
 * repeated-value: the lead paragraph (the lede) summarises the text as a headline does, so a
 * measure the lede states and the text restates with another value is reported, as a headline's
 * is; two statements of the text below the lede are not. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value');

const body = 'The company presented the data at a meeting in Lyon. Analysts had expected a weaker result from the study. The study ran at forty sites in Europe. Its final data are due next year.';

describe('repeated-value: the lede restated in the text', () => {
  // each row: an invented document, and whether a restatement is reported
  const cases: [string, boolean][] = [
    // paragraphs set apart by line breaks, no blank line
    [`Zorvane Bio surges\nZorvane Bio published positive results for its phase 2 study of zorvatinib. Result: its share price gains more than 40% on Friday.\n${body}\nThe results were welcomed by investors, as the Zorvane Bio share price rose 31% on Friday to 12.40 euros.\n`, true],
    // paragraphs set apart by blank lines
    [`Zorvane Bio surges\n\nZorvane Bio published positive results for its phase 2 study of zorvatinib. Result: its share price gains more than 40% on Friday.\n\n${body}\n\nThe results were welcomed by investors, as the Zorvane Bio share price rose 31% on Friday to 12.40 euros.\n`, true],
    // the lede's amount and change, restated below it with other values
    [`Gamma Pharma quarter\n\nOperating income rose 11% in local currencies and 4% in euros to EUR 2.6 billion.\n\n${body}\n\nSales were stable. Operating income rose 11% in local currencies and 7% in euros to EUR 2.9 billion.\n`, true],
    // a short text has no body for a lede to summarise: its first sentence is as much the text as the rest
    ['Gamma Pharma quarter\n\nOperating income rose 11% in local currencies and 4% in euros to EUR 2.6 billion.\n\nSales were stable. Operating income rose 11% in local currencies and 7% in euros to EUR 2.9 billion.\n', false],
    // a paragraph under a section heading opens a section, not the story
    ['Gamma Pharma results\n\nSecond quarter\n\nOperating income rose 11% in local currencies to EUR 2.6 billion.\n\nFirst half\n\nOperating income rose 9% in local currencies to EUR 4.8 billion.\n', false],
    // the text agrees with the lede
    [`Zorvane Bio surges\nZorvane Bio published positive results for its phase 2 study of zorvatinib. Result: its share price gains more than 40% on Friday.\n${body}\nThe results were welcomed by investors, as the Zorvane Bio share price rose 43% on Friday to 12.40 euros.\n`, false],
    // both statements below the lede (a paragraph of its own): two statements of the text are as often two measures
    [`Zorvane Bio surges\n\nZorvane Bio published positive results for its phase 2 study of zorvatinib.\n\nIts share price gains more than 40% on Friday, the company said.\n\n${body}\n\nThe results were welcomed by investors, as the Zorvane Bio share price rose 31% on Friday to 12.40 euros.\n`, false],
    // a share in words is as loose as writers round: "a good half" and 53 %
    [`Zorvane Bio reports durable responses\nGut die Hälfte der Patienten sprach auf Zorvatinib an, teilte Zorvane Bio am Montag mit. Die Studie lief an zwölf Zentren.\n${body}\nDie Gesamtansprechrate der Patienten mit Zorvatinib lag nach Angaben von Zorvane Bio bei 53 Prozent.\n`, false],
    // two figures of one summary sentence: the text's figure that agrees with the other one restates that one
    [`Velmora vaccine protects\nThe Velmora vaccine gave 100% protection against severe disease and 88.2% efficacy overall in a phase 3 trial. The trial ran at forty sites.\n${body}\nIn the trial, no severe cases were seen with the vaccine, an efficacy of 100% against severe disease.\n`, false],
    // a duration that dates an event after another is no measure's length
    [`Zorvane Bio trial meets goal\nZorvatinib met the primary endpoint of weight change, compared to placebo 52 weeks after randomization. The trial ran at forty sites.\n${body}\nAfter 36 weeks of open-label zorvatinib, participants lost 18.2% of their weight before the weight change was compared.\n`, false],
    // the origin of a change ("from 61% to 88%") is what the measure was before: it restates no headline figure
    ['Zorvane Bio results\nAfter zorvatinib, the remission rate was 88%; two-year survival was 90%.\n\nThe study enrolled 120 adults at forty sites. The remission rate increased from 61% to 88% (P < .001) after zorvatinib, with 20 of 31 patients converting.\n', false],
    // "in a cohort of 42 patients" describes the population of the statement, not another one: the headline's rate is held to it
    ['Zorvane Bio reports a response rate of 57% for zorvatinib\n\nZorvane Bio presented interim data from its phase 2 study at a meeting in Lyon.\n\nZorvatinib led to an overall response rate (ORR) of 52%, including eight complete responses, in a cohort of 42 evaluable patients with relapsed lymphoma. The study ran at forty sites.\n', true],
    // "in the cohort of patients with liver metastases" names another population
    ['Zorvane Bio reports a response rate of 57% for zorvatinib\n\nZorvane Bio presented interim data from its phase 2 study at a meeting in Lyon.\n\nZorvatinib led to an overall response rate (ORR) of 52% in the cohort of patients with liver metastases. The study ran at forty sites.\n', false],
    // "a trial of zorvatinib in patients with ..." names the trial's own population, the whole: the lede's rate is held to the text's
    [`Zorvane Bio reports phase 2 results\n\nZorvane Bio today reported results from its phase 2 trial of zorvatinib in patients with relapsed lymphoma, showing an overall response rate of 57%.\n\nThe overall response rate was 49%, and responses lasted a median of 8.1 months.\n\n${body}\n`, true],
    [`Zorvane Bio reports phase 2 results\n\nZorvane Bio today reported results from its phase 2 trial of zorvatinib in patients with relapsed lymphoma, showing an overall response rate of 57%.\n\nThe overall response rate was 57%, and responses lasted a median of 8.1 months.\n\n${body}\n`, false],
    // a quotation attributed to a speaker restates the text's results
    [`Zorvane Bio reports phase 2 results\n\nZorvane Bio today reported results from its phase 2 trial of zorvatinib.\n\nThe overall response rate was 45%, and responses lasted a median of 8.1 months.\n\n\u201cWe saw a response rate of 54%, which is remarkable,\u201d said Jane Roe, chief medical officer of Zorvane Bio.\n\n${body}\n`, true],
    [`Zorvane Bio reports phase 2 results\n\nZorvane Bio today reported results from its phase 2 trial of zorvatinib.\n\nThe overall response rate was 45%, and responses lasted a median of 8.1 months.\n\n\u201cWe saw a response rate of 45%, which is remarkable,\u201d said Jane Roe, chief medical officer of Zorvane Bio.\n\n${body}\n`, false],
    // a quotation that speaks of other treatments, or says not whose result it is, states another measure
    [`Zorvane Bio reports phase 2 results\n\nZorvane Bio today reported results from its phase 2 trial of zorvatinib.\n\nThe overall response rate was 45%, and responses lasted a median of 8.1 months.\n\n\u201cCurrent therapies in this setting reach a response rate of 30%, so these data are encouraging,\u201d said Jane Roe, chief medical officer of Zorvane Bio.\n\n${body}\n`, false],
    [`Zorvane Bio reports phase 2 results\n\nZorvane Bio today reported results from its phase 2 trial of zorvatinib.\n\nThe overall response rate was 45%, and responses lasted a median of 8.1 months.\n\n\u201cA response rate of 30% used to be the bar in this setting,\u201d said Jane Roe, chief medical officer of Zorvane Bio.\n\n${body}\n`, false],
    // quotation marks with no speaker are no quotation of the text: two statements of the text
    [`Zorvane Bio reports phase 2 results\n\nZorvane Bio today reported results from its phase 2 trial of zorvatinib.\n\nThe overall response rate was 45%, and responses lasted a median of 8.1 months.\n\nThe so-called \u201cresponse rate of 54%\u201d of an older study set the bar.\n\n${body}\n`, false],
    // a rate "in patients with" a feature, after the rate, names a part of the trial
    [`Zorvane Bio reports phase 2 results\n\nZorvane Bio today reported results from its phase 2 trial of zorvatinib, showing an overall response rate of 57% in patients with high expression.\n\nThe overall response rate was 49%, and responses lasted a median of 8.1 months.\n\n${body}\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text.slice(0, 160))}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
  }
});

describe('repeated-value: a share restating its own count is that group\u2019s, not the measure\u2019s restatement', () => {
  // each row: an invented document, and whether a restatement is reported
  const cases: [string, boolean][] = [
    // the lede's rate, the text's rate, and a group's share in parentheses after its "k of n"
    [`Zorvane Bio results\nAfter two cycles of zorvatinib in the consolidation phase, the overall response rate was 88% at the first scan of the trial.\n\nThe study enrolled 120 adults at forty sites. The ORR rose from 61% to 92% (P < .001) with zorvatinib, with 20 of 31 positive patients (65%) converting.\n\n${body}\n`, true],
    [`Zorvane Bio results\nAfter two cycles of zorvatinib in the consolidation phase, the overall response rate was 88% at the first scan of the trial.\n\nThe study enrolled 120 adults at forty sites. The ORR rose from 61% to 88% (P < .001) with zorvatinib, with 20 of 31 positive patients (65%) converting.\n\n${body}\n`, false],
    // a share that is not in parentheses after a count is one more statement: three values, none judged
    [`Zorvane Bio results\nAfter two cycles of zorvatinib in the consolidation phase, the overall response rate was 88% at the first scan of the trial.\n\nThe study enrolled 120 adults at forty sites. The ORR rose from 61% to 92% (P < .001) with zorvatinib, and the ORR was 65% in those converting.\n\n${body}\n`, false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
