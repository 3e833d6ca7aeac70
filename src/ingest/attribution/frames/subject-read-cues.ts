/**
 * "A study published Thursday by the Kessler Foundation says fewer than half of workers have found
 * jobs": after a paper's participle the parser makes the participle the main verb and reads "says"
 * as the subject of the reported clause, with its opening words ("fewer than half of workers") hung on
 * it. The verb, tagged a verb all the same, is the cue of the clause it was made the subject of; its
 * speaker is the subject of the clause above, the paper (sources/document-authors.ts names its maker).
 */
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import type { DependencyTree } from '../tree.ts';

const SUBJECT = /^(nsubj|nsubj:pass)$/;

/** The content and speaker of speech verb `v` that the parser made the subject of what it reports; undefined otherwise. */
export function cueReadAsSubject(tree: DependencyTree, v: number): { content: number[]; source: number } | undefined {
  const token = tree.token(v);
  if (!/^(VBZ|VBD)$/.test(token.pos) || !SUBJECT.test(tree.relation(v)) || !SPEECH_VERBS.has(token.lemma.toLowerCase())) return undefined;
  const predicate = tree.head(v);
  if (predicate <= v) return undefined;
  const above = tree.head(predicate);
  if (above <= 0 || above > v) return undefined;
  const source = tree
    .children(above, SUBJECT)
    .filter((s) => s < v)
    .at(-1);
  if (source === undefined) return undefined;
  return { content: tree.subtree(predicate).filter((t) => t > v), source };
}
