/**
 * A nickname in quotes inside a person's name is the person's, whatever the tagger calls it:
 * Joaquin "El Chapo" Guzman, where "El Chapo" comes out an organization. On train's 840 parses no
 * mention sits in quotes between two person's words.
 */
import type { NlpDocument, NlpEntityMention, NlpSentence } from '../nlp/types.ts';

const OPEN = /^(?:``|"|“)$/;
const CLOSE = /^(?:''|"|”)$/;

/** Whether the mention stands in quotes right between two words tagged PERSON. */
function isQuotedNickname(sentence: NlpSentence, mention: NlpEntityMention): boolean {
  const token = (i: number) => sentence.tokens[i - 1];
  const open = token(mention.tokenBegin - 1);
  const close = token(mention.tokenEnd);
  return (
    OPEN.test(open?.word ?? '') &&
    CLOSE.test(close?.word ?? '') &&
    token(mention.tokenBegin - 2)?.ner === 'PERSON' &&
    token(mention.tokenEnd + 1)?.ner === 'PERSON'
  );
}

/** The mentions of the document that are nicknames in quotes inside a person's name. */
export function quotedNicknames(doc: NlpDocument): Set<NlpEntityMention> {
  return new Set(doc.sentences.flatMap((s) => s.entityMentions.filter((m) => isQuotedNickname(s, m))));
}
