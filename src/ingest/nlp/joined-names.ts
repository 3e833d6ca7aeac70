/**
 * Programme, magazine and numbered channel names the parser reads as words of the sentence: "said on CBS's Face the
 * Nation that S" makes "Face" a verb with "that S" under it, "tells Us Weekly that S" a pronoun and
 * an adjective, "said on NBC's Today show that S" a day and a verb. Each such name is sent to the
 * NLP server as one word (its spaces as underscores: one character for one, so offsets still index
 * the text), and that word is given back its own spelling as a proper noun the tagger names an
 * organization.
 */
import { joinMisreadBodyNames, widenJoinedBodiesOverBranches } from './misread-body-names.ts';
import type { NlpDocument, NlpSentence } from './types.ts';

// Broadcasters named by a number ("France 24", "Rossiya 24", "Channel 12"): the parser splits the
// number off as a count or an object, so "told France 24" names a place and "Rossiya 24 reported"
// has no outlet.
const MISREAD_NAMES =
  /\b(?:Face [Tt]he Nation|Meet [Tt]he Press|Us Weekly|Today [Ss]how|(?:France|Rossiya|Ukraine) 24|Rossiya 1|Europe 1|Channel (?:4|12|13)(?: News)?|Kan 11)\b/g;

/** The text with each misread name written as one word. */
export function joinMisreadNames(text: string): string {
  return joinMisreadBodyNames(text.replace(MISREAD_NAMES, (name) => name.replace(/ /g, '_')));
}

/** The parse of `joinMisreadNames(text)` with each joined word spelled as in `text`. */
export function restoreMisreadNames(doc: NlpDocument, text: string): NlpDocument {
  return { ...doc, sentences: doc.sentences.map((s) => widenJoinedBodiesOverBranches(restoreSentence(s, text), text)) };
}

function restoreSentence(sentence: NlpSentence, text: string): NlpSentence {
  const joined = sentence.tokens.filter((t) => t.word.includes('_') && text.slice(t.start, t.end) !== t.word);
  if (joined.length === 0) return sentence;
  const tokens = sentence.tokens.map((t) => {
    if (!joined.includes(t)) return t;
    const name = text.slice(t.start, t.end);
    return { index: t.index, word: name, originalText: name, lemma: name, pos: 'NNP', ner: 'ORGANIZATION', start: t.start, end: t.end };
  });
  const untouched = sentence.entityMentions.filter((m) => !joined.some((t) => m.tokenBegin <= t.index && t.index < m.tokenEnd));
  const mentions = joined.map((t) => ({
    tokenBegin: t.index,
    tokenEnd: t.index + 1,
    text: text.slice(t.start, t.end),
    start: t.start,
    end: t.end,
    ner: 'ORGANIZATION',
  }));
  return {
    ...sentence,
    tokens,
    entityMentions: [...untouched, ...mentions].sort((a, b) => a.tokenBegin - b.tokenBegin),
  };
}
