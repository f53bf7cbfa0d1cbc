import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

/**
 * The release's own date bounded by its dated clauses: a done event lies at or before it, a planned or still-running
 * one at or after it. Invented sentences, each with the date the finding must stand on (or touch through its related
 * range), or none.
 */
const dated = (text: string) => analyzeText(text).findings.filter(f => f.code === 'date-inconsistent');
const touches = (text: string, target: string) => {
  const at = text.indexOf(target);
  assert.ok(at >= 0, `no "${target}" in the test text`);
  const end = at + target.length;
  return dated(text).some(f => (f.start < end && at < f.end) || (f.related ?? []).some(r => r.start !== undefined && r.start < end && at < r.end!));
};

const CASES: { name: string; text: string; flags?: string }[] = [
  // no dateline: a day's closing price is known only once the day has passed; a closing still expected before it cannot be
  {
    name: 'a closing still expected before the closing price it is priced against',
    text: 'Acme Bio to acquire Beta Labs\n\nAcme Bio will pay $12.00 per share in cash, a premium of 40% to Beta Labs\u2019 closing price on March 3, 2026. The transaction is expected to close in the fourth quarter of 2025.',
    flags: 'fourth quarter of 2025',
  },
  {
    name: 'the same closing expected after the closing price',
    text: 'Acme Bio to acquire Beta Labs\n\nAcme Bio will pay $12.00 per share in cash, a premium of 40% to Beta Labs\u2019 closing price on March 3, 2026. The transaction is expected to close in the second quarter of 2026.',
  },
  // German: the finite verb at the end of a subordinate clause gives its tense
  {
    name: 'a German grant stated done after a payment still to be made',
    text: 'Acme Bio hatte im M\u00e4rz 2027 die Rechte an AB-101 an Beta vergeben.\n\nDie Partner haben vereinbart, dass Beta die erste Zahlung sp\u00e4testens Ende 2026 leisten wird, teilte Acme Bio mit.',
    flags: 'M\u00e4rz 2027',
  },
  {
    name: 'the same grant stated done before the payment',
    text: 'Acme Bio hatte im M\u00e4rz 2026 die Rechte an AB-101 an Beta vergeben.\n\nDie Partner haben vereinbart, dass Beta die erste Zahlung sp\u00e4testens Ende 2026 leisten wird, teilte Acme Bio mit.',
  },
  {
    name: 'a German clause ending in a past auxiliary, dated after the dateline',
    text: 'Acme Bio plant Kapitalerh\u00f6hung\n\n10.06.2026\n\nAcme Bio will neue Aktien ausgeben, nachdem das Unternehmen im Dezember 2026 die Zulassung f\u00fcr AB-101 erhalten hatte.',
    flags: 'Dezember 2026',
  },
  {
    name: 'the same clause dated before the dateline',
    text: 'Acme Bio plant Kapitalerh\u00f6hung\n\n10.06.2026\n\nAcme Bio will neue Aktien ausgeben, nachdem das Unternehmen im Dezember 2025 die Zulassung f\u00fcr AB-101 erhalten hatte.',
  },
  // still running until a date that lies before the release
  {
    name: 'a congress still running until a day before the release',
    text: 'Datum: September 2026\n\nAcme Bio zeigte die Daten am derzeit laufenden Kongress, der noch bis zum 01. August l\u00e4uft.',
    flags: '01. August',
  },
  {
    name: 'the same congress running until a day after the release',
    text: 'Datum: September 2026\n\nAcme Bio zeigte die Daten am derzeit laufenden Kongress, der noch bis zum 20. September l\u00e4uft.',
  },
  {
    name: 'an English window currently open until a day before the dateline',
    text: 'SPRINGFIELD, May 15, 2026 \u2013 Acme Bio said enrolment in its AB-101 program is currently open until April 30, 2026.',
    flags: 'April 30, 2026',
  },
  {
    name: 'a window that ran until a day before the dateline (past: no bound)',
    text: 'SPRINGFIELD, May 15, 2026 \u2013 Acme Bio said enrolment in its AB-101 program was open until April 30, 2026.',
  },
  // a period reported on is over at the release
  {
    name: 'a plan dated before the end of the quarter reported on',
    text: 'Acme Bio fourth quarter 2026 financial results:\n\nRevenue was $3.1 million. Acme Bio plans to submit a meeting request to the FDA by the end of March 2026.',
    flags: 'March 2026',
  },
  {
    name: 'the same plan dated after the quarter',
    text: 'Acme Bio fourth quarter 2026 financial results:\n\nRevenue was $3.1 million. Acme Bio plans to submit a meeting request to the FDA by the end of March 2027.',
  },
  // guards
  {
    name: 'a bare year after a quarter\u2019s word is not the whole year over',
    text: 'SPRINGFIELD, August 14, 2026 \u2013 Acme Bio reported second-quarter 2026 results today.',
  },
  {
    name: 'a period that opens with "since" is no plan dated before the release',
    text: 'Acme Bio has sold AB-101 since 2005. The product will be sold since 2005 under its brand, as it has been. It closed its offering on March 3, 2026.',
  },
  {
    name: 'two news items of a page, a title line between them, are not one release',
    text: 'Acme Bio to acquire Beta Labs\n\nAcme Bio will pay $12.00 per share, a premium of 40% to the closing price on March 3, 2026.\n\nGamma Bio to acquire Delta Labs\n\nThe transaction is expected to close in the fourth quarter of 2025.',
  },
  {
    name: 'an expectation of the past is no plan ("was expected to")',
    text: 'Acme Bio paid a premium to the closing price on March 3, 2026. The deal was expected to close in the fourth quarter of 2025, and closed then.',
  },
];

