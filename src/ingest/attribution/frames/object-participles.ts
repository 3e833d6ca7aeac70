/**
 * "Dana Lee focused on Ortiz, trying to S" / "X fired his aide, Tom Hale, acknowledging S": the parser
 * hung the participle after the comma (acl) on the object or prepositional object before it, though
 * the one doing it is the subject of the verb that object belongs to. Used by `subjectOf` in
 * cue-subjects.ts, which climbs on from that verb. Only when that verb's subject stands before the noun
 * (else the noun is its inverted subject: '"S," said Ann Ruiz, adding S2') and can speak.
 */
import { canSpeak } from '../model/people-words.ts';
import { isVerb, type DependencyTree } from '../tree.ts';

/** Relations a participle's noun may hang by inside the object: a name after a description, one of a list. */
const INSIDE_OBJECT = /^(appos|conj)$/;

/** The verb whose object (or prepositional object) the comma participle `n` was hung on; undefined otherwise. */
export function objectParticipleHost(tree: DependencyTree, n: number): number | undefined {
  if (tree.relation(n) !== 'acl' || tree.token(n).pos !== 'VBG') return undefined;
  let noun = tree.head(n);
  if (noun <= 0 || noun > n || n < 2 || tree.token(n - 1).word !== ',') return undefined;
  while (noun > 0 && INSIDE_OBJECT.test(tree.relation(noun))) noun = tree.head(noun);
  if (noun <= 0 || !/^(obj|iobj|obl)$/.test(tree.relation(noun))) return undefined;
  const verb = tree.head(noun);
  if (verb <= 0 || !isVerb(tree.token(verb))) return undefined;
  // '"S," said Ann Ruiz, adding S2': a name after the verb with no subject before it is its inverted subject.
  const subject = tree.children(verb, /^nsubj/).find((s) => s < noun);
  return subject !== undefined && canSpeak(tree, subject) ? verb : undefined;
}
