/**
 * impossible-value: parts above their wholes, read from how the text relates two figures: net
 * above gross proceeds, an upfront payment above the deal's total, a higher-grade rate above the
 * all-grade rate written before it, and a share at a higher threshold above the share at a lower
 * one. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'impossible-value');

describe('impossible-value: parts above their wholes', () => {
  // each row: an invented document, and whether a part above its whole is reported
  const cases: [string, boolean][] = [
    // net and gross proceeds of one offering
    ['Acme Bio priced its offering for gross proceeds of $40.0 million. Net proceeds, after deducting fees, are expected to be $42.5 million.', true],
    ['Acme Bio raised about $50 million in gross proceeds. It expects about $55 million after deducting expenses.', true],
    ['Die Beta AG erzielte einen Bruttoerlös von 20 Mio. Euro und einen Nettoerlös von 22 Mio. Euro.', true],
    ['Acme Bio priced its offering for gross proceeds of $40.0 million. Net proceeds are expected to be $37.1 million.', false],
    // the side's subject a long clause before its sum
    ['Beta Bio priced its offering. The gross proceeds to Beta Bio, before deducting the underwriting discounts and commissions and other estimated offering expenses, are expected to be $60.0 million. The net proceeds, after deducting the underwriting discounts and commissions and the other offering expenses payable by Beta Bio, are expected to be approximately $63.2 million.', true],
    ['Beta Bio priced its offering. The gross proceeds to Beta Bio, before deducting the underwriting discounts and commissions and other estimated offering expenses, are expected to be $60.0 million. The net proceeds, after deducting the underwriting discounts and commissions and the other offering expenses payable by Beta Bio, are expected to be approximately $55.2 million.', false],
    // hedged sides within 2 % are not judged
    ['Acme Bio raised about $50 million in gross proceeds. It expects about $50.5 million after deducting expenses.', false],
    // two offerings, two gross values: a round-up, never judged
    ['Acme Bio raised gross proceeds of $40 million. Beta Bio raised gross proceeds of $90 million and net proceeds of $85 million.', false],
    // a round-up whose paragraphs are different issuers' financings: one's net is no part of another's gross
    ['Acme Bio Inc. priced an offering of shares for gross proceeds of $40 million.\n\nBeta Pharma Inc. priced $300 million of convertible notes; net proceeds will be about $290 million.', false],
    // one issuer over several paragraphs is judged
    ['Acme Bio Inc. priced an offering of shares for gross proceeds of $40 million.\n\nThe company expects net proceeds of about $44 million.', true],
    // an upfront payment and the deal's total
    ['Acme licensed the drug to Beta in a deal that includes $300 million in upfront payments. With milestones, the total potential payments could reach $250 million.', true],
    ['Acme licensed the drug to Beta for $30 million upfront. With milestones, the total potential payments could reach $250 million.', false],
    // the total of the milestones is not the deal's
    ['Acme will receive $300 million upfront, and milestones totalling $250 million.', false],
    // a round-up of deals with several upfront payments is never judged
    ['Acme received $300 million upfront from Beta. Gamma received $20 million upfront from Delta, in a deal with a total value of $250 million.', false],
    // a rate at higher grades in parentheses after the all-grade rate
    ['Rash was the most common event, reported in 31.5 percent (35.2 percent grade 3 or higher).', true],
    ['Neutropenia occurred in 22 % of patients (28 % grade ≥3).', true],
    ['Anämie trat bei 18 % der Patienten auf (21 % Grad 3-4).', true],
    ['Neutropenia occurred in 22 % of patients (8 % grade ≥3).', false],
    ['Neutropenia occurred in 22 % of patients (8 % grade 3 or higher, 2 % grade 4).', false],
    // the restriction named before its rate, in the parenthesis or as the grade-restricted endpoint of the same sentence
    ['Treatment-related adverse events occurred in 26% of patients (grade ≥3: 31%).', true],
    ['Any-grade TRAEs occurred in 26% of patients; grade ≥3 TRAEs occurred in 31%.', true],
    ['Treatment-related adverse events of any grade occurred in 26% of patients, and grade 3 or higher treatment-related adverse events in 31%.', true],
    // the restriction said of the same endpoint's events after the all-grade rate; the restricted rate first, the all-grade one after
    ['Treatment-related adverse events occurred in 26% of patients, and grade ≥3 events in 31%.', true],
    ['Treatment-related adverse events occurred in 26% of patients, and grade ≥3 events in 11%.', false],
    ['Grade 3 or higher TRAEs occurred in 31% of patients, while TRAEs of any grade occurred in 26%.', true],
    ['Grade 3 or higher TRAEs occurred in 11% of patients, while TRAEs of any grade occurred in 26%.', false],
    // the events listed after the restricted rate are not its all-grade rate
    ['Grade ≥3 TRAEs occurred in 14% of patients; the most common were anaemia (6%) and fatigue (4%).', false],
    // the two rates in sentences near each other in one paragraph
    ['Grade 3 or higher treatment-related adverse events occurred in 31% of patients. Treatment-related adverse events of any grade were reported in 26% of patients.', true],
    ['Grade 3 or higher treatment-related adverse events occurred in 11% of patients. Treatment-related adverse events of any grade were reported in 26% of patients.', false],
    // two all-grade rates there (two arms, two studies): which one is the whole is not plain
    ['Treatment-related adverse events occurred in 26% of patients in part A and 41% in part B. Grade 3 or higher treatment-related adverse events were reported in 31% of patients.', false],
    ['Any-grade TRAEs occurred in 26% of patients; grade ≥3 TRAEs occurred in 11%.', false],
    ['Treatment-related adverse events occurred in 26% of patients (grade ≥3: 11%).', false],
    // shares at thresholds of one measure
    ['In the high-dose arm, 48.2% of participants lost at least 5% of their body weight, while 52.0% lost at least 10%.', true],
    ['In the high-dose arm, 48.2% of participants lost at least 5% of their body weight, while 31.0% lost at least 10%.', false],
    // the thresholds in brackets after their shares, the measure's noun with them
    ['In the high-dose arm, the shares of participants were 48.2% (\u22655% weight loss), 52.0% (\u226510% weight loss) and 20.1% (\u226515% weight loss).', true],
    ['In the high-dose arm, the shares of participants were 58.2% (\u22655% weight loss), 52.0% (\u226510% weight loss) and 20.1% (\u226515% weight loss).', false],
    // a median or mean outside its own range
    ['The median follow-up was 21.4 months (range 2.2\u201319.8).', true],
    ['Die mediane Behandlungsdauer betrug 7,2 Monate (Spanne: 0,4\u20136,1).', true],
    ['The mean age was 47 years (range, 51\u201383).', true],
    // the range set off by a comma, and labelled with an equals sign
    ['The trial enrolled 400 adults (median age = 48 years, range = 53\u201388 years).', true],
    ['The trial enrolled 400 adults (median age = 58 years, range = 53\u201388 years).', false],
    ['The median follow-up was 21.4 months (range 2.2\u201329.8).', false],
    // the rounding of both is allowed for, where both are measured
    ['The median time on treatment was 3.95 months (range, 4.0\u20139.1).', false],
    // at the edge of that room the two cannot meet, whichever way both were rounded: a median written 3.9 is below 3.95,
    // a least value written 4.0 at least 3.95; a median written 44 is 43.5 or more, a largest value written 43 below 43.5
    ['The median time on treatment was 3.9 months (range, 4.0\u20139.1).', true],
    ['Participants had a median age of 44 years (range, 21\u201343 years).', true],
    ['Participants had a median age of 43 years (range, 21\u201343 years).', false],
    ['The median follow-up was 9.2 months (range, 1.4\u20139.15).', false],
    // a range of counts written whole is the least and the most observed exactly: only the median is rounded
    ['Participants received a median of 3 prior regimens (range, 4\u20139).', true],
    // a mean need not lie in the interquartile range
    ['The mean duration was 9.8 weeks (IQR 2.0\u20136.5).', false],
    // no median or mean named: a confidence interval or a list, not judged here
    ['The ORR was 23 % (range 25\u201340 % across sites).', false],
    // two verbs: two measures
    ['Overall, 40% achieved at least a 50% reduction in seizures, and 45% reported at least 2 seizure-free weeks.', false],    // a part named as part of the figure before it
    ['In total 412 samples were tested, of which 430 in the high-dose group.', true],
    // the whole's noun over a few words, the part's over a longer phrase
    ['In May, Quorix sold 4,600,000 shares of its common stock, which included the exercise in full of the underwriters\u2019 option to purchase 6,000,000 shares of common stock.', true],
    ['In May, Quorix sold 4,600,000 shares of its common stock, which included the exercise in full of the underwriters\u2019 option to purchase 600,000 shares of common stock.', false],
    ['Insgesamt wurden 310 Proben ausgewertet, davon 325 in der Kontrollgruppe.', true],
    ['The firms raised $2.9 billion in all, $3.3 billion of that in Europe.', true],
    ['Operating costs rose to $21.4 million from $17.9 million, which included a $26.0 million license fee.', true],
    ['Die Gesellschaft bot 640.000 neue Stücke an; darin enthalten ist eine Platzierung von 700.000 Aktien.', true],
    ['In total 412 samples were tested, of which 130 in the high-dose group.', false],
    // a bracket the subset's word opens, closing the clause the whole stands in
    ['Quorix may earn a further $60 million in milestone payments if its filings are accepted and approved (including $75 million upon approval in the US).', true],
    ['Quorix may earn a further $60 million in milestone payments if its filings are accepted and approved (including $35 million upon approval in the US).', false],
    ['Quorix may earn $60 million in milestones and $80 million in royalties if its filings are approved (including $75 million upon approval).', false],
    // a bare number whose words qualify a noun further on counts something not yet named
    ['In the two pooled studies, 31 of 90 patients responded, including 17 high-risk and 14 low-risk patients.', false],
    ['The firms raised $2.9 billion in all, $1.3 billion of that in Europe.', false],
    // the part is held to every figure of the whole's run: "to X from Y" does not say which
    ['Operating costs rose to $21.4 million from $17.9 million, which included a $19.0 million license fee.', false],
    // another quantity after the connector is no part
    ['Revenue was $12 million in 2023, including 15 new customers.', false],    // sales of a period inside another
    ['Acme booked sales of $84 million and $97 million for 2022 and the fourth quarter of 2022, respectively.', true],
    ['Product sales were $31.5 million in the third quarter of 2022 and $27.0 million for 2022.', true],
    ['Acme booked sales of $84 million and $27 million for 2022 and the fourth quarter of 2022, respectively.', false],
    ['Product sales were $31.5 million in the third quarter of 2022 and $127.0 million for 2022.', false],
    // cash is no flow: a quarter's end may hold more than the year's
    ['Cash was $31.5 million at the end of the third quarter of 2022 and $27.0 million for 2022.', false],
    // another product's sales
    ['Sales of Zelbotinib were $31.5 million in the third quarter of 2022 and Acme reported $27.0 million for 2022.', false],
    // a fiscal year need not hold a calendar quarter
    ['Product sales were $31.5 million in the third quarter of 2022 and $27.0 million for fiscal 2022.', false],
    // periods of one year named without the year, each before its sum
    ['Zelbio reported fourth-quarter revenue of $63 million and full-year revenue of $58 million.', true],
    ['Zelbio reported fourth-quarter revenue of $23 million and full-year revenue of $58 million.', false],
    ['Der Umsatz der Quorix AG betrug im vierten Quartal 19 Mio. Euro, der Umsatz im Gesamtjahr 16 Mio. Euro.', true],
    ['Der Umsatz der Quorix AG betrug im vierten Quartal 9 Mio. Euro, der Umsatz im Gesamtjahr 16 Mio. Euro.', false],
    // an undated quarter beside a dated year may be this year's quarter against last year's total
    ['First-quarter revenue was $63 million, compared with $58 million for the full year 2021.', false],
    // a loss is no flow of sales
    ['Fourth-quarter revenue of $63 million compared with a full-year net loss of $58 million.', false],    // a region's sales and the world's
    ['Global sales of the vaccine were $2.6 billion, with U.S. sales of $2.9 billion.', true],
    ['Der Umsatz lag weltweit bei 410 Millionen Euro und in Deutschland bei 450 Millionen Euro.', true],
    ['Der weltweite Umsatz lag bei 410 Millionen Euro, davon entfielen auf Deutschland 120 Millionen Euro.', false],
    ['Global sales of the vaccine were $2.6 billion, with U.S. sales of $1.9 billion.', false],
    // a market is another measure than a company's sales
    ['The global market is worth $2.6 billion, while U.S. sales of all vaccines reached $2.9 billion.', false],
    // two periods: last year's world and this year's region
    ['U.S. sales were $2.9 billion in 2023, after global sales of $2.6 billion in 2022.', false],
    ['U.S. sales were $2.9 billion, up from total sales of $2.6 billion in the prior-year quarter.', false],
    // a share price outside the 52-week range its sentence places it in
    ['Shares of Acme Bio closed down 41% at $3.10 on Friday, in a 52-week range of $3.40 to $18.20.', true],
    ['Shares of Acme Bio closed up 12% at $21.60 on Friday, in a 52-week range of $3.40 to $18.20.', true],
    ['Shares of Acme Bio closed down 41% at $3.60 on Friday, in a 52-week range of $3.40 to $18.20.', false],
    // a price said to have left the range, a change rather than a price, two prices: not judged
    ['Shares of Acme Bio fell to $3.10, below their 52-week range of $3.40 to $18.20.', false],
    ['Shares of Acme Bio fell $1.20 on Friday, in a 52-week range of $3.40 to $18.20.', false],
    ['Acme Bio closed at $3.10 and Beta Bio at $5.00, in a 52-week range of $3.40 to $18.20.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
