// Name keys shared by the extractor and the graph stage: diacritic-free, case-free forms and slugs.

const MARKS = /\p{M}/gu;

// NFD normalisation dominates folding, and the same names are folded over and over (per mention, per article): cached.
const folded = new Map<string, string>();

/** Folds a name for comparison: no diacritics (đ -> d), lower case, punctuation to single spaces. */
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    // Bounded, so a corpus of ever-new names cannot grow it without limit.
    if (folded.size > 100_000) folded.clear();
    folded.set(detach(s), f);
  }
  return f;
}

/** Folded tokens of a name: hyphens and spaces both separate ("Díaz-Canel" -> ["diaz", "canel"]). */
export function foldTokens(s: string): string[] {
  const f = fold(s);
  return f ? f.split(' ') : [];
}

// Entity keys are slugs, asked for again at every mention of a party or organisation: cached like folds.
const slugs = new Map<string, string>();

/** URL- and Cypher-safe slug: folded tokens joined by hyphens. */
export function slug(s: string): string {
  let r = slugs.get(s);
  if (r === undefined) {
    // The folded form separates its tokens by single spaces: replacing them is joining foldTokens() without the array.
    r = fold(s).replaceAll(' ', '-') || 'x';
    if (slugs.size > 100_000) slugs.clear();
    slugs.set(detach(s), r);
  }
  return r;
}

/** The slug of tokens foldTokens() gave: folding leaves folded text as it is, so they only need joining. */
export const slugOfFolded = (tokens: readonly string[]): string => tokens.join('-') || 'x';

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
