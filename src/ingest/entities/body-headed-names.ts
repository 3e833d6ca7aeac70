/**
 * A name the tagger calls PERSON whose last word names an armed or political body is that body's:
 * "The Tarvik Brigades said they had fired the rockets", "the Velmar Front", "the Dorsani Movement"
 * (invented names). No person's name closes with these words; on PolNeAR train's 840 parses no
 * PERSON mention does.
 */
const BODY_LAST_WORD = /^(?:Brigades?|Battalions?|Regiments?|Militias?|Legion|Front|Movement|Party|Army|Forces|Corps|Cartel)$/;

export function isBodyHeadedName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && BODY_LAST_WORD.test(words.at(-1)!);
}
