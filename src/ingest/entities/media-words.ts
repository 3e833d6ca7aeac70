/**
 * Words outlets are named with, the difference between their two uses explicit:
 * - a masthead word (a newspaper's name's last word: "the Evening Courier"; text/masthead-words.ts, shared
 *   with the NLP stage) marks even a name NER left untagged as a newspaper, where a listener or occasion
 *   stands ("told the Sentinel": annotation/outlet-phrases.ts);
 * - any media word, anywhere in a name NER tagged as an organization, marks it as an outlet's (organization-kinds.ts).
 * The other media words are no mastheads: broadcast words ("Radio", "TV"), outlets' own names, which
 * the gazetteer knows ("CNN", "Reuters"), and words that also close the names of things that are no
 * outlet ("the Law Review", "the Federal Register", "the Press Office").
 */
import { MASTHEAD_WORDS } from '../text/masthead-words.ts';
import { FOREIGN_MASTHEAD_WORDS } from './foreign-mastheads.ts';

const OTHER_MEDIA_WORDS = [
  'News',
  'Press',
  'Reuters',
  'Magazine',
  'Radio',
  'TV',
  'Television',
  'Broadcasting',
  'Insider',
  'Daily',
  'Guardian',
  'Politico',
  'CNN',
  'BBC',
  'NPR',
  'Bloomberg',
  'Axios',
  'Register',
  'Newsweek',
  'Review',
];

/** A masthead word as a whole word: "Sentinel". */
export const MASTHEAD_WORD = new RegExp(`^(${MASTHEAD_WORDS.join('|')})$`);

/** A media word anywhere in a name: "Fox News Channel", "the Boston Globe". */
export const MEDIA_WORD = new RegExp(`\\b(${[...MASTHEAD_WORDS, ...OTHER_MEDIA_WORDS, ...FOREIGN_MASTHEAD_WORDS].join('|')})\\b`);

/** Nouns an outlet is described by ("the paper adds", "the Greek daily X reports"); "agency" needs "news" or "wire" before it. */
const MEDIUM_NOUNS = [
  'newspaper',
  'paper',
  'daily',
  'tabloid',
  'magazine',
  'network',
  'broadcaster',
  'station',
  'channel',
  'outlet',
  'website',
  'site',
];

/** A medium's noun as a whole word: "paper". */
export const MEDIUM_NOUN = new RegExp(`^(?:${MEDIUM_NOUNS.join('|')})$`, 'i');

/** A medium's noun, "the" allowed before it, the noun captured: "the station". */
export const DESCRIBED_MEDIUM = new RegExp(`^(?:the\\s+)?(${MEDIUM_NOUNS.join('|')})$`, 'i');
