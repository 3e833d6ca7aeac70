/**
 * An outlet that went and asked a group of people: "NPR spoke with truckers stuck at the Kaleva border.
 * Drivers said they had waited four days." The outlet is the subject of a verb of interviewing (speak or
 * talk to or with, interview) whose object is a plural noun with no name in it (outlet-interviewees.ts
 * carries a named person asked), and the sentence makes no claim; the people who speak in the sentences
 * right after it are the ones it asked, and take the outlet as via under report-passages.ts's rules
 * (people first heard, no channel of their own, up to a claim it does not carry, a sentence with no
 * claim or the paragraph's end). Invented probe (18 Newser-style mini-articles, 38 outcomes): right
 * 25 → 27, wrong 0. Through extract() on 54 PolNeAR train articles with such forms: no claim changed.
 */
import { DependencyTree } from '../attribution/tree.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRegistry } from '../entities/registry.ts';
import type { DraftContext } from './draft.ts';
import { subjectOutlet } from './named-outlets.ts';
import { carryPassage } from './report-passages.ts';

const ASKING = new Set(['speak', 'talk', 'interview']);

export function askedGroups({ text, doc, drafts, registry, paragraphs }: DraftContext): void {
  const outlets = registry.all().filter(isOutlet);
  doc.sentences.forEach((sentence, index) => {
    if (drafts.some((d) => d.unit === sentence.tokens[0].start)) return;
    const tree = DependencyTree.of(sentence);
    for (const token of sentence.tokens) {
      if (!ASKING.has(token.lemma.toLowerCase()) || !token.pos.startsWith('VB')) continue;
      const outlet = subjectOutlet(tree, token.index, outlets);
      if (!outlet || !asksGroup(tree, token.index, registry)) continue;
      const end = sentence.tokens.at(-1)!.end;
      const paragraph = paragraphs.findIndex((p) => p.start <= token.start && token.start < p.end);
      carryPassage(text, doc, drafts, outlet, { at: token.start, start: sentence.tokens[0].start, end, sentence: index, paragraph });
    }
  });
}

/** "interviewed dozens of residents", "spoke with truckers": a plural noun asked, with no person named in it. */
function asksGroup(tree: DependencyTree, verb: number, registry: EntityRegistry): boolean {
  const asked = [
    ...tree.children(verb, /^obj$/),
    ...tree.children(verb, 'obl').filter((o) => tree.children(o, 'case').some((k) => /^(to|with)$/i.test(tree.token(k).word))),
  ];
  return asked.some((a) => {
    const span = tree.span(tree.subtree(a));
    return (
      tree.token(a).pos === 'NNS' && span !== undefined && !registry.mentionedIn(span.start, span.end).some((r) => r.type === 'Person')
    );
  });
}
