import { strict as assert } from 'assert';
import { messagesOf } from '../helpers';

describe('readings of session 44', () => {
  describe('a median said of a group named right after it, before "vs", is that group\'s', () => {
    // arms written as shorthand the binder does not know ("Q" alone, "Q+Z300"): the binding falls back on the sentence's drug
    const SHORTHAND = [
      'Acme reports randomized phase 2 results for ZB-417',
      '',
      'ZB-417 was tested at 200 mg and 300 mg, each added to Q, against Q alone in 150 patients (50 Q: 50 Q+Z200: 50 Q+Z300).'
        + ' Progression-free survival reached a median of 4.1 mo in Q vs 6.3 mo in Q+Z groups (HR 0.66, 95% CI 0.45 - 0.95; p = 0.02).'
        + ' For Q + Z300 the median PFS was 7.0 mo. Grade 3 events were similar across the groups.',
      '',
    ].join('\n');
    it('the control\'s median and one dose group\'s are not one median stated twice', () => {
      assert.deepEqual(messagesOf(SHORTHAND, 'repeated-value'), []);
    });
    it('a group that names the bound drug keeps the median the drug\'s, so a changed restatement is still reported', () => {
      const doc = [
        'Acme\'s ZB-417 extends median PFS to 7.3 months in phase 3',
        '',
        'Acme today announced results of the randomized phase 3 study of ZB-417 in 400 patients with advanced disease.'
          + ' Median PFS was 6.3 months with ZB-417 vs 4.1 months with placebo (HR 0.66; p=0.002). The safety profile was'
          + ' consistent with earlier studies.',
        '',
        'Acme plans to file for approval next year.',
        '',
      ].join('\n');
      const found = messagesOf(doc, 'repeated-value');
      assert.equal(found.length, 1, found.join(' | '));
      assert.match(found[0], /6\.3 months here but 7\.3 months/);
    });
  });

  describe('a share a verb of composition puts before it ("make up 40 %") is a group\'s size, no value of a measure', () => {
    const LEDE = [
      'Acme: dati di Fase III per ZB-417',
      '',
      'Acme ha comunicato oggi i dati dello studio di Fase III su ZB-417 condotto su 300 pazienti. Nei pazienti con malattia'
        + ' avanzata la sopravvivenza globale \u00e8 aumentata del 25%, un risultato statisticamente significativo. Questi pazienti'
        + ' rappresentano il 40% della popolazione studiata e sono stati selezionati in anticipo. I risultati completi saranno'
        + ' presentati a un congresso medico. Acme discuter\u00e0 i passi successivi con le agenzie regolatorie. Le azioni sono'
        + ' salite in Borsa. Gli analisti attendono ulteriori dettagli.',
      '',
    ].join('\n');
    it('the subgroup\'s share of the population is not read as the gain in survival restated', () => {
      assert.deepEqual(messagesOf(LEDE, 'repeated-value'), []);
    });
    it('the same sentence stating the gain again with another value is still reported', () => {
      const restated = LEDE.replace('Questi pazienti rappresentano il 40% della popolazione studiata e', 'In questi pazienti la sopravvivenza globale \u00e8 aumentata del 35% e');
      const found = messagesOf(restated, 'repeated-value');
      assert.equal(found.length, 1, found.join(' | '));
    });
  });

  describe('a possessive ("its IPO") makes an event its owner\'s, no reference back to another company\'s', () => {
    const ROUNDUP = [
      'Two biotech listings this week',
      '',
      'Acme Genomics Inc., which edits genes in the liver, set the price of its IPO at $16 a share on Tuesday and raised $96'
        + ' million. The stock traded at $21 by the close. Acme will use the money for two trials. Its lead program targets a rare'
        + ' disease.',
      'Zeta Biologics Inc. set the price of its IPO at $10 a share on Wednesday and raised $50 million. Zeta\'s stock closed flat.',
      'Bankers expect more listings before the summer. Several companies have filed. Most plan to raise less than $100 million.'
        + ' Investors remain careful.',
      '',
    ].join('\n');
    it('two companies\' IPO prices in a roundup are two events', () => {
      assert.deepEqual(messagesOf(ROUNDUP, 'repeated-value'), []);
    });
    it('the same company\'s price restated with another value is still reported', () => {
      const doc = ROUNDUP.replace('Zeta Biologics Inc. set the price of its IPO at $10 a share', 'Acme Genomics Inc. set the price of its IPO at $18 a share');
      assert.ok(messagesOf(doc, 'repeated-value').some(m => /\$18 here but \$16 earlier/.test(m)), messagesOf(doc, 'repeated-value').join(' | '));
    });
  });

  describe('survival-logic holds the comparator\'s own arm to its own overall survival', () => {
    const ABSTRACT = 'Acme said median overall survival was 20.1 months in the ZB-417 arm and 14.2 months in the placebo arm (HR 0.70).'
      + ' Median radiographic PFS was 9.0 months with ZB-417 and 16.4 months in the placebo arm.';
    it('a placebo arm\'s median rPFS above its median OS is reported', () => {
      const found = messagesOf(ABSTRACT, 'survival-logic');
      assert.equal(found.length, 1, found.join(' | '));
      assert.match(found[0], /16\.4 months is longer than median OS 14\.2 months \(placebo\)/);
    });
    it('the same arm\'s median rPFS below its OS is not', () => {
      assert.deepEqual(messagesOf(ABSTRACT.replace('16.4 months', '6.4 months'), 'survival-logic'), []);
    });
  });

  describe('a results release is dated after the period its title reports on', () => {
    const RELEASE = [
      'Acme Bio, Inc. Reports Fourth Quarter and Full Year 2025 Financial Results',
      '',
      'OAKTOWN, Calif. -- February 26, 2026',
      '',
      'Acme Bio, Inc. (NASDAQ: ACME) today reported its financial results for the quarter and full year ended December 31, 2025.',
      '',
      'For the fourth quarter of 2025, total revenue was $12.4 million, compared with $9.8 million for the same period in 2024.',
      '',
    ].join('\n');
    const titleFindings = (text: string) => messagesOf(text, 'date-inconsistent').filter(m => m.includes('its title reports'));
    it('a newswire\'s "PLACE, St. -- date" line dates the release, which may follow its period', () => {
      assert.deepEqual(messagesOf(RELEASE, 'date-inconsistent'), []);
    });
    it('dated before the title\'s year has ended, the release is reported', () => {
      const early = RELEASE.replace('February 26, 2026', 'February 26, 2025');
      assert.equal(titleFindings(early).length, 1, messagesOf(early, 'date-inconsistent').join(' | '));
      assert.match(titleFindings(early)[0], /dated February 26, 2025, before the end of the period/);
    });
    it('a title that announces results to come is not read so', () => {
      const ahead = RELEASE.replace('February 26, 2026', 'February 26, 2025').replace('Reports Fourth Quarter', 'to Report Fourth Quarter');
      assert.deepEqual(titleFindings(ahead), []);
    });
  });

  describe('a part of a split group counts no more than the group', () => {
    it('an arm larger than the group it splits is impossible, reported on the arm', () => {
      const text = 'Data from 240 patients (250 treated with AB-101 and 40 with standard of care) were analysed.';
      const found = messagesOf(text, 'impossible-value');
      assert.equal(found.length, 1, found.join(' | '));
      assert.match(found[0], /^250 is impossible: a part of the group of 240/);
    });
    it('arms within the group are not', () => {
      assert.deepEqual(messagesOf('Data from 240 patients (200 treated with AB-101 and 40 with standard of care) were analysed.', 'impossible-value'), []);
    });
    it('Italian arms ("trattati con", "con SoC") split the group as English ones do', () => {
      const text = 'Nello studio sono stati inclusi 240 pazienti (250 trattati con AB-101 e 40 con SoC).';
      assert.equal(messagesOf(text, 'impossible-value').length, 1);
      assert.equal(messagesOf(text, 'totals').length, 1);
      assert.deepEqual(messagesOf(text.replace('250 trattati', '200 trattati'), 'totals'), []);
    });
  });

  describe('an allocation ratio against arm sizes written as counts in brackets', () => {
    const TEXT = 'Acme randomised 600 adults 2:1 to AB-101 (400 patients) or placebo (200 patients).';
    it('arms that keep the ratio are let be', () => {
      assert.deepEqual(messagesOf(TEXT, 'claimed-ratio'), []);
    });
    it('arms that break it are reported', () => {
      const found = messagesOf(TEXT.replace('2:1', '3:1'), 'claimed-ratio');
      assert.equal(found.length, 1, found.join(' | '));
      assert.match(found[0], /^Randomized 3:1, yet the arms are 400:200/);
    });
  });

  describe('dose groups after a semicolon split the group before it', () => {
    const TEXT = 'Acme\'s first-in-human study dosed 15 patients; 4 receiving 2 mg, 5 receiving 6 mg and 6 receiving 12 mg.';
    it('groups that fit the whole are let be', () => {
      assert.deepEqual(messagesOf(TEXT, 'totals'), []);
    });
    it('groups that add up to more than the whole are reported', () => {
      const found = messagesOf(TEXT.replace('6 receiving 12 mg', '8 receiving 12 mg'), 'totals');
      assert.equal(found.length, 1, found.join(' | '));
      assert.match(found[0], /4 \+ 5 \+ 8 = 17, more than the 15/);
    });
    it('the same dose named twice makes no arms', () => {
      assert.deepEqual(messagesOf(TEXT.replace('5 receiving 6 mg', '5 receiving 2 mg').replace('6 receiving 12 mg', '8 receiving 12 mg'), 'totals'), []);
    });
  });

  describe('an interval\'s bound written with a sign of comparison is only a bound', () => {
    const TABLE = '| Outcome | AB-101 vs control |\n|---|---|\n| Odds ratio (95% CI) | 7.12 (2.10, >9.99) |\n';
    it('a ratio is not held to the geometric mean of a truncated interval', () => {
      assert.deepEqual(messagesOf(TABLE, 'ci-inconsistent'), []);
    });
    it('with both bounds printed, the symmetry is still judged', () => {
      assert.equal(messagesOf(TABLE.replace('>9.99', '9.99'), 'ci-inconsistent').length, 1);
    });
  });

  describe('two rates of one denominator are of one group, paragraphs apart', () => {
    const DOC = [
      'AB-101 produced a complete response rate of 40% (n=8/20), Acme said.',
      '',
      'Its ORR reached 70% (n=14/20), and 35% (n=7/20) later proceeded to a transplant.',
      '',
    ].join('\n');
    it('a complete response rate above the overall response rate of the same 20 patients is reported', () => {
      const found = messagesOf(DOC.replace('70% (n=14/20)', '30% (n=6/20)'), 'impossible-value');
      assert.equal(found.length, 1, found.join(' | '));
      assert.match(found[0], /CR 40 % is above ORR 30 %, both of the same 20 patients/);
    });
    it('rates in order, and a share the binder gave the sentence\'s endpoint, are let be', () => {
      assert.deepEqual(messagesOf(DOC, 'impossible-value'), []);
    });
    it('rates of two denominators are two groups', () => {
      assert.deepEqual(messagesOf(DOC.replace('70% (n=14/20)', '30% (n=9/30)'), 'impossible-value'), []);
    });
  });

  describe('a difference labelled after a semicolon, as abstracts list it', () => {
    const ABSTRACT = 'AB-101 was noninferior to the comparator (150/180 [83.3%] vs 160/190 [84.2%]; difference, -0.8%; 95% CI, -8.4 to 6.9).'
      + ' In the per-protocol population, cure rates were similar (140/150 [93.3%] vs 150/162 [92.6%]; difference, 0.6; 95% CI, -5.2, 6.5).';
    it('differences within a point of the two rates (an adjusted estimate) are let be', () => {
      assert.deepEqual(messagesOf(ABSTRACT, 'totals'), []);
    });
    it('a difference the two rates do not give is reported, with or without its per cent sign', () => {
      assert.equal(messagesOf(ABSTRACT.replace('difference, -0.8%', 'difference, -4.8%'), 'totals').length, 1);
      assert.equal(messagesOf(ABSTRACT.replace('difference, 0.6;', 'difference, 2.6;'), 'totals').length, 1);
    });
  });

  describe('false alarms of the last fresh sets, each on invented text', () => {
    it('a first arm written as its siblings are, "(...; n=52)", is no whole they are held to', () => {
      assert.deepEqual(messagesOf("Patients were randomized to one of three groups: AB-101 10 mg (weekly; n=52), AB-101 5 mg (n=50) or placebo (n=51), added to their current treatment.\n", 'totals'), []);
      assert.equal(messagesOf("A total of 150 patients were randomized to one of three groups: AB-101 10 mg (n=52), AB-101 5 mg (n=50) or placebo (n=51).\n", 'totals').length, 1);
    });
    it('shares of a group\'s people, "70% (n=56) of patients ...", are traits that may overlap, not parts of the group', () => {
      assert.deepEqual(messagesOf("Among a total of 80 treated patients: the median age was 9 years, 70% (n=56) of patients were still on treatment at the cutoff and 55% (n=44) of patients had received a prior therapy.\n", 'totals'), []);
    });
    it('a drug\'s triplet and its doublet are two regimens with two medians', () => {
      const doc = "Acme reports AB-101 results\n\nThe AB-101 triplet reduced the risk of progression by 70% in the study, reaching a median progression-free survival of 9.1 months compared to 2.2 months for the control. The AB-101 doublet also did well, with a 60% reduction in risk and a median PFS of 7.2 months. More data will follow. Acme plans to file next year. Shares rose. Analysts were pleased.\n";
      assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
      assert.equal(messagesOf(doc.replace('The AB-101 doublet also did well', 'The AB-101 triplet also did well'), 'repeated-value').length, 1);
    });
    it('"(To prospectus dated ...)" dates another document, not the release', () => {
      assert.deepEqual(messagesOf("Filed Pursuant to Rule 424(b)(5)\nProspectus supplement\n(To prospectus dated January 5, 2026)\n2,000,000 Shares\nWe are selling 2,000,000 shares of our common stock in this offering. On March 1, 2026, the last reported sale price of our common stock was $41.10 per share. See our Annual Report for the year ended December 31, 2025.\n", 'date-inconsistent'), []);
      assert.equal(messagesOf('Dated: January 5, 2026\n\nAcme Bio reported results. On March 1, 2026, the last reported sale price of its stock was $41.10.\n', 'date-inconsistent').length, 1);
    });
    it('a footnote\'s marker "(1)" at a line\'s start is no whole its text\'s figure is part of', () => {
      assert.deepEqual(messagesOf("| Title | Amount |\n|---|---|\n| Common stock | 2,300,000 |\n\n(1) | Includes 300,000 shares of common stock which may be purchased by the underwriters.\n", 'impossible-value'), []);
    });
  });

  describe('false alarms of a raw set of real releases, each on invented text', () => {
    it('a date under a flattened header\'s "Quarter Ended", past the other columns\' dates, is a period\'s end, no dateline', () => {
      assert.deepEqual(messagesOf("Selected quarterly data (unaudited)\nQuarterly figures of Acme Bio for the years ended December 31, 2025 and 2024:\nQuarter Ended\nQuarter Ended\nDecember 31,\n2025\nSeptember 30,\n2025\nRevenue:\n$\n1,200,000\n$\n950,000\nAcme expects its cash to fund operations through the year ended December 31, 2026.\n", 'date-inconsistent'), []);
    });
    it('the interval right after "A vs. B" is the comparison\'s, not B\'s own', () => {
      const text = "Cure rates were 79.4% vs. 77.9% (95% CI: -5.1, 8.2) with AB-101 and the comparator.\n";
      assert.deepEqual(messagesOf(text, 'ci-inconsistent'), []);
      assert.equal(messagesOf('The response rate with AB-101 was 79.4% (95% CI: 85.1, 92.2).', 'ci-inconsistent').length, 1);
    });
    it('the prior year compared with the release\'s own, the other way round, is no comparison dated in its own period', () => {
      const text = "OAKTOWN, March 3, 2026 -- Acme Bio announced its financial results for the fiscal year ended December 31, 2025. Other income was $4,100,000 in 2024 as compared to $650,000 in 2025. Research costs in 2025 were $5,200,000 as compared to $4,800,000 in 2024.\n";
      assert.deepEqual(messagesOf(text, 'date-inconsistent'), []);
      assert.equal(messagesOf(text.replace('$4,100,000 in 2024 as compared to', '$4,100,000 as compared to'), 'date-inconsistent').length, 1);
    });
    it('"\u22656 of 12 weeks" is how long a responder responds, no count a share is of', () => {
      assert.deepEqual(messagesOf("The share of weekly responders for \u22656 of 12 weeks (41% vs 30%) and for \u22659 of 12 weeks (13% vs 4%) favoured AB-101.\n", 'percent-of-count'), []);
      assert.equal(messagesOf('A response was seen in 6 of 12 patients (41%).', 'percent-of-count').length, 1);
    });
  });

  describe('"missed" denies a claim of significance as "failed" does', () => {
    it('"missed the primary endpoint of significantly improving ..." claims nothing its p-value contradicts', () => {
      assert.deepEqual(messagesOf('Top-line data showed that AB-101 missed the primary endpoint of significantly improving symptoms from baseline to week 8 versus placebo (p=0.12).', 'significance-vs-ci'), []);
    });
    it('the claim made outright is still held to its p-value', () => {
      assert.equal(messagesOf('Top-line data showed that AB-101 significantly improved symptoms from baseline to week 8 versus placebo (p=0.12).', 'significance-vs-ci').length, 1);
    });
  });
});

