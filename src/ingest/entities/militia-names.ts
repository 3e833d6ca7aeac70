/**
 * An Arabic-named armed group the tagger calls PERSON: "Sources in Jaish al-Tahrir said …". Its first
 * word names the kind of body (army, front, movement, brigade, legion …), as "Front" or "Army" closes
 * an English one; no person's name opens with these words. No PERSON mention on PolNeAR train (US
 * politics) does.
 */
const MILITIA_FIRST_WORD = /^(?:Jaish|Jabhat|Harakat|Liwa|Kataib|Ahrar|Hay'?at|Hizb|Saraya|Faylaq|Tanzim)$/;

export function isMilitiaName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && MILITIA_FIRST_WORD.test(words[0]);
}
