/**
 * "Ortiz showed reporters a chart", "Price showed the burned barns to reporters": a person showing
 * something to people displays it; nothing is said, and the reading's content would be only the
 * thing shown. A poll or a record showing something ("a poll shows Ruiz leading") still reports, and
 * so does a shown thing with a clause of its own ("showed reporters a letter saying S"). PolNeAR
 * train: one such reading, naming another source than the annotated one ("a clip").
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';
import { namesPeopleToken } from '../model/people-words.ts';

const CLAUSE = /^(acl|ccomp|xcomp|advcl|parataxis)/;

/** "showed reporters X", "showed X to reporters" (the parser may hang "to reporters" on X). */
function shownToPeople(tree: DependencyTree, cue: number, object: number): boolean {
  const isTo = (n: number) => tree.children(n, 'case').some((c) => tree.token(c).lemma.toLowerCase() === 'to');
  const recipients = [...tree.children(cue, 'iobj'), ...[...tree.children(cue, /^obl/), ...tree.children(object, /^nmod/)].filter(isTo)];
  return recipients.some((r) => namesPeopleToken(tree, r));
}

/** A name (NER may miss "Price") or a word for people: one who shows, where a poll or a record reports. */
function showsByHand(tree: DependencyTree, subject: number): boolean {
  return /^NNPS?$/.test(tree.token(subject).pos) || namesPeopleToken(tree, subject);
}

/** A show reading whose subject is a name or people and whose object, with no clause, is shown to people. */
export function isShownThing(tree: DependencyTree, a: CueReading): boolean {
  if (a.frame !== 'obj' || a.cue.lemma !== 'show') return false;
  const byPerson = a.claimants?.some((c) => c.type === 'PERSON') ?? false; // "Price" the parser tagged a common noun
  if (!byPerson && !tree.children(a.cue.token, 'nsubj').some((s) => showsByHand(tree, s))) return false;
  return tree.children(a.cue.token, 'obj').some((o) => !tree.children(o, CLAUSE).length && shownToPeople(tree, a.cue.token, o));
}
