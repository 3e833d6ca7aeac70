/**
 * A plain "He said S2" right after the same speaker's dated saying takes that saying's day: "The chief
 * said Sunday that S1. He said S2" (Sunday); 'The CEO said Tuesday S1. "S2," she said.' (Tuesday). In
 * news the next saying is the same occasion unless the text names another, so only a bare "said" in
 * the past counts: no auxiliary ("has said", "would say"), no time or place of its own ("said in a later
 * interview", "Later, he said", "said earlier"), read off the parse. The earlier saying is the one just
 * before it in the paragraph, in the same sentence or the one before, with a claimant in common and a
 * day from a phrase; a chain of such sayings keeps the day. Only a day ("Tuesday", "yesterday", "March
 * 3") carries over: on PolNeAR train a month or year ("In 1977", "in September she said S1, at the town
 * hall this week she said S2") was another occasion's in 3 of the 5 read. The development annotations leave a
 * saying of another speaker ("the police chief said" after "police revealed Friday") undated, and so
 * does this rule.
 */
import { DependencyTree } from '../attribution/tree.ts';
import { sentenceAt } from '../nlp/sentence-at.ts';
import type { NlpDocument } from '../nlp/types.ts';
import { WEEKDAYS } from '../text/day-words.ts';
import type { TextSpan } from '../text/spans.ts';
import type { DraftClaim } from './draft.ts';
import { sharesClaimant } from './same-occasion-days.ts';

/** What may hang on a bare "said": its speaker, its content, punctuation. */
const BARE_SAYING_RELATIONS = /^(?:nsubj|ccomp|parataxis|dep|punct|mark|cc)$/;
const DAY_WORDS = new Set<string>([...WEEKDAYS, 'today', 'yesterday', 'tonight']);
/** A day of the month: "March 3", "Nov. 16" (a year has four digits). */
const DAY_OF_MONTH = /^\d{1,2}$/;

export function nextSayingDays(doc: NlpDocument, drafts: DraftClaim[]): void {
  for (const draft of drafts) {
    if (draft.dateSpan || draft.undated || !draft.verbSpan || draft.lemma !== 'say') continue;
    const sentence = sentenceIndexAt(doc, draft.verbSpan.start);
    if (sentence === undefined || !isBareSaying(doc, sentence, draft.verbSpan.start)) continue;
    const before = drafts
      .filter((d) => d.paragraph === draft.paragraph && d.verbSpan && d.verbSpan.start < draft.verbSpan!.start)
      .sort((x, y) => y.verbSpan!.start - x.verbSpan!.start)[0];
    if (!before?.dateSpan || before.undated || !sharesClaimant(before, draft) || !namesDay(doc, before.dateSpan)) continue;
    const beforeSentence = sentenceIndexAt(doc, before.verbSpan!.start);
    if (beforeSentence !== undefined && sentence - beforeSentence <= 1) draft.dateSpan = before.dateSpan;
  }
}

/** The position in the document of the sentence holding this offset. */
function sentenceIndexAt(doc: NlpDocument, offset: number): number | undefined {
  const sentence = sentenceAt(doc, offset);
  return sentence === undefined ? undefined : doc.sentences.indexOf(sentence);
}

/** The date phrase names one day, not a week, a month or a year. */
function namesDay(doc: NlpDocument, span: TextSpan): boolean {
  return doc.sentences.some((s) =>
    s.tokens.some(
      (t) =>
        t.start >= span.start &&
        t.end <= span.end &&
        (DAY_WORDS.has(t.word.toLowerCase()) || (t.pos === 'CD' && DAY_OF_MONTH.test(t.word))),
    ),
  );
}

/** "He said S", '"S," Okafor said': a past "said" with nothing on it but its speaker and content. */
function isBareSaying(doc: NlpDocument, sentence: number, offset: number): boolean {
  const tree = DependencyTree.of(doc.sentences[sentence]);
  const cue = doc.sentences[sentence].tokens.find((t) => t.start === offset);
  if (!cue || cue.pos !== 'VBD') return false;
  const relations = tree.children(cue.index).map((i) => tree.relation(i));
  return relations.includes('nsubj') && relations.every((r) => BARE_SAYING_RELATIONS.test(r));
}
