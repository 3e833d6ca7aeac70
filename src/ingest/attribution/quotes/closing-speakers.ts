/**
 * '"S1," Ortiz said. … "S2," said a second official.': a quotation whose own speaker and verb of saying
 * follow its closing mark is that speaker's, even when no reading of that clause survived (the splitter
 * cut it at the quotation's '?', or the parser hung the verb elsewhere); it does not continue the
 * paragraph's previous speaker (continued quotations in index.ts).
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import { cueOf, type FoundAttribution, type TextSpan } from '../find.ts';
import { DependencyTree } from '../tree.ts';

/** How many words may stand between the closing mark and the verb ('Italy's far-right party leader Ana Ruiz wrote'). */
const MAX_WORDS_BEFORE_VERB = 8;
const CLAUSE_END = /^[.,;:!?“”"‘’()—–-]+$/;
/** Below the model's usual threshold: a fallback for quotations no frame gave to anyone. */
const CONFIDENCE = 0.5;

/** The verb of saying that opens the clause right after the quotation's closing mark ('” said X', '” X asked Y'). */
export function closingSpeechVerb(text: string, doc: NlpDocument, quote: TextSpan): { sentence: number; token: number } | undefined {
  const close = /^[^\S\n]*[”"]/.exec(text.slice(quote.end, quote.end + 4));
  if (!close) return undefined;
  const after = quote.end + close[0].length;
  let seen = 0;
  for (const { t, sentence } of tokensFrom(doc, after)) {
    if (seen === 0 && /\n/.test(text.slice(after, t.start))) return undefined;
    if (++seen > MAX_WORDS_BEFORE_VERB + 1 || CLAUSE_END.test(t.word)) return undefined;
    if (t.pos.startsWith('VB') && SPEECH_VERBS.has(t.lemma.toLowerCase())) return { sentence, token: t.index };
  }
  return undefined;
}

/** The document's tokens from a character offset on, in order, skipping whole sentences that end before it. */
function* tokensFrom(doc: NlpDocument, offset: number) {
  for (const s of doc.sentences) {
    if (!s.tokens.length || s.tokens[s.tokens.length - 1].start < offset) continue;
    for (const t of s.tokens) if (t.start >= offset) yield { t, sentence: s.index };
  }
}

/** The quotation read as its closing clause's speaker's, when a noun names that speaker (not a pronoun, whose antecedent is not known here). */
export function closingSpeakerReading(text: string, doc: NlpDocument, quote: TextSpan): FoundAttribution | undefined {
  const verb = closingSpeechVerb(text, doc, quote);
  if (!verb) return undefined;
  const tree = DependencyTree.of(doc.sentences[verb.sentence]);
  const source = tree.children(verb.token, 'nsubj')[0];
  if (source === undefined || !tree.token(source).pos.startsWith('NN')) return undefined;
  return {
    sentence: verb.sentence,
    cue: cueOf(tree.token(verb.token)),
    frame: 'quote',
    content: [quote],
    source,
    confidence: CONFIDENCE,
  };
}
