/**
 * "The union Teamsters Local 667 said S": the parser hung "Local 667" off the phrase of its head
 * ("union Teamsters"), but the tagger's name holding the head runs on to the cue, and that name is
 * the speaker. Only over words: a name the tagger ran across a dash or a comma ("John Podesta — Bill
 * Clinton's former chief of staff — offered") is not read past the phrase.
 */
const NOT_IN_NAME = /[^\w\s.'’&-]/;

/** Where a name holding the source's head may end: up to the cue at `cueStart`, but not past a dash or a comma after the phrase's end. */
export function cutShortNameEnd(text: string, phraseEnd: number, cueStart: number): number {
  const stop = text.slice(phraseEnd, cueStart).search(NOT_IN_NAME);
  return stop < 0 ? cueStart : phraseEnd + stop;
}
