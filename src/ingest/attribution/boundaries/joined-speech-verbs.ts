/**
 * "The mayor said the fee would rise and accused the board of waste", "The senator defended the
 * bill, calling it overdue": the parser can hang the speaker's second verb of saying inside the
 * first verb's content (as a conjunct or a participle of the content's verb). PolNeAR marks two
 * attributions of one speaker there, so the content is cut before the joining comma or "and", and
 * the second verb becomes a reading of its own whose content is what follows it (or keeps the reading
 * it has, when that is the same speaker's). The second verb must be one of saying (WordNet) that the model
 * mostly learned as a cue; the first too, or a cue the model weighs well ("blasted X during a rally,
 * calling her S"): "taking steps toward X, calling up reservists" is no pair of sayings. A participle
 * after a comma that the parser hangs on the verb of what it says ("defended X, saying the costs would
 * fall": its mark, subject or dep) is joined too, as is one after "while" or "before" ("said S before
 * predicting S2", which the parser can hang as an oblique), and a verb after ", but" ("said that she had
 * voted for the levy, but cautioned against S2"). A participle after a comma that the cue model itself
 * read as the same speaker's cue needs no WordNet sense of saying ("tweeted her thanks to X, adding S2"),
 * but may not share a subject the content holds ("said she was tired and wanted X").
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import { ownEntry } from '../../text/own-entries.ts';
import { cueOf, type FoundAttribution } from '../find.ts';
import { CUE_LEXICON } from '../model/lexicon.ts';
import { verbClasses } from '../model/verb-classes.ts';
import { DependencyTree, isVerb } from '../tree.ts';
import { wordCount } from './content-ends.ts';
import { speakersSecondSaying } from './speaker-subjects.ts';
import { isLightSaying, isSecondAct } from './second-acts.ts';

const CLOSING_QUOTE = /^(''|”|")$/;
/** Words the first content keeps before the joined verb, at least. */
const MIN_WORDS = 3;
const JOINED = /^(conj|advcl|xcomp|acl|dep)$/;
/** The learned weight of a verb's lemma, at least: one that mostly cues attributions ("accuse", not "deliver"). */
const MIN_LEMMA_WEIGHT = 0.1;
/**
 * A first verb that is no verb of saying must weigh this much ("blast", "attack", "compare"; not "take",
 * whose weight drifted between 0.06 and 0.13 across relearns).
 */
const MIN_FIRST_WEIGHT = 0.2;

interface Reading extends FoundAttribution {
  continued?: boolean;
  claimants: Array<{ name: string }>;
}

/** The readings, each first content cut before a joined verb of saying, with that verb's own reading after it. */
export function splitJoinedSpeechVerbs<T extends Reading>(text: string, doc: NlpDocument, readings: T[], proposed: T[] = []): T[] {
  const out: T[] = [];
  for (const a of readings) {
    out.push(a);
    if (a.continued || a.content.length !== 1 || !a.claimants.length || a.cue.span.end > a.content[0].start) continue;
    const light = !opensPair(a.cue.lemma);
    if (light && !isLightSaying(a.cue.lemma)) continue;
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    // A verb that already reads on its own: the content is only cut before it when that reading is the same speaker's.
    const reading = (start: number) => readings.find((r) => r !== a && r.cue.span.start === start);
    const ownReading = (start: number) => reading(start)?.claimants[0]?.name === a.claimants[0].name;
    const joined = joinedVerb(
      text,
      tree,
      a.content[0],
      a.claimants[0].name,
      (start) => reading(start) !== undefined && !ownReading(start),
      (start) => proposed.some((r) => r.cue.span.start === start && r.claimants[0]?.name === a.claimants[0].name),
    );
    if (!joined || (light && !isSecondAct(tree, joined.verb))) continue;
    a.content = [{ start: a.content[0].start, end: joined.cutAt }];
    if (!reading(joined.cue.span.start)) out.push({ ...a, cue: joined.cue, content: [joined.content] });
  }
  return out;
}

interface Joined {
  cue: FoundAttribution['cue'];
  verb: number;
  cutAt: number;
  content: TextSpan;
}

/** The first verb of saying inside `span` joined to what precedes it by a comma or "and", with no subject of its own. */
function joinedVerb(
  text: string,
  tree: DependencyTree,
  span: TextSpan,
  speaker: string,
  taken: (start: number) => boolean,
  proposedAsOwn: (start: number) => boolean,
): Joined | undefined {
  const inside = (i: number) => span.start < tree.token(i).start && tree.token(i).end <= span.end;
  for (let v = 2; v <= tree.size; v++) {
    const token = tree.token(v);
    if (!inside(v) || !token.pos.startsWith('VB') || taken(token.start)) continue;
    // "said S before predicting S2": the parser hangs a participle after "before" as an oblique.
    const obliqueParticiple = token.pos === 'VBG' && tree.relation(v) === 'obl';
    if (!JOINED.test(tree.relation(v)) && !hungOnItsContent(tree, v) && !obliqueParticiple) continue;
    if (tree.children(v, /^nsubj/).length) continue;
    const saying = verbClasses(token.lemma)[0] === 'communication' && cuesMostly(token.lemma);
    // ", adding S": a participle the cue model itself read as the same speaker's cue needs no WordNet sense of saying.
    if (!saying && !(afterComma(tree, v) && proposedAsOwn(token.start))) continue;
    // "noted that Reyes had backed the bill and called it fair": the verb it joins has a subject inside the content, which it shares,
    // unless that subject is the speaker or no person (speaker-subjects.ts).
    const subject = hungOnItsContent(tree, v) || unlikeConjunct(tree, v) ? undefined : tree.children(tree.head(v), /^nsubj/).find(inside);
    if (subject !== undefined && !speakersSecondSaying(text, tree, v, subject, speaker)) continue;
    // "said she was tired of it and wanted X": a verb that only the cue model read shares any subject of the content's own.
    if (!saying && (subject !== undefined || sharesContentSubject(tree, v, span))) continue;
    const joiner = joinerBefore(tree, v, token.pos === 'VBG');
    if (joiner === undefined || !inside(joiner)) continue;
    const kept = text.slice(span.start, tree.token(joiner).start).replace(/[\s,;:—–-]+$/, '');
    if (wordCount(kept) < MIN_WORDS) continue;
    const from = token.end + /^[\s,:]*/.exec(text.slice(token.end, span.end))![0].length;
    if (wordCount(text.slice(from, span.end)) < 2) continue;
    return { cue: cueOf(token), verb: v, cutAt: span.start + kept.length, content: { start: from, end: span.end } };
  }
  return undefined;
}

