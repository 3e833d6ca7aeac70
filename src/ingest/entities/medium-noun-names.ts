/**
 * "According to local outlet the Mining Journal, S", "according to the newspaper Marca, S": a speaker
 * written as a noun of a medium, with only plain words before it, and a name right after it stands for
 * that name. The parser makes the noun the source and hangs the name on it, so the claimant was a
 * group called "local outlet" or an outlet called "newspaper".
 */
import type { ResolvedSource } from '../attribution/index.ts';
import { lookupKnownName } from './gazetteer.ts';
import { MEDIUM_NOUN } from './media-words.ts';

/** Capitalised words right after the noun, "the" allowed first, up to punctuation or the sentence's end. */
const WORD = String.raw`\p{Lu}[\p{L}\d'’&-]*(?:\.[\p{L}\d]+)*`;
const NAME_AFTER = new RegExp(String.raw`^\s+(?:the\s+)?(${WORD}(?:\s+${WORD})*)\s*(?:[.,;:]|$)`, 'u');

/** The name a medium's noun stands for, when one follows it. */
export function nameAfterMediumNoun(text: string, source: ResolvedSource): string | undefined {
  const words = source.mention.text.split(/\s+/);
  if (source.resolved || !MEDIUM_NOUN.test(words.at(-1)!) || !words.every((w) => /^[\p{Ll}-]+$/u.test(w))) return undefined;
  const name = NAME_AFTER.exec(text.slice(source.mention.end))?.[1];
  if (!name) return undefined;
  const known = lookupKnownName(name);
  return known && known.kind !== 'MEDIA' ? undefined : (known?.name ?? name);
}
