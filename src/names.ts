// Name keys shared by the extractor and the graph stage: diacritic-free, case-free forms and slugs.

const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** True when every character of `s` is ASCII. */
export const isAscii = (s: string): boolean => ASCII.test(s);

/**
 * `compute` cached per string, in a map cleared past 100,000 entries so a corpus of ever-new names cannot grow it
 * without limit. Keys are detached: a cached name must not keep the article it was sliced from alive.
 */
function cachedPerString(compute: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let r = cache.get(s);
    if (r === undefined) {
      r = compute(s);
      if (cache.size > 100_000) cache.clear();
      cache.set(detach(s), r);
    }
    return r;
  };
}

/**
 * fold() without its cache, for names folded once or twice in a row (finishing the graph folds every person's forms):
 * there a cache entry costs more than it saves, and a million of them would clear the cache extraction relies on.
 */
export const foldUncached = (s: string): string =>
  // ASCII has nothing to decompose: the same result without NFD and \p classes, a third faster on a new name.
  isAscii(s) ? s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()
    : s.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// NFD normalisation dominates folding, and the same names are folded over and over (per mention, per article): cached.
/** Folds a name for comparison: no diacritics (đ -> d), lower case, punctuation to single spaces. */
export const fold = cachedPerString(foldUncached);

/** Folded tokens of a name: hyphens and spaces both separate ("Díaz-Canel" -> ["diaz", "canel"]). */
export function foldTokens(s: string, folder: (s: string) => string = fold): string[] {
  const f = folder(s);
  return f ? f.split(' ') : [];
}

// Entity keys are slugs, asked for again at every mention of a party or organisation: cached like folds. The folded
// form separates its tokens by single spaces: replacing them joins foldTokens() without the array.
/** URL- and Cypher-safe slug: folded tokens joined by hyphens. */
export const slug = cachedPerString((s) => fold(s).replaceAll(' ', '-') || 'x');

/** The slug of tokens foldTokens() gave: folding leaves folded text as it is, so they only need joining. */
export const slugOfFolded = (tokens: readonly string[]): string => tokens.join('-') || 'x';

/**
 * A folded name token as transliterations agree on it: a "y" between vowels dropped ("tokayev" and "tokaev",
 * "mirziyoyev" and "mirziyoev" are one name spelt two ways), "Mohammed" as "Muhammad", and a Mongolian patronymic without its genitive ending.
 */
export function spellingKey(token: string): string {
  if (MUHAMMAD.has(token)) return 'muhammad';
  // "Ukhnaagiin Khurelsukh" is "Khurelsukh Ukhnaa": a Mongolian patronymic in the genitive.
  if (token.length >= 7 && token.endsWith('iin')) return token.slice(0, token.endsWith('giin') ? -4 : -3);
  return token.includes('y') ? token.replace(/([aeiou])y(?=[aeiou])/g, '$1') : token;
}
// One Arabic name, many romanisations.
const MUHAMMAD = new Set(['mohammad', 'mohammed', 'mohamed', 'muhammed', 'mohamad', 'muhamad', 'mohammod']);

/** True when the string carries letters outside ASCII (a sign of the fuller spelling, e.g. "Tô Lâm" over "To Lam"). */
export function diacriticCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) n++;
  return n;
}

/**
 * A copy of `s` that does not keep the string it was sliced from alive. V8 represents a slice of 13 or more characters
 * as a view into its parent, so a name or title kept from an article (in a cache, in the graph) would otherwise keep
 * the whole article in memory. The JSON round trip gives a flat string (exact, lone surrogates included) where
 * `(' ' + s).slice(1)` would leave a 32-byte view on a copy.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
