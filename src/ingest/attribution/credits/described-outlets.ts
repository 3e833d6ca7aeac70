/**
 * An outlet's closing credit where the outlet is named with its kind of medium, which the plain
 * credit (a capitalised name, possibly after "the") does not take: "…, the paper adds." (the outlet
 * named before; the caller decides whether one was), "…, the Greek daily Kathimerini reports.",
 * "…, local outlet Noticias Hoy reports.", "…, South Korea's Yonhap news agency reports.", "…, the semi-official
 * Tasnim news agency reports.", "…, per the German news agency dpa.".
 */
import { outletNamesInLowercase } from '../../entities/gazetteer.ts';
import { MEDIUM_NOUN } from '../../entities/media-words.ts';
import type { NlpToken } from '../../nlp/types.ts';

/** "agency" describes an outlet only after "news" or "wire" (a government agency is none). */
const NEWS_AGENCY = /^(?:news|wire)$/i;
const CAPITALISED = /^[A-Z]/;
const IN_LOWERCASE = outletNamesInLowercase();
/** A word of a name: capitalised, or an outlet's name it writes in lowercase ("the German news agency dpa"). */
const NAME_WORD = (t: NlpToken) => CAPITALISED.test(t.word) || IN_LOWERCASE.has(t.originalText);
const LOWERCASE_ADJECTIVE = (t: NlpToken) => /^JJ/.test(t.pos) && /^[a-z]/.test(t.word);

const isMediumNoun = (words: NlpToken[], i: number) =>
  MEDIUM_NOUN.test(words[i].word) || (/^agency$/i.test(words[i].word) && i > 0 && NEWS_AGENCY.test(words[i - 1].word));

/** The words a credit names its outlet with, or none when the words are no outlet's description. */
export function describedOutletName(words: NlpToken[]): NlpToken[] | undefined {
  if (!words.length) return undefined;
  const last = words.length - 1;
  // "the paper", "the newspaper": the noun alone stands for the outlet named before.
  if (words.length === 2 && /^the$/i.test(words[0].word) && isMediumNoun(words, 1)) return words.slice(1);
  // "the Greek daily Kathimerini", "local outlet Noticias Hoy": the name after the noun.
  const noun = words.findIndex((_, i) => i < last && isMediumNoun(words, i));
  if (noun >= 0 && words.slice(noun + 1).every(NAME_WORD)) return words.slice(noun + 1);
  // "South Korea's Yonhap news agency", "state news agency SANA" handled above; the name before its noun.
  if (isMediumNoun(words, last)) {
    // "the semi-official Tasnim news agency", "the state-run Xinhua news agency": lowercase words describe it.
    const before = words
      .slice(0, last)
      .filter((t) => !NEWS_AGENCY.test(t.word) && !/^(?:state|official|the)$/i.test(t.word) && !LOWERCASE_ADJECTIVE(t));
    const possessive = before.map((t) => t.pos === 'POS').lastIndexOf(true);
    const name = before.slice(possessive + 1);
    if (name.length && name.every((t) => CAPITALISED.test(t.word))) return name;
  }
  return undefined;
}
