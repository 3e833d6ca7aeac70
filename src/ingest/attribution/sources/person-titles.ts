/**
 * The titles a person is named with ("Sen. Tom Baker", "Police Chief Tom Bell", "company spokesman
 * Torrin Vale"), by the noun that stands for the bearer later ("the senator", "the chief").
 */
import { wordTable } from '../../text/own-entries.ts';

/** Titles of elected or judicial office: the ones "the senator" may rename within a few sentences (described-names.ts). */
const OFFICES = {
  senator: /\b(?:Sen\.|Senator)\s+$/,
  governor: /\b(?:Gov\.|Governor)\s+$/,
  congressman: /\b(?:Rep\.|Representative|Congressman)\s+$/,
  congresswoman: /\b(?:Rep\.|Representative|Congresswoman)\s+$/,
  mayor: /\bMayor\s+$/,
  judge: /\bJudge\s+$/,
};

/**
 * Titles of a post ("the chief", "the spokesman") that only titled-people.ts takes, for the one
 * person the whole article gave the title. described-names.ts must not see them: its nearest-name
 * rule has never been measured with them.
 */
const POSTS = {
  chief: /\bChief\s+$/,
  sheriff: /\bSheriff\s+$/,
  commissioner: /\bCommissioner\s+$/,
  spokesman: /\bspokes(?:man|person)\s+$/i,
  spokeswoman: /\bspokes(?:woman|person)\s+$/i,
  spokesperson: /\bspokes(?:man|woman|person)\s+$/i,
};

/** The office titles alone (described-names.ts). */
export const OFFICE_TITLES = wordTable<RegExp>(OFFICES);

/** Office titles and posts (titled-people.ts). */
export const PERSON_TITLES = wordTable<RegExp>({ ...OFFICES, ...POSTS });
