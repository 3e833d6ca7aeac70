/**
 * A name the tagger calls PERSON whose first word is an Arabic place-name word ("village",
 * "monastery", "house", "gate", "spring", "bridge", "valley", "mountain", "palace"): "Soldiers were
 * killed near Kafr Masud", "fighting in Ain Korvash". No person's name starts with these; "Ras",
 * "Khan", "Tal", "Tel", "Al" and "Umm" are left out, as they also start people's names ("Ras Baraka",
 * "Tal Schneider", "Al Gore"). On train's 840 parses no PERSON mention starts with one.
 */
const ARABIC_PLACE_FIRST = /^(?:Kafr|Kfar|Ain|Deir|Dayr|Beit|Bayt|Bab|Jisr|Wadi|Jabal|Jebel|Qasr|Maarat|Tell)$/;

/** Whether a name of two words or more starts with an Arabic place-name word. */
export function startsWithArabicPlaceWord(words: string[]): boolean {
  return words.length > 1 && ARABIC_PLACE_FIRST.test(words[0]);
}
