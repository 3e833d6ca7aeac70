/**
 * The day of an occasion told in the sentence before the saying: "On Friday, the Orlin clinic issued
 * a statement. It said S"; "Mayor Ines Varo gave a speech in Dunmere on Saturday. In it, she said S";
 * "On Sunday, Varo appeared on the Harbor Hour. She said S". The first sentence claims nothing: it
 * names the occasion (released, issued, gave, made, wrote a statement, speech, letter … or appeared,
 * spoke, sat down with, addressed, briefed, testified, took questions, met with reporters, went on Fox
 * News, took to Twitter) and its day; the next sentence's saying, by a pronoun, the occasion itself
 * ("The statement said") or the same speaker's noun, took place there. Only the sentence right after,
 * in the same paragraph, and only when that sentence names no day of its own. Issue 11's date probe D: 4 of its 46 dated sayings.
 * Also an occasion the sentence tells of in passing ("On Tuesday night, she thanked voters in a speech.
 * She said S"), the paper put out speaking ("On Monday, the ministry filed a request. The request said
 * S"; "On Sunday, the zoo posted a photo. The post said S"), and anyone saying "there" ("On Tuesday,
 * the department held a news conference. Its engineer said there that S"). Without "there" another
 * speaker, even the holder's own officer ("Its president said S"), stays undated: the development
 * annotations leave "The country's police chief said S" after "police revealed Friday" undated.
 */
import { DependencyTree } from '../attribution/tree.ts';
import type { NlpDocument } from '../nlp/types.ts';
import { NEAR_DAY_ALTERNATION, WEEKDAY_ALTERNATION } from '../text/day-words.ts';
import type { Paragraph, TextSpan } from '../text/spans.ts';
import { dateOn, dayOf, namingDay, OCCASIONS, TIME_RELATION } from './said-on.ts';

/** Verbs that put out an occasion ("issued a statement", "gave a speech"), and ones that are the occasion ("appeared", "spoke", "sat down with the Post"). */
const PUTTING_OUT = /^(?:release|issue|give|make|deliver|hold|post|publish|send|put|write|file)$/i;
const APPEARING = /^(?:appear|speak|sit|address|brief|testify)$/i;
/** "met with reporters", "took to Twitter": whom the speaker faced (facesThePress). */
const PRESS = /^(?:reporter|journalist|press|medium|media)$/i;
const PLATFORM = /^(?:twitter|x|facebook|instagram|tiktok|youtube|telegram|airwave)$/i;
const PRONOUN = /^(?:he|she|it|they)$/i;
/** "in a speech", "at a rally", "during a briefing": an occasion told in passing on any verb. */
const OCCASION_CASE = /^(?:in|at|during)$/i;
const SAYING = /^(?:say|tell)$/i;
/** Words that name a day or a time of one ("Tuesday", "today", "the same day", "last week", "that night"). */
const TIME_WORD = new RegExp(`^(?:${WEEKDAY_ALTERNATION}|${NEAR_DAY_ALTERNATION}|day|days|night|nights|morning|week|weeks|weekend)$`, 'i');
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;
/** "within 100 days", "for days", "in the coming days": a span of time, no day of the sentence's own. */
const SPAN_CASE = /^(?:within|for|in|over|during|throughout)$/i;

export function occasionSentenceDay(
  doc: NlpDocument,
  sentence: number,
  tree: DependencyTree,
  cue: number,
  text: string,
  paragraphs: Paragraph[],
): TextSpan | undefined {
  if (sentence === 0) return undefined;
  const own = doc.sentences[sentence].tokens;
  if (namesOwnTime(tree)) return undefined;
  const before = doc.sentences[sentence - 1];
  const paragraph = paragraphs.find((p) => p.start <= before.tokens[0].start && before.tokens[0].start < p.end);
  if (!paragraph || own[0].start >= paragraph.end) return undefined;
  const previous = DependencyTree.of(before);
  const verb = previous.children(0)[0];
  if (verb === undefined) return undefined;
  const lemma = previous.token(verb).lemma;
  const puttingOut = PUTTING_OUT.test(lemma);
  const occasion = previous.children(verb, 'obj').find((o) => OCCASIONS.has(previous.token(o).lemma.toLowerCase()));
  const passingOccasion = occasion === undefined ? occasionInPassing(previous, verb) : undefined;
  const speaker = tree.children(cue, /^nsubj/)[0];
  if (speaker === undefined) return undefined;
  const word = tree.token(speaker);
  const paperSpeaks = puttingOut && putOutPaperSpeaks(previous, verb, word.lemma.toLowerCase());
  const told = occasion !== undefined || passingOccasion !== undefined;
  if (!(APPEARING.test(lemma) || (puttingOut && told) || passingOccasion !== undefined || paperSpeaks || facesThePress(previous, verb)))
    return undefined;
  const heads = [...previous.children(verb, /^nsubj/), ...(occasion === undefined ? [] : [occasion])].map((h) =>
    previous.token(h).lemma.toLowerCase(),
  );
  if (!PRONOUN.test(word.word) && !heads.includes(word.lemma.toLowerCase()) && !paperSpeaks && !saysThere(tree, cue, told))
    return undefined;
  const span = dateOn(previous, verb, text, TIME_RELATION);
  if (span || occasion === undefined) return span;
  // "Varo gave a Saturday speech."
  const day = namingDay(previous, occasion);
  return day === undefined ? undefined : { start: previous.token(day).start, end: previous.token(day).end };
}

