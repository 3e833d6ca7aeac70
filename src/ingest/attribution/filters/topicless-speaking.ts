/**
 * "Two nurses who did not want to speak on the record", "The inspector agreed to talk on condition that
 * she not be named", "The governor is expected to speak at the dinner on Saturday": a verb whose only
 * complement is speaking with no topic tells that someone would or would not speak, not what they said.
 * PolNeAR train marks none of these (2 such readings at s56-rc, both matching nothing); it does mark a
 * refusal ("The clerk declined to speak on the record", "refused to talk to the press"), so decline and
 * refuse keep their readings, and so does a cue with a clause or an object of its own, or a speaking
 * with a topic ("began talking about the budget", "agreed to discuss the plan", "wants to talk to the
 * board and the staff about the merger").
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

const SPEAKING = new Set(['speak', 'talk', 'comment', 'discuss', 'testify']);
const REFUSALS = new Set(['decline', 'refuse']);
/** Prepositions that bring what the speaking is about, right under the verb ("spoke of her childhood", "talked on trade"). */
const TOPIC_CASES = new Set(['about', 'of', 'regarding', 'concerning', 'over', 'on']);
/** Prepositions that bring a topic wherever they hang ("talk to the board and the staff about the merger"). */
const TOPIC_WORDS = new Set(['about', 'regarding', 'concerning']);
/** "on the record", "on condition of anonymity", "on camera": a manner of speaking, not its topic. */
const MANNER = new Set([
  'record',
  'condition',
  'background',
  'camera',
  'phone',
  'air',
  'stage',
  'behalf',
  'television',
  'radio',
  'anonymity',
]);

/** "on the record", "on camera", and "on Saturday night": an "on" that names no topic. */
function isMannerPhrase(tree: DependencyTree, i: number): boolean {
  if (!tree.hasCase(i, 'on')) return false;
  return MANNER.has(tree.token(i).lemma.toLowerCase()) || [i, ...tree.children(i, 'compound')].some((w) => isTimeWord(tree, w));
}

const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'night',
  'morning',
  'afternoon',
  'evening',
  'weekend',
]);

function isTimeWord(tree: DependencyTree, i: number): boolean {
  const t = tree.token(i);
  return t.ner === 'DATE' || t.ner === 'TIME' || TIME_WORDS.has(t.lemma.toLowerCase());
}

function caseWord(tree: DependencyTree, i: number): string {
  const c = tree.child(i, 'case');
  return c === undefined ? '' : tree.token(c).word.toLowerCase();
}

/** Whether the speaking verb has an object, a clause or a topic phrase ("for fear of losing her job" is none). */
function hasTopic(tree: DependencyTree, verb: number): boolean {
  if (tree.children(verb, /^(obj|iobj|ccomp|xcomp|advcl|parataxis)$/).length > 0) return true;
  if (tree.children(verb, /^(obl|nmod)/).some((o) => TOPIC_CASES.has(caseWord(tree, o)) && !isMannerPhrase(tree, o))) return true;
  const below = tree.subtree(verb, (edge) => isMannerPhrase(tree, edge.to));
  return below.some((i) => TOPIC_WORDS.has(tree.token(i).word.toLowerCase()));
}

function isToInfinitiveOrGerund(tree: DependencyTree, i: number): boolean {
  return tree.token(i).pos === 'VBG' || tree.children(i, 'mark').some((m) => tree.token(m).word.toLowerCase() === 'to');
}

/** A reading whose cue, not a refusal, has nothing but a speaking with no topic ("did not want to speak on the record"). */
export function isTopiclessSpeaking(tree: DependencyTree, a: CueReading): boolean {
  const cue = a.cue.token;
  if (REFUSALS.has(a.cue.lemma) || SPEAKING.has(a.cue.lemma)) return false;
  // "who" in "workers who did not want to speak" is often parsed as the object: no content of its own.
  const ownContent = tree.children(cue, /^(obj|iobj|ccomp|csubj|parataxis)$/).filter((c) => !/^W(P|DT)$/.test(tree.token(c).pos));
  if (ownContent.length > 0) return false;
  const speaking = tree.children(cue, 'xcomp').filter((c) => SPEAKING.has(tree.token(c).lemma.toLowerCase()));
  return speaking.length > 0 && speaking.every((s) => isToInfinitiveOrGerund(tree, s) && !hasTopic(tree, s));
}
