/**
 * A combination's short form in brackets names its regimen when its letters spell the drugs in
 * order (server/src/analysis/recognize/regimenShortForms.ts); invented drugs and sentences.
 */
import * as assert from 'assert';
import { Analyzer } from '../../server/src/analysis/analyze';
import { builtinLexicon } from '../../server/src/analysis/builtinLexicon';
import { spellsDrugs } from '../../server/src/analysis/recognize/regimenShortForms';
import type { DrugEntity, FigureEntity } from '../../server/src/analysis/model';

const analyzer = new Analyzer(builtinLexicon());
const regimens = (text: string) => analyzer.analyze(text).entities
  .filter((e): e is DrugEntity => e.kind === 'drug' && e.facts.isRegimen === true)
  .map(e => `${e.text}=${e.name}`);

describe('regimen short forms', () => {
  const spelled: Array<[string, string[], boolean]> = [
    ['DZ', ['drugamab', 'zelbotinib'], true],
    ['Dru+Z', ['drugamab', 'zelbotinib'], true],
    ['DrZ', ['drugamab', 'zelbotinib'], true],
    ['DZC', ['drugamab', 'zelbotinib', 'carboplatin'], true],
    ['ZD', ['drugamab', 'zelbotinib'], false],
    ['DZX', ['drugamab', 'zelbotinib'], false],
    ['Drugam+Z', ['drugamab', 'zelbotinib'], true],
    ['D+Y', ['drugamab', 'zelbotinib'], false],
  ];
  for (const [short, drugs, want] of spelled) {
    it(`${short} ${want ? 'spells' : 'does not spell'} ${drugs.join(' + ')}`, () => assert.strictEqual(spellsDrugs(short, drugs), want));
  }

  const cases: Array<[string, string[]]> = [
    ['Patients received drugamab plus zelbotinib (DZ). The DZ arm did well.', ['DZ=drugamab + zelbotinib', 'DZ=drugamab + zelbotinib']],
    ['Patients received drugamab 10 mg/kg every three weeks until progression plus zelbotinib (DZ).', ['DZ=drugamab + zelbotinib']],
    ['Oral drugamab plus zelbotinib (Dru+Z) was given daily.', ['Dru+Z=drugamab + zelbotinib']],
    ['Drugamab in combination with zelbotinib and carboplatin (DZC treatment arm) was tested.', ['DZC=drugamab + zelbotinib + carboplatin']],
    // the letters do not spell the drugs, or nothing joins them into one regimen
    ['Patients received drugamab plus zelbotinib (AZ).', []],
    ['Patients received drugamab versus zelbotinib (DZ).', []],
    ['Patients received drugamab. Zelbotinib (DZ) came later.', []],
  ];
  for (const [text, want] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepStrictEqual(regimens(text), want));
  }

  it('leaves the short form to the binder as an arm label', () => {
    const m = analyzer.analyze('Patients received drugamab plus zelbotinib (DZ), or zelbotinib alone. The ORR was 41 % in the DZ arm.');
    const f = m.entities.find((e): e is FigureEntity => e.kind === 'figure' && e.text === '41 %');
    assert.ok(f);
    assert.strictEqual(f.binding.arm, 'DZ');
  });
});
