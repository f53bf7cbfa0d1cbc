import { strict as assert } from 'assert';
import { bindingOf, entitiesOf, figuresOf, messagesOf } from '../helpers';

const TABLE_HEAD = 'Acme Bio reported results for AB-101 in the ACME-1 trial.\n\n| Outcome | AB-101 | Placebo |\n|---|---|---|\n';

describe('readings of tables found wanting on invented journal tables (session 25)', () => {
  describe('a section row that names a group of patients is the population of the rows under it', () => {
    const rows: [string, string | undefined][] = [
      ['PD-L1 ≥50%', 'PD-L1 ≥50%'],
      ['**TPS 1–49%**', 'TPS 1-49%'],
      ['Pretreated patients', 'Pretreated patients'],
      ['Part B', 'Part B'],
      // an adverse event's grade heads events, not patients
      ['Grade ≥3', undefined],
      // a measure's name is the section's endpoint, not a group
      ['Overall survival', undefined],
    ];
    for (const [section, population] of rows) {
      it(`"${section}" → ${population ?? 'no population'}`, () => {
        const doc = `${TABLE_HEAD}| ${section} | | |\n| ORR, % | 41.0 | 20.5 |\n`;
        const f = figuresOf(doc, 'markdown').find(x => x.text === '41.0');
        assert.ok(f, 'the cell is read');
        assert.equal(f!.binding.subgroup, population);
      });
    }
  });

  it('a column named by a marker\'s range of levels is a group of patients, no arm', () => {
    const doc = 'Acme Bio reported results for AB-101 in the ACME-1 trial.\n\n| Outcome | TPS ≥50% (n=40) | TPS 1–49% (n=60) |\n|---|---|---|\n| ORR, % | 45.0 | 30.0 |\n';
    const f = figuresOf(doc, 'markdown').find(x => x.text === '30.0');
    assert.equal(f?.binding.subgroup, 'TPS 1-49%');
    assert.equal(f?.binding.arm, undefined);
  });

  describe('a glossary under a table redefines a short form the lexicon reads otherwise, when the two long forms share no word', () => {
    it('"SD, standard deviation" makes "(SD)" no stable disease', () => {
      // (a label that names no mean: after a mean, "(SD)" is a deviation without a glossary too)
      const doc = `${TABLE_HEAD}| Days to recovery (SD) | 2 (1.5) | 5 (3.1) |\n\nAbbreviations: FN, febrile neutropenia; SD, standard deviation.\n`;
      assert.deepEqual(entitiesOf(doc, 'endpoint', 'markdown').map(e => doc.slice(e.start, e.end)), []);
      // without the glossary, the lexicon's reading stands
      const bare = doc.replace(/Abbreviations:.*\n/, '');
      assert.deepEqual(entitiesOf(bare, 'endpoint', 'markdown').map(e => doc.slice(e.start, e.end)), ['SD']);
    });
    it('a long form that shares a word with the lexicon\'s keeps the lexicon\'s reading', () => {
      const doc = 'AB-101 showed an overall response rate (ORR) of 40% in the ACME-1 trial. The ORR was durable.';
      const names = entitiesOf(doc, 'endpoint').map(e => e.name);
      assert.ok(names.includes('ORR'), names.join(' | '));
    });
  });

  describe('a number in brackets after "k/n" that is k/n in per cent is that share', () => {
    const rows: [string, string, string | undefined][] = [
      ['| Headache | 6/60 (10.0) | 3/58 (5.2) |', '10.0', '%'],
      ['| Headache | 6/60 (10.0) | 3/58 (5.2) |', '5.2', '%'],
      ['Headache: 7/40 (17.5).', '17.5', '%'],
      // not the share: left as it stands
      ['| Headache | 6/60 (14.0) | 3/58 (5.2) |', '14.0', undefined],
    ];
    for (const [line, text, unit] of rows) {
      it(`${line} → ${text} ${unit ?? 'bare'}`, () => {
        const doc = line.startsWith('|') ? `${TABLE_HEAD}${line}\n` : line;
        const f = figuresOf(doc, line.startsWith('|') ? 'markdown' : 'plaintext').find(x => x.text === text);
        assert.ok(f, 'the number is read');
        assert.equal(f!.unit || undefined, unit);
      });
    }
  });

  describe('false alarms of a fresh blind set, read the way a careful reader reads them', () => {
    it('a gain in a median ("an improvement in median OS of 2.2 months") is no median for survival-logic', () => {
      const doc = 'AB-101 cut the risk of progression by 30% (median PFS 12.4 vs. 9.1 months). Overall survival showed an improvement in median OS of 2.2 months that was not significant (median OS 28.6 vs. 26.4 months).';
      assert.deepEqual(messagesOf(doc, 'survival-logic'), []);
      // a median OS that is shorter than the PFS is still found
      assert.equal(messagesOf('With AB-101, median PFS was 11.0 months and median OS was 9.5 months.', 'survival-logic').length, 1);
    });

    it('a minus sign right after a closing bracket is the sign of the number after it, not a dash between two', () => {
      const doc = 'Change from baseline at week 14\nMedian (IQR)\u22120.7 (\u22121.9, 0.4)\u22122.2 (\u22123.1, 0.9)\n';
      const values = figuresOf(doc).map(f => f.value);
      assert.ok(values.some(v => v === -0.7), JSON.stringify(values));
      assert.ok(values.some(v => v === -2.2), JSON.stringify(values));
      assert.deepEqual(messagesOf(doc, 'ci-inconsistent'), []);
    });

    it('two numbers in brackets after an estimate, on a line that names a spread ("IQR", "range"), are that spread, no CI', () => {
      const spread = figuresOf('Change in score, median (IQR) 4.5 (2.5, 6.5)\n').find(f => Array.isArray(f.value));
      assert.deepEqual(spread?.value, [2.5, 6.5]);
      assert.notEqual(spread?.figureKind, 'ci');
      // (and the estimate after the spread's name in capitals is read: "IQR" names no score's level as "PASI" does)
      assert.ok(figuresOf('Change in score, median (IQR) 4.5 (2.5, 6.5)\n').some(f => f.value === 4.5));
      const interval = figuresOf('Time to response, median 4.5 (2.5, 6.5) weeks\n').find(f => Array.isArray(f.value));
      assert.equal(interval?.figureKind, 'ci');
    });

    it('a count out of its group glued to its row\'s label is read when its share in brackets is k/n', () => {
      const figs = figuresOf('Responders9/40 (22.5%)27/60 (45.0%)\n');
      const first = figs.find(f => f.text === '9/40');
      assert.equal(first?.denominator, 40);
      assert.deepEqual(messagesOf('Responders9/40 (22.5%)27/60 (45.0%)\n', 'percent-of-count'), []);
      // a code glued to its letters is still no count
      assert.ok(!figuresOf('The AB8/34 antibody was tested.').some(f => f.text.startsWith('8')));
    });
  });

  describe('a brand marked as a trade mark, written with a capital inside, is one word', () => {
    const rows: [string, string[]][] = [
      ['Patients treated with ZetaVax\u00ae lived longer; ZetaVax was well tolerated.', ['ZetaVax', 'ZetaVax']],
      ['Patients treated with ZetaVax\u00ae-K lived longer.', ['ZetaVax\u00ae-K']],
      // a mark before the targets it is made against names a format
      ['The trial evaluates AB-101 (ZetaBody\u00ae CD3xCD20), an investigational bispecific antibody.', ['AB-101']],
    ];
    for (const [doc, drugs] of rows) {
      it(doc, () => assert.deepEqual(entitiesOf(doc, 'drug').map(e => doc.slice(e.start, e.end)), drugs));
    }
  });

  describe('an arm named by its letter or number ("group A", "Arm 2", "groep B") in prose', () => {
    const doc = 'In the mITT set, EFS at 24 months was 27.5% in group A (n = 44) and 36.1% in group B (n = 31).';
    it('binds the result after which it stands, and the size in brackets after it', () => {
      assert.equal(bindingOf(doc, '27.5%').arm, 'group A');
      assert.equal(bindingOf(doc, '36.1%').arm, 'group B');
      assert.equal(bindingOf(doc, 'n = 31').arm, 'group B');
    });
    it('a result takes the size written with its own arm, not the last size before it', () => {
      assert.equal(bindingOf(doc, '36.1%').n, 31);
    });
    it('binds the results of a clause it opens, up to a comparison word', () => {
      const fronted = 'In Arm A, the ORR was 45% (n = 40). In Arm B, the ORR was 30% versus 20% with placebo.';
      assert.equal(bindingOf(fronted, '45%').arm, 'arm A');
      assert.equal(bindingOf(fronted, '30%').arm, 'arm B');
      assert.notEqual(bindingOf(fronted, '20%').arm, 'arm B');
    });
    it('a time a rate is read at is no result of the arm', () => {
      assert.equal(bindingOf('The EFS at 24 months in group A was 27.5% (n = 44).', '24 months').arm, undefined);
    });
    it('an arm stated with two sizes (two analysis sets) gives no denominator to a share stated elsewhere', () => {
      const two = 'At the first look, EFS was in group A 27.5% (n = 44) and in group B 36.1% (n = 31). At the last look, EFS was 25.8% in group A (n = 66) and 18.2% in group B (n = 66).\n\nThe ORR was 28.9% in group A.';
      assert.deepEqual(messagesOf(two, 'grim'), []);
    });
  });

  it('a brand\'s variant letter after its mark is part of its name, written with the mark or without', () => {
    const doc = 'Patients treated with ZetaVax\u00ae-K lived longer. Later ZetaVax-K again; ZetaVax-Kilo is another word.';
    assert.deepEqual(entitiesOf(doc, 'drug').map(e => `${doc.slice(e.start, e.end)}=${e.name}`), ['ZetaVax\u00ae-K=ZetaVax-K', 'ZetaVax-K=ZetaVax-K', 'ZetaVax=ZetaVax']);
  });

  it('"in the controls" names the control arm, as people', () => {
    assert.equal(bindingOf('Median OS was 21.4 months with AB-101 vs. 17.2 months in the controls (HR=0.78).', '17.2 months').arm, 'controls');
  });

  it('a phrase opening its sentence with its size in brackets is the sentence\'s population', () => {
    const doc = 'For relapsed disease (n=52), median OS was 11.6 months versus 6.9 months (HR = 0.61).';
    assert.equal(bindingOf(doc, '11.6 months').subgroup, 'relapsed disease');
    // a dose's or a placebo's group is an arm, no population
    assert.equal(bindingOf('For placebo recipients (n=52), median OS was 6.9 months.', '6.9 months').subgroup, undefined);
  });

  it('a time point that opens the next clause (", and at 60 months") is not the time of the figures before it', () => {
    const doc = 'With AB-101, survival at 36 months from randomization was 21.3% vs. 12.4%, and at 54 months was 17% vs. 8.2%.';
    assert.equal(bindingOf(doc, '21.3%').timepoint, '36 months');
    assert.equal(bindingOf(doc, '17%').timepoint, '54 months');
    // a time point written right after its figure stays its own
    assert.equal(bindingOf('The response rate was 64% at week 24, and 70% at week 48.', '64%').timepoint, '24 weeks');
  });

  describe('a short form defined with "or" instead of brackets', () => {
    const rows: [string, string[]][] = [
      ['Acme Bio tested zoledronic acid or ZA in the trial; ZA was well tolerated.', ['zoledronic acid', 'ZA', 'ZA']],
      // used once only, or letters that match no long form: no definition
      ['Acme Bio tested zoledronic acid or ZA in the trial.', ['zoledronic acid']],
      ['Patients with melanoma or NSCLC were enrolled; NSCLC was the larger group.', []],
    ];
    for (const [doc, drugs] of rows) {
      it(doc, () => assert.deepEqual(entitiesOf(doc, 'drug').map(e => doc.slice(e.start, e.end)), drugs));
    }
  });

  it('a footnote\'s letter glued to an abbreviation in a table\'s label ("CBRb,c", "DORb") leaves the abbreviation read', () => {
    const doc = `${TABLE_HEAD}| CBRb,c | 45 | 30 |\n| DORb | 8.1 | 6.0 |\n`;
    assert.deepEqual(entitiesOf(doc, 'endpoint', 'markdown').map(e => e.name), ['CBR', 'DOR']);
    assert.equal(figuresOf(doc, 'markdown').find(f => f.text === '8.1')?.binding.endpoint, 'DOR');
    // a regimen's short form ends in a lower-case "d" (dexamethasone): no footnote
    assert.deepEqual(entitiesOf('Patients received pomalidomide, bortezomib and dexamethasone (PVd).', 'indication').map(e => e.name), []);
  });

  it('a range whose second bound carries its minus sign after "to" is one range ("\u221224 to \u22128")', () => {
    const f = figuresOf('The difference was \u221216 (\u221224 to \u22128) points.').find(x => Array.isArray(x.value));
    assert.deepEqual(f?.value, [-24, -8]);
    // a rise to a negative value is no range
    assert.ok(!figuresOf('The score rose 5 to -3 points.').some(x => Array.isArray(x.value)));
  });

  it('a label in percentage points declares a difference of shares, its interval in the same unit', () => {
    const doc = `${TABLE_HEAD}| Difference in ORR, percentage points (95% CI) | 12.5 (4.1 to 20.9) | Ref |\n`;
    const figs = figuresOf(doc, 'markdown');
    assert.equal(figs.find(f => f.text === '12.5')?.unit, 'percentage points');
    assert.equal(figs.find(f => f.text === '4.1 to 20.9')?.figureKind, 'ci');
  });

  it('a date opening a sentence dates the parts of its sum, not a sum after a word of change', () => {
    const parts = 'Net loss for the first nine months of 2031 was $9.6 million. At September 30, 2031, the Company had cash of $9.1 million, $4.9 million of which was available for general use.';
    assert.equal(bindingOf(parts, '$4.9 million').timepoint, 'September 30, 2031');
    const change = 'As of June 30, 2031, cash was $41 million, up from $12 million at the end of 2030.';
    assert.notEqual(bindingOf(change, '$12 million').timepoint, 'June 30, 2031');
  });
});

