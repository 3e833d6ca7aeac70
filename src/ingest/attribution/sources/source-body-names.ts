/**
 * "A spokesman for the airline group IAG said S": a name set beside a noun of the source's own phrase
 * with no comma names that noun (which group), not someone who speaks; the spokesman does. The parser
 * hangs the name as an apposition or, cut at a hyphen ("the airline group Air France-KLM"), as a loose
 * dependent.
 */
import { isPunct, type DependencyTree } from '../tree.ts';

/** Whether the apposition `appos` names, unpunctuated, a noun inside the phrase of `source`. */
export function namesNounOfSource(tree: DependencyTree, source: number, appos: number): boolean {
  const noun = tree.head(appos);
  if (noun === source || !tree.subtree(source).includes(noun)) return false;
  if (tree.token(appos).ner !== 'ORGANIZATION') return false;
  // Not a parenthesis ("Sen. Marco Rubio (R-Fla.)"): the name's words follow the noun with nothing between.
  const phrase = tree.subtree(appos);
  return phrase[0] === noun + 1 && !isPunct(tree.token(phrase[0])) && !phrase.some((t) => /^[()[\]]$|^-[LR]RB-$/.test(tree.token(t).word));
}
