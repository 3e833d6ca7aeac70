/**
 * "The council approved the budget, the AP reports", "The studio's head apologized for the crash, CNN
 * reports": the verb the cue model reads is an act the outlet reports, with no words of its own to
 * carry. Its reading gives way, so the outlet's credit stays the sentence's claim instead of lending
 * its name as the via of an act. A clause after the verb ("approved, saying S") is words, and stays.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { Attribution } from '../attribution.ts';
import { holdsCue } from '../find.ts';
import { verbClasses } from '../model/verb-classes.ts';
import { DependencyTree } from '../tree.ts';

/** Verbs WordNet files under saying or thinking that, with a noun after them, report a deed. */
const ACTS_FILED_AS_WORDS = new Set(['approve', 'apologize', 'apologise', 'recall', 'sign', 'accept', 'file']);
/**
 * WordNet classes of verbs whose subject speaks or thinks (verb-classes.ts), with verbs of hitting and
 * fighting, which news uses for stances ("slammed the plan"): any other verb is a deed.
 */
const WORD_CLASSES = new Set(['communication', 'cognition', 'perception', 'emotion', 'contact', 'competition']);

/**
 * Whether a cue's verb reports a deed the credit reports: listed, or its most frequent WordNet sense is
 * not of words or thought and it is the clause the credit hangs on ("after tests found S" stays).
 */
function isActVerb(doc: NlpDocument, a: Attribution, credit: Attribution): boolean {
  if (ACTS_FILED_AS_WORDS.has(a.cue.lemma)) return true;
  const first = verbClasses(a.cue.lemma)[0];
  if (first === undefined || WORD_CLASSES.has(first)) return false;
  const tree = DependencyTree.of(doc.sentences[a.sentence]);
  return tree.head(a.cue.token) === credit.cue.token || tree.head(credit.cue.token) === a.cue.token;
}

/** A comma, a quotation, "that" or a modal: words after the verb rather than a noun. */
const WORDS_FOLLOW = /^(,|``|''|"|MD)$/;

/** An act's reading with nothing but a noun or a circumstance between its verb and the comma before the credit. */
function isBareAct(doc: NlpDocument, a: Attribution, credit: Attribution): boolean {
  if (!isActVerb(doc, a, credit) || credit.cue.span.start <= a.cue.span.end) return false;
  const tokens = doc.sentences[a.sentence].tokens;
  const creditComma = tokens.filter((t) => t.word === ',' && t.end <= credit.cue.span.start).at(-1);
  const end = Math.min(credit.cue.span.start, creditComma?.start ?? Infinity);
  return !tokens.some(
    (t) => t.end <= end && (WORDS_FOLLOW.test(t.pos) || t.lemma === 'that') && a.content.some((s) => s.start <= t.start && t.end <= s.end),
  );
}

/** `kept` without the act readings an outlet's closing credit in their sentence reports. */
export function withoutReportedActs(doc: NlpDocument, kept: Attribution[], isCarrier: (a: Attribution) => boolean): Attribution[] {
  const carriers = kept.filter(isCarrier);
  return kept.filter((a) => !carriers.some((c) => c !== a && c.sentence === a.sentence && holdsCue(c, a) && isBareAct(doc, a, c)));
}