describe('date-inconsistent: the release window', () => {
  for (const c of CASES) {
    it(c.flags ? `reports ${c.name}` : `stays silent on ${c.name}`, () => {
      if (c.flags) assert.ok(touches(c.text, c.flags), `expected a finding on "${c.flags}": ${JSON.stringify(dated(c.text).map(f => f.message))}`);
      else assert.deepEqual(dated(c.text).map(f => f.message), []);
    });
  }
});

describe('dates written with an apostrophe year', () => {
  const CASES: [string, string | undefined][] = [
    ['The deal is expected to close in Q3\u201926.', '2026-Q3'],
    ["The deal is expected to close in Dec'26.", '2026-12'],
    ['Topline data are expected in H1\u201927.', '2027-H1'],
    ["Acme Bio's AB-101 is in its Q3 cohort.", undefined],
    // an ordinal word joined to its period by a hyphen
    ['Acme Bio reports third-quarter 2026 results.', '2026-Q3'],
  ];
  for (const [text, iso] of CASES) {
    it(`${text} -> ${iso ?? 'no date'}`, () => {
      const dates = analyzeText(text).model.entities.filter(e => e.kind === 'figure' && e.figureKind === 'date') as { iso?: string }[];
      assert.deepEqual(dates.map(d => d.iso), iso ? [iso] : []);
    });
  }
});

describe('an ordinal day with a leading zero before a month', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { splitSentences } = require('../../../server/src/analysis/text') as { splitSentences: (t: string) => { start: number; end: number }[] };
  const CASES: [string, number][] = [
    ['Der Kongress l\u00e4uft noch bis zum 01. August. Acme Bio zeigt dort Daten.', 2],
    ['Die Frist endet am 09. Mai 2026 um Mitternacht.', 1],
    // no month after it: the full stop ends the sentence
    ['Acme Bio stand auf Platz 01. Beta Labs folgte.', 2],
  ];
  for (const [text, n] of CASES) {
    it(`${text} -> ${n} sentence(s)`, () => assert.equal(splitSentences(text).length, n));
  }
});

