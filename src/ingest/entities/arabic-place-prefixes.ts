/**
 * A name the tagger calls PERSON whose first word is an Arabic place-name word ("village",
 * "monastery", "house", "gate", "spring", "bridge", "valley", "mountain", "palace"): "Soldiers were
 * killed near Kafr Masud", "fighting in Ain Korvash". No person's name starts with these; "Ras",
 * "Khan", "Tal", "Tel", "Al" and "Umm" are left out, as they also start people's names ("Ras Baraka",
 * "Tal Schneider", "Al Gore"). On train's 840 parses no PERSON mention starts with one.
 */
const ARABIC_PLACE_FIRST = /^(?:Kafr|Kfar|Ain|Deir|Dayr|Beit|Bayt|Bab|Jisr|Wadi|Jabal|Jebel|Qasr|Maarat|Tell)$/;

/**
 * "Ras", "Khan", "Tal" and "Tel" do start a place's name when the next word opens with the Arabic
 * article ("near Ras al-Mirwah", invented); people's names go on without it ("Ras Baraka").
 */
const PLACE_FIRST_BEFORE_ARTICLE = /^(?:Ras|Khan|Tal|Tel)$/;
const ARABIC_ARTICLE = /^(?:al|el|as|ash|ad|ar|az|at)-\p{Lu}/u;

/**
 * "Sidi" ("saint", "master") opens towns' names ("Sidi Bouzid", invented "Sidi Marwan") and people's
 * too: such a name is a place only where a preposition of place or motion takes it ("protests broke out
 * in Sidi Marwan", "calm returned to Sidi Marwan").
 */
const PLACE_OR_PERSON_FIRST = /^Sidi$/;
const PLACE_PREPOSITION = /^(?:in|near|outside|around|to|from)$/;

/** Whether a name of two words or more whose first word opens places' and people's names is, after `preposition`, a place. */
export function isArabicPlaceAfterPreposition(words: string[], preposition: string): boolean {
  return words.length > 1 && PLACE_OR_PERSON_FIRST.test(words[0]) && PLACE_PREPOSITION.test(preposition);
}

/** Whether a name of two words or more starts with an Arabic place-name word. */
export function startsWithArabicPlaceWord(words: string[]): boolean {
  if (words.length < 2) return false;
  return ARABIC_PLACE_FIRST.test(words[0]) || (PLACE_FIRST_BEFORE_ARTICLE.test(words[0]) && ARABIC_ARTICLE.test(words[1]));
}
