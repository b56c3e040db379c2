// Cross-article entity resolution for persons: one cluster per real-world person, found through indexes, not all-pairs.
import { detach, diacriticCount, foldTokens, foldUncached, slugOfFolded, spellingKey } from '../names.js';

/**
 * Merges person mentions across articles. Full names join on their folded form ("To Lam" = "Tô Lâm") or when one
 * is a prefix of the other with at least two tokens ("Miguel Díaz-Canel" within "Miguel Díaz-Canel Bermúdez"); a
 * two-token name also joins its reversed form ("Ishiba Shigeru" = "Shigeru Ishiba"), and a name joins the one cluster
 * whose name has one inner token more or fewer ("Miguel Mario Díaz-Canel Bermúdez").
 * Middle initials and Russian patronymics do not count ("Donald J. Trump" = "Donald Trump", "Vladimir Vladimirovich
 * Putin" = "Vladimir Putin").
 * A one-token name from an article that never gave the full name ("Trong") joins the one cluster whose full name
 * contains that token, when exactly one does; people sharing a surname (Fidel and Raúl Castro) stay apart.
 *
 * A cluster is a few array slots, not an object with maps: a large corpus brings millions of people.
 */
export class PersonResolver {
  private parent: number[] = [];
  /** Folded tokens of each cluster's fullest form, joined by spaces. */
  private fullest: string[] = [];
  /** Every surface form of each cluster and its count, as "form\0count\0form\0count\0" (see FormCounts). */
  private forms: string[] = [];
  private byFolded = new Map<string, number>();
  /** Every proper prefix of two or more folded tokens of each cluster's names -> the cluster(s) having it. */
  private byPrefix = new Map<string, number | number[]>();
  /** Names of four or more tokens with one inner token left out -> the cluster (null when several have it). */
  private byShorter = new Map<string, number | null>();
  private pendingSingles: number[] = [];

  /**
   * Adds one article's person (its fullest name and other forms); returns its cluster id. `apart`: a one-token name
   * the article keeps apart from a fuller name holding it, so settle() does not join it to that name's cluster.
   */
  add(name: string, aliases: readonly string[], apart = false): number {
    const tokens = foldTokens(name);
    const folded = tokens.join(' ');
    // Also looked up and indexed without its middle initials ("Donald J. Trump" as "Donald Trump") or patronymic.
    const bare = bareTokens(tokens);
    let id = this.lookup(tokens, folded) ?? (bare !== tokens ? this.lookup(bare, bare.join(' ')) : undefined);
    if (id === undefined) {
      id = this.parent.length;
      this.parent.push(id);
      this.fullest.push(folded);
      this.forms.push('');
      if (tokens.length === 1 && !apart) this.pendingSingles.push(id);
    }
    id = this.find(id);
    const forms = new FormCounts(this.forms[id]!);
    forms.add(name, 1);
    for (const alias of aliases) forms.add(alias, 1);
    this.forms[id] = forms.toString();
    if (tokens.length > tokenCount(this.fullest[id]!)) this.fullest[id] = folded;
    this.index(id, tokens, folded);
    if (bare !== tokens) this.index(id, bare, bare.join(' '));
    return id;
  }

  private lookup(tokens: string[], folded: string): number | undefined {
    let id = this.byFolded.get(folded);
    // "Ishiba Shigeru" (family name first, as Vietnamese outlets write it) is "Shigeru Ishiba".
    if (id === undefined && tokens.length === 2) id = this.byFolded.get(`${tokens[1]} ${tokens[0]}`);
    if (id === undefined && tokens.length >= 2) id = this.findByPrefix(tokens, folded);
    if (id === undefined && tokens.length >= 3) id = this.findByMiddleName(tokens, folded);
    return id;
  }

