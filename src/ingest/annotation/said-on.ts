/**
 * When a claim was made, read off the dependency tree: the date phrase the parser attaches to the
 * reporting verb ("said Tuesday", "told reporters on Friday", "On Thursday, the chief said",
 * "said in a statement late Wednesday"). A date inside the content ("said Friday's attack killed
 * 12") hangs on a word of the content, not on the verb, and is not the day of the saying.
 */
import { closingOccasions } from '../attribution/boundaries/closing-occasions.ts';
import type { DependencyTree } from '../attribution/tree.ts';
import { NEAR_DAY_ALTERNATION, WEEKDAY_ALTERNATION } from '../text/day-words.ts';
import type { TextSpan } from '../text/spans.ts';
import { closesProgrammeName } from './dates.ts';
import { holidaySpan } from './holiday-days.ts';
import { namingDaySpan } from './month-day-spans.ts';
import { datesBeforeSaying } from './published-papers.ts';
import { isMediumPlace, isTownHall } from './occasion-forms.ts';
import { speakingRelatives } from './speaking-relatives.ts';
import { speakingParticiples } from './verbs.ts';

const DAY_WORD = new RegExp(
  `^(?:${WEEKDAY_ALTERNATION}|${NEAR_DAY_ALTERNATION}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?$`,
  'i',
);
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_ALTERNATION})$`, 'i');
/** How a time phrase hangs on its verb: "said Tuesday" (obl:tmod), "on Tuesday" (obl), "Tuesday night" (nmod:tmod). */
export const TIME_RELATION = /^(obl|obl:tmod|obl:npmod|nmod:tmod|advmod)$/;
/** A noun takes its date as a modifier: "a speech on Tuesday". */
export const SETTING_TIME_RELATION = /^(obl|obl:tmod|obl:npmod|nmod|nmod:tmod|nmod:npmod)$/;
/** Words around a day that narrow it without changing it: "late Wednesday", "Tuesday night". */
const NARROWING = /^(?:late|early|earlier|later|on)\s+|\s+(?:morning|afternoon|evening|night)$/gi;

/** Occasions of a saying whose date is the saying's: "In a speech on Tuesday, X said". */
export const OCCASIONS = new Set([
  'speech',
  'statement',
  'interview',
  'conference',
  'briefing',
  'address',
  'post',
  'tweet',
  'letter',
  'call',
  'appearance',
  'hearing',
  'meeting',
  'remarks',
  'remark',
  'message',
  'video',
  'broadcast',
  'testimony',
  'session',
  'rally',
  'debate',
  'discussion',
  'event',
  'forum',
  'show',
  'program',
  'email',
  'op-ed',
  'release',
  'visit',
  // Court papers and reports carry their day as a statement does: "In a Friday filing, prosecutors say S".
  'filing',
  // Sworn statements: "said in a 2023 deposition that S", "In a Friday affidavit, the agent wrote S".
  'deposition',
  'affidavit',
  'report',
  'memo',
  // Studies and polls carry their release's day: "A poll released Monday found S" (published-papers.ts).
  'study',
  'survey',
  'poll',
  'paper',
  'analysis',
  // Notices, columns and sermons: "warned in a Thursday bulletin that S", "said in an advisory Friday".
  'bulletin',
  'advisory',
  'announcement',
  'notice',
  'update',
  'readout',
  'communique',
  'newsletter',
  'podcast',
  'blog',
  'column',
  'editorial',
  'essay',
  'commentary',
  'comment',
  'sermon',
  'lecture',
]);
/** "in a letter sent Friday to staff": a passive participle takes no object, so a day the parser made one is its time. */
const PARTICIPLE_TIME_RELATION = /^(obl|obl:tmod|obl:npmod|nmod|nmod:tmod|nmod:npmod|obj)$/;
/** An occasion's participle; the tagger sometimes takes it for a past tense ("In a video posted Saturday, X said": posted/VBD under acl). */
export const PARTICIPLE_TAG = /^VB[ND]$/;
export { AIRING } from './published-papers.ts';
/** A part of a day heading its phrase: "Tuesday night" is parsed as night, with Tuesday its compound. */
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/i;
/** Adverbs that narrow the saying's time without moving it off the day: "said earlier on Friday". */
const NARROWING_ADVERB = /^(?:earlier|later)$/i;

/**
 * The date phrase hanging on the cue verb, or on the occasion, the way of speaking or the "earlier"
 * hung on it, without "on", "late" or "night": "Tuesday", "March 1, 2022"; else the day naming the
 * occasion ("during Tuesday's debate"), or for a participle cue the day of the verb it hangs on.
 */
export function cueDateSpan(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  const isOccasion = (o: number) => OCCASIONS.has(tree.token(o).lemma.toLowerCase()) || isOpEd(tree, o) || isTownHall(tree, o);
  const occasions = [
    ...tree.children(cue, /^obl/),
    ...invertedSubjectOccasions(tree, cue),
    // "said S, in remarks at the harbor on Tuesday": hung on the reported clause, closing the sentence.
    ...closingOccasions(tree, cue),
    // "told a Tuesday news conference that S": the occasion as the listener.
    ...(tree.token(cue).lemma === 'tell' ? tree.children(cue, 'obj') : []),
  ].filter(isOccasion);
  const settings = [
    ...occasions,
    // "told NBC's Today on Monday": the parser may hang the day on the listener.
    ...(tree.token(cue).lemma === 'tell' ? tree.children(cue, /^(obj|iobj)$/) : []),
    // "in a statement released Thursday": the day the occasion's participle gives.
    // Not "in an interview aired Monday": what was aired or published was said before.
    ...occasions.flatMap((o) =>
      tree.children(o, 'acl').filter((v) => PARTICIPLE_TAG.test(tree.token(v).pos) && !datesBeforeSaying(tree, v)),
    ),
    ...speakingParticiples(tree, cue),
    // "X, who testified Monday at the trial, said S"; not where the cue names an occasion of its own.
    ...(occasions.length ? [] : speakingRelatives(tree, cue)),
    ...tree.children(cue, 'advmod').filter((a) => NARROWING_ADVERB.test(tree.token(a).word)),
  ];
  const scenes = askedParticiples(tree, cue);
  for (const node of [cue, ...settings, ...scenes]) {
    const span = dateOn(
      tree,
      node,
      text,
      node === cue || tree.relation(node) === 'advmod'
        ? TIME_RELATION
        : isPassiveParticiple(tree, node)
          ? PARTICIPLE_TIME_RELATION
          : SETTING_TIME_RELATION,
    );
    if (span) return span;
  }
  // "In remarks to the council on Thursday", "speaking to the station's Drive Time Tuesday": the day hung on whom or where the occasion was.
  for (const node of [...occasions, ...speakingParticiples(tree, cue), ...scenes])
    for (const place of occasionPlaces(tree, node)) {
      const span = dateOn(tree, place, text, SETTING_TIME_RELATION);
      if (span) return span;
    }
  // The occasion named by its day: "during Saturday's debate", "in a Friday interview", "during Saturday night's debate".
  for (const occasion of occasions) {
    const day = namingDay(tree, occasion);
    if (day !== undefined) return namingDaySpan(tree, day);
  }
  // A participle saying what its verb's subject did that day: "X went further on Tuesday, saying S".
  if (tree.token(cue).pos === 'VBG' && /^(advcl|xcomp|dep)$/.test(tree.relation(cue)) && tree.head(cue) > 0)
    return dateOn(tree, tree.head(cue), text, TIME_RELATION) ?? sayingAround(tree, tree.head(cue), text);
  // "X met the union on Monday and said S", "X on Monday blamed A and said S": a verb joined to
  // another, with no subject of its own, was done the same day.
  if (tree.relation(cue) === 'conj' && tree.head(cue) > 0 && tree.children(cue, /^nsubj/).length === 0)
    return cueDateSpan(tree, tree.head(cue), text) ?? dayOnSubject(tree, tree.head(cue));
  // "The mayor on Monday night told the crowd S": the parser hangs the day on the subject.
  return dayOnSubject(tree, cue);
}

function isPassiveParticiple(tree: DependencyTree, i: number): boolean {
  return tree.relation(i) === 'acl' && PARTICIPLE_TAG.test(tree.token(i).pos);
}

/** "In a Sunday op-ed in the Times, X wrote": the tokenizer splits "op-ed", and the parse heads it with "ed". */
function isOpEd(tree: DependencyTree, i: number): boolean {
  return /^ed$/i.test(tree.token(i).word) && tree.children(i, 'compound').some((c) => /^op$/i.test(tree.token(c).word));
}

/** Participles that set the scene of an answer: "Asked about the ferries on Wednesday, the mayor said", "Pressed by reporters Tuesday, X said". */
const ANSWERING = new Set(['ask', 'press', 'question', 'quiz', 'respond', 'reply', 'answer']);

export function askedParticiples(tree: DependencyTree, cue: number): number[] {
  // An opening "Asked at a briefing Monday about X, Y said" is sometimes misparsed as the verb's subject.
  return tree
    .children(cue, /^(advcl|dep|nsubj)$/)
    .filter(
      (v) =>
        v < cue &&
        /^(VBN|VBG)$/.test(tree.token(v).pos) &&
        ANSWERING.has(tree.token(v).lemma.toLowerCase()) &&
        tree.children(v, /^nsubj/).length === 0,
    );
}

/** Whom or where an occasion was held for: "remarks to the council", "a visit to the harbor", "an appearance on a radio show". */
const PLACE_CASE = /^(?:to|with|at|in|before|by)$/i;
const BROADCAST_OCCASION = /^(?:appearance|interview|show)$/i;

function occasionPlaces(tree: DependencyTree, occasion: number): number[] {
  const onAir = BROADCAST_OCCASION.test(tree.token(occasion).lemma);
  return tree
    .children(occasion, /^(obl|nmod)$/)
    .filter(
      (place) =>
        isMediumPlace(tree, place) ||
        tree.children(place, 'case').some((k) => PLACE_CASE.test(tree.token(k).word) || (onAir && /^on$/i.test(tree.token(k).word))),
    );
}

/** "…, said the party's spokesman in a Friday tweet": after an inverted subject the parser hangs the occasion on the subject. */
function invertedSubjectOccasions(tree: DependencyTree, verb: number): number[] {
  return tree.children(verb, /^nsubj/).flatMap((subject) => (subject > verb ? tree.children(subject, 'nmod') : []));
}

/** "The mayor on Monday blamed …": the day the parser hangs on the verb's subject. */
function dayOnSubject(tree: DependencyTree, verb: number): TextSpan | undefined {
  for (const subject of tree.children(verb, /^nsubj/))
    for (const modifier of tree.children(subject, /^(nmod|nmod:tmod)$/)) {
      const day = dayOf(tree, modifier);
      if (day !== undefined && tree.children(modifier, 'case').every((k) => /^on$/i.test(tree.token(k).word)))
        return holidaySpan(tree, day) ?? { start: tree.token(day).start, end: tree.token(day).end };
    }
  return undefined;
}

/**
 * "X said Monday that S1, adding that S2": the parser hangs the participle on S1's verb, inside what
 * was said; the participle's day is then the day of the saying whose content holds that verb.
 */
function sayingAround(tree: DependencyTree, verb: number, text: string): TextSpan | undefined {
  if (tree.relation(verb) !== 'ccomp' || tree.head(verb) === 0) return undefined;
  return cueDateSpan(tree, tree.head(verb), text);
}

/** The day a word names, itself or as the compound of a part of the day ("Saturday night"). */
export function dayOf(tree: DependencyTree, i: number): number | undefined {
  if (isDay(tree, i)) return i;
  return PART_OF_DAY.test(tree.token(i).word) ? tree.children(i, /^(compound|nmod:tmod|obl:tmod)$/).find((d) => isDay(tree, d)) : undefined;
}

/** The day that names noun `noun`, an occasion or a paper: "Saturday's debate", "a Friday interview", "Saturday night's debate". */
export function namingDay(tree: DependencyTree, noun: number): number | undefined {
  return tree
    .children(noun, /^(nmod:poss|compound)$/)
    .map((d) => dayOf(tree, d))
    .find((d) => d !== undefined);
}

/** "this morning", "this afternoon", "this evening", "last night" as a bare time phrase (no "since" or "until"). */
function thisPartOfDay(tree: DependencyTree, i: number): TextSpan | undefined {
  if (!PART_OF_DAY.test(tree.token(i).word) || tree.children(i, 'case').length > 0) return undefined;
  const determiner = tree
    .children(i, /^(det|amod)$/)
    .find((d) => /^this$/i.test(tree.token(d).word) || (/^last$/i.test(tree.token(d).word) && /^night$/i.test(tree.token(i).word)));
  return determiner === undefined || determiner !== i - 1 ? undefined : { start: tree.token(determiner).start, end: tree.token(i).end };
}

/** A day word as a noun, not the last word of a programme's name ("said on Fox News Sunday"). */
function isDay(tree: DependencyTree, i: number): boolean {
  const token = tree.token(i);
  if (holidaySpan(tree, i)) return true;
  if (!DAY_WORD.test(token.word) || !token.pos.startsWith('NN')) return false;
  return !closesProgrammeName(
    tree.sentence.tokens.slice(0, i - 1).map((t) => t.word),
    token.word,
  );
}

export function dateOn(tree: DependencyTree, node: number, text: string, relation: RegExp): TextSpan | undefined {
  for (const child of tree.children(node, relation)) {
    const holiday = holidaySpan(tree, child);
    if (holiday) return holiday;
    // "Tuesday night": the parse heads the phrase with night and makes Tuesday its compound.
    // "said in an interview this morning": the part of the publication day, read as today.
    const thisPart = thisPartOfDay(tree, child);
    if (thisPart) return thisPart;
    const day = dayOf(tree, child);
    if (day === undefined) continue;
    const occasionAdjective = occasionTaggedAdjective(tree, child);
    if (tree.children(child, 'case').some((k) => !/^on$/i.test(tree.token(k).word)) && !occasionAdjective) continue;
    if (day !== child || occasionAdjective) return { start: tree.token(day).start, end: tree.token(day).end };
    // A weekday's compound closing a longer name is that name run into the day ("the station's Drive Time Tuesday"), not part of the date.
    const weekday = WEEKDAY.test(tree.token(child).word);
    const words = tree.subtree(
      child,
      (edge) =>
        edge.dep === 'case' ||
        edge.dep === 'punct' ||
        /^(acl|acl:relcl|nmod:poss)$/.test(edge.dep) ||
        (edge.dep === 'amod' && !DAY_ADJECTIVE.test(tree.token(edge.to).word)) ||
        (weekday && edge.dep === 'compound' && closesName(tree, edge.to)),
    );
    const span = tree.span(words);
    if (!span) continue;
    const phrase = text.slice(span.start, span.end);
    const trimmed = phrase.replace(NARROWING, '');
    const start = span.start + phrase.indexOf(trimmed);
    return { start, end: start + trimmed.length };
  }
  return undefined;
}

/** "said in an advisory Friday", "In an editorial Sunday, X said": the tagger took the occasion for the day's adjective. */
function occasionTaggedAdjective(tree: DependencyTree, day: number): boolean {
  return tree.children(day, 'amod').some((a) => OCCASIONS.has(tree.token(a).lemma.toLowerCase()));
}

/** The last word of a name of two or more capitalised words ("Drive Time"); "Super Tuesday" is one name with its day. */
function closesName(tree: DependencyTree, i: number): boolean {
  return i > 1 && tree.token(i).pos === 'NNP' && /^[A-Z]/.test(tree.token(i - 1).word);
}

/** Adjectives that belong to a day phrase; not "Speaking Wednesday, X said" or "posted online Sunday", which the parser hangs on the day. */
const DAY_ADJECTIVE = /^(?:late|early|last|next|past|same)$/i;

/** Past forms: "the crews had reopened the road today" tells of something done that day. */
const PAST = /^(VBD|VBN)$/;

/**
 * "saying the crews had reopened the road today": a claim about what was done today was made today.
 * Not "today" in the sense of nowadays ("the hardest problem our schools face today": a present
 * verb), nor a word of a programme's name.
 */
export function todayInContent(tree: DependencyTree, content: TextSpan): TextSpan | undefined {
  for (const token of tree.sentence.tokens) {
    if (token.start < content.start || token.end > content.end || !/^(today|tonight)$/.test(token.word)) continue;
    if (!/^(obl:tmod|nmod:tmod|obl:npmod|advmod|obl)$/.test(tree.relation(token.index))) continue;
    const head = tree.head(token.index);
    if (head > 0 && PAST.test(tree.token(head).pos)) return { start: token.start, end: token.end };
  }
  return undefined;
}
