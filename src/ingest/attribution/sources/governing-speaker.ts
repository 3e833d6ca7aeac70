/**
 * Source phrases that stand for someone else: the frame took the cue's object or the noun the cue
 * describes for its source, while the speaker is the subject of the verb above them, or nobody; or
 * the speaker stands beside the source in the tree: in apposition just before the cue, as a passive
 * cue's agent, as the other subject of "both", as the object of "led X to" / "forced X to".
 */
import { isPersonRole } from '../../entities/gazetteer.ts';
import type { TextSpan } from '../../text/spans.ts';
import { subjectOf } from '../frames/cue-subjects.ts';
import { canSpeak, namesPeople } from '../model/people-words.ts';
import { isName } from './proper-names.ts';
import { byPhrases } from '../frames/question-askers.ts';
import { speakerOfVerbBeforeComma } from '../boundaries/inner-speakers.ts';
import { namesNounOfSource } from './source-body-names.ts';
import { isPunct, isVerb, tokenRange, type DependencyTree } from '../tree.ts';

/**
 * The cue's own object taken for its speaker ("..., telling CNN that ...", "hitting Trump on ...",
 * "told Reuters"): a participle's or "tell"'s object is who is spoken to or about. On train none of
 * them was the annotated speaker; the speaker is the subject of the verb the cue hangs from, or nobody.
 */
function objectOfCue(tree: DependencyTree, source: number, cue: number, content?: TextSpan): boolean {
  if (tree.head(source) !== cue || !/^(obj|iobj)$/.test(tree.relation(source))) return false;
  const verb = tree.token(cue);
  if (/^(VBG|VBN)$/.test(verb.pos) || verb.lemma.toLowerCase() === 'tell') return true;
  // A verb the parser left hanging (dep) with its content after it: the name after it is its object,
  // not an inverted subject ("The mayor has, in fact, thanked the nurses for S"), as it is before a quotation's close.
  return tree.relation(cue) === 'dep' && source > cue && content !== undefined && content.start > verb.end;
}

/**
 * A noun the cue describes, in a phrase of another verb ("said in a statement released by ...",
 * "hit back in a column arguing ...", "filed a lawsuit in 2013 alleging ..."): the event, text or
 * time is not who speaks; the subject of that verb does. Not "with X saying" nor "among those
 * saying", where the noun is the participle's own subject, nor a bare plural ("polls showing S").
 */
function describedByCue(tree: DependencyTree, source: number, cue: number): boolean {
  if (tree.head(cue) !== source || tree.relation(cue) !== 'acl' || tree.relation(source) !== 'obl') return false;
  // A bare plural of things or kinds speaks for itself ("from groups supporting X", "despite polls showing S", "after leaked emails showed S").
  const noun = tree.token(source);
  if (noun.pos === 'NNS' && !namesPeople(noun.lemma) && tree.child(source, /^(det|nmod:poss|nummod)$/) === undefined) return false;
  return !tree.children(source, 'case').some((c) => /^(with|among|amongst)$/i.test(tree.token(c).word));
}

/**
 * For a source that stands for someone else, the subject of the verb above it (`speaker`, undefined
 * when there is none: the attribution names nobody); undefined when the source speaks for itself.
 */
export function governingSpeaker(tree: DependencyTree, source: number, cue: number, content?: TextSpan): { speaker?: number } | undefined {
  const below = objectOfCue(tree, source, cue, content) ? cue : describedByCue(tree, source, cue) ? source : undefined;
  if (below === undefined) return undefined;
  const governing = tree.head(below);
  const speaker = governing > 0 ? subjectOf(tree, governing) : undefined;
  return { speaker: speaker !== source ? speaker : undefined };
}

/**
 * A phrase in apposition that runs up to the cue ("Trump, Sexton said, has ...", "The plan, an inside
 * source said, is ...", "..., the Post reported"): the parser hung the speaker on the noun before it,
 * and the cue took that noun (or the sentence's subject) for its own. Not a description of a person
 * named before it with the comma left out ("Ann Porter, a spokeswoman for X told ..."), nor a parenthesis
 * ("Sen. Tom Baker (D-OH) said"). Someone's office or campaign there is no such description ("In a
 * statement defending Ortiz, Lind's office said S": PolNeAR train, 1 wrong speaker made right).
 */
