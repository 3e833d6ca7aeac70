/**
 * A live blog's entry time glued to its headline ("March 3, 2016 8:14PMLopez Says The Bridge Will Wait"):
 * the headline's speaker phrase starts with the date and the time, run together with the name. The
 * name is what follows the time. On PolNeAR train this shape heads 4 readings (2 wrong claimants before).
 */
const ENTRY_TIME = /^[\s\S]*?\b\d{1,2}:\d\d\s?[AP]M(?=[A-Z][a-z])/;

/** The speaker phrase without a live blog's entry date and time before the name. */
export function withoutEntryTime(text: string): string {
  return text.replace(ENTRY_TIME, '');
}
