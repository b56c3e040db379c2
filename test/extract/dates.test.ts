// extract/dates: datelines, weekdays, "yesterday", month-day without year, ranges, month-year.
import * as chrono from 'chrono-node/en';
import fc from 'fast-check';
import { dateParser, UNMATCHABLE_PARSERS } from '../../src/extract/dates.js';
import { facts } from './helpers.js';

describe('extract/dates: the date of the occasion', () => {
  test('"late Monday evening" in an article dated Tuesday is the Monday before', () => {
    const f = facts('HÀ NỘI — Party General Secretary Tô Lâm held phone talks with Russian President Vladimir Putin late Monday evening.', '2026-01-27');
    expect(f.talks).toEqual(['Tô Lâm + Vladimir Putin 2026-01-26']);
  });

  test('the dateline\'s own weekday is the dateline', () => {
    const f = facts('Vietnamese President Nguyen Xuan Phuc on Wednesday congratulated Yoon Suk-yeol on his election.', '2022-03-23');
    expect(f.relations).toContain('CONGRATULATED Nguyen Xuan Phuc -> Yoon Suk-yeol 2022-03-23');
  });

  test('"yesterday" is the day before the dateline', () => {
    const f = facts('Thongloun Sisoulith was received in Beijing yesterday by Chinese Vice President Han Zheng.', '2023-10-19');
    expect(f.talks).toEqual(['Han Zheng + Thongloun Sisoulith 2023-10-18']);
  });

  test('a month and day with no year and no dateline is --MM-DD', () => {
    const f = facts('Xiong Bo, who has taken up his post as Chinese Ambassador, was received on January 10 by Nguyen Van Binh, a member of the Politburo.');
    expect(f.talks).toEqual(['Nguyen Van Binh + Xiong Bo --01-10']);
  });

  test('a weekday with no dateline gives no date', () => {
    const f = facts('Foreign Minister Lê Hoài Trung and his Cuban counterpart Bruno Rodríguez Parrilla reaffirmed at their talks on Monday that ties were strong.');
    expect(f.talks).toEqual(['Bruno Rodríguez Parrilla + Lê Hoài Trung']);
  });

  test('a visit is dated by the phrase after its destination, a range by its first day', () => {
    const f = facts("Party General Secretary Tô Lâm's state visit to Cuba in September 2024 and President Lula's visit to China from April 12-15, 2023 were recalled.");
    expect(f.relations).toEqual(expect.arrayContaining(['VISITED Tô Lâm -> Cuba 2024-09']));
  });

  test('acts take the date of the talks they happen at', () => {
    const f = facts('Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Thursday. Putin thanked Xi for the visit.', '2025-05-09');
    expect(f.relations).toContain('THANKED Vladimir Putin -> Xi Jinping 2025-05-08');
    const thanked = f.record.relations.find((r) => r.type === 'THANKED')!;
    expect(f.record.entities.find((e) => e.id === thanked.occasion)?.kind).toBe('talks');
  });
});

describe('extract/dates: chrono without the duration parsers', () => {
  test('the parsers left out are chrono\'s own (a renamed one would quietly stay in)', () => {
    const names = chrono.casual.parsers.map((p) => p.constructor.name);
    expect(names).toEqual(expect.arrayContaining(UNMATCHABLE_PARSERS));
    expect(dateParser.parsers).toHaveLength(names.length - UNMATCHABLE_PARSERS.length);
  });

  test('on any phrase of date words, numbers and lead words, it finds what all of chrono finds', () => {
    // The words a date phrase is made of (dates.ts PHRASE), in any order.
    const word = fc.constantFrom('late', 'early', 'mid', 'last', 'this', 'next', 'on', 'from', 'to', 'through', 'until', 'evening', 'morning', 'afternoon',
      'night', 'January', 'Sept.', 'May', 'june', 'Monday', 'sunday', 'yesterday', 'today', 'tonight', '1', '15', '15th', '2nd', '30', '1973', '2024', '12-15');
    const phrase = fc.tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', ', ', ' - ', '–')).map(([ws, sep]) => ws.join(sep));
    const ref = new Date(Date.UTC(2025, 4, 9, 12));
    const found = (parser: chrono.Chrono, text: string) => parser.parse(text, ref, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]);
    fc.assert(fc.property(phrase, (text) => expect(found(dateParser, text)).toEqual(found(chrono.casual, text))), { numRuns: 300 });
  });
});
