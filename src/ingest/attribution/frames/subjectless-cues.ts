/**
 * Cues the parser left without a subject of their own, whose speaker the tree still shows: a
 * participle after a preposition speaks for the verb it hangs on ("X landed in trouble by saying S"),
 * and a described speaker after the verb is an inverted subject ('"S," said the Florida senator').
 * Used by `subjectOf` in frames.ts; this file imports nothing from it.
 */
import { isVerb, type DependencyTree } from '../tree.ts';

/** Prepositions before a participle whose doer is the subject of the verb it modifies. */
const PARTICIPLE_CASES = new Set(['by', 'after', 'before', 'in', 'despite', 'besides', 'from', 'without', 'since', 'upon', 'through']);

/**
 * The verb (or predicate adjective) whose subject does what participle `n` says: "by touting S" read as
 * the verb's obl with its preposition as case, or "after questioning S" with the preposition made the head.
 */
export function prepositionalParticipleHost(tree: DependencyTree, n: number): number | undefined {
  if (tree.token(n).pos !== 'VBG') return undefined;
  const head = tree.head(n);
  if (head === 0) return undefined;
  const hostable = (h: number) => h !== 0 && (isVerb(tree.token(h)) || /^JJ/.test(tree.token(h).pos));
  const prepositional = (i: number) => PARTICIPLE_CASES.has(tree.token(i).lemma.toLowerCase());
  if (tree.relation(n) === 'obl' && tree.children(n, 'case').some((c) => c < n && prepositional(c)))
    return hostable(head) ? head : undefined;
  if (tree.relation(n) === 'dep' && head < n && tree.token(head).pos === 'IN' && prepositional(head)) {
    const verb = tree.head(head);
    return hostable(verb) ? verb : undefined;
  }
  return undefined;
}

/**
 * '"S," said the Florida senator' / '"S," noted a report': a common noun after a subjectless verb whose
 * content clause stands before it, read by the parser as the verb's object (or xcomp: "the 46-year-old").
 */
export function invertedDescription(tree: DependencyTree, v: number): number | undefined {
  if (tree.child(v, /^nsubj/) !== undefined) return undefined;
  if (!tree.children(v, /^(ccomp|parataxis)$/).some((c) => c < v)) return undefined;
  return tree.children(v, /^(obj|xcomp)$/).find((c) => {
    const pos = tree.token(c).pos;
    return c > v && (/^NNS?$/.test(pos) || (/^JJ/.test(pos) && tree.child(c, 'det') !== undefined));
  });
}

/**
 * "WASHINGTON — Sen. X defended S": the parser made the dateline the verb's subject and hung the
 * name on it; the speaker is that name, the first one after the dateline's `length` tokens.
 */
export function subjectBehindDateline(tree: DependencyTree, v: number, length: number): number | undefined {
  if (length === 0) return undefined;
  const placeSubject = tree.children(v, /^nsubj$/).find((s) => s <= length);
  if (placeSubject === undefined) return undefined;
  return tree.children(placeSubject, /^(dep|appos)$/).find((c) => c > length && c < v && /^NNPS?$/.test(tree.token(c).pos));
}

/**
 * "Mr. X, who has run the county since 2010, also noted S": the parser hung the verb (as dep) on the
 * relative clause before it; that clause, whose relative pronoun stands for the speaker, is its host.
 */
export function relativeClauseHost(tree: DependencyTree, n: number): number | undefined {
  const clause = tree.head(n);
  if (tree.relation(n) !== 'dep' || !/^VB[DZPN]?$/.test(tree.token(n).pos) || clause === 0 || clause > n) return undefined;
  if (tree.relation(clause) !== 'acl:relcl' || !isVerb(tree.token(clause))) return undefined;
  const pronoun = tree.child(clause, /^nsubj/);
  if (pronoun === undefined || !/^(WP|WDT)$/.test(tree.token(pronoun).pos)) return undefined;
  for (let t = clause + 1; t < n; t++) if (tree.token(t).word === ',') return clause;
  return undefined;
}
