// Synthetic extraction records in the shape of the graph contract, to measure graph growth apart from extraction speed.

// Name parts with a realistic skew: few family and middle names (as in Vietnamese), many given names.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quốc', 'Xuân', 'Hữu', 'Thanh'];
const GIVEN = ['Lâm', 'Trọng', 'Phúc', 'Hải', 'Hùng', 'Thắng', 'Quân', 'Tuấn', 'Dũng', 'Sơn', 'Long', 'Nam', 'Bình', 'An', 'Khải', 'Hòa'];
const SYLLABLES = ['ba', 'de', 'ki', 'lo', 'mu', 'na', 'pe', 'ri', 'so', 'tu'];
const COUNTRIES = [
  ['vnm', 'Vietnam'], ['cub', 'Cuba'], ['rus', 'Russia'], ['chn', 'China'], ['lao', 'Laos'], ['khm', 'Cambodia'],
  ['ind', 'India'], ['jpn', 'Japan'], ['kor', 'South Korea'], ['fra', 'France'], ['bra', 'Brazil'], ['zaf', 'South Africa'],
];
const SENTENCE = 'The two leaders held phone talks, congratulated each other on the successful congress and agreed to deepen cooperation.';

/** Person n's full name: unique for every n (the given name gets syllables past the table's size). */
export function personName(n) {
  const f = FAMILY[n % FAMILY.length];
  const m = MIDDLE[Math.floor(n / FAMILY.length) % MIDDLE.length];
  let rest = Math.floor(n / (FAMILY.length * MIDDLE.length));
  let g = GIVEN[rest % GIVEN.length];
  for (rest = Math.floor(rest / GIVEN.length); rest > 0; rest = Math.floor(rest / SYLLABLES.length)) g += SYLLABLES[rest % SYLLABLES.length];
  return `${f} ${m} ${g}`;
}

const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));

/**
 * The record of synthetic article i out of n. Two leaders come from a pool that grows with the corpus (n / 10, so a
 * leader recurs in about 20 articles, spelled with or without diacritics), a third person is new in every article,
 * and one article in ten names a leader by surname only. Countries and parties recur in every article, as in real
 * news: that is where per-node and per-edge evidence lists grow longest.
 */
export function syntheticRecord(i, n) {
  const doc = `syn_${String(i).padStart(7, '0')}.txt`;
  const pool = Math.max(20, Math.floor(n / 10));
  const a = (i * 7919) % pool;
  const b = (i * 104729 + 1) % pool === a ? (a + 1) % pool : (i * 104729 + 1) % pool;
  const [ca, cna] = COUNTRIES[i % COUNTRIES.length];
  const [cb, cnb] = COUNTRIES[(i + 1) % COUNTRIES.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const date = `${2000 + (i % 26)}-${month}-${day}`;
  const ev = (k) => ({ doc, sentence: SENTENCE, start: 40 * k, end: 40 * k + 20 });
  const person = (id, name, k) => ({ id, label: 'Person', key: `person:${ascii(name).toLowerCase().replace(/ /g, '-')}`, name, aliases: [], mentions: 2, evidence: ev(k) });
  const nameA = personName(a);
  const leaderA = person('e1', i % 10 === 3 ? nameA.split(' ')[2] : i % 2 ? ascii(nameA) : nameA, 1);
  const leaderB = person('e2', personName(b), 2);
  if (i % 3 === 0) leaderB.aliases = [leaderB.name.split(' ')[2]];
  const entities = [
    leaderA,
    leaderB,
    person('e3', personName(pool + i), 3),
    { id: 'e4', label: 'Country', key: `country:${ca}`, name: cna, aliases: [], mentions: 3, evidence: ev(4) },
    { id: 'e5', label: 'Country', key: `country:${cb}`, name: cnb, aliases: [], mentions: 2, evidence: ev(5) },
    { id: 'e6', label: 'Party', key: `party:communist-party-of-${ascii(cnb).toLowerCase().replace(/ /g, '-')}`, name: `Communist Party of ${cnb}`, aliases: [], mentions: 2, evidence: ev(6) },
    { id: 'e7', label: 'Event', key: 'event:talks:1', name: 'phone talks', aliases: [], kind: 'talks', mode: 'phone', date, mentions: 0, evidence: ev(7) },
  ];
  const mentions = entities.flatMap((e, k) => [0, 1].map((j) => ({ entity: e.id, text: e.name, start: 400 * k + 100 * j, end: 400 * k + 100 * j + e.name.length, sentence: 2 * k + j, via: 'name' })));
  const rel = (type, subject, object, k, extra = {}) => ({ type, subject, object, ...extra, evidence: ev(k) });
  const relations = [
    rel('PARTICIPATED_IN', 'e1', 'e7', 1),
    rel('PARTICIPATED_IN', 'e2', 'e7', 1),
    rel('CONGRATULATED', 'e1', 'e2', 2, { date, occasion: 'e7' }),
    rel('THANKED', 'e2', 'e1', 3, { date }),
    rel('HOLDS_POSITION', 'e1', 'e4', 4, { title: 'President' }),
    rel('HOLDS_POSITION', 'e2', 'e6', 5, { title: 'General Secretary' }),
    rel('BASED_IN', 'e6', 'e5', 6),
    rel('VISITED', 'e3', 'e4', 7, { date: date.slice(0, 7) }),
    rel('PRAISED', 'e1', 'e6', 8),
  ];
  return { article: { id: doc, date, chars: 3600 }, entities, mentions, relations };
}
