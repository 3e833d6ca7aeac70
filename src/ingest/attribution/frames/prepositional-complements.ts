/**
 * Complements a preposition opens after a verb or adjective cue: "called for S", "critical of S",
 * "thanked him for stepping up", "skeptical about whether S". The frames read them as the cue's content,
 * without the preposition.
 */
import { DependencyTree, isVerb } from '../tree.ts';

/** Objects after the cue introduced by one of `cases` ("called for S", "critical of S"). */
export function preposedObjects(tree: DependencyTree, v: number, cases: Set<string>): number[] {
  return tree
    .children(v, /^obl$/)
    .filter((o) => o > v && tree.children(o, 'case').some((k) => cases.has(tree.token(k).lemma.toLowerCase())));
}

/** Gerund clauses after the cue that a preposition introduces ("called for bringing back S", "thanked him for stepping up"). */
export function prepositionalClauses(tree: DependencyTree, v: number, cases: Set<string>, anyVerbForm = false): number[] {
  const introduced = (c: number) => tree.children(c, /^(mark|case)$/).some((k) => cases.has(tree.token(k).lemma.toLowerCase()));
  // After an adjective any verb form can follow the preposition ("sick of being blamed", "skeptical about whether S").
  // Not "for him to serve" ("ready for him to serve"): that says what is fit, not what is thought of.
  const forInfinitive = (c: number) => {
    const marks = tree.children(c, 'mark').map((k) => tree.token(k).lemma.toLowerCase());
    return marks.includes('for') && marks.includes('to');
  };
  const form = (c: number) => tree.token(c).pos === 'VBG' || (anyVerbForm && isVerb(tree.token(c)) && !forInfinitive(c));
  return tree.children(v, /^(advcl|ccomp)$/).filter((c) => c > v && form(c) && introduced(c));
}

/** The prepositions that introduce clause `c`, left out of its content ("whether" stays). */
export function prepositionsOf(tree: DependencyTree, c: number): number[] {
  return tree.children(c, /^(mark|case)$/).filter((k) => !/^(whether|if)$/i.test(tree.token(k).word));
}
