/**
 * "Asked if he would run, the mayor said no", "Everyone but Ortiz said yes", "the report says so":
 * a verb of saying or thinking whose whole content is one answer word, which the parser hangs as
 * a discourse word or an adverb. The answer is the content (a one-word `obj` frame).
 */
import { DependencyTree } from '../tree.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';

const ANSWERS = new Set(['yes', 'no', 'so', 'not', 'when', 'why', 'how', 'sorry']);
const COGNITION_CUES = new Set(['think', 'believe', 'hope', 'guess', 'suppose']);

/** The answer word standing as the whole content of cue `v`, if any. */
export function oneWordAnswer(tree: DependencyTree, v: number): number | undefined {
  const lemma = tree.token(v).lemma.toLowerCase();
  if (!SPEECH_VERBS.has(lemma) && !COGNITION_CUES.has(lemma)) return undefined;
  return tree
    .children(v, /^(discourse|advmod|obj|dep)$/)
    .find((c) => c > v && tree.subtree(c).length === 1 && ANSWERS.has(tree.token(c).word.toLowerCase()) && endsClause(tree, c));
}

/** Nothing but punctuation or the sentence's end follows the answer word. */
function endsClause(tree: DependencyTree, c: number): boolean {
  return c === tree.size || /^[.,;:!?'"”’)]|''$/.test(tree.token(c + 1).word);
}
