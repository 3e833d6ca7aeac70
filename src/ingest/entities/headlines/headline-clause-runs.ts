/**
 * "Putin Warns the West" over "Vladimir Putin said Friday …": in a title-case headline the tagger
 * may run one name through the whole clause, subject, verb and object ("Putin Warns the West" one
 * PERSON, "Brandt Would Put Judges On Court" one ORGANIZATION), and the line became an entity of its
 * own beside the person the body names. When a mention holds a verb and that verb's subject, it is
 * cut to the proper nouns before the verb; it is dropped when those words are not all proper nouns
 * ("Leaked Memos Show …") or when another sentence's mention is or ends with them (the body
 * names "Vladimir Putin", whose entity the headline's tag, often not a person's, would otherwise
 * split). The parse, not the casing, finds the verb: a name word the tagger calls a verb ("Hope
 * Marlow", "Ada Shook") has no subject before it.
 */
import { DependencyTree } from '../../attribution/tree.ts';
import { mendSentences } from '../../nlp/sentence-mends.ts';
import type { NlpDocument, NlpEntityMention, NlpSentence } from '../../nlp/types.ts';
import { isTitleCase } from './title-case.ts';

const SUBJECT = /^nsubj/;
const VERB_PART = /^(?:aux|aux:pass|cop)$/;
const PROPER_NOUN = /^NNPS?$/;

/** The document with each headline mention that runs through its clause cut to its subject's name, or dropped. */
export function cutHeadlineClauseRuns(doc: NlpDocument, text: string): NlpDocument {
  return mendSentences(doc, (s) => {
    const namedElsewhere = (name: string) =>
      doc.sentences.some((other) => other !== s && other.entityMentions.some((m) => m.text === name || m.text.endsWith(` ${name}`)));
    return cutSentence(s, text, namedElsewhere);
  });
}

function cutSentence(sentence: NlpSentence, text: string, namedElsewhere: (name: string) => boolean): NlpSentence {
  if (sentence.dependencies.length === 0) return sentence;
  const tree = DependencyTree.of(sentence);
  if (!isTitleCase(tree)) return sentence;
  const tokens = [...sentence.tokens];
  let changed = false;
  const mentions = sentence.entityMentions.flatMap((m): NlpEntityMention[] => {
    const verb = clauseVerbInside(tree, m);
    if (verb === undefined) return [m];
    changed = true;
    const subject = tokens.slice(m.tokenBegin - 1, verb - 1);
    const name = text.slice(m.start, subject.at(-1)!.end);
    const kept = subject.every((t) => PROPER_NOUN.test(t.pos)) && !namedElsewhere(name);
    for (let i = kept ? verb : m.tokenBegin; i < m.tokenEnd; i++) tokens[i - 1] = { ...tokens[i - 1], ner: 'O' };
    return kept ? [{ ...m, tokenEnd: verb, end: m.start + name.length, text: name }] : [];
  });
  return changed ? { ...sentence, tokens, entityMentions: mentions } : sentence;
}

/** The first token of the mention, after its first, that is a verb (or its auxiliary) whose subject stands in the mention before it. */
function clauseVerbInside(tree: DependencyTree, m: NlpEntityMention): number | undefined {
  for (let i = m.tokenBegin + 1; i < m.tokenEnd; i++) {
    if (!tree.token(i).pos.startsWith('VB') && tree.token(i).pos !== 'MD') continue;
    const verb = VERB_PART.test(tree.relation(i)) ? tree.head(i) : i;
    if (tree.children(verb, SUBJECT).some((s) => s >= m.tokenBegin && s < i)) return i;
  }
  return undefined;
}
