/**
 * Local stations named after a network: "Fox 35", "FOX 13 News", "the local Fox affiliate". NER tags
 * the network's name alone ("Fox"), which the gazetteer would read as the network's news channel;
 * a channel number after it names a station of its own, and "affiliate"/"station" after it makes it
 * a description of one.
 */
import type { NlpToken } from '../nlp/types.ts';
import { lookupKnown } from './gazetteer.ts';

const STATION_NOUN = /^(affiliate|affiliates|station|stations)$/i;

/** "Fox 35", "Fox 5 News": an outlet's name and a channel number. */
const STATION_NAME = /^(.+?)\s+\d{1,3}(?:\s+News)?$/i;

type StationReading = { name: string; end: number } | 'description' | undefined;

/** How the tokens after an outlet's name read: a station's own name, a description, or neither. */
export function stationAfter(name: string, after: NlpToken[]): StationReading {
  if (lookupKnown(name)?.kind !== 'MEDIA' || !after.length) return undefined;
  if (STATION_NOUN.test(after[0].word)) return 'description';
  if (after[0].pos !== 'CD' || !/^\d{1,3}$/.test(after[0].word)) return undefined;
  const words = after.slice(0, /^news$/i.test(after[1]?.word ?? '') ? 2 : 1);
  return { name: `${name} ${words.map((t) => t.originalText).join(' ')}`, end: words.at(-1)!.end };
}

/** "Fox 35" is an outlet when the network's name before the number is one. */
export function isStationName(name: string): boolean {
  const m = STATION_NAME.exec(name);
  return !!m && lookupKnown(m[1])?.kind === 'MEDIA';
}

/**
 * A US broadcaster's call sign: "KTLA", "WRAL", "WFAA-TV", "KSL-TV". Three letters only with a band
 * after them ("KSL" alone could be any acronym); a few agencies, leagues and firms share the shape.
 */
const CALL_SIGN = /^[KW][A-Z]{3}(?:-(?:TV|DT|FM|AM))?$|^[KW][A-Z]{2}-(?:TV|DT|FM|AM)$/;
const CALL_SIGN_SHAPED = new Set(['WNBA', 'WADA', 'WIPO', 'KFOR', 'KPMG', 'WWII', 'WASP']);

export function isCallSign(name: string): boolean {
  return CALL_SIGN.test(name) && !CALL_SIGN_SHAPED.has(name.split('-')[0]);
}
