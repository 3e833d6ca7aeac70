/**
 * "Police Scotland posted an update on Facebook. “…,” it wrote"; "The coach, Odair Hellmann, took to
 * Instagram. “…,” he wrote"; "The state police held a briefing. They said S": a pronoun opening its
 * sentence, or closing a quotation that opens it, right after a sentence whose subject put out a
 * statement, a post or a video, held a briefing or took to a platform, stands for that subject: what
 * follows is what the occasion said. The ranker, which weighs earlier speakers, gave such a "he" the
 * speaker before, and an "it" or "they" after an act was left unresolved.
 */
import type { NlpDocument, NlpToken } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import { findQuotes } from '../quotes/quotes.ts';
import { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';
import type { Gender } from './pronoun-features.ts';

/** Verbs that put an occasion out ("issued a statement", "posted a video", "held a briefing"). */
const PUTTING_OUT = /^(?:release|issue|post|publish|put|share|send|hold|give|tweet)$/i;
/** What was put out: a saying of its own, not a product or a fine. */
const OCCASION =
  /^(?:statement|update|post|message|video|letter|note|tweet|release|announcement|response|briefing|conference|speech|remarks|clip|thread|comment)$/i;
/** Where one takes to, or posts on, to speak. */
const PLATFORM = /^(?:twitter|x|facebook|instagram|tiktok|youtube|telegram|threads|linkedin|bluesky|medium|media|airwave)$/i;
/** Between a closing mark and the pronoun: the mark, a comma, spaces. */
const CLOSING_GAP = /^[\s,”"'’]*$/;

const quotesByDoc = new WeakMap<NlpDocument, TextSpan[]>();

/** The name an occasion's pronoun stands for, if the sentence before put one out; none when the type or gender does not fit. */
export function occasionHolder(
  doc: NlpDocument,
  text: string,
  names: NameMention[],
  pronoun: NlpToken,
  sentence: number,
  genderOf: (name: NameMention) => Gender | undefined,
): NameMention | undefined {
  const word = pronoun.word.toLowerCase();
  if (!/^(he|she|it|they)$/.test(word)) return undefined;
  const opening = openingSentence(doc, text, pronoun, sentence);
  if (opening === undefined || opening === 0) return undefined;
  const holder = occasionPutOutIn(doc, names, opening - 1);
  if (!holder) return undefined;
  if (word === 'it') return holder.type === 'ORGANIZATION' ? holder : undefined;
  if (word === 'they') return holder.type === 'ORGANIZATION' || holder.type === 'GROUP' ? holder : undefined;
  if (holder.type !== 'PERSON') return undefined;
  const gender = genderOf(holder);
  return gender === undefined || gender === (word === 'he' ? 'male' : 'female') ? holder : undefined;
}

/** The name of the subject that put an occasion out as the main act of the sentence ("X issued a statement"). */
export function occasionPutOutIn(doc: NlpDocument, names: NameMention[], sentence: number): NameMention | undefined {
  const before = DependencyTree.of(doc.sentences[sentence]);
  const verb = before.children(0)[0];
  if (verb === undefined || !putsOutOccasion(before, verb)) return undefined;
  const subject = before.children(verb, 'nsubj')[0];
  if (subject === undefined) return undefined;
  // "The coach, Odair Hellmann, took to Instagram": the name in apposition.
  const named = [subject, ...before.children(subject, 'appos')].map((t) => before.token(t));
  return names.find((n) => n.sentence === sentence && named.some((t) => n.start <= t.start && t.end <= n.end));
}

/** The sentence the pronoun's saying opens: its own when it leads it, or the one its quotation opens. */
function openingSentence(doc: NlpDocument, text: string, pronoun: NlpToken, sentence: number): number | undefined {
  if (pronoun.index === 1) return sentence;
  const quotes = quotesByDoc.get(doc) ?? findQuotes(text);
  quotesByDoc.set(doc, quotes);
  const from = doc.sentences[sentence].tokens[0].start;
  const quote = quotes.find((q) => q.end > from && q.end <= pronoun.start && CLOSING_GAP.test(text.slice(q.end, pronoun.start)));
  if (!quote) return undefined;
  const opened = doc.sentences.findIndex((s) => s.tokens.at(-1)!.end > quote.start);
  if (opened < 0 || opened > sentence) return undefined;
  // The quotation opens its sentence: nothing but its opening mark before it.
  return /^[\s“"`']*$/.test(text.slice(doc.sentences[opened].tokens[0].start, quote.start)) ? opened : undefined;
}

/** "issued a statement", "posted a video on X", "held a news conference", "took to Instagram", "posted on Facebook". */
function putsOutOccasion(tree: DependencyTree, verb: number): boolean {
  const lemma = tree.token(verb).lemma.toLowerCase();
  const onPlatform = (marker: RegExp) =>
    tree
      .children(verb, 'obl')
      .some((o) => PLATFORM.test(tree.token(o).word) && tree.children(o, 'case').some((k) => marker.test(tree.token(k).word)));
  if (lemma === 'take') return onPlatform(/^to$/i);
  if (!PUTTING_OUT.test(lemma)) return false;
  return tree.children(verb, 'obj').some((o) => OCCASION.test(tree.token(o).lemma)) || (lemma === 'post' && onPlatform(/^on$/i));
}
