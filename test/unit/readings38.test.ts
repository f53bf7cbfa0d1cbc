import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';

const HEAD = 'Acme Bio will present data for zetalimab at the Lakeside Oncology Forum.\n\n';

describe('readings of dates and claims (session 38)', () => {
  describe('a span of days written day first is one date, from its first day', () => {
    const cases: [string, string, string][] = [
      ['The forum runs 12-14 October 2027 in Porto.', '12-14 October 2027', '2027-10-12'],
      ['The forum runs from 12 to 14 October 2027 in Porto.', '12 to 14 October 2027', '2027-10-12'],
      ['Le forum se tiendra du 12 au 14 octobre 2027 à Porto.', '12 au 14 octobre 2027', '2027-10-12'],
      ['Das Forum findet vom 12. bis 14. Oktober 2027 in Porto statt.', '12. bis 14. Oktober 2027', '2027-10-12'],
      ['El foro se celebrará del 12 al 14 de octubre de 2027 en Oporto.', '12 al 14 de octubre de 2027', '2027-10-12'],
      ['The forum runs October 12 to 14, 2027 in Porto.', 'October 12 to 14, 2027', '2027-10-12'],
    ];
    for (const [sentence, text, iso] of cases) {
      it(`"${text}"`, () => {
        const f = figuresOf(`${HEAD}${sentence}`).find(x => x.figureKind === 'date' && x.text === text);
        assert.ok(f, JSON.stringify(figuresOf(`${HEAD}${sentence}`).map(x => x.text)));
        assert.equal(f.iso, iso);
        assert.match(f.reading ?? '', /a span of days, to 10-14/);
      });
    }
    it('a word joins a month-first span only before its year: "May 5 to 12 weeks" stays a date and a duration', () => {
      const figs = figuresOf(`${HEAD}Dosing started May 5 to 12 weeks after surgery.`);
      assert.ok(figs.some(f => f.text === '12 weeks' && f.figureKind === 'duration'), JSON.stringify(figs.map(f => f.text)));
    });
    it('a range of months is no span of days: "12-14 months" stays a duration', () => {
      const figs = figuresOf(`${HEAD}Responses lasted 12-14 months.`);
      assert.ok(figs.some(f => f.text === '12-14 months' && f.figureKind === 'duration'), JSON.stringify(figs.map(f => f.text)));
    });
  });

  describe('a span of days in one month that ends before it starts', () => {
    for (const sentence of ['The forum runs 14-12 October 2027 in Porto.', 'Le forum se tiendra du 14 au 12 octobre 2027.', 'The forum runs October 14-12, 2027.']) {
      it(`is found: ${sentence}`, () => assert.equal(messagesOf(`${HEAD}${sentence}`, 'date-inconsistent').length, 1));
    }
    it('a span that runs forwards makes no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}The forum runs 12-14 October 2027 and October 30-November 2, 2027.`, 'date-inconsistent'), []);
    });
  });
});