export function appositiveSpeaker(tree: DependencyTree, source: number, cue: number): number | undefined {
  if (source > cue || !isVerb(tree.token(cue))) return undefined;
  let end = cue - 1;
  while (end > 0 && tree.head(end) === cue && /^(advmod|aux)$/.test(tree.relation(end))) end--;
  if (end <= 0 || isPunct(tree.token(end))) return undefined;
  for (let a = end; a > 0 && a !== cue && Math.max(...tree.subtree(a)) === end; a = tree.head(a)) {
    if (tree.relation(a) !== 'appos') continue;
    if (a === source) return undefined;
    // "A study published in the journal Science found S": a name set beside the noun of where the source came out, with no
    // comma, only names that noun ("a story by the website Politico says S" is the maker's).
    const first = Math.min(...tree.subtree(a));
    if (tree.head(a) !== source && tree.hasCase(tree.head(a), 'in') && first > 1 && !isPunct(tree.token(first - 1))) return undefined;
    if (namesNounOfSource(tree, source, a)) return undefined;
    const described = tree.head(a) === source && isName(tree, source) && /^NNS?$/.test(tree.token(a).pos) && !othersBody(tree, a);
    return described ? undefined : a;
  }
  return undefined;
}

/**
 * The agent of a passive cue the frame passed over ("When asked by a reporter whether S, X said":
 * not X; "the plan, which is then attacked by the mayor"): the one who asks, warns or denounces.
 */
export function passiveAgent(tree: DependencyTree, source: number, cue: number): number | undefined {
  const pos = tree.token(cue).pos;
  if (pos !== 'VBN' && pos !== 'VBD') return undefined;
  const agent = tree.children(cue, 'obl:agent')[0] ?? byPhrases(tree, cue)[0];
  if (agent === undefined || agent === source || !/^(NN|PRP)/.test(tree.token(agent).pos)) return undefined;
  if (reducedRelativeAsRoot(tree, source, cue, agent)) return agent;
  const passive = tree.children(cue, /^(nsubj:pass|aux:pass)$/).length > 0;
  return pos === 'VBN' && (passive || tree.relation(cue) === 'advcl') ? agent : undefined;
}

/** Verbs whose agent made the text ("written by", "sent out by"); not "seen by Reuters", which only carried it. */
const MAKING_VERBS = /^(write|send|issue|pen|sign|author|draft|release|publish|post|tweet|deliver)$/;

/**
 * "An article written by Ann Ruiz … accuses X", "a letter sent out by the mayor warned": the parser read the
 * reduced relative as the sentence's verb, with the noun it describes as its subject; the name in the "by"
 * phrase right after the verb wrote or sent it. The parser tags the participle "sent" as a past tense there too.
 */
function reducedRelativeAsRoot(tree: DependencyTree, source: number, cue: number, agent: number): boolean {
  if (!MAKING_VERBS.test(tree.token(cue).lemma.toLowerCase())) return false;
  if (tree.children(cue, /^aux/).length || tree.relation(source) !== 'nsubj' || tree.head(source) !== cue) return false;
  if (tree.subtree(source).at(-1) !== cue - 1 || !/^NNPS?$/.test(tree.token(agent).pos)) return false;
  // "responded by saying Japan should S": a verb in the phrase makes it the means, not the maker.
  const phrase = tree.subtree(agent);
  if (phrase.some((t) => isVerb(tree.token(t)))) return false;
  return phrase[0] > cue && tokenRange(cue + 1, phrase[0] - 1).every((t) => tree.relation(t) === 'compound:prt');
}

/** "defending Ortiz, Lind's office said": someone's office or campaign, no person's role, does not describe the name before it. */
function othersBody(tree: DependencyTree, appositive: number): boolean {
  return tree.child(appositive, 'nmod:poss') !== undefined && !isPersonRole(tree.token(appositive).word);
}

