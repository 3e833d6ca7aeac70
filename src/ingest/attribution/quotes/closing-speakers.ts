/**
 * '"S1," Ortiz said. … "S2," said a second official.': a quotation whose own speaker and verb of saying
 * follow its closing mark is that speaker's, even when no reading of that clause survived (the splitter
 * cut it at the quotation's '?', or the parser hung the verb elsewhere); it does not continue the
 * paragraph's previous speaker (continued quotations in index.ts). A name right after an inverted verb
 * ('" said retired judge Ana Ruiz, asked about …') speaks even where the parser hung it elsewhere or took
 * the quotation for the verb's subject.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import { cueOf, type FoundAttribution, type TextSpan } from '../find.ts';
import { DependencyTree } from '../tree.ts';

/** How many words may stand between the closing mark and the verb ('Italy's far-right party leader Ana Ruiz wrote'). */
const MAX_WORDS_BEFORE_VERB = 8;
const CLAUSE_END = /^[.,;:!?“”"‘’()—–-]+$/;
/** Words of a title before an inverted speaker's name ("retired judge", "one former"). */
const TITLE_WORD = /^(DT|CD|JJ|JJR|JJS|VBN|NN)$/;
const MAX_TITLE_WORDS = 4;
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
    if (t.pos.startsWith('VB') && SPEECH_VERBS.has(t.lemma.toLowerCase()))
      return reportsOwnClause(text, doc, quote, sentence, t.index) ? undefined : { sentence, token: t.index };
  }
  return undefined;
}

/**
 * '"Nobody fakes that." The man told police he found it': after a quotation finished by its own full
 * stop, a verb with a clause of its own after it reports that clause, not the quotation (the parser
 * may hang that clause as an xcomp: "told guests the bread had run out").
 */
function reportsOwnClause(text: string, doc: NlpDocument, quote: TextSpan, sentence: number, verb: number): boolean {
  if (!/[.!?]\s*$/.test(text.slice(quote.start, quote.end))) return false;
  const tree = DependencyTree.of(doc.sentences[sentence]);
  // Not a participle set off after the verb ('" Ruiz said, smiling.').
  const unbroken = (c: number) =>
    !tree.subtree(verb).some((t) => t > verb && t < Math.min(...tree.subtree(c)) && tree.token(t).word === ',');
  return tree.children(verb, /^(ccomp|xcomp)$/).some((c) => c > verb && unbroken(c));
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
  // '"If the plan stalls, we wait," said X': a subject the parser found inside the quotation is none of the closing clause's.
  const subject = tree.children(verb.token, 'nsubj').find((t) => tree.token(t).start >= quote.end);
  const source =
    subject !== undefined && tree.token(subject).pos.startsWith('NN')
      ? subject
      : subject === undefined || !isNominal(tree.token(subject).pos)
        ? invertedNameAfter(text, tree, verb.token, quote)
        : undefined;
  if (source === undefined) return undefined;
  return {
    sentence: verb.sentence,
    cue: cueOf(tree.token(verb.token)),
    frame: 'quote',
    content: [quote],
    source,
    confidence: CONFIDENCE,
  };
}

/** A pronoun or a noun: a subject the parser could have meant (not a stray quotation mark it took for one). */
function isNominal(pos: string): boolean {
  return /^(NN|PRP|WP|DT|CD)/.test(pos);
}

/**
 * '"S," said retired judge Ana Ruiz, asked about Y': the verb opens the clause after the closing mark
 * and the parser hung the name after it elsewhere (another verb's subject, a loose dependent); the
 * name, past at most a few title words, is the inverted speaker.
 */
function invertedNameAfter(text: string, tree: DependencyTree, v: number, quote: TextSpan): number | undefined {
  if (!/^[^\S\n]*[”"][\s,]*$/.test(text.slice(quote.end, tree.token(v).start))) return undefined;
  let i = v + 1;
  while (i <= tree.size && i - v <= MAX_TITLE_WORDS && TITLE_WORD.test(tree.token(i).pos)) i++;
  if (i > tree.size || !/^NNPS?$/.test(tree.token(i).pos)) return undefined;
  while (i < tree.size && /^NNPS?$/.test(tree.token(i + 1).pos)) i++;
  // "said one Ohio party official": the name only modifies the noun that names the speaker.
  if (i < tree.size && /^(NN|NNS|JJ|POS)$/.test(tree.token(i + 1).pos)) return undefined;
  return i;
}
