/**
 * A one-word name a business's noun describes is that business's: "The operator, Hebrilink, said",
 * "the music app Tunely … Tunely said"; so is one a party's noun describes ("the separatist party Junts"). The tagger calls such a coined name a person or nothing, so
 * the name was a Person and the speaker a group called "operator" or "music app Tunely". A name the
 * text gives a title or a first name ("Mr. Tarnov": person-names.ts) stays a person's. On PolNeAR
 * train's 840 parses it retypes two names, both companies' ("Theranos", "the public relations firm Edelman").
 */
import type { ResolvedSource } from '../attribution/index.ts';
import type { NlpDocument } from '../nlp/types.ts';
import { personNameTest } from './person-names.ts';

const BUSINESS_NOUN =
  /^(?:company|firm|corporation|operator|retailer|airline|carrier|chain|maker|manufacturer|start-?up|app|platform|brand|developer|insurer|lender|supplier|distributor|party)$/i;
/** One coined word: capitalised, letters only, with no space ("CalMac", "Tunely"). */
const COINED = /^\p{Lu}[\p{L}]+$/u;
/** Capitalised words after a noun that name a time, not the business ("the company Monday said"). */
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function isCoined(word: string | undefined): word is string {
  return word !== undefined && COINED.test(word) && !TIME_WORD.test(word);
}

/**
 * The business's name that a speaker written as its noun stands for: the name closing the phrase
 * ("The music app Tunely") or set off by commas right after it ("The operator, CalMac, said").
 */
export function nameAfterBusinessNoun(text: string, source: ResolvedSource): string | undefined {
  if (source.resolved) return undefined;
  const words = source.mention.text.split(/\s+/);
  const described = (nouns: string[]) =>
    /^(?:the|a|an|its|their)$/i.test(nouns[0] ?? '') &&
    BUSINESS_NOUN.test(nouns.at(-1)!) &&
    nouns.slice(1).every((w) => /^[\p{Ll}-]+$/u.test(w));
  const last = words.at(-1)!;
  if (words.length > 2 && isCoined(last) && described(words.slice(0, -1))) return last;
  if (!described(words)) return undefined;
  const name = /^,\s+(\p{Lu}[\p{L}]+),/u.exec(text.slice(source.mention.end))?.[1];
  return isCoined(name) ? name : undefined;
}

/** One-word names that some mention shows to be a business's: after its noun, or set off by commas after it. */
export function describedBusinessNames(doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences)
    s.tokens.forEach((t, i) => {
      if (!BUSINESS_NOUN.test(t.word) || t.pos.startsWith('NNP')) return;
      const [next, after, closing] = [s.tokens[i + 1], s.tokens[i + 2], s.tokens[i + 3]];
      // The tagger may take the coined word after the noun for a common noun ("the fitness app Pulsefit").
      if (isCoined(next?.word) && /^NNP?$/.test(next.pos) && !/^NNP/.test(after?.pos ?? '')) names.add(next.word);
      if (next?.word === ',' && isCoined(after?.word) && /^[,.]$/.test(closing?.word ?? '')) names.add(after.word);
    });
  const isPersonName = personNameTest(doc);
  return new Set([...names].filter((name) => !isPersonName(name)));
}