  private index(id: number, tokens: string[], folded: string): void {
    if (!this.byFolded.has(folded)) this.byFolded.set(folded, id);
    for (let i = 1; tokens.length >= 4 && i < tokens.length - 1; i++) {
      const shorter = withoutToken(tokens, i);
      const had = this.byShorter.get(shorter);
      // Ids of one cluster compared by root: an article's form may join a cluster under a later id.
      this.byShorter.set(shorter, had === undefined || (had !== null && this.find(had) === this.find(id)) ? id : null);
    }
    // Whole names are in byFolded; a name's proper prefixes let a longer name be found from a shorter one.
    for (let n = 2, k = tokens[0]!; n < tokens.length; n++) {
      k = `${k} ${tokens[n - 1]}`;
      const had = this.byPrefix.get(k);
      if (had === undefined) this.byPrefix.set(k, id);
      else if (typeof had === 'number') had !== id && this.byPrefix.set(k, [had, id]);
      else if (!had.includes(id)) had.push(id);
    }
  }

  /**
   * "Miguel Mario Díaz-Canel Bermúdez" and "Miguel Díaz-Canel Bermúdez": the one cluster whose name has one more (or one
   * fewer) inner token, same first and last. Only names of four or more tokens are indexed for it, so it costs little.
   */
  private findByMiddleName(tokens: string[], folded: string): number | undefined {
    const longer = this.byShorter.get(folded);
    if (longer !== undefined && longer !== null) return longer;
    let found: number | undefined;
    for (let i = 1; tokens.length >= 4 && i < tokens.length - 1; i++) {
      const c = this.byFolded.get(withoutToken(tokens, i));
      if (c === undefined) continue;
      if (found !== undefined && this.find(c) !== found) return undefined;
      found = this.find(c);
    }
    return found;
  }

  /** The one cluster whose fullest name is a prefix of `tokens` or has `tokens` as a prefix; indexed, not scanned. */
  private findByPrefix(tokens: string[], folded: string): number | undefined {
    const hits = new Set<number>();
    const longer = this.byPrefix.get(folded);
    if (typeof longer === 'number') hits.add(this.find(longer));
    else for (const c of longer ?? []) hits.add(this.find(c));
    for (let n = 2, k = tokens[0]!; n < tokens.length; n++) {
      k = `${k} ${tokens[n - 1]}`;
      const c = this.byFolded.get(k);
      if (c !== undefined) hits.add(this.find(c));
    }
    const full = [...hits].filter((c) => {
      const other = this.fullest[c]!;
      return other.length <= folded.length ? startsWithTokens(folded, other) : startsWithTokens(other, folded);
    });
    return full.length === 1 ? full[0] : undefined;
  }

  private find(id: number): number {
    while (this.parent[id] !== id) id = this.parent[id]!;
    return id;
  }

  /**
   * Joins one-token clusters to the unique full-name cluster holding their token; call once, after all adds. The name
   * indexes are dropped (they are a good part of a large corpus's memory): add() must not be called afterwards.
   */
  settle(): void {
    const byToken = new Map<string, number | null>();
    for (let id = 0; id < this.parent.length; id++) {
      if (this.parent[id] !== id || tokenCount(this.fullest[id]!) < 2) continue;
      for (const t of new Set(this.fullest[id]!.split(' '))) byToken.set(t, byToken.has(t) ? null : id);
    }
    for (const single of this.pendingSingles) {
      const root = this.find(single);
      if (tokenCount(this.fullest[root]!) >= 2) continue;
      const target = byToken.get(this.fullest[root]!);
      if (target === undefined || target === null) continue;
      this.parent[root] = target;
      const into = new FormCounts(this.forms[target]!);
      for (const [form, n] of new FormCounts(this.forms[root]!).counts) into.add(form, n);
      this.forms[target] = into.toString();
      this.forms[root] = '';
    }
    this.pendingSingles = [];
    this.byFolded.clear();
    this.byPrefix.clear();
    this.byShorter.clear();
  }

