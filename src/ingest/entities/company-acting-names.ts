/**
 * A one-word name the tagger calls PERSON that acts as a company is one: its shares or its chief
 * executive ("Velbrook CEO Marcus Hale", "Velbrook's shares", "shares of Chirpter"), or it suspends
 * accounts ("Chirpter suspended 2,000 accounts"). The tagger calls a coined company name a person,
 * which kept it from the rule that gives "the social media company said" to the business named before
 * (companies-named-before.ts). A name the text gives a title or a first name (person-names.ts) stays
 * a person's: "Elon Musk … Musk's shares".
 */
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { personNameTest } from './person-names.ts';

/** What only a company has: its stock, its shareholders, its chief executive, its headquarters. */
const COMPANY_NOUN = /^(?:shares|stock|stocks|shareholders|stockholders|CEO|headquarters)$/i;

/** "Velbrook CEO", "Velbrook's shares", "Velbrook chief executive". */
function companyNounAfter(sentence: NlpSentence, end: number): boolean {
  const after = sentence.tokens.slice(end - 1, end + 2).map((t) => t.word);
  const words = /^['’]s?$/.test(after[0] ?? '') ? after.slice(1) : after;
  return COMPANY_NOUN.test(words[0] ?? '') || (words[0] === 'chief' && words[1] === 'executive');
}

/** "shares of Chirpter" (the name the "of" of a company's noun) or "Chirpter suspended … accounts". */
function actsAsCompany(tree: DependencyTree, i: number): boolean {
  const head = tree.head(i);
  if (head === 0) return false;
  const relation = tree.relation(i);
  if (relation === 'nmod' && tree.hasCase(i, 'of') && COMPANY_NOUN.test(tree.token(head).word)) return true;
  return relation === 'nsubj' && tree.children(head, 'obj').some((o) => tree.token(o).lemma === 'account');
}

/**
 * One-word PERSON names of the text that some use of the word shows to be a company's; the tagger may
 * leave the word untagged where it acts so ("Velbrook CEO Marcus Hale").
 */
export function companyActingNames(doc: NlpDocument): Set<string> {
  const isPersonName = personNameTest(doc);
  const oneWordPersons = new Set(
    doc.sentences.flatMap((s) => s.entityMentions.filter((m) => m.ner === 'PERSON' && m.tokenEnd - m.tokenBegin === 1).map((m) => m.text)),
  );
  const names = new Set<string>();
  for (const s of doc.sentences) {
    const tree = s.dependencies.length ? DependencyTree.of(s) : undefined;
    for (const t of s.tokens) {
      if (!oneWordPersons.has(t.word) || names.has(t.word)) continue;
      if (companyNounAfter(s, t.index + 1) || (tree && actsAsCompany(tree, t.index))) names.add(t.word);
    }
  }
  return new Set([...names].filter((name) => !isPersonName(name)));
}
