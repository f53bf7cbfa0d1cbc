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
      const doc = `${TABLE_HEAD}| Mean days to recovery (SD) | 2 (1.5) | 5 (3.1) |\n\nAbbreviations: FN, febrile neutropenia; SD, standard deviation.\n`;
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
    it('a gain in a median ("an improvement in median OS of 1.9 months") is no median for survival-logic', () => {
      const doc = 'AB-101 cut the risk of progression by 30% (median PFS 11.0 vs. 8.3 months). Overall survival showed an improvement in median OS of 1.9 months that was not significant (median OS 31.4 vs. 29.5 months).';
      assert.deepEqual(messagesOf(doc, 'survival-logic'), []);
      // a median OS that is shorter than the PFS is still found
      assert.equal(messagesOf('With AB-101, median PFS was 11.0 months and median OS was 9.5 months.', 'survival-logic').length, 1);
    });

    it('a minus sign right after a closing bracket is the sign of the number after it, not a dash between two', () => {
      const doc = 'Change from baseline at week 14\nMedian (IQR)\u22120.5 (\u22121.6, 0.2)\u22121.9 (\u22122.7, 1.2)\n';
      const values = figuresOf(doc).map(f => f.value);
      assert.ok(values.some(v => v === -0.5), JSON.stringify(values));
      assert.ok(values.some(v => v === -1.9), JSON.stringify(values));
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
      const figs = figuresOf('Responders8/34 (23.5%)42/69 (60.9%)\n');
      const first = figs.find(f => f.text === '8/34');
      assert.equal(first?.denominator, 34);
      assert.deepEqual(messagesOf('Responders8/34 (23.5%)42/69 (60.9%)\n', 'percent-of-count'), []);
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
    const doc = 'In the mITT set, DFS at 18 months was 32.2% in group A (n = 39) and 41.4% in group B (n = 25).';
    it('binds the result after which it stands, and the size in brackets after it', () => {
      assert.equal(bindingOf(doc, '32.2%').arm, 'group A');
      assert.equal(bindingOf(doc, '41.4%').arm, 'group B');
      assert.equal(bindingOf(doc, 'n = 25').arm, 'group B');
    });
    it('a result takes the size written with its own arm, not the last size before it', () => {
      assert.equal(bindingOf(doc, '41.4%').n, 25);
    });
    it('binds the results of a clause it opens, up to a comparison word', () => {
      const fronted = 'In Arm A, the ORR was 45% (n = 40). In Arm B, the ORR was 30% versus 20% with placebo.';
      assert.equal(bindingOf(fronted, '45%').arm, 'arm A');
      assert.equal(bindingOf(fronted, '30%').arm, 'arm B');
      assert.notEqual(bindingOf(fronted, '20%').arm, 'arm B');
    });
    it('a time a rate is read at is no result of the arm', () => {
      assert.equal(bindingOf('The DFS at 18 months in group A was 32.2% (n = 39).', '18 months').arm, undefined);
    });
    it('an arm stated with two sizes (two analysis sets) gives no denominator to a share stated elsewhere', () => {
      const two = 'At the first look, DFS was in group A 32.2% (n = 39) and in group B 41.4% (n = 25). At the last look, DFS was 28.7% in group A (n = 59) and 19.3% in group B (n = 59).\n\nThe ORR was 28.9% in group A.';
      assert.deepEqual(messagesOf(two, 'grim'), []);
    });
  });

  it('a brand\'s variant letter after its mark is part of its name, written with the mark or without', () => {
    const doc = 'Patients treated with ZetaVax\u00ae-K lived longer. Later ZetaVax-K again; ZetaVax-Kilo is another word.';
    assert.deepEqual(entitiesOf(doc, 'drug').map(e => `${doc.slice(e.start, e.end)}=${e.name}`), ['ZetaVax\u00ae-K=ZetaVax-K', 'ZetaVax-K=ZetaVax-K', 'ZetaVax=ZetaVax']);
  });

  it('"in the controls" names the control arm, as people', () => {
    assert.equal(bindingOf('Median OS was 19.3 months with AB-101 vs. 16.5 months in the controls (HR=0.80).', '16.5 months').arm, 'controls');
  });

  it('a phrase opening its sentence with its size in brackets is the sentence\'s population', () => {
    const doc = 'For relapsed disease (n=64), median OS was 13.2 months versus 7.8 months (HR = 0.58).';
    assert.equal(bindingOf(doc, '13.2 months').subgroup, 'relapsed disease');
    // a dose's or a placebo's group is an arm, no population
    assert.equal(bindingOf('For placebo recipients (n=64), median OS was 7.8 months.', '7.8 months').subgroup, undefined);
  });

  it('a time point that opens the next clause (", and at 60 months") is not the time of the figures before it', () => {
    const doc = 'With AB-101, survival at 48 months from randomization was 15.7% vs. 9.9%, and at 60 months was 13% vs. 5.7%.';
    assert.equal(bindingOf(doc, '15.7%').timepoint, '48 months');
    assert.equal(bindingOf(doc, '13%').timepoint, '60 months');
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
});

