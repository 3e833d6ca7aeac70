/**
 * A name opening with another language's article that reports, is told or is cited is an outlet's:
 * "Al-Nahar, citing an aide, reported that S", "the lawyer told El Faro that S", "S, L'Echo-Le Soir
 * reported", "according to La Voz" (names invented or common). The tagger calls such a name a person.
 * People carry these articles too ("Al Gore", "Le Pen", "Al-Awlaki"), but are named in full or with
 * a title, and report nothing; so a name given a title or a first name, or held by a longer person's
 * name, is left alone. On PolNeAR train's 840 parses no PERSON mention has the shape.
 */
import type { NlpDocument, NlpEntityMention, NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

/** Articles of Arabic, Spanish, French, Italian, German, Portuguese and Dutch that open a title. */
const ARTICLE = /^(?:Al|El|La|Le|Les|Il|Der|Die|Das|Los|Las|O|De|Het)$/;
/** "L'Orient": the elided French or Italian article, written into the name's first token. */
const ELIDED_ARTICLE = /^L['’]\p{Lu}/u;

export function opensWithArticle(sentence: NlpSentence, m: NlpEntityMention): boolean {
  const first = sentence.tokens[m.tokenBegin - 1].word;
  return ELIDED_ARTICLE.test(first) || (m.tokenEnd - m.tokenBegin > 1 && ARTICLE.test(first));
}

/** "S, De Wachtpost reports.": the parser may hang the name on S and "reports" on nothing. */
function closesWithReport(sentence: NlpSentence, m: NlpEntityMention): boolean {
  const [before, verb, after] = [m.tokenBegin - 2, m.tokenEnd - 1, m.tokenEnd].map((i) => sentence.tokens[i]);
  return before?.word === ',' && /^VB[DZ]$/.test(verb?.pos ?? '') && verb.lemma === 'report' && (!after || /^[.!]$/.test(after.word));
}

/** Subject of "report" or "quote", object of "tell", or cited "according to". */
function reportsOrIsCited(sentence: NlpSentence, m: NlpEntityMention): boolean {
  if (closesWithReport(sentence, m)) return true;
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, m.tokenBegin, m.tokenEnd);
  if (top === undefined) return false;
  const governor = tree.token(tree.head(top));
  const relation = tree.relation(top);
  if (relation === 'nsubj' && /^(?:report|quote)$/.test(governor?.lemma ?? '')) return true;
  if (relation === 'obj' && governor?.lemma === 'tell') return true;
  return tree.children(top, 'case').some((c) => tree.token(c).word.toLowerCase() === 'according');
}

/** The article-named outlets of the text, each as written and as its tokens join ("Al-Manar", "Al - Manar"). */
export function articleNamedOutlets(doc: NlpDocument): Set<string> {
  const mentions = doc.sentences.flatMap((s) => s.entityMentions.filter((m) => m.ner === 'PERSON').map((m) => ({ s, m })));
  const heldByLonger = (m: NlpEntityMention) => mentions.some(({ m: other }) => other.text !== m.text && other.text.includes(m.text));
  const names = new Set<string>();
  for (const { s, m } of mentions) {
    const before = s.tokens[m.tokenBegin - 2];
    if (before && (before.ner === 'TITLE' || /^NNP/.test(before.pos))) continue;
    if (!opensWithArticle(s, m) || heldByLonger(m) || !reportsOrIsCited(s, m)) continue;
    names.add(m.text);
    names.add(
      s.tokens
        .slice(m.tokenBegin - 1, m.tokenEnd - 1)
        .map((t) => t.word)
        .join(' '),
    );
  }
  return names;
}
