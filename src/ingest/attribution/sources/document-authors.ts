/**
 * "S, according to a court filing submitted by the county's lawyer": whoever made the document speaks
 * through it. PolNeAR annotates such a source either as the whole phrase or as the maker alone, and the
 * maker's words are in both; the document's noun ("a court filing") is only in the first. Only verbs of
 * making or issuing: who obtained, reviewed or reported a document ("an email obtained by the Times") did
 * not write it; but the outlet that carried remarks ("according to remarks carried by the AP") stands as
 * the report's source, so that it carries the speaker's claim as its via (on train no prediction changes).
 * Also the giver of an interview or account in a relative clause ("an interview her aide gave to the BBC").
 * A grand jury "returns" the indictment it makes ("The indictment, returned by a grand jury on Wednesday, charges S").
 */
import { namesPeople } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';

const MAKING = new Set([
  'file',
  'submit',
  'release',
  'issue',
  'publish',
  'write',
  'author',
  'draft',
  'sign',
  'send',
  'prepare',
  'compile',
  'conduct',
  'produce',
  'provide',
  'carry',
  'return',
]);

/**
 * The maker named by "by" after the participle that describes the document that speaks: the source of
 * "according to", or the cue's subject ("The suit, filed Tuesday by X, alleges S"; "Court papers filed by X say S").
 */
export function documentAuthor(tree: DependencyTree, source: number, cue: number): number | undefined {
  const according = tree.token(cue).lemma.toLowerCase() === 'accord';
  const head = tree.head(source);
  const making = (v: number) => MAKING.has(tree.token(v).lemma.toLowerCase());
  // "Court papers filed Monday by X say S", parsed with "filed" as the main verb and the papers as its subject.
  // People filing, a verb with an object, or one whose own clause the cue is ("The lawyers filed on Friday by fax,
  // saying S"), is a real one; a cue the parse left as a loose dependent of it is not.
  const misreadParticiple =
    head !== 0 &&
    head !== cue &&
    head < cue &&
    making(head) &&
    !namesPeople(tree.token(source).lemma.toLowerCase()) &&
    tree.child(head, /^(obj|conj)$/) === undefined &&
    (tree.head(cue) !== head || tree.relation(cue) === 'dep');
  const subject = tree.relation(source) === 'nsubj' && (head === cue || misreadParticiple);
  if (!(according || subject) || !/^NNS?$/.test(tree.token(source).pos)) return undefined;
  const participles = tree.children(source, 'acl').filter((p) => tree.token(p).pos === 'VBN' && making(p));
  const made = subject && misreadParticiple ? [...participles, head] : participles;
  for (const participle of made) {
    const agent = tree.children(participle, /^obl(:agent)?$/).find((o) => byWhom(tree, o));
    if (agent !== undefined) return agent;
  }
  // A subject's relative clause is mostly about people, not papers ("the groups who wrote to her say S").
  if (!according) return undefined;
  // "according to an interview her sister gave to the BBC": the subject of a relative clause of making or giving.
  const given = tree
    .children(source, 'acl:relcl')
    .filter((r) => r > source && (MAKING.has(tree.token(r).lemma.toLowerCase()) || tree.token(r).lemma.toLowerCase() === 'give'));
  for (const clause of given) {
    const subject = tree.child(clause, /^nsubj$/);
    if (subject !== undefined && subject > source && subject < clause) return subject;
  }
  return undefined;
}

/** Whether `o` names who with "by": "by comparing records" (the parse may make the gerund a modifier) says how. */
function byWhom(tree: DependencyTree, o: number): boolean {
  const by = tree.caseMarker(o, 'by');
  return by !== undefined && tree.token(by + 1)?.pos !== 'VBG';
}
