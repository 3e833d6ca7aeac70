/**
 * Source names that name nobody: a pronoun the attribution stage left as it was ("others", "some",
 * "those who ...", "the two", a "He" the tagger took for a name), or a description whose possessor
 * is an unresolved pronoun ("her advisers", and the "they" resolved to it), or a policy the parser
 * made a subject ("Brexit talks resume": coined-thing-names.ts). As entities they would
 * be wrong data: one "others" or "his advisers" node gathering the claims of unrelated speakers
 * from every article. Such a claimant is dropped, as the attribution stage drops a source it cannot
 * name: a claim with the wrong speaker is worse than no claim.
 */
import type { ResolvedSource } from '../attribution/index.ts';
import { isPolicyCoinage } from './coined-thing-names.ts';

const PRONOUN =
  /^(?:he|she|him|her|it|they|them|we|us|i|me|you|who|whom|which|that|this|these|those|one|ones|someone|somebody|anyone|anybody|everyone|everybody|no one|nobody|none|some|two|three|other|others|another|both|all|many|most|several|few|each|either|neither|any)$/i;
/** What may follow a pronoun without naming anyone: a relative or participle clause, "of them". */
const PRONOUN_TAIL =
  /^(?:$|,|(?:who|whom|whose|that|which)\b|[a-z]+ing\b|[a-z]+ed\s+(?:by|with|in|to|as)\b|of\s+(?:them|us|you|whom|those|these|his|her|their|its|our|my|your)\b)/i;
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|our|my|your)\s/i;

/** A pronoun, whatever the tagger made of it ("He’s" is sometimes a proper noun to it). */
export function isPronoun(word: string): boolean {
  return PRONOUN.test(word.replace(/[’']s$/, ''));
}

/**
 * The name of a source (the phrase itself, or for a resolved pronoun the phrase it was resolved to,
 * which may be one of these too: "they" for "her advisers") is a pronoun or a description whose
 * possessor is an unresolved pronoun ("her advisers"), or is a policy coined from a name ("Brexit").
 */
export function namesNobody(source: Pick<ResolvedSource, 'name'>): boolean {
  if (isPolicyCoinage(source.name.trim())) return true;
  const words = source.name.trim().replace(/^the\s+/i, '');
  const first = /^(?:no one|[^\s,]+)/i.exec(words)?.[0] ?? '';
  if (isPronoun(first) && PRONOUN_TAIL.test(words.slice(first.length).trim())) return true;
  return POSSESSIVE_PRONOUN.test(source.name);
}

/** "many", "others", "the two": a pronoun alone, with no description a name in apposition could fill in. */
export function isLonePronoun(source: Pick<ResolvedSource, 'name'>): boolean {
  return isPronoun(source.name.trim().replace(/^the\s+/i, ''));
}
