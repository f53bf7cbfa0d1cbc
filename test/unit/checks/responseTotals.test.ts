/**
 * totals: a response rate against the response categories it is made of (ORR = CR + PR, DCR = CR +
 * PR + SD, a clinical benefit rate at most CR + PR + SD), within one population and the rounding of
 * every written rate. Invented sentences.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'totals');

describe('totals: response rates and the categories they are made of', () => {
  // each row: an invented text, and the findings expected (none for a consistent or unjudged one)
  const cases: [string, string[]][] = [
    ['Of 40 evaluable patients treated with zanotumab, 4 (10%) had a complete response and 12 (30%) a partial response, for an objective response rate of 50%.',
      ['CR 10 % + PR 30 % = 40 %, not the stated ORR 50%.']],
    ['Of 40 evaluable patients treated with zanotumab, 4 (10%) had a complete response and 12 (30%) a partial response, for an objective response rate of 40%.', []],
    // the disease control rate through the response rate: ORR + SD
    ['With zanotumab, the disease control rate was 80%, including an objective response rate of 45% and stable disease in 30% of patients.',
      ['ORR 45 % + SD 30 % = 75 %, not the stated DCR 80%.']],
    ['With zanotumab, the disease control rate was 75%, including an objective response rate of 45% and stable disease in 30% of patients.', []],
    // rounding: 3/21 and 6/21 written whole
    ['With zanotumab, 14% of patients had a complete response and 29% a partial response, for an objective response rate of 43%.', []],
    // the categories stated add up to 100 %: complete responses are none, stable disease counts in the disease control rate
    ['Of 16 patients treated with zanotumab, 5 (31.3%) had a partial response, 7 (43.8%) stable disease and 4 (25.0%) progressive disease, for a disease control rate of 81.3%.',
      ['PR 31.3 % + SD 43.8 % = 75.1 %, not the stated DCR 81.3% (the categories stated add up to 100 %, so the others are none).']],
    ['Of 16 patients treated with zanotumab, 5 (31.3%) had a partial response, 7 (43.8%) stable disease and 4 (25.0%) progressive disease, for a disease control rate of 75.0%.', []],
    // a clinical benefit rate counts stable disease only when it lasted: at most the sum
    ['With zanotumab, 6 patients (30.0%) had a partial response, 8 (40.0%) stable disease and 6 (30.0%) progressive disease; the clinical benefit rate was 80.0%.',
      ['PR 30 % + SD 40 % = 70 %, less than the stated CBR 80.0% (the categories stated add up to 100 %, so the others are none).']],
    ['With zanotumab, 6 patients (30.0%) had a partial response, 8 (40.0%) stable disease and 6 (30.0%) progressive disease; the clinical benefit rate was 55.0%.', []],
    // a part missing and the stated categories not exhaustive: not judged
    ['With zanotumab, 30% of patients had a partial response and the objective response rate was 45%.', []],
    // shares of the responders, not of the patients
    ['Among responders to zanotumab, 25% had a complete response and 75% a partial response; the objective response rate was 36%.', []],
    // unconfirmed responses, or another response category, make the sum unsure
    ['With zanotumab, 10% had a complete response and 20% a partial response (including unconfirmed), for an objective response rate of 25%.', []],
    ['With zanotumab, 10% had a complete response, 20% a very good partial response and 30% a partial response, for an objective response rate of 60%.', []],
    // another population in the next sentence is not the composite's
    ['With zanotumab, 10% had a complete response and 20% a partial response. In the expansion cohort, the objective response rate was 45%.', []],
    // a rate "about" a value has a writer's room, no more; the categories of the next sentence, with no time point of
    // their own, are of the composite's; a fraction in words restating the composite sets no second value of it
    ['Gut die Hälfte der Patienten zeigte ein Ansprechen. Nach 12 Monaten lag die Gesamtansprechrate (ORR) unter Zanotumab bei 48 Prozent. Rund 40 Prozent der Patienten konnten vollständig ansprechen, 10 Prozent zeigten ein teilweises Ansprechen.', []],
    ['Gut die Hälfte der Patienten zeigte ein Ansprechen. Nach 12 Monaten lag die Gesamtansprechrate (ORR) unter Zanotumab bei 48 Prozent. Rund 40 Prozent der Patienten konnten vollständig ansprechen, 20 Prozent zeigten ein teilweises Ansprechen.',
      ['CR 40 % + PR 20 % = 60 %, not the stated ORR 48 Prozent.']],
    ['At 12 months the objective response rate with zanotumab was 48%. About 40% of patients had a complete response and 10% a partial response.', []],
  ];
  for (const [text, want] of cases) it(`judges ${JSON.stringify(text.slice(0, 90))}`, () => assert.deepEqual(found(text), want));
});

describe('totals: the responders counted, and their complete and partial responses', () => {
  const cases: [string, number][] = [
    ['Ten patients had an objective response to zanotumab: five complete responders and six partial responders.', 1],
    ['Ten patients had an objective response to zanotumab: four complete responders and six partial responders.', 0],
    ['Overall, 10 patients responded to zanotumab (5 complete responses and 6 partial responses).', 1],
    ['Of 40 patients, 12 had an objective response to zanotumab, including 5 complete responses and 8 partial responses.', 1],
    ['The 12 responders to zanotumab included 5 complete responses and 7 partial responses.', 0],
    // the composite named before the count, with a verb of occurrence ("were observed in")
    ['Objective responses were observed in 12 patients treated with zanotumab, including 5 complete responses and 8 partial responses.', 1],
    ['Objective responses were observed in 13 patients treated with zanotumab, including 5 complete responses and 8 partial responses.', 0],
    // the rate's own "k of n", its categories after it
    ['The ORR of zanotumab was 42% (21 of 50), with 5 complete responses and 14 partial responses.', 1],
    ['The ORR of zanotumab was 42% (21 of 50), with 7 complete responses and 14 partial responses.', 0],
    // another category among the responders, or responses not yet confirmed: not judged
    ['Twelve patients responded to zanotumab, 4 with a complete response, 3 with a very good partial response and 6 with a partial response.', 0],
    ['Ten patients had an objective response to zanotumab, including unconfirmed ones: five complete responders and six partial responders.', 0],
    // the responders counted in their group ("k of n patients responded"), each category said of a count by a linking verb
    ['In all, 30 of 80 treated patients responded to zanotumab; four (5%) of these responses were complete, while 27 (34%) were partial.', 1],
    ['In all, 31 of 80 treated patients responded to zanotumab; four (5%) of these responses were complete, while 27 (34%) were partial.', 0],
    ['In all, 30 of 80 treated patients responded to zanotumab; 4 of them were complete responders and 27 were partial responders.', 1],
    // "completely" is no category
    ['In all, 30 of 80 treated patients responded to zanotumab; four were completely resected and 27 were partial responders.', 0],
  ];
  for (const [text, n] of cases) it(`${n ? 'reports' : 'accepts'}: ${text}`, () => assert.equal(found(text).filter(m => /with an objective response/.test(m)).length, n, found(text).join(' | ')));
});
