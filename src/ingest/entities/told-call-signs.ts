/**
 * "X told WBZ that S": a three-letter call sign ("WBZ", "KGW") is an outlet's where someone tells it
 * something. stations.ts reads a bare three-letter name as a call sign only with a band after it,
 * since alone it could be any acronym; being told a claim is what a station is, and an agency or a
 * league the gazetteer knows ("WHO", "WTO") is left out.
 */
import { lookupKnownName } from './gazetteer.ts';
import type { SentenceListeners } from './told-listeners.ts';

const THREE_LETTER_CALL_SIGN = /^[KW][A-Z]{2}$/;

/** Three-letter call signs of the article that someone tells a claim. */
export function toldCallSigns(told: SentenceListeners[]): Set<string> {
  const names = new Set<string>();
  for (const { sentence, listeners } of told)
    for (const m of sentence.entityMentions) {
      if (m.tokenEnd - m.tokenBegin !== 1 || !THREE_LETTER_CALL_SIGN.test(m.text) || lookupKnownName(m.text)) continue;
      if (listeners.has(m.tokenBegin)) names.add(m.text);
    }
  return names;
}
