// names: the folded keys and slugs shared by the extractor and the graph stage.
import { fold, foldTokens, foldUncached, slug, slugOfFolded } from '../src/names.js';

const NAMES = ['Tô Lâm', 'Miguel Díaz-Canel Bermúdez', 'Nguyễn Phú Trọng', 'Đỗ Mười', 'Ursula von der Leyen', 'ΑΛΈΞΗΣ Τσίπρας', "Xi Jinping's", '  '];

test('folding drops diacritics, case and punctuation, and leaves folded text as it is', () => {
  expect(fold('Tô Lâm')).toBe('to lam');
  expect(foldTokens('Miguel Díaz-Canel')).toEqual(['miguel', 'diaz', 'canel']);
  expect(fold('Đỗ Mười')).toBe('do muoi');
  for (const name of NAMES) expect(fold(fold(name))).toBe(fold(name));
});

test('ASCII names take a shortcut (no NFD) that folds them as the full path does', () => {
  expect(fold("  O'Brien-Smith, Jr. ")).toBe('o brien smith jr');
  // One accented letter sends the same name down the full path.
  for (const [ascii, accented] of [['To Lam', 'Tô Lam'], ["Xi Jinping's", "Xí Jinping's"], ['Diaz-Canel 2nd_term', 'Díaz-Canel 2nd_term']] as const) {
    expect(fold(ascii)).toBe(fold(accented));
  }
});

test('slugOfFolded gives the slug of the name its folded tokens came from', () => {
  expect(slug('Tô Lâm')).toBe('to-lam');
  expect(slug('  ')).toBe('x');
  for (const name of NAMES) expect(slugOfFolded(foldTokens(name))).toBe(slug(name));
});

test('foldUncached folds as fold does, for names folded once (finishing the graph)', () => {
  for (const name of NAMES) {
    expect(foldUncached(name)).toBe(fold(name));
    expect(foldTokens(name, foldUncached)).toEqual(foldTokens(name));
  }
});
