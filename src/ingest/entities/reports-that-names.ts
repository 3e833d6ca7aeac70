/**
 * A name that "reports that" something, in the present, is a news outlet's: "Excelsior reports that
 * the mayor was detained", "The Sun reports that the singer will tour". Newser credits its sources
 * so; a company's own figures come in the past, without "that" or about itself ("Acme reported it
 * sold $3 billion", "the league reports attendance as ticket sales", "Acme reports that its sales
 * rose"). The tagger often leaves a foreign or common-word title untagged, which made it an
 * organization of no kind. On train's 840 parses the shape's subjects are outlets already known (the
 * Washington Post, CBS News).
 */
import type { NlpDocument } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { lookupKnownName, organizationKindOfHead } from './gazetteer.ts';

/**
 * "Acme reports that its sales rose 8%, the Journal reports": a clause about the reporter's own
 * ("its", "our"), or a sentence another outlet reports, is a company's report, not an outlet's.
 */
function ownFigures(tree: DependencyTree, verb: number, clause: number): boolean {
  const under = new Set(tree.subtree(clause));
  const own = tree.sentence.tokens.some((t) => under.has(t.index) && /^(?:its|our|we|it)$/i.test(t.word));
  return own || tree.sentence.tokens.some((t) => t.index !== verb && t.lemma === 'report' && /^VB/.test(t.pos));
}

/** Names (proper nouns, not tagged a person or place) that are the subject of a present "reports that S". */
export function reportsThatNames(doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences) {
    const tree = DependencyTree.of(s);
    for (const verb of s.tokens) {
      if (verb.lemma !== 'report' || verb.pos !== 'VBZ') continue;
      const clause = tree
        .children(verb.index, 'ccomp')
        .find((c) => tree.children(c, 'mark').some((m) => tree.token(m).word.toLowerCase() === 'that'));
      const subject = tree.child(verb.index, 'nsubj');
      if (clause === undefined || subject === undefined || ownFigures(tree, verb.index, clause)) continue;
      const head = tree.token(subject);
      const words = [...tree.children(head.index, 'compound').map((d) => tree.token(d)), head].sort((a, b) => a.index - b.index);
      if (words.some((t) => !/^NNP/.test(t.pos) || !/^(?:O|ORGANIZATION)$/.test(t.ner))) continue;
      if (words.at(-1)!.index - words[0].index !== words.length - 1) continue;
      const name = words.map((t) => t.word).join(' ');
      if (lookupKnownName(name) || organizationKindOfHead(head.word)) continue;
      names.add(name);
    }
  }
  return names;
}