describe('date-inconsistent: a milestone before the agreement that defines it', () => {
  const AGREEMENT = 'In May 2026, Acme Bio entered into an exclusive license agreement with Beta Labs (now Beta Therapeutics) for AB-101.\n\n';
  const CASES: { name: string; text: string; flags?: string }[] = [
    { name: 'a milestone dated before the signing', text: `${AGREEMENT}Milestone 1: $4.0 million in 1Q25 upon acceptance of the IND.`, flags: '1Q25' },
    { name: 'a milestone dated after the signing', text: `${AGREEMENT}Milestone 1: $4.0 million in 1Q27 upon acceptance of the IND.` },
    { name: 'a milestone of an earlier agreement, two signings at two dates', text: `${AGREEMENT}In March 2020, Acme Bio signed a collaboration agreement with Gamma Labs.\n\nMilestone 1: $4.0 million in 1Q21 upon acceptance of the IND.` },
    { name: 'a milestone sentence holding a second date', text: `${AGREEMENT}A milestone of $4.0 million was paid in 1Q25 and another in 1Q27.` },
    { name: 'a German milestone before the signing', text: 'Acme Bio hat im Mai 2026 eine Lizenzvereinbarung mit Beta Labs unterzeichnet.\n\nDer erste Meilenstein wurde im Januar 2025 erreicht.', flags: 'Januar 2025' },
  ];
  for (const c of CASES) {
    it(c.flags ? `reports ${c.name}` : `stays silent on ${c.name}`, () => {
      if (c.flags) assert.ok(touches(c.text, c.flags), `expected a finding on "${c.flags}": ${JSON.stringify(dated(c.text).map(f => f.message))}`);
      else assert.deepEqual(dated(c.text).map(f => f.message), []);
    });
  }
});

describe('date-inconsistent: an event after the period whose results the release reports', () => {
  const HEAD = 'Acme Bio fourth quarter 2026 financial results:\n\nRevenue was $3.1 million in the quarter. ';
  const CASES: { name: string; text: string; flags?: string }[] = [
    { name: 'sales ramping after a launch dated long after the quarter', text: `${HEAD}AB-101 sales are just starting to ramp after our September 2027 launch.`, flags: 'September 2027' },
    { name: 'the same launch dated within the quarter', text: `${HEAD}AB-101 sales are just starting to ramp after our October 2026 launch.` },
    { name: 'a launch dated between the quarter\u2019s end and a plausible release', text: `${HEAD}AB-101 sales began after our January 2027 launch.` },
    { name: 'a launch still to come after an order word', text: `${HEAD}AB-101 sales will start after our September 2027 launch.` },
    { name: 'an earlier period\u2019s results in the head are a comparison, the latest is the release\u2019s', text: 'Acme Bio fourth quarter 2026 results compared with second quarter 2026 results:\n\nAB-101 sales are ramping after our March 2027 launch.' },
  ];
  for (const c of CASES) {
    it(c.flags ? `reports ${c.name}` : `stays silent on ${c.name}`, () => {
      if (c.flags) assert.ok(touches(c.text, c.flags), `expected a finding on "${c.flags}": ${JSON.stringify(dated(c.text).map(f => f.message))}`);
      else assert.deepEqual(dated(c.text).map(f => f.message), []);
    });
  }
});

describe('date-inconsistent: a German subordinate clause ending in a weak verb\u2019s preterite', () => {
  const HEAD = 'Acme Bio w\u00e4chst\n\nFRANKFURT, 11. Mai 2026 (Acme Zeitung)\n\n';
  const CASES: { name: string; text: string; flags?: string }[] = [
    { name: 'a deal done after the dateline (the source in brackets after the dateline)', text: `${HEAD}Der Vertrag ist vergleichbar mit dem Abschluss, den Beta Labs im M\u00e4rz 2027 mit Gamma unterzeichnete.`, flags: 'M\u00e4rz 2027' },
    { name: 'the same deal done before the dateline', text: `${HEAD}Der Vertrag ist vergleichbar mit dem Abschluss, den Beta Labs im M\u00e4rz 2026 mit Gamma unterzeichnete.` },
    { name: 'an ordinal ending the clause, no verb', text: `${HEAD}Acme Bio nennt die Studie, die im M\u00e4rz 2027 die dritte.` },
    { name: 'a capitalised noun ending in -te', text: `${HEAD}Acme Bio nennt die Daten, die im M\u00e4rz 2027 f\u00fcr die Rate.` },
    { name: 'a subordinate clause with a future verb', text: `${HEAD}Acme Bio nennt den Vertrag, den Beta im M\u00e4rz 2027 unterzeichnen wird.` },
  ];
  for (const c of CASES) {
    it(c.flags ? `reports ${c.name}` : `stays silent on ${c.name}`, () => {
      if (c.flags) assert.ok(touches(c.text, c.flags), `expected a finding on "${c.flags}": ${JSON.stringify(dated(c.text).map(f => f.message))}`);
      else assert.deepEqual(dated(c.text).map(f => f.message), []);
    });
  }
});

