/**
 * "She also said S2" or "He added S2" right after the same speaker's dated saying takes that saying's
 * day: "On Monday, the mayor held a news conference. She said S1. She also said S2" (Monday); "The
 * agency said Tuesday that S1. It also said S2" (Tuesday); "X told NRK on Wednesday S1. He added that
 * S2" (Wednesday). "Also" and "add" join what follows to what was just said, so it is the same
 * occasion; only where "also" comes right before the verb, or the verb is "add", and the content
 * follows the verb with nothing of its own between ("also said in a tweet that S" names another
 * occasion and stays undated) or, for "add", comes before it with nothing after the verb ('"S2," he
 * added.'); and only from the saying just before it in the paragraph ("she said, adding S" looks back
 * to "she said"), with no other sentence between, when that saying shares a claimant and has a day
 * from a phrase. A plain "He said S2" right after: next-saying-days.ts.
 */
import type { DraftClaim } from './draft.ts';
import { sharesClaimant } from './same-occasion-days.ts';

const ALSO_BEFORE_VERB = /\balso\s+$/i;
/** "also said that S", 'added: "S"': a comma, colon or opening quotation mark at most. */
const NOTHING_BEFORE_CONTENT = /^[\s,:"“]*(?:that\s*)?$/i;
/** A whole sentence between the two sayings ("S1. The mayor disagreed. He added S2"): the second may not add to the first. */
const SENTENCE_BETWEEN = /[.!?]["”’]?\s+["“]?[A-Z]/;
/** '"S2," he added.': the verb closes the clause, naming no occasion of its own. */
const NOTHING_AFTER_VERB = /^\s*(?:[.;!?,]|$)/;

export function alsoSaidDays(text: string, drafts: DraftClaim[]): void {
  for (const draft of drafts) {
    if (draft.dateSpan || draft.undated || !addsToLastSaying(text, draft)) continue;
    const named = namedAdder(text, draft);
    const before = drafts
      .filter(
        (d) =>
          (d.paragraph === draft.paragraph || (named && d.paragraph === draft.paragraph - 1)) &&
          d.verbSpan &&
          d.verbSpan.start < draft.verbSpan!.start,
      )
      .sort((x, y) => y.verbSpan!.start - x.verbSpan!.start)[0];
    if (!before?.dateSpan || before.undated || !sharesClaimant(before, draft)) continue;
    if (named || !SENTENCE_BETWEEN.test(text.slice(before.evidence.end, draft.unit))) draft.dateSpan = before.dateSpan;
  }
}

/**
 * "Mayor X said Tuesday S1. The bridge has been closed since May. ¶ X added that S2": the speaker named
 * again by name before "added" leaves no doubt whose remarks go on, so sentences (even a paragraph
 * break) with no saying between do not part the two; a pronoun ("He added") may mean someone named
 * between, so it must follow right after.
 */
function namedAdder(text: string, draft: DraftClaim): boolean {
  if (draft.lemma !== 'add' || draft.content.start < draft.verbSpan!.end) return false;
  const subject = text.slice(draft.unit, draft.verbSpan!.start).trim();
  return /^[A-Z][\p{L}'’-]+$/u.test(subject) && draft.claimants.some((c) => c.name.split(/\s+/).includes(subject));
}

/** "she also said (that) S", "he added (that) S", '"S," he added.': the saying adds to the one before. */
function addsToLastSaying(text: string, draft: DraftClaim): boolean {
  const verb = draft.verbSpan;
  if (!verb) return false;
  const adding = draft.lemma === 'add';
  if (adding && draft.content.end <= verb.start) return NOTHING_AFTER_VERB.test(text.slice(verb.end));
  if (draft.content.start < verb.end) return false;
  return (
    (adding || ALSO_BEFORE_VERB.test(text.slice(draft.unit, verb.start))) &&
    NOTHING_BEFORE_CONTENT.test(text.slice(verb.end, draft.content.start))
  );
}
