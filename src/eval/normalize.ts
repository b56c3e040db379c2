// The evaluator's name key: the project's fold() plus the two rules of the referee (eth as d, no leading "the").
import { fold } from '../names.js';

/** Name key for matching system names to gold names: no diacritics, case or punctuation, no leading "the". */
export function normalize(s: unknown): string {
  // Eth (ð, Ð) has no NFD decomposition; Ð is a common typo for Đ, so both fold to d like đ does.
  return fold(String(s ?? '').replace(/[ðÐ]/g, 'd')).replace(/^the /, '');
}
