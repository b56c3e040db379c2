// Name keys shared by the extractor and the graph stage: diacritic-free, case-free forms and slugs.

const MARKS = /\p{M}/gu;

/** Folds a name for comparison: no diacritics (đ -> d), lower case, punctuation to single spaces. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Folded tokens of a name: hyphens and spaces both separate ("Díaz-Canel" -> ["diaz", "canel"]). */
export function foldTokens(s: string): string[] {
  const f = fold(s);
  return f ? f.split(' ') : [];
}

/** URL- and Cypher-safe slug: folded tokens joined by hyphens. */
export function slug(s: string): string {
  return foldTokens(s).join('-') || 'x';
}

/** True when the string carries letters outside ASCII (a sign of the fuller spelling, e.g. "Tô Lâm" over "To Lam"). */
export function diacriticCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) n++;
  return n;
}
