/**
 * Roundups (lists.ts): a list of three items or more whose items name two drugs or more states a fact an item. An
 * item that names no drug takes no drug (neither the document's main one nor a sibling's), and two items are never
 * one quantity restated. A list of one drug's results is no roundup. Every document here is invented.
 */
import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';
import type { FigureEntity } from '../../server/src/analysis/model';
import { roundupOf } from '../../server/src/analysis/lists';

const ROUNDUP = [
  'Facts about glioma care',
  '',
  '- Median OS with tovarimab chemoradiotherapy is 14.6 months versus 12.1 months with radiotherapy alone.',
  '- Zelbotinib after tovarimab failure: median OS 9.9 months.',
  '- Tumours with the ZRAF mutation have a median OS of 31 months.',
  '- Tumours with ZGFR amplification have a median OS of 11 months.',
].join('\n');

const ONE_DRUG = [
  'Acme Bio reports results for tovarimab',
  '',
  '- Median OS with tovarimab was 14.6 months.',
  '- The ORR was 41 % in 80 patients.',
  '- Median PFS was 7.2 months.',
].join('\n');

const figure = (text: string, surface: string): FigureEntity => {
  const f = analyzeText(text).model.entities.find(e => e.kind === 'figure' && text.slice(e.start, e.end) === surface);
  assert.ok(f, surface);
  return f as FigureEntity;
};
const codes = (text: string) => analyzeText(text).findings.map(f => f.code);

describe('roundups: lists whose items name several drugs', () => {
  it('reads the items of a list that names two drugs, and none of a list of one drug', () => {
    const r = analyzeText(ROUNDUP).model;
    const rs = roundupOf(r.entities, ROUNDUP);
    assert.notEqual(rs.itemAt(ROUNDUP.indexOf('31 months')), undefined);
    assert.notEqual(rs.itemAt(ROUNDUP.indexOf('31 months')), rs.itemAt(ROUNDUP.indexOf('11 months')));
    assert.equal(rs.namesNoDrug(ROUNDUP.indexOf('31 months')), true);
    assert.equal(rs.namesNoDrug(ROUNDUP.indexOf('9.9 months')), false);
    const one = analyzeText(ONE_DRUG).model;
    assert.equal(roundupOf(one.entities, ONE_DRUG).itemAt(ONE_DRUG.indexOf('7.2 months')), undefined);
  });
  it('an item that names no drug takes none; a list of one drug still gives it its results', () => {
    assert.equal(figure(ROUNDUP, '31 months').binding.drug, undefined);
    assert.equal(figure(ROUNDUP, '9.9 months').binding.drug, 'zelbotinib');
    assert.equal(figure(ONE_DRUG, '7.2 months').binding.drug, 'tovarimab');
  });
  it('two items are two facts, while a list of one drug restating a median is still judged', () => {
    assert.deepEqual(codes(ROUNDUP).filter(c => c === 'repeated-value'), []);
    const restated = ONE_DRUG + '\n\nIn the trial, median OS with tovarimab was 16.4 months.';
    assert.deepEqual(codes(restated).filter(c => c === 'repeated-value'), ['repeated-value']);
  });
});
