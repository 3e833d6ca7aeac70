/**
 * A PERSON mention that opens with "a" or "an" before one capitalised word is one unnamed member of
 * a people or faith, a Group as the other indefinite descriptions: "An Alawite told the BBC that S",
 * "A Druze said S" (the tagger takes the article into the mention). A person's name never takes
 * "a"; on PolNeAR train's 840 parses no PERSON mention opens with one.
 */
const INDEFINITE_ONE_WORD = /^an?\s+(\p{Lu}[\p{L}'’-]*)$/iu;

/** The word after the article ("Alawite" for "An Alawite"), or undefined for any other mention. */
export function indefiniteMemberWord(mention: string): string | undefined {
  return INDEFINITE_ONE_WORD.exec(mention)?.[1];
}