/** A quantifier the parser made a second subject ("X and Y have both argued S", "the rivals have all urged"): the other subject. */
export function quantifiedSubject(tree: DependencyTree, source: number): number | undefined {
  if (!/^(both|all|each)$/i.test(tree.token(source).word) || !/^nsubj/.test(tree.relation(source))) return undefined;
  return tree.children(tree.head(source), /^nsubj/).find((s) => s !== source);
}

/** Verbs whose object does what their infinitive says ("led Y to announce", "forced Y to acknowledge"). */
const OBJECT_CONTROL = /^(lead|force|allow|need|prompt|push|cause|compel|drive|spur|pressure|convince)$/;

/** The object of such a verb for a cue in its infinitive ("The release led X to announce S": X, not the release). */
export function controllingObject(tree: DependencyTree, source: number, cue: number): number | undefined {
  const verb = tree.head(cue);
  const infinitive =
    tree.relation(cue) === 'xcomp' ||
    (tree.relation(cue) === 'advcl' && tree.children(cue, 'mark').some((m) => /^to$/i.test(tree.token(m).word)));
  if (!infinitive || verb === 0 || !OBJECT_CONTROL.test(tree.token(verb).lemma.toLowerCase())) return undefined;
  const object = tree.children(verb, 'obj').find((o) => o < cue && /^(NN|PRP)/.test(tree.token(o).pos));
  return object !== source ? object : undefined;
}

/** Words that may stand between the comma and a participle (', while arguing'). */
const PARTICIPLE_MARKS = /^(while|before|after|then|also|and)$/i;

/**
 * The subject of the highest clause above `clause` (up to five verbs up) other than `source`, and
 * before `before` when given; undefined unless that subject can speak.
 */
function highestSpeakingSubject(tree: DependencyTree, clause: number, source: number, before = Infinity): number | undefined {
  let v = clause;
  let speaker: number | undefined;
  for (let hops = 0; hops < 5 && tree.head(v) > 0; hops++) {
    v = tree.head(v);
    speaker = tree.children(v, /^nsubj/).find((s) => s < before && s !== source) ?? speaker;
  }
  return speaker !== undefined && canSpeak(tree, speaker) ? speaker : undefined;
}

/**
 * A participle after a comma whose frame took the subject of a clause inside the sentence ("Lopez
 * complained that the bill was too timid, suggesting S"; "X has been pushing for Y to own the issue,
 * arguing S"; "X said after the senator won, remarking S"): the participle speaks for the subject of
 * the highest clause above that one, when that subject stands before the comma and can speak.
 */
export function commaParticipleSpeaker(tree: DependencyTree, source: number, cue: number): number | undefined {
  if (tree.token(cue).pos !== 'VBG') return undefined;
  let comma = cue - 1;
  if (comma > 1 && PARTICIPLE_MARKS.test(tree.token(comma).word)) comma--;
  if (comma < 2 || !/^(,|-+|—|–)$/.test(tree.token(comma).word) || source > comma) return undefined;
  // '"S," Ruiz said, adding S2': the frame's source already is the speaker, not whoever speaks in S.
  if (speakerOfVerbBeforeComma(tree, source, comma)) return undefined;
  const clause = tree.head(source);
  if (clause <= 0 || !/^(advcl|ccomp)$/.test(tree.relation(clause))) return undefined;
  return highestSpeakingSubject(tree, clause, source, comma);
}

/**
 * A verb conjoined to the verb of a clause inside the sentence, with no subject of its own ("Reyes said
 * Ortega had begun making calls but said S"; "Some strategists fear that Clinton has missed a chance and
 * warn that S"): the parser joined it to the inner clause, whose subject the frame took; it speaks for
 * the subject of the highest clause above, when that one can speak.
 */
export function conjoinedClauseSpeaker(tree: DependencyTree, source: number, cue: number): number | undefined {
  const joined = tree.head(cue);
  if (tree.relation(cue) !== 'conj' || tree.child(cue, /^nsubj/) !== undefined || tree.head(source) !== joined) return undefined;
  if (joined <= 0 || tree.relation(joined) !== 'ccomp') return undefined;
  return highestSpeakingSubject(tree, joined, source);
}
