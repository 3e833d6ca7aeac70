/**
 * A one-word name that reports, quotes or is cited, never given a first name or title, is an
 * outlet's: "Rudaw reported that S", "Rudaw quoted a commander as saying S", "according to Rudaw",
 * "S, Rudaw reports" (the tagger calls the unknown name a person, or an organization of no kind).
 * News names a person in full before the surname alone ("Sam Kellner … Kellner reported that S"
 * stays a person), so a lone name is no person's; the gazetteer's institutions and names with a
 * body's head word ("Acme Corp", "Harlow University") are left out.
 */
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { lookupKnownName, organizationKindOfHead } from './gazetteer.ts';

/**
 * "Rudaw reported that S", "S, Rudaw reports", "according to Rudaw", "Rudaw quoted X as saying S".
 * A byline's "Wolf reported from Washington" is a reporter's; a company reports its own figures
 * ("Acme reported it sold $3 billion") and a pollster is cited ("according to Gallup"), so a name
 * tagged as an organization counts only when it quotes someone as saying.
 */
function reportsOrIsCited(s: NlpSentence, index: number, ner: string): boolean {
  const tree = DependencyTree.of(s);
  const word = (i: number) => s.tokens[i - 1]?.word.toLowerCase() ?? '';
  const verb = tree.relation(index) === 'nsubj' ? tree.token(tree.head(index)) : undefined;
  if (verb?.lemma === 'quote') return s.tokens.some((t) => t.index > verb.index && t.word === 'saying' && word(t.index - 1) === 'as');
  if (ner !== 'PERSON') return false;
  if (verb?.lemma === 'report')
    return !tree.children(verb.index, 'obl').some((o) => tree.children(o, 'case').some((c) => word(c) === 'from'));
  // "according to Rudaw": "according" hangs on the name as its case marker.
  return tree.children(index, 'case').some((c) => word(c) === 'according');
}

/** One-word names of the article that report, quote or are cited and are no person's. */
export function loneReportingNames(doc: NlpDocument): Set<string> {
  const mentions = doc.sentences.flatMap((s) => s.entityMentions.map((m) => ({ s, m })));
  const longerPerson = (word: string) =>
    mentions.some(({ m }) => m.ner === 'PERSON' && m.text !== word && m.text.split(/\s+/).includes(word));
  // "President Varga … according to Varga": a name given a title or a first name anywhere is a person's.
  const introduced = new Set(
    mentions
      .filter(({ s, m }) => {
        const before = s.tokens[m.tokenBegin - 2];
        return before && (before.ner === 'TITLE' || /^NNP/.test(before.pos));
      })
      .map(({ m }) => m.text),
  );
  const names = new Set<string>();
  for (const { s, m } of mentions) {
    if (!/^(?:PERSON|ORGANIZATION)$/.test(m.ner) || m.tokenEnd - m.tokenBegin !== 1 || !/^NNP/.test(s.tokens[m.tokenBegin - 1].pos))
      continue;
    const known = lookupKnownName(m.text);
    if (introduced.has(m.text) || (known && known.kind !== 'MEDIA') || organizationKindOfHead(m.text) || longerPerson(m.text)) continue;
    if (reportsOrIsCited(s, m.tokenBegin, m.ner)) names.add(m.text);
  }
  return names;
}
