/**
 * Bodies whose names are made of everyday words the parser reads as part of the sentence: "Save the Children
 * said S" makes "Save" a verb and "Children" a Group; "Access Now said S" leaves "Now" an adverb and "Access"
 * the speaker; "The Committee to Protect Journalists said S" hangs "said" as an auxiliary; "Doctors Without
 * Borders" and "Friends of the Earth" end on a place; and "the WHO's regional director" or "WHO officials said"
 * read the initials as the pronoun "who". Each such name is sent to the NLP server as one word of the same
 * length (joined-names.ts gives it back its spelling as an organization's name).
 */
import type { NlpSentence } from './types.ts';

// A curated list, not a pattern: each name is one the parser was seen to cut, and each is never an
// ordinary phrase when written with these capitals.
const MULTIWORD_BODIES = [
  'Save the Children',
  'Access Now',
  'Committee to Protect Journalists',
  'Doctors Without Borders',
  'Reporters Without Borders',
  'Engineers Without Borders',
  'Friends of the Earth',
];
const BODY_NAMES = new RegExp(`\\b(?:${MULTIWORD_BODIES.join('|')})\\b`, 'g');
const BODY_NAME = new RegExp(`^(?:${MULTIWORD_BODIES.join('|')})$`);

// "WHO" beside another all-capital word is a shouted phrase ("WHO KNEW"), not the initials.
const WHO_INITIALS = /(?<![A-Z]{2,}\W{1,2})\bWHO\b(?!\W{1,2}[A-Z]{2,})/g;

/** The text with each misread body name written as one word: spaces as underscores, "WHO" as "W_O". */
export function joinMisreadBodyNames(text: string): string {
  return text.replace(BODY_NAMES, (name) => name.replace(/ /g, '_')).replace(WHO_INITIALS, 'W_O');
}

/**
 * "Friends of the Earth Mozambique said S", "Save the Children UK said S": the joined name is a compound of the
 * branch's name after it, which the parser makes the head; the organization's mention takes in the branch, so
 * the speaker is the branch, not the country.
 */
export function widenJoinedBodiesOverBranches(sentence: NlpSentence, text: string): NlpSentence {
  const { tokens, dependencies } = sentence;
  const branches = tokens.filter((t, i) => {
    const joined = tokens[i - 1];
    if (!joined || !BODY_NAME.test(joined.word) || !/^NNPS?$/.test(t.pos) || !/^\p{Lu}/u.test(t.word)) return false;
    return dependencies.some((d) => d.dependent === joined.index && d.governor === t.index && d.dep === 'compound');
  });
  if (branches.length === 0) return sentence;
  const widened = new Set(branches.map((t) => t.index));
  const kept = sentence.entityMentions.filter((m) => !(m.tokenEnd - m.tokenBegin === 1 && widened.has(m.tokenBegin)));
  const entityMentions = kept.map((m) => {
    if (m.tokenEnd - m.tokenBegin !== 1 || !widened.has(m.tokenBegin + 1)) return m;
    const branch = tokens[m.tokenBegin]; // the token after the one-token mention (indices are 1-based)
    return { ...m, tokenEnd: m.tokenEnd + 1, end: branch.end, text: text.slice(m.start, branch.end) };
  });
  return {
    ...sentence,
    tokens: tokens.map((t) => (widened.has(t.index) ? { ...t, ner: 'ORGANIZATION' } : t)),
    entityMentions,
  };
}