  /** Final node key, display name and aliases of a cluster. */
  describe(id: number): { key: string; name: string; aliases: string[] } {
    const root = this.find(id);
    const forms = this.namedForms(root);
    const name = displayForm(forms);
    // The key comes from the shortest full form (two or more tokens), so it holds when a longer spelling turns up later.
    const tokens = this.fullest[root]!.split(' ');
    const multi = forms.map((f) => f.tokens).filter((t) => t.length >= 2 && t.every((x, i) => tokens[i] === x));
    const core = multi.sort((a, b) => a.length - b.length || (a.join(' ') < b.join(' ') ? -1 : 1))[0] ?? tokens;
    return { key: `person:${slugOfFolded(core)}`, name: name.form, aliases: forms.filter((f) => f !== name).map((f) => f.form).sort() };
  }

  /** The display name of a cluster alone (as describe() gives it): talks and visits are named after their people. */
  displayName(id: number): string {
    return displayForm(this.namedForms(this.find(id))).form;
  }

  // A cluster's forms with their counts and folded tokens, each folded once (without the cache: see foldUncached).
  private namedForms(root: number): NamedForm[] {
    return [...new FormCounts(this.forms[root]!).counts].map(([form, count]) => ({ form, count, tokens: foldTokens(form, foldUncached) }));
  }

  /** Clusters created so far; add() hands out ids 0, 1, 2... in first-seen order. */
  get size(): number {
    return this.parent.length;
  }

  /** Root cluster id of an id returned by add(). */
  root(id: number): number {
    return this.find(id);
  }
}

/**
 * A cluster's surface forms with their counts, in first-seen order. Stored between adds as one string of
 * "form\0count\0" pairs (articles never hold NUL): a person then costs one string, not a map or nested arrays.
 */
class FormCounts {
  readonly counts = new Map<string, number>();

  constructor(stored: string) {
    const parts = stored.split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) this.counts.set(parts[i]!, Number(parts[i + 1]));
  }

  add(form: string, n: number): void {
    this.counts.set(form, (this.counts.get(form) ?? 0) + n);
  }

  /** A new flat string, so that no form keeps the article it was sliced from. */
  toString(): string {
    let out = '';
    for (const [form, n] of this.counts) out += `${form}\0${n}\0`;
    return detach(out);
  }
}

const withoutToken = (tokens: string[], i: number): string => [...tokens.slice(0, i), ...tokens.slice(i + 1)].join(' ');

const tokenCount = (folded: string): number => (folded ? folded.split(' ').length : 0);

/** Whether the space-joined tokens `long` start with the tokens `short`. */
const startsWithTokens = (long: string, short: string): boolean => long === short || (long.startsWith(short) && long[short.length] === ' ');

interface NamedForm {
  form: string;
  count: number;
  tokens: string[];
}

/** The name to show: most tokens, then most letters with diacritics, then most frequent, then first in code order. */
function displayForm(forms: NamedForm[]): NamedForm {
  return forms.reduce((best, f) => (betterName(f, best) ? f : best), forms[0]!);
}

function betterName(a: NamedForm, b: NamedForm): boolean {
  if (a.tokens.length !== b.tokens.length) return a.tokens.length > b.tokens.length;
  const da = diacriticCount(a.form);
  const db = diacriticCount(b.form);
  if (da !== db) return da > db;
  if (a.count !== b.count) return a.count > b.count;
  return a.form < b.form;
}

// "donald j trump" -> "donald trump", "vladimir vladimirovich putin" -> "vladimir putin": one-letter tokens and inner
// Russian patronymics left out, when two or more others remain; "tokayev" -> "tokaev": spelling keys.
function bareTokens(tokens: string[]): string[] {
  const middle = (t: string, k: number): boolean => t.length === 1 || (k > 0 && k < tokens.length - 1 && PATRONYMIC.test(t));
  const spelt = tokens.some((t) => spellingKey(t) !== t) ? tokens.map(spellingKey) : tokens;
  if (!spelt.some(middle)) return spelt;
  const kept = spelt.filter((t, k) => !middle(t, k));
  return kept.length >= 2 ? kept : spelt;
}
const PATRONYMIC = /.(?:ovich|evich|ovna|evna|ichna)$/;
