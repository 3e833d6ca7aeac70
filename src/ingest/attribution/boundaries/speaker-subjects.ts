/**
 * "The mayor admitted that she had misread the figures and called the audit overdue": a second verb
 * of saying joined by "and" to its content's verb, whose subject is the speaker (a he, she or they, or
 * the speaker's name), is mostly the speaker's next saying in PolNeAR train (two attributions), though
 * the parser hangs it on the content's verb as if the content's subject did both. So is one whose
 * subject is no person who could say it ("said the outage was triggered by X and urged Y to S2", "rejected
 * the claim that the merger had hurt X and defended Y"); another person named there may have done both
 * ("noted that Reyes had backed the bill and called it fair"), as may "who" or "it". Not inside a
 * quotation (there the pronoun is someone the speaker quotes: "he sighed and said: 'Thanks'"), nor when
 * the content's verb has a modal ("he would be making X and alleged Y": the parser misreads an adjective).
 */
import { openQuotationStart } from '../quotes/quotes.ts';
import { isPronoun, type DependencyTree } from '../tree.ts';

const SPEAKER_PRONOUNS = /^(he|she|they)$/i;

/** Whether the verb at `v`, joined to its head, reads as the speaker's own second saying rather than the content's subject's. */
export function speakersSecondSaying(text: string, tree: DependencyTree, v: number, subject: number, speaker: string): boolean {
  const head = tree.head(v);
  if (tree.children(head, /^aux/).some((x) => tree.token(x).pos === 'MD')) return false;
  if (openQuotationStart(text, tree.token(v).start) !== undefined) return false;
  const word = tree.token(subject).word;
  if (SPEAKER_PRONOUNS.test(word)) return true;
  if (tree.token(subject).pos.startsWith('NNP') && speaker.split(/\s+/).includes(word)) return true;
  return !mayBeAPerson(tree, subject);
}

/** A pronoun ("it" and "who" too: the parser's reading of them is no safer) or a person's name. */
function mayBeAPerson(tree: DependencyTree, subject: number): boolean {
  const token = tree.token(subject);
  return isPronoun(token) || token.ner === 'PERSON';
}
