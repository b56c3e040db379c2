// Generates a large benchmark corpus from the seed articles: repeated copies whose person names vary from copy to copy.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Tokens of the person names in the seed corpus (with their ASCII spellings). Each copy after the first appends a
 * copy-specific syllable string to every one of them, so "Tô Lâm" and "To Lam" stay one person within a copy (they
 * still fold alike) while every copy brings new people, talks and edges: the graph keeps growing with the corpus.
 * Countries, parties and organisations keep their names, so they recur across copies as they would in real news.
 */
const PERSON_TOKENS = [
  'Tô', 'Lâm', 'Lam', 'Miguel', 'Díaz', 'Diaz', 'Canel', 'Bermúdez', 'Bermudez', 'Nguyễn', 'Nguyen', 'Phú', 'Phu',
  'Trọng', 'Trong', 'Xuân', 'Xuan', 'Phúc', 'Phuc', 'Vladimir', 'Putin', 'Raúl', 'Raul', 'Fidel', 'Castro', 'Lê',
  'Hoài', 'Hoai', 'Trung', 'Bruno', 'Rodríguez', 'Rodriguez', 'Parrilla', 'Pham', 'Dong', 'Hai',
];
const NAME = new RegExp(`(?<!\\p{L})(${PERSON_TOKENS.join('|')})(?!\\p{L})`, 'gu');
const SYLLABLES = ['ba', 'de', 'ki', 'lo', 'mu', 'na', 'pe', 'ri', 'so', 'tu', 'va', 'xe', 'yo', 'za', 'ho', 'gu'];

/** The syllable suffix of copy n (n >= 1): base 16 over SYLLABLES, so every copy's names are distinct. */
export function copySuffix(n) {
  let s = '';
  for (let k = n; k > 0; k = Math.floor(k / SYLLABLES.length)) s = SYLLABLES[k % SYLLABLES.length] + s;
  return s;
}

/** The text of an article in copy n: copy 0 is the original, later copies rename every person. */
export function varyNames(text, n) {
  if (n === 0) return text;
  const suffix = copySuffix(n);
  return text.replace(NAME, (token) => token + suffix);
}

/**
 * Writes copies of the seed articles under `outDir` until they reach `bytes` (UTF-8), 1000 articles per folder so
 * directory listings stay fast, and returns what it wrote. Deterministic: same seed and size, same files.
 */
export function generateCorpus(seedDir, outDir, bytes) {
  const seeds = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(seedDir, f), 'utf8') }));
  if (!seeds.length) throw new Error(`bench: no *.txt articles in ${seedDir}`);
  fs.mkdirSync(outDir, { recursive: true });
  let written = 0;
  let articles = 0;
  let dir = '';
  for (let copy = 0; written < bytes; copy++) {
    for (const seed of seeds) {
      if (written >= bytes) break;
      if (articles % 1000 === 0) fs.mkdirSync((dir = path.join(outDir, String(articles / 1000).padStart(4, '0'))));
      const data = Buffer.from(varyNames(seed.text, copy));
      fs.writeFileSync(path.join(dir, `${String(copy).padStart(6, '0')}_${seed.name}`), data);
      written += data.length;
      articles++;
    }
  }
  return { articles, bytes: written };
}
