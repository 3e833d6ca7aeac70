/** A sentence's dependency tree, indexed for the questions attribution asks of it. */
import type { NlpSentence, NlpToken } from '../nlp/types.ts';

export interface Edge {
  dep: string;
  /** Token index (1-based). */
  to: number;
}

/** Trees already built, one per parsed sentence: many stages ask questions of the same sentence. */
const built = new WeakMap<NlpSentence, DependencyTree>();

export class DependencyTree {
  /** The sentence's tree, built once. Parsed sentences are never changed in place, so it stays right. */
  static of(sentence: NlpSentence): DependencyTree {
    let tree = built.get(sentence);
    if (!tree) {
      tree = new DependencyTree(sentence);
      built.set(sentence, tree);
    }
    return tree;
  }

  readonly sentence: NlpSentence;
  private readonly heads = new Map<number, { dep: string; head: number }>();
  private readonly kids = new Map<number, Edge[]>();

  private constructor(sentence: NlpSentence) {
    this.sentence = sentence;
    for (const d of sentence.dependencies) {
      this.heads.set(d.dependent, { dep: d.dep, head: d.governor });
      const list = this.kids.get(d.governor) ?? [];
      list.push({ dep: d.dep, to: d.dependent });
      this.kids.set(d.governor, list);
    }
  }

  token(i: number): NlpToken {
    return this.sentence.tokens[i - 1];
  }

  get size(): number {
    return this.sentence.tokens.length;
  }

  /** The relation that attaches `i` to its head ("ROOT" for the root). */
  relation(i: number): string {
    return this.heads.get(i)?.dep ?? 'ROOT';
  }

  head(i: number): number {
    return this.heads.get(i)?.head ?? 0;
  }

  children(i: number, dep?: string | RegExp): number[] {
    const all = this.kids.get(i) ?? [];
    return all.filter((e) => dep === undefined || (typeof dep === 'string' ? e.dep === dep : dep.test(e.dep))).map((e) => e.to);
  }

  child(i: number, dep: string | RegExp): number | undefined {
    return this.children(i, dep)[0];
  }

  /** `i`'s preposition or other case marker `word` ("by" in "by the council"), compared by lemma in lower case. */
  caseMarker(i: number, word: string): number | undefined {
    return this.children(i, 'case').find((k) => this.token(k).lemma.toLowerCase() === word);
  }

  /** Whether `i` is introduced by the case marker `word` ("to" in "told it to Reuters"). */
  hasCase(i: number, word: string): boolean {
    return this.caseMarker(i, word) !== undefined;
  }

  /** `i` and everything below it, sorted; `stop` prunes the edges it returns true for. */
  subtree(i: number, stop?: (edge: Edge, from: number) => boolean): number[] {
    const out: number[] = [];
    const walk = (n: number) => {
      out.push(n);
      for (const e of this.kids.get(n) ?? []) if (!stop?.(e, n)) walk(e.to);
    };
    walk(i);
    return out.sort((a, b) => a - b);
  }

  /** Whether `ancestor` dominates `i`. */
  dominates(ancestor: number, i: number): boolean {
    for (let n = i; n !== 0; n = this.head(n)) if (n === ancestor) return true;
    return false;
  }

  /** Character span of a set of tokens, trimmed of punctuation at both ends. */
  span(tokens: number[]): { start: number; end: number } | undefined {
    const kept = tokens.filter((t) => !isPunct(this.token(t)) || this.token(t).pos === '``' || this.token(t).pos === "''");
    let list = kept.length ? kept : tokens;
    while (list.length > 1 && isPunct(this.token(list[0]))) list = list.slice(1);
    while (list.length > 1 && isPunct(this.token(list.at(-1)!))) list = list.slice(0, -1);
    if (!list.length) return undefined;
    return { start: this.token(list[0]).start, end: this.token(list.at(-1)!).end };
  }
}

/** The token indices from `from` to `to`, both included (none when `to` < `from`). */
export function tokenRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

export function isPunct(t: NlpToken): boolean {
  return (
    /^[.,:;!?()[\]{}"'`“”‘’«»—–-]+$/.test(t.word) ||
    t.pos === '.' ||
    t.pos === ',' ||
    t.pos === ':' ||
    t.pos === '``' ||
    t.pos === "''" ||
    t.pos === '-LRB-' ||
    t.pos === '-RRB-' ||
    t.pos === 'HYPH'
  );
}

export const isVerb = (t: NlpToken) => t.pos.startsWith('VB');

/** A verb, or a word a copula makes a predicate ("is unsure", "was a disaster"). */
export function isVerbOrPredicate(tree: DependencyTree, i: number): boolean {
  return isVerb(tree.token(i)) || tree.child(i, 'cop') !== undefined;
}

/**
 * The clause a phrase hung at `v` belongs to: the nearest verb or predicate above it, through at most
 * `maxNouns` nouns the parser hung the phrase on ("a lead over her rival in a poll"); undefined past them.
 */
export function clauseAbove(tree: DependencyTree, v: number, maxNouns: number): number | undefined {
  let clause = tree.head(v);
  for (let climbed = 0; clause !== 0 && !isVerbOrPredicate(tree, clause); climbed++) {
    if (climbed === maxNouns || !/^NN/.test(tree.token(clause).pos)) return undefined;
    clause = tree.head(clause);
  }
  return clause === 0 ? undefined : clause;
}
export const isPronoun = (t: NlpToken) => t.pos === 'PRP' || t.pos === 'WP' || t.pos === 'WDT';
