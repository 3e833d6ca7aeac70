/**
 * "The mayor on Tuesday said": the parser hangs the day on the speaker, so the source phrase ends
 * with it; the day names the saying's day, not the speaker.
 */
import { HOLIDAY_ALTERNATION, NEAR_DAY_ALTERNATION, WEEKDAYS } from '../text/day-words.ts';
import { lookupKnown } from './gazetteer.ts';

/** A day closing a speaker's phrase: "the mayor on Tuesday", "officials late Monday", "police Friday night". */
const CLOSING_DAY = new RegExp(
  `\\s+(?:(?:on|in)\\s+)?(?:(?:late|early)\\s+)?(?:${WEEKDAYS.map((d) => d[0].toUpperCase() + d.slice(1)).join('|')}|${NEAR_DAY_ALTERNATION}|${HOLIDAY_ALTERNATION})(?:\\s+(?:morning|afternoon|evening|night))?$`,
);

/** Without the day closing it; a name the gazetteer knows keeps its day ("Fox News Sunday"), and "USA Today" is a name. */
export function withoutDay(words: string): string {
  if (lookupKnown(words) ?? lookupKnown(words.replace(/^the\s+/i, ''))) return words;
  return words.replace(CLOSING_DAY, '') || words;
}