/**
 * The sentence names a day or a time of its own ("Later that night, she said", "She said on May 3"),
 * read off the parse: a plural time noun in a "within", "for" or "in" phrase is a span ("She said
 * the tax would be cut within 100 days" still took place at the occasion before).
 */
function namesOwnTime(tree: DependencyTree): boolean {
  const tokens = tree.sentence.tokens;
  return tokens.some((t, k) => {
    if (MONTH.test(t.word) && t.pos === 'NNP' && tokens[k + 1]?.pos === 'CD') return true;
    if (!TIME_WORD.test(t.word)) return false;
    return !(t.pos === 'NNS' && tree.children(t.index, 'case').some((c) => SPAN_CASE.test(tree.token(c).word)));
  });
}

/** The press met: a saying in the sentence after was made to it. */
function facesThePress(tree: DependencyTree, verb: number): boolean {
  const lemma = tree.token(verb).lemma.toLowerCase();
  const withCase = (word: RegExp) =>
    tree.children(verb, 'obl').filter((o) => tree.children(o, 'case').some((k) => word.test(tree.token(k).word)));
  if (lemma === 'take')
    return (
      tree.children(verb, 'obj').some((o) => /^question$/i.test(tree.token(o).lemma)) ||
      withCase(/^to$/i).some((o) => PLATFORM.test(tree.token(o).lemma))
    );
  if (lemma === 'meet') return withCase(/^with$/i).some((o) => PRESS.test(tree.token(o).lemma));
  // "went on Fox News", not "went on Sunday" nor "went on vacation".
  if (lemma === 'go') return withCase(/^on$/i).some((o) => tree.token(o).pos === 'NNP' && dayOf(tree, o) === undefined);
  return false;
}

/**
 * "thanked voters in a speech": an occasion in an "in", "at" or "during" phrase on a verb that says
 * nothing itself ("told WBAL in an interview Tuesday that S. 'Q,' he said" is a plain saying after a dated one).
 */
function occasionInPassing(tree: DependencyTree, verb: number): number | undefined {
  if (SAYING.test(tree.token(verb).lemma) || tree.children(verb, /^(ccomp|parataxis)$/).length > 0) return undefined;
  return tree
    .children(verb, 'obl')
    .find(
      (o) =>
        OCCASIONS.has(tree.token(o).lemma.toLowerCase()) && tree.children(o, 'case').some((k) => OCCASION_CASE.test(tree.token(k).word)),
    );
}

/**
 * "filed a request. The request said", "posted a photo. The post said": the next saying's subject is the
 * thing put out (a singular common noun, not a person sent) or the noun of the putting out itself.
 */
function putOutPaperSpeaks(tree: DependencyTree, verb: number, speaker: string): boolean {
  if (speaker === tree.token(verb).lemma.toLowerCase() && OCCASIONS.has(speaker)) return true;
  return tree.children(verb, 'obj').some((o) => {
    const t = tree.token(o);
    return t.pos === 'NN' && t.ner === 'O' && t.lemma.toLowerCase() === speaker;
  });
}

/** "Its engineer said there that S": "there" is the occasion just told, whoever speaks. */
function saysThere(tree: DependencyTree, cue: number, occasionTold: boolean): boolean {
  return occasionTold && tree.children(cue, 'advmod').some((a) => /^there$/i.test(tree.token(a).word));
}
