// Cross-article entity resolution for persons: one cluster per real-world person, found through indexes, not all-pairs.
import { diacriticCount, foldTokens, slug } from '../names.js';

/** A person cluster: every surface form seen for it, with counts. */
interface Cluster {
  id: number;
  forms: Map<string, number>;
  /** Folded tokens of the fullest form seen. */
  tokens: string[];
  parent: number;
}

/**
 * Merges person mentions across articles. Full names join on their folded form ("To Lam" = "Tô Lâm") or when one
 * is a prefix of the other with at least two tokens ("Miguel Díaz-Canel" within "Miguel Díaz-Canel Bermúdez").
 * A one-token name from an article that never gave the full name ("Trong") joins the one cluster whose full name
 * contains that token, when exactly one does; people sharing a surname (Fidel and Raúl Castro) stay apart.
 */
export class PersonResolver {
  private clusters: Cluster[] = [];
  private byFolded = new Map<string, number>();
  /** Every prefix of two or more folded tokens of each cluster's names -> the clusters having it. */
  private byPrefix = new Map<string, Set<number>>();
  private pendingSingles: { cluster: number; token: string }[] = [];

  /** Adds one article's person (its fullest name and other forms); returns its cluster id. */
  add(name: string, aliases: readonly string[]): number {
    const tokens = foldTokens(name);
    const folded = tokens.join(' ');
    let id = this.byFolded.get(folded);
    if (id === undefined && tokens.length >= 2) id = this.findByPrefix(tokens);
    if (id === undefined) {
      id = this.clusters.length;
      this.clusters.push({ id, forms: new Map(), tokens, parent: id });
      if (tokens.length === 1) this.pendingSingles.push({ cluster: id, token: tokens[0]! });
    }
    id = this.find(id);
    const c = this.clusters[id]!;
    for (const form of [name, ...aliases]) c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
    if (tokens.length > c.tokens.length) c.tokens = tokens;
    this.index(id, tokens);
    return id;
  }

  private index(id: number, tokens: string[]): void {
    this.byFolded.set(tokens.join(' '), id);
    for (let n = 2, k = tokens[0]!; n <= tokens.length; n++) {
      k = `${k} ${tokens[n - 1]}`;
      const set = this.byPrefix.get(k) ?? new Set<number>();
      set.add(id);
      this.byPrefix.set(k, set);
    }
  }

  /** The one cluster whose fullest name is a prefix of `tokens` or has `tokens` as a prefix; indexed, not scanned. */
  private findByPrefix(tokens: string[]): number | undefined {
    const hits = new Set<number>();
    const folded = tokens.join(' ');
    for (const c of this.byPrefix.get(folded) ?? []) hits.add(this.find(c));
    for (let n = 2, k = tokens[0]!; n < tokens.length; n++) {
      k = `${k} ${tokens[n - 1]}`;
      const c = this.byFolded.get(k);
      if (c !== undefined) hits.add(this.find(c));
    }
    const full = [...hits].filter((c) => {
      const other = this.clusters[c]!.tokens;
      const [short, long] = other.length <= tokens.length ? [other, tokens] : [tokens, other];
      return short.every((t, i) => long[i] === t);
    });
    return full.length === 1 ? full[0] : undefined;
  }

  private find(id: number): number {
    let c = this.clusters[id]!;
    while (c.parent !== c.id) c = this.clusters[c.parent]!;
    return c.id;
  }

  /** Joins one-token clusters to the unique full-name cluster holding their token; call once, after all adds. */
  settle(): void {
    const byToken = new Map<string, Set<number>>();
    for (const c of this.clusters) {
      if (c.parent !== c.id || c.tokens.length < 2) continue;
      for (const t of c.tokens) {
        const set = byToken.get(t) ?? new Set();
        set.add(c.id);
        byToken.set(t, set);
      }
    }
    for (const { cluster, token } of this.pendingSingles) {
      const root = this.find(cluster);
      if (this.clusters[root]!.tokens.length >= 2) continue;
      const cands = byToken.get(token);
      if (cands?.size !== 1) continue;
      const target = [...cands][0]!;
      const from = this.clusters[root]!;
      const to = this.clusters[target]!;
      from.parent = target;
      for (const [f, n] of from.forms) to.forms.set(f, (to.forms.get(f) ?? 0) + n);
    }
    this.pendingSingles = [];
  }

  /** Final node key, display name and aliases of a cluster. */
  describe(id: number): { key: string; name: string; aliases: string[] } {
    const c = this.clusters[this.find(id)]!;
    const forms = [...c.forms.keys()];
    const name = forms.reduce((best, f) => (betterName(f, best, c.forms) ? f : best), forms[0]!);
    // The key comes from the shortest full form (two or more tokens), so it holds when a longer spelling turns up later.
    const multi = forms.map(foldTokens).filter((t) => t.length >= 2 && t.every((x, i) => c.tokens[i] === x));
    const core = multi.sort((a, b) => a.length - b.length || (a.join(' ') < b.join(' ') ? -1 : 1))[0] ?? c.tokens;
    return { key: `person:${slug(core.join(' '))}`, name, aliases: forms.filter((f) => f !== name).sort() };
  }

  /** Root cluster id of an id returned by add(). */
  root(id: number): number {
    return this.find(id);
  }
}

function betterName(a: string, b: string, counts: Map<string, number>): boolean {
  const ta = foldTokens(a).length;
  const tb = foldTokens(b).length;
  if (ta !== tb) return ta > tb;
  const da = diacriticCount(a);
  const db = diacriticCount(b);
  if (da !== db) return da > db;
  const ca = counts.get(a) ?? 0;
  const cb = counts.get(b) ?? 0;
  if (ca !== cb) return ca > cb;
  return a < b;
}
