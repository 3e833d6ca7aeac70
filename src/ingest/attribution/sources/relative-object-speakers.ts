/**
 * "An Iraqi who fled Mosul said S", "A nurse who treated Smith said S": the parser may read the relative
 * clause's object as the subject of the cue ("Mosul said S") and "who" as the cue's object. The one who speaks
 * is the noun the relative clause describes, right before "who". Where the parser also made that noun the
 * subject of S's predicate ("nurse … were severe") and left the cue only S's subject as its object, S is the
 * rest of the sentence after the cue.
 */
import type { Candidate } from '../frames/candidate.ts';
import { isPunct, isVerbOrPredicate, type DependencyTree } from '../tree.ts';

/**
 * The candidate read with the described noun as its source; null when the shape is there but its content
 * cannot be mended (the candidate is then no one's); undefined when the sentence has no such shape.
 */
export function describedSpeakerReading(tree: DependencyTree, c: Candidate): Candidate | null | undefined {
  const speaker = relativeObjectSpeaker(tree, c);
  if (speaker === undefined) return undefined;
  if (c.frame === 'ccomp') return { ...c, source: speaker };
  const root = tree.children(0)[0];
  const object = tree.child(c.cue, 'obj');
  const speakerOpensPredicate = tree.head(speaker) === root && /^nsubj/.test(tree.relation(speaker));
  if (c.frame !== 'obj' || object === undefined || root === undefined || root <= object || !speakerOpensPredicate) return null;
  if (!isVerbOrPredicate(tree, root)) return null;
  const rest: number[] = [];
  for (let t = c.cue + 1; t <= tree.size; t++) rest.push(t);
  while (rest.length > 0 && isPunct(tree.token(rest.at(-1)!))) rest.pop();
  return { ...c, frame: 'ccomp', content: rest, source: speaker };
}

/** Words of the object's phrase between the relative verb and the cue ("who visited the White House said", "who treated Chikwanha residents said"). */
const OBJECT_PART = /^(NNP?S?|DT|JJ|CD|PRP\$)$/;

/**
 * For a candidate whose source is a noun standing right before its cue and right after "who" and a verb, the
 * token of the noun before "who" (the speaker); undefined when the sentence has no such shape.
 */
export function relativeObjectSpeaker(tree: DependencyTree, c: Candidate): number | undefined {
  const source = c.source;
  if (source === undefined || source + 1 !== c.cue || !/^NNP?S?$/.test(tree.token(source).pos)) return undefined;
  let first = source;
  while (first > 1 && OBJECT_PART.test(tree.token(first - 1).pos)) first--;
  const verb = first - 1;
  const who = first - 2;
  const noun = first - 3;
  if (noun < 1 || !/^VB[DNZP]?$/.test(tree.token(verb).pos) || verb === c.cue) return undefined;
  if (tree.token(who).word.toLowerCase() !== 'who') return undefined;
  return /^(NNS?|NNPS?|JJ)$/.test(tree.token(noun).pos) ? noun : undefined;
}
