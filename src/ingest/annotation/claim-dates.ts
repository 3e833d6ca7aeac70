/**
 * When a claim was made: the rules below are tried in order and the first that finds a day decides.
 * A cue that is a broadcast's participle ("in an interview aired Sunday") or carries an aired day ("In
 * an interview, aired Sunday, X said") gets no date at all: the day is the airing's (airing-cues.ts), and neither does a cue whose day the parser took from inside the
 * content ("said the fire Saturday destroyed three homes": content-event-days.ts). Each rule's file
 * gives its shape and its figures.
 */
import type { Attribution } from '../attribution/index.ts';
import type { DependencyTree } from '../attribution/tree.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { Paragraph, TextSpan } from '../text/spans.ts';
import { hasAiredDay, isAiringParticiple, occasionAiredOnDay } from './airing-cues.ts';
import { askedTopicDay } from './asked-topic-days.ts';
import { cuePlaceDay } from './cue-place-days.ts';
import { cueDayInContent } from './content-event-days.ts';
import { courtPaperDay } from './court-paper-days.ts';
import { infinitiveCueDay } from './infinitive-cue-days.ts';
import { dayBeforeCueClosesNounClause, participleTookNounClauseDay } from './noun-clause-days.ts';
import { occasionClauseDay } from './occasion-clause-days.ts';
import { occasionSpeakerDay } from './occasion-days.ts';
import { openingOccasionDay } from './opening-occasion-days.ts';
import { occasionParticipleDay } from './occasion-participle-days.ts';
import { occasionPartnerDay } from './occasion-partner-days.ts';
import { occasionSentenceDay } from './occasion-sentence-days.ts';
import { quotedLabelOccasionDay } from './quoted-label-occasion-days.ts';
import { monthOrYearSpan, presentCueOverPastPeriod } from './month-year-dates.ts';
import { objectOccasionDay } from './object-occasion-days.ts';
import { relativeDaySpan } from './relative-days.ts';
import { releasedPaperDay } from './released-paper-days.ts';
import { relativeOccasionDay } from './relative-occasion-days.ts';
import { cueDateSpan, todayInContent } from './said-on.ts';
import { weekSpan } from './week-dates.ts';

/** What the date rules read: the claim's sentence (its index and tree), its cue, its content. */
interface ClaimDateContext {
  text: string;
  doc: NlpDocument;
  paragraphs: Paragraph[];
  sentence: number;
  tree: DependencyTree;
  cue: number;
  content: TextSpan;
  /** "according to S": the cue is the preposition, and no day hangs on it. */
  according: boolean;
}

type DateRule = (c: ClaimDateContext) => TextSpan | undefined;

