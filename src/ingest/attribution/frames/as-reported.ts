/**
 * "As reported by the Ledger, the mill will close in May" and "..., per the Ledger": a report named
 * in a phrase on the clause. Read like "according to X": the clause is the content, X the source.
 * The parser reads "per", and sometimes "reported" beside "by", as a preposition on the outlet. An
 * opening "As reported by X, S" it mostly reads upside down: "As" as the root, "reported" hung on it,
 * X on "reported" and the clause hung on X (As ← reported ← X ← close); so the clause is found under
 * the outlet. A closing ", as reported by X" is a participle with an agent (frames/participle-agents.ts).
 */
import { isVerbOrPredicate, type DependencyTree } from '../tree.ts';

/** The outlet, the clause it is credited with and what to leave out of that clause's words. */
export interface ReportPhrase {
  source: number;
  clause: number;
  /** "S, per X" hangs X on S's clause, to be cut out of it; "As reported by X, S" hangs S under X. */
  exclude: number[];
}

/** The report phrase, when `v` is "per" or the "reported" of "As reported by". */
export function asReportedBy(tree: DependencyTree, v: number): ReportPhrase | undefined {
  const word = tree.token(v).word.toLowerCase();
  if (word === 'per') return prepositionPhrase(tree, v);
  if (word !== 'reported') return undefined;
  return prepositionPhrase(tree, v, 'by') ?? openingAsReported(tree, v);
}

/** `v` as a preposition on the outlet ("per X", or "reported" read with "by" as one: "as reported by X"). */
function prepositionPhrase(tree: DependencyTree, v: number, alongside?: string): ReportPhrase | undefined {
  if (tree.relation(v) !== 'case') return undefined;
  const source = tree.head(v);
  if (alongside && !tree.children(source, 'case').some((k) => tree.token(k).word.toLowerCase() === alongside)) return undefined;
  if (!/^(obl|nmod)$/.test(tree.relation(source))) return undefined;
  const clause = tree.head(source);
  if (clause === 0 || !isVerbOrPredicate(tree, clause)) return undefined;
  return { source, clause, exclude: [source] };
}

function openingAsReported(tree: DependencyTree, reported: number): ReportPhrase | undefined {
  const as = tree.head(reported);
  if (as !== reported - 1 || tree.token(as).word.toLowerCase() !== 'as') return undefined;
  const byAgent = (k: number) => tree.children(k, 'case').some((c) => tree.token(c).word.toLowerCase() === 'by');
  const source = tree.children(reported, /^(obl|nmod)$/).find(byAgent);
  if (source === undefined) return undefined;
  const clause = tree.children(source, 'dep').find((k) => k > source && isVerbOrPredicate(tree, k));
  return clause === undefined ? undefined : { source, clause, exclude: [] };
}
