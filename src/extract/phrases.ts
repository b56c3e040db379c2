// Longest-match lookup of multi-word lexicon phrases over tokens, keyed on folded forms.
import { phraseTokens, type Token } from './text.js';

interface Entry<V> {
  keys: string[];
  /** For acronyms ("US", "NAM"): the exact spelling the text must have. */
  exact?: string[];
  value: V;
}

// Most tokens start no phrase of an index, and every pass asks several indexes at every token. One bit per index
// under each folded first word lets a token be turned away by a bit test; a token's form learns its bits on its
// first match and again after any index changed (`generation`).
const starters = new Map<string, number>();
let generation = 0;
let nextBit = 0;

/** An index of phrases to values; matching compares folded tokens (acronyms compare exactly). */
export class PhraseIndex<V> {
  private byFirst = new Map<string, Entry<V>[]>();
  /** This index's bit in `starters` (small integers only); 0 past 30 indexes, which then always ask the map. */
  private bit = nextBit < 30 ? 1 << nextBit++ : 0;

  add(phrase: string, value: V): void {
    const keys = phraseTokens(phrase);
    if (!keys.length) return;
    const entry: Entry<V> = { keys, value };
    // A phrase written in capitals is an acronym: "NAM" must not match the "Nam" of "Việt Nam".
    if (/^[\p{Lu}\p{N}\s.&'’-]+$/u.test(phrase) && /\p{Lu}.*\p{Lu}/u.test(phrase)) entry.exact = phrase.split(/\s+/);
    const list = this.byFirst.get(keys[0]!) ?? [];
    list.push(entry);
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0]!, list);
    starters.set(keys[0]!, (starters.get(keys[0]!) ?? 0) | this.bit);
    generation++;
  }

  /** The longest phrase starting at token i and ending before `limit`, whose value passes `accept`. */
  match(tokens: Token[], i: number, limit = tokens.length, accept?: (v: V, end: number) => boolean): { end: number; value: V } | undefined {
    const first = tokens[i];
    if (!first || i >= limit) return undefined;
    const form = first.form;
    if (form.startsGeneration !== generation) {
      form.starts = starters.get(form.fold) ?? 0;
      form.startsGeneration = generation;
    }
    if (this.bit && !(form.starts & this.bit)) return undefined;
    return this.matchFrom(tokens, i, first, limit, accept);
  }

  // The lookup proper, apart so that match() stays small enough to be inlined at its many call sites.
  private matchFrom(tokens: Token[], i: number, first: Token, limit: number, accept?: (v: V, end: number) => boolean): { end: number; value: V } | undefined {
    const list = this.byFirst.get(first.fold);
    if (!list) return undefined;
    for (const e of list) {
      const end = i + e.keys.length;
      if (end > limit) continue;
      let ok = true;
      for (let k = 1; k < e.keys.length && ok; k++) ok = tokens[i + k]!.fold === e.keys[k];
      // Compared without spaces: "U.S." is the tokens "U.S" and ".".
      if (ok && e.exact) ok = e.exact.length === e.keys.length ? e.exact.every((x, k) => tokens[i + k]!.text === x) : tokens.slice(i, end).map((t) => t.text).join('') === e.exact.join('');
      if (ok && (!accept || accept(e.value, end))) return { end, value: e.value };
    }
    return undefined;
  }

  /** Every value stored under exactly these folded tokens. */
  has(phrase: string): boolean {
    const keys = phraseTokens(phrase);
    return (this.byFirst.get(keys[0] ?? '') ?? []).some((e) => e.keys.join(' ') === keys.join(' '));
  }
}