/** The date rules in the order they decide: the first to find a day wins. */
const DATE_RULES: DateRule[] = [
  // "said Tuesday", "On Friday, the chief said": a day on the cue (said-on.ts)
  (c) => (c.according ? undefined : cueDateSpan(c.tree, c.cue, c.text)),
  // "Monday's statement from the council said": a day on the occasion that speaks (occasion-days.ts)
  (c) => occasionSpeakerDay(c.tree, c.cue, c.text, c.according),
  // "The memo, which Brill sent to staff on Friday, says": the occasion's own clause's day (occasion-clause-days.ts)
  (c) => occasionClauseDay(c.tree, c.cue, c.text, c.according),
  // "In a memo she sent Tuesday, the dean warned": an opening occasion's own clause (opening-occasion-days.ts)
  (c) => (c.according ? undefined : openingOccasionDay(c.tree, c.cue, c.text)),
  // "In Tuesday's ruling, the judge wrote", "The lawsuit, filed Tuesday, alleges": a court paper's day (court-paper-days.ts)
  (c) => courtPaperDay(c.tree, c.cue, c.text, c.according),
  // "warned in a statement on its website Saturday": a day on the place the cue names (cue-place-days.ts)
  (c) => (c.according ? undefined : cuePlaceDay(c.tree, c.cue, c.text, c.content)),
  // "A report released Friday by the UN says S", "says" read as an auxiliary (released-paper-days.ts)
  (c) => (c.according ? undefined : releasedPaperDay(c.tree, c.cue, c.text)),
  // 'called the rule "unlawful" in a statement Tuesday': the occasion hung on the label (quoted-label-occasion-days.ts)
  (c) => (c.according ? undefined : quotedLabelOccasionDay(c.tree, c.cue, c.text)),
  // "said in a statement posted online Sunday that S": the occasion's participle hung on the cue (occasion-participle-days.ts)
  (c) => (c.according ? undefined : occasionParticipleDay(c.tree, c.cue, c.text)),
  // "announced the cuts in a memo on Tuesday": a speaker's occasion the parser hung on the object (object-occasion-days.ts)
  (c) => (c.according ? undefined : objectOccasionDay(c.tree, c.cue, c.text)),
  // "saying the crews reopened the road today" (said-on.ts)
  (c) => todayInContent(c.tree, c.content),
  // "A day earlier, he had warned": counted from the last day written (relative-days.ts)
  (c) => relativeDaySpan(c.tree, c.cue),
  // "On Friday, the clinic issued a statement. It said": the sentence before (occasion-sentence-days.ts)
  (c) => occasionSentenceDay(c.doc, c.sentence, c.tree, c.cue, c.text, c.paragraphs),
  // "Asked about the strike on Thursday, the mayor said" (asked-topic-days.ts)
  (c) => askedTopicDay(c.tree, c.cue),
  // "said in a phone interview with the AP on Sunday": a day on the occasion's partner (occasion-partner-days.ts)
  (c) => occasionPartnerDay(c.tree, c.cue),
  // "took to Twitter on Friday to say S": the day of the act the infinitive cue is the purpose of (infinitive-cue-days.ts)
  (c) => infinitiveCueDay(c.tree, c.cue, c.text),
  // "issued a statement Thursday in which it said S": the day of the occasion a relative clause tells of (relative-occasion-days.ts)
  (c) => (c.according ? undefined : relativeOccasionDay(c.tree, c.cue, c.text)),
  // "said last week", "told reporters earlier this week": a week is all there is (week-dates.ts)
  (c) => (c.according ? undefined : weekSpan(c.tree, c.cue, c.text, c.content)),
  // "said last month that S", "said in May", "In a 2023 speech, X said": a month or year is all there is (month-year-dates.ts)
  (c) => (c.according ? undefined : monthOrYearSpan(c.tree, c.cue, c.text)),
];

/** The claim's date phrase, or `undated` where the cue's day is not the saying's; the draft spreads it in. */
export function claimDate(
  a: Attribution,
  tree: DependencyTree,
  content: TextSpan,
  text: string,
  doc: NlpDocument,
  paragraphs: Paragraph[],
): { dateSpan?: TextSpan; undated?: true } {
  if (isAiringParticiple(tree, a.cue.token) || hasAiredDay(tree, a.cue.token) || cueDayInContent(tree, a.cue.token, a.content))
    return { undated: true };
  const context = { text, doc, paragraphs, sentence: a.sentence, tree, cue: a.cue.token, content, according: a.frame === 'according' };
  for (const rule of DATE_RULES) {
    const dateSpan = rule(context);
    // "criticized a report the union released Tuesday, saying S": the day is the report's (noun-clause-days.ts)
    if (dateSpan)
      return participleTookNounClauseDay(tree, a.cue.token, dateSpan) || presentCueOverPastPeriod(tree, a.cue.token, text, dateSpan)
        ? { undated: true }
        : { dateSpan };
  }
  // "The aide the board hired Monday said S": the day is the hiring's (noun-clause-days.ts); "X, in an
  // interview aired Sunday, said S": the airing's (airing-cues.ts)
  return dayBeforeCueClosesNounClause(tree, a.cue.token) || occasionAiredOnDay(tree, a.cue.token) ? { undated: true } : {};
}
