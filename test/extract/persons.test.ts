// extract/persons + titles: persons from title cues and context, not from a list; positions and their bodies.
import { facts } from './helpers.js';

describe('extract/persons: names found from titles and context', () => {
  test('unseen leaders after a title: "Prime Minister Hun Manet", "President Lula da Silva"', () => {
    const f = facts('PHNOM PENH — Prime Minister Hun Manet received Brazilian President Luiz Inácio Lula da Silva on Monday.');
    expect(f.entities).toEqual(expect.arrayContaining(['Person:Hun Manet', 'Person:Luiz Inácio Lula da Silva', 'Country:Brazil']));
    expect(f.relations).toContain('HOLDS_POSITION Luiz Inácio Lula da Silva -> Brazil');
  });

  test('an apposition gives several titles, each to its body', () => {
    const f = facts('Thongloun Sisoulith, General Secretary of the Lao People\'s Revolutionary Party (LPRP) Central Committee and President of Laos, met the press.');
    expect(f.relations).toEqual(expect.arrayContaining(["HOLDS_POSITION Thongloun Sisoulith -> Lao People's Revolutionary Party", 'HOLDS_POSITION Thongloun Sisoulith -> Laos']));
  });

  test('a nationality adjective or a possessive country places a state office', () => {
    const f = facts("Russian President Vladimir Putin spoke. Sok Chenda Sophea, who serves as Cambodia's Deputy Prime Minister, listened.");
    expect(f.relations).toEqual(expect.arrayContaining(['HOLDS_POSITION Vladimir Putin -> Russia', 'HOLDS_POSITION Sok Chenda Sophea -> Cambodia']));
  });

  test('"former" and "late" mark the position as former', () => {
    const f = facts('Conveying his regards to former First Secretary of the Communist Party of Cuba Raúl Castro, the minister spoke.');
    const pos = f.record.relations.find((r) => r.type === 'HOLDS_POSITION');
    expect(pos).toMatchObject({ title: 'First Secretary', former: true });
    expect(f.nameOf(pos!.object)).toBe('Communist Party of Cuba');
  });

  test('short forms resolve within the article; the one named last wins a shared family name', () => {
    const f = facts('Hun Sen, President of the Senate, met the press. Prime Minister Hun Manet later spoke. Hun said he was ready.');
    const hun = f.record.mentions.find((m) => m.text === 'Hun');
    expect(hun && f.nameOf(hun.entity)).toBe('Hun Manet');
  });

  test('two people who share a surname stay apart', () => {
    const f = facts('Army General Raúl Castro sent greetings. Six years ago Fidel Castro died in Havana.');
    expect(f.entities).toEqual(expect.arrayContaining(['Person:Raúl Castro', 'Person:Fidel Castro']));
  });

  test('"his Cuban counterpart" gives the country', () => {
    const f = facts('Foreign Minister Lê Hoài Trung and his Cuban counterpart Bruno Rodríguez Parrilla held talks in Hà Nội.');
    expect(f.relations).toContain('HOLDS_POSITION Bruno Rodríguez Parrilla -> Cuba');
  });

  test('capitalised phrases that are not people stay out: places, doctrines, trails', () => {
    const f = facts('Delegates visited central Quang Tri province and the Ho Chi Minh Trail, and studied Hồ Chí Minh Thought.');
    expect(f.entities.filter((e) => e.startsWith('Person:'))).toEqual([]);
  });

  test('a name before a building ("Al-Salam Palace", "Noi Bai Airport") is a place, not a person', () => {
    const f = facts('Crown Prince Mohammed bin Salman received President Prabowo Subianto at Al-Salam Palace. Prabowo greeted King Salman bin Abdulaziz Al Saud and left from Noi Bai Airport.');
    expect(f.entities.filter((e) => e.startsWith('Person:')).sort()).toEqual(['Person:Mohammed bin Salman', 'Person:Prabowo Subianto', 'Person:Salman bin Abdulaziz Al Saud']);
  });
});

test('Lao names tell a bare title\'s country: "President Kaysone Phomvihane" in a Vietnamese article is Lao', () => {
  const f = facts('HÀ NỘI — The special relationship between Việt Nam and Laos was built by President Hồ Chí Minh, President Kaysone Phomvihane and President Souphanouvong, Party General Secretary Nguyễn Phú Trọng said.');
  expect(f.relations).toEqual(expect.arrayContaining(['HOLDS_POSITION Kaysone Phomvihane -> Laos', 'HOLDS_POSITION Souphanouvong -> Laos', 'HOLDS_POSITION Hồ Chí Minh -> Vietnam']));
});