describe('date-inconsistent: a results notice names the period and the day of its report', () => {
  it('stays silent on a notice dated before the end of the quarter whose results it schedules', () => {
    const text = 'SPRINGFIELD, December 15, 2026 \u2013 Acme Bio to report fourth quarter 2026 financial results on February 5, 2027.';
    assert.deepEqual(dated(text).map(f => f.message), []);
  });
  it('reports a release of the quarter\u2019s results dated before the quarter ended', () => {
    const text = 'SPRINGFIELD, December 15, 2026 \u2013 Acme Bio fourth quarter 2026 financial results: revenue was $3.1 million.';
    assert.ok(touches(text, 'fourth quarter 2026'), JSON.stringify(dated(text).map(f => f.message)));
  });
});

describe('date-inconsistent: a comparison dated with the release\u2019s own period', () => {
  const HEAD = 'Acme Bio posted revenue of $2.1 million for the three months ended December 31, 2026.\n\n';
  const CASES: { name: string; text: string; flags?: string }[] = [
    { name: 'the year-ago comparison dated with the current quarter', text: `${HEAD}Its net loss for the quarter was $1.0 million, compared to a net loss of $6.3 million, or $0.43 per share, in Q4 2026.`, flags: 'Q4 2026' },
    { name: 'the comparison dated with the year-ago quarter', text: `${HEAD}Its net loss for the quarter was $1.0 million, compared to a net loss of $6.3 million, or $0.43 per share, in Q4 2025.` },
    { name: 'a comparison with guidance for the same quarter', text: `${HEAD}Its net loss for the quarter was $1.0 million, compared with guidance of $1.5 million for Q4 2026.` },
    { name: 'the current quarter named before the comparison', text: `${HEAD}In Q4 2026, its net loss was $1.0 million, compared to $6.3 million a year earlier.` },
    { name: 'a quarter\u2019s results in the head, the comparison in the same quarter', text: 'Acme Bio fourth quarter 2026 financial results\n\nRevenue was $2.1 million versus $1.4 million in the fourth quarter of 2026.', flags: 'fourth quarter of 2026' },
  ];
  for (const c of CASES) {
    it(c.flags ? `reports ${c.name}` : `stays silent on ${c.name}`, () => {
      if (c.flags) assert.ok(touches(c.text, c.flags), `expected a finding on "${c.flags}": ${JSON.stringify(dated(c.text).map(f => f.message))}`);
      else assert.deepEqual(dated(c.text).map(f => f.message), []);
    });
  }
});

describe('date-inconsistent: "expected in" puts its clause in the future', () => {
  const HEAD = 'SPRINGFIELD, March 3, 2027 \u2013 Acme Bio reported its results. ';
  it('reports interim results still expected in a year before the release', () => {
    const text = `${HEAD}Interim results from the AB-101 trial are expected in late 2026, with final results to follow.`;
    assert.ok(touches(text, 'late 2026'), JSON.stringify(dated(text).map(f => f.message)));
  });
  it('stays silent on an expectation of the past and on one after the release', () => {
    assert.deepEqual(dated(`${HEAD}Interim results from the AB-101 trial were expected in late 2026, and came then.`).map(f => f.message), []);
    assert.deepEqual(dated(`${HEAD}Interim results from the AB-101 trial are expected in late 2027, with final results to follow.`).map(f => f.message), []);
  });
});

describe('date-inconsistent: a verb of completion before the second date of a clause', () => {
  const HEAD = 'SPRINGFIELD, October 29, 2026 \u2013 Acme Bio reported its results. ';
  it('reports a repurchase completed after the release', () => {
    const text = `${HEAD}It returned $1 billion with a repurchase agreement executed in February 2026 and completed in August 2027.`;
    assert.ok(touches(text, 'August 2027'), JSON.stringify(dated(text).map(f => f.message)));
  });
  it('stays silent on one still to be completed, and on one completed before the release', () => {
    assert.deepEqual(dated(`${HEAD}It will return $1 billion with a repurchase agreement executed in February 2026 and completed in August 2027.`).map(f => f.message), []);
    assert.deepEqual(dated(`${HEAD}It returned $1 billion with a repurchase agreement executed in February 2026 and completed in August 2026.`).map(f => f.message), []);
  });
});