/** ", adding S": a participle right after a comma. */
function afterComma(tree: DependencyTree, v: number): boolean {
  return tree.token(v).pos === 'VBG' && tree.token(v - 1).word === ',';
}

/** Whether the verb at `v` is joined to a verb whose subject stands in `span`, its first word included. */
function sharesContentSubject(tree: DependencyTree, v: number, span: TextSpan): boolean {
  if (hungOnItsContent(tree, v) || unlikeConjunct(tree, v)) return false;
  return tree.children(tree.head(v), /^nsubj/).some((s) => span.start <= tree.token(s).start && tree.token(s).end <= span.end);
}

/**
 * "defended X, saying the costs would fall": the parser can hang the participle on the verb of what it
 * says, after it (as its mark, subject or dep); that verb's subject is then the participle's content's own.
 */
function hungOnItsContent(tree: DependencyTree, v: number): boolean {
  return (
    tree.token(v).pos === 'VBG' &&
    tree.head(v) > v &&
    /^(mark|nsubj|dep|csubj)$/.test(tree.relation(v)) &&
    tree.token(v - 1).word === ',' &&
    isVerb(tree.token(tree.head(v)))
  );
}

/**
 * "warned that the dam could fail and implying that S2": a participle the parser joined to a verb of
 * another form (a bare, past or present verb) cannot share that verb's subject or modal, so it is the
 * speaker's own second saying, whatever the content's subject is.
 */
function unlikeConjunct(tree: DependencyTree, v: number): boolean {
  return tree.token(v).pos === 'VBG' && tree.relation(v) === 'conj' && /^VB[DZP]?$/.test(tree.token(tree.head(v)).pos);
}

function lemmaWeight(lemma: string): number {
  return ownEntry(CUE_LEXICON.weights, `l:${lemma.toLowerCase()}`) ?? 0;
}

/** Whether the cue model weighs this lemma towards attributing. */
export function cuesMostly(lemma: string): boolean {
  return lemmaWeight(lemma) >= MIN_LEMMA_WEIGHT;
}

/** The first verb of a pair: one of saying, or a cue the model weighs well. */
function opensPair(lemma: string): boolean {
  return isSaying(lemma) || lemmaWeight(lemma) >= MIN_FIRST_WEIGHT;
}

/**
 * The first verb, too, must be one of saying by WordNet (one of its two commonest senses): the lemma's
 * learned weight alone drifts across relearns ("take" weighed 0.06, then 0.13), and "taking steps,
 * calling up reservists" would be split again.
 */
function isSaying(lemma: string): boolean {
  return cuesMostly(lemma) && verbClasses(lemma).slice(0, 2).includes('communication');
}

/**
 * The comma, "and" or ", but" that joins the verb at `v` ("…, calling", "… and accused", "…, and then said", "…, then says",
 * "…, but warned"); before a participle also "while" or "before" ("…, while emphasizing", "… before predicting").
 */
function joinerBefore(tree: DependencyTree, v: number, participle: boolean): number | undefined {
  let i = v - 1;
  while (i > 1 && /^(then|also|later)$/i.test(tree.token(i).word)) i--;
  if (/^and$/i.test(tree.token(i).word)) return tree.token(i - 1).word === ',' ? i - 1 : i;
  if (participle && /^(while|before)$/i.test(tree.token(i).word)) return tree.token(i - 1).word === ',' ? i - 1 : i;
  if (participle && tree.token(i).word === ',') return i;
  // "voted for the levy, but warned that S2": "but" joins a second saying only after a comma; a bare "but" added
  // false positives on PolNeAR dev.
  if (/^but$/i.test(tree.token(i).word) && tree.token(i - 1).word === ',') return i - 1;
  // 'said the goal was "to win," but warned S2': the comma stands inside the closing quotation mark.
  if (/^but$/i.test(tree.token(i).word) && CLOSING_QUOTE.test(tree.token(i - 1).word) && tree.token(i - 2).word === ',') return i - 1;
  // "…, then wrote that S2": a comma and "then" join a finite verb as "and" does.
  if (tree.token(i).word === ',' && /^then$/i.test(tree.token(i + 1).word)) return i;
  return undefined;
}
