/**
 * "FlagShareLikeReplySara Bondioli": a live blog's page buttons copied with the page and glued to the
 * name of whoever posted the entry. The tagger reads the run as a person, who then spoke a later
 * "she said" meant for someone the entry is about. A name glued to button words is page furniture,
 * not a person of the story: its words lose their tag and their mention.
 */
import { mendSentences } from './sentence-mends.ts';
import type { NlpDocument, NlpSentence } from './types.ts';

const GLUED_BUTTONS = /^(?:Flag|Share|Like|Reply|Tweet|Retweet|Email|Print|Comment|Copy|Link|Follow|Save|Embed|Report|More){2,}\p{Lu}/u;

export function dropButtonGluedNames(doc: NlpDocument): NlpDocument {
  return mendSentences(doc, dropInSentence);
}

function dropInSentence(sentence: NlpSentence): NlpSentence {
  const glued = sentence.tokens.filter((t) => GLUED_BUTTONS.test(t.word)).map((t) => t.index);
  if (glued.length === 0) return sentence;
  const dropped = sentence.entityMentions.filter((m) => glued.some((i) => m.tokenBegin <= i && i < m.tokenEnd));
  const untagged = new Set(glued);
  for (const m of dropped) for (let i = m.tokenBegin; i < m.tokenEnd; i++) untagged.add(i);
  // The rest of the name the tagger ran on from the glued word ("…ReplySara Bondioli").
  for (const i of glued) for (let j = i + 1; sentence.tokens[j - 1]?.ner === 'PERSON'; j++) untagged.add(j);
  return {
    ...sentence,
    tokens: sentence.tokens.map((t) => (untagged.has(t.index) ? { ...t, ner: 'O' } : t)),
    entityMentions: sentence.entityMentions.filter((m) => !dropped.includes(m)),
  };
}
