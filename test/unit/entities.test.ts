import { strict as assert } from 'assert';
import { DrugEntity } from '../../server/src/analysis';
import { entitiesOf, seedNamed } from '../helpers';

const names = (text: string, kind: Parameters<typeof entitiesOf>[1]) => entitiesOf(text, kind).map(e => e.name);

describe('entity recognition', () => {
  it('finds INN drugs by stem, with the stem meaning', () => {
    const drugs = entitiesOf('The bispecific opamtistomig and the antibody mitazalimab.', 'drug') as DrugEntity[];
    assert.deepEqual(drugs.map(d => d.name), ['opamtistomig', 'mitazalimab']);
    assert.equal(drugs[0].facts.stem, '-mig');
    assert.equal(drugs[1].facts.stem, '-mab');
  });

  it('does not take English words for INN stems', () => {
    assert.deepEqual(names('The treatment agreement and its development were a government concept.', 'drug'), []);
  });

  it('finds code names by shape and merges them with the INN they stand for', () => {
    const drugs = entitiesOf('opamtistomig (LBL\u2011024), a bispecific. Later LBL\u2011024 again.', 'drug');
    assert.deepEqual(drugs.map(d => [d.text, d.name]), [['opamtistomig', 'opamtistomig'], ['LBL\u2011024', 'opamtistomig'], ['LBL\u2011024', 'opamtistomig']]);
  });

  it('does not take conference names, years or targets for code names', () => {
    assert.deepEqual(names('Presented at ESMO 2025 and ASCO 2024; CD40 and IL-2 are targets.', 'drug'), []);
  });

  it('finds each target of a bispecific written with a multiplication sign', () => {
    assert.deepEqual(names('TargetPD\u2011L1 \u00d7 4\u20111BB bispecific antibody', 'target'), ['PD-L1', '4-1BB']);
  });

  it('finds endpoints in long and short forms', () => {
    assert.deepEqual(names('objective response rate (ORR) and overall survival (OS); PFS', 'endpoint'), ['ORR', 'ORR', 'OS', 'OS', 'PFS']);
  });

  it('learns an abbreviation the document defines and marks its later uses', () => {
    const text = 'for extrapulmonary neuroendocrine carcinoma (EP\u2011NEC). Approved for EP\u2011NEC soon.';
    const ind = entitiesOf(text, 'indication');
    assert.ok(ind.length >= 2, `indications: ${ind.map(e => e.text).join(', ')}`);
    assert.ok(ind.filter(e => e.text === 'EP\u2011NEC').length === 2);
    assert.ok(ind.every(e => e.name === ind[0].name));
  });

  it('finds named trials, and no phase as a trial', () => {
    const trials = entitiesOf('data from the OPTIMIZE-1 study support a Phase III trial and DESTINY-Breast03', 'trial');
    assert.deepEqual(trials.map(t => t.name), ['OPTIMIZE-1', 'DESTINY-Breast03']);
  });

  it('finds companies by corporate form and their short forms later on', () => {
    const text = 'Nanjing Leads Biolabs Co., Ltd. (HKG: 9887) announced it. Leads Bio will co-promote.';
    const cos = entitiesOf(text, 'company');
    assert.ok(cos.length >= 2, cos.map(c => c.text).join(', '));
    assert.equal(new Set(cos.map(c => c.name)).size, 1);
  });

  it('knows the seeds\u2019 drugs and their targets', () => {
    const d001 = entitiesOf(seedNamed('001'), 'drug') as DrugEntity[];
    const mita = d001.find(d => d.name === 'mitazalimab')!;
    assert.ok(mita, 'mitazalimab');
    assert.ok(mita.facts.targets?.includes('CD40'), `targets of mitazalimab: ${mita.facts.targets}`);
    assert.ok(d001.some(d => d.text === 'mFOLFIRINOX'), 'mFOLFIRINOX');

    const d000 = entitiesOf(seedNamed('000'), 'drug') as DrugEntity[];
    const opa = d000.find(d => d.name === 'opamtistomig')!;
    assert.deepEqual([...(opa.facts.targets ?? [])].sort(), ['4-1BB', 'PD-L1']);
    assert.ok(d000.some(d => d.text === 'LBL\u2011024' && d.name === 'opamtistomig'));

    const d002 = entitiesOf(seedNamed('002'), 'drug') as DrugEntity[];
    const jank = d002.find(d => d.name === 'jankistomig')!;
    assert.deepEqual([...(jank.facts.targets ?? [])].sort(), ['PD-L1', 'VEGF']);
  });
});
