// Longest-match lookup of multi-word lexicon phrases over tokens, keyed on folded forms.
import { phraseTokens, type Form, type Token } from './text.js';

interface Entry<V> {
  keys: string[];
  /** For acronyms ("US", "NAM"): the exact spelling the text must have. */
  exact?: string[];
  value: V;
}

// Most tokens start no phrase of an index, and every pass asks several indexes at every token. Each index has two
// bits under each folded word: in `starters`, `startBit` if a phrase starts with the word and `wholeBit` if the word
// alone is one; in `seconds`, `startBit` if the word comes second in a longer phrase. A token's form learns its bits
// on its first test and again after any index changed (`generation`), so most tokens are turned away by bit tests.
const starters = new Map<string, number>();
const seconds = new Map<string, number>();
let generation = 0;
let nextIndex = 0;
/** Indexes past this many get no bits (their tokens always go to the lookup): two bits each must fit a small integer. */
const WITH_BITS = 15;

/** The form, with its bits brought up to date. */
function withBits(form: Form): Form {
  if (form.startsGeneration !== generation) {
    form.starts = starters.get(form.fold) ?? 0;
    form.seconds = seconds.get(form.fold) ?? 0;
    form.startsGeneration = generation;
  }
  return form;
}

// The phrases sharing a first word. Longer phrases are filed under their second word, so that a common first word
// ("the": "the Gambia", "the two leaders", ...) is not a scan of every phrase it starts.
interface Bucket<V> {
  /** Phrases of two or more words by their second word, each list longest first. */
  bySecond: Map<string, Entry<V>[]>;
  /** One-word phrases, tried after the longer ones. */
  single: Entry<V>[];
}

/** An index of phrases to values; matching compares folded tokens (acronyms compare exactly). */
export class PhraseIndex<V> {
  private byFirst = new Map<string, Bucket<V>>();
  private startBit = nextIndex < WITH_BITS ? 1 << nextIndex : 0;
  private wholeBit = nextIndex < WITH_BITS ? 1 << (WITH_BITS + nextIndex++) : 0;

  add(phrase: string, value: V): void {
    const keys = phraseTokens(phrase);
    if (!keys.length) return;
    const entry: Entry<V> = { keys, value };
    // A phrase written in capitals is an acronym: "NAM" must not match the "Nam" of "Việt Nam".
    if (/^[\p{Lu}\p{N}\s.&'’-]+$/u.test(phrase) && /\p{Lu}.*\p{Lu}/u.test(phrase)) entry.exact = phrase.split(/\s+/);
    let bucket = this.byFirst.get(keys[0]!);
    if (!bucket) this.byFirst.set(keys[0]!, (bucket = { bySecond: new Map(), single: [] }));
    if (keys.length === 1) bucket.single.push(entry);
    else {
      const list = bucket.bySecond.get(keys[1]!) ?? [];
      list.push(entry);
      list.sort((a, b) => b.keys.length - a.keys.length);
      bucket.bySecond.set(keys[1]!, list);
    }
    starters.set(keys[0]!, (starters.get(keys[0]!) ?? 0) | (keys.length === 1 ? this.startBit | this.wholeBit : this.startBit));
    if (keys.length > 1) seconds.set(keys[1]!, (seconds.get(keys[1]!) ?? 0) | this.startBit);
    generation++;
  }

  /** The longest phrase starting at token i and ending before `limit`, whose value passes `accept`. */
  match(tokens: Token[], i: number, limit = tokens.length, accept?: (v: V, end: number) => boolean): { end: number; value: V } | undefined {
    const first = tokens[i];
    if (!first || i >= limit || !this.mayStartAt(tokens, i, limit)) return undefined;
    return this.matchFrom(tokens, i, first, limit, accept);
  }

  /**
   * The first position in [from, limit) where a phrase of this index may start, else `limit`: a loop over a sentence
   * can step from one such position to the next instead of asking match() at every token (most tokens start nothing).
   */
  nextStart(tokens: Token[], from: number, limit: number): number {
    let i = from;
    while (i < limit && !this.mayStartAt(tokens, i, limit)) i++;
    return i;
  }

  // Whether a phrase may start at token i, by bit tests only: a phrase starts with its word, which is either a phrase
  // alone or followed (before `limit`) by a word that comes second in one.
  private mayStartAt(tokens: Token[], i: number, limit: number): boolean {
    if (!this.startBit) return true;
    const starts = withBits(tokens[i]!.form).starts;
    if (!(starts & this.startBit)) return false;
    if (starts & this.wholeBit) return true;
    return i + 1 < limit && (withBits(tokens[i + 1]!.form).seconds & this.startBit) !== 0;
  }

  // The lookup proper, apart so that match() stays small enough to be inlined at its many call sites.
  private matchFrom(tokens: Token[], i: number, first: Token, limit: number, accept?: (v: V, end: number) => boolean): { end: number; value: V } | undefined {
    const bucket = this.byFirst.get(first.fold);
    if (!bucket) return undefined;
    const next = i + 1 < limit ? tokens[i + 1] : undefined;
    const longer = next && bucket.bySecond.get(next.fold);
    return (longer && this.firstMatch(longer, tokens, i, limit, accept)) || this.firstMatch(bucket.single, tokens, i, limit, accept);
  }

  // The first of `list` (longest first) that the tokens at i spell, within `limit`, and `accept` passes.
  private firstMatch(list: Entry<V>[], tokens: Token[], i: number, limit: number, accept?: (v: V, end: number) => boolean): { end: number; value: V } | undefined {
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
    const bucket = this.byFirst.get(keys[0] ?? '');
    const list = keys.length === 1 ? bucket?.single : bucket?.bySecond.get(keys[1]!);
    return (list ?? []).some((e) => e.keys.join(' ') === keys.join(' '));
  }
}
