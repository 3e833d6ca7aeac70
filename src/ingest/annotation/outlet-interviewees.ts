/**
 * An outlet that went and asked: "The Tribune spoke to the pilot's sister, Mara Venn. She said her
 * brother had complained about the plane." The outlet is the subject of a verb of interviewing
 * (speak/talk to or with, interview, reach, contact, track down), and the people it names as the one
 * it asked speak through it in the rest of the paragraph: their claims with no via and no channel of
 * their own ("said in a statement") take the outlet as via. Only the person asked is carried (a
 * named Person inside the verb's object or its to/with phrase), not every speaker after it, and the
 * passage ends at the paragraph's end or at another outlet's mention. outlet-passages.ts does the same
 * for the other way round ("Venn told the Tribune S"); a person who gave the outlet an interview with no
 * claim of that sentence ("Lena Brandt sat down with ABC News. Brandt will never race again, according to
 * the interview") is asked the same way. Invented probe (55 Newser-style items):
 * right 39 → 44, wrong 10 → 5. Through extract() on the PolNeAR train articles with such a verb (8,399 claims):
 * one via gained (a network's anchor interviewed a candidate; his answer, via the network).
 */
import { DependencyTree } from '../attribution/tree.ts';
import { addEntity } from '../entities/added-entities.ts';
import { isOutlet, lookupKnownName } from '../entities/gazetteer.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { Paragraph } from '../text/spans.ts';
import { namesOwnChannel } from './channels.ts';
import type { DraftContext } from './draft.ts';
import { givenInterviewListeners } from './given-interviews.ts';
import { subjectOutlet } from './named-outlets.ts';
import { writtenName } from './outlet-name-words.ts';
import { threadOpenedBetween } from './thread-openers.ts';

const ASKING = new Set(['speak', 'talk', 'interview', 'reach', 'contact', 'track']);

interface Asking {
  outlet: EntityRecord;
  asked: EntityRecord[];
  at: number;
  end: number;
}

/** Claims of the person an outlet asked, after the asking in its paragraph, take the outlet as via. */
export function outletInterviewees({ text, doc, drafts, registry, paragraphs }: DraftContext): void {
  const outlets = registry.all().filter(isOutlet);
  for (const asking of askings(text, doc, outlets, registry, paragraphs))
    for (const d of drafts) {
      const at = d.verbSpan?.start ?? d.evidence.start;
      if (at <= asking.at || at >= asking.end || d.via.length || !d.claimants.length || namesOwnChannel(text, d)) continue;
      if (d.claimants.every((c) => asking.asked.includes(c))) d.via = [asking.outlet];
    }
}

function askings(text: string, doc: NlpDocument, outlets: EntityRecord[], registry: EntityRegistry, paragraphs: Paragraph[]): Asking[] {
  const found: Asking[] = [];
  for (const sentence of doc.sentences) {
    const tree = DependencyTree.of(sentence);
    const mentioned = (nodes: number[]) => {
      const span = tree.span(nodes.flatMap((n) => tree.subtree(n)));
      return span ? registry.mentionedIn(span.start, span.end) : [];
    };
    for (const token of sentence.tokens) {
      if (!token.pos.startsWith('VB')) continue;
      let outlet: EntityRecord | undefined;
      let asked: EntityRecord[];
      if (ASKING.has(token.lemma.toLowerCase())) {
        outlet = subjectOutlet(tree, token.index, outlets);
        const listeners = [
          ...tree.children(token.index, /^obj$/),
          ...tree.children(token.index, 'obl').filter((o) => tree.children(o, 'case').some((k) => /^(to|with)$/i.test(tree.token(k).word))),
        ];
        asked = listeners.flatMap((l) => mentioned([l]).filter((r) => r.type === 'Person'));
      } else {
        // "Lena Brandt sat down with ABC News", "gave an interview to CNN": the one who gave it was asked.
        asked = mentioned(tree.children(token.index, 'nsubj')).filter((r) => r.type === 'Person');
        const listeners = asked.length ? givenInterviewListeners(tree, token.index) : [];
        outlet =
          listeners.flatMap((l) => mentioned([l])).find((r) => outlets.includes(r)) ??
          listeners.map((l) => knownOutletAt(tree, l, registry)).find(Boolean);
      }
      if (!outlet || !asked.length) continue;
      const paragraph = paragraphs.find((p) => p.start <= token.start && token.start < p.end);
      let end = paragraph?.end ?? Infinity;
      for (const o of outlets) if (o !== outlet) for (const m of o.mentions) if (m.start > token.start) end = Math.min(end, m.start);
      end = threadOpenedBetween(text, doc, token.start, end) ?? end;
      found.push({ outlet, asked, at: token.start, end });
    }
  }
  return found;
}

/** "sat down with ABC News": a name the gazetteer knows as an outlet that NER left untagged, registered at its mention. */
function knownOutletAt(tree: DependencyTree, head: number, registry: EntityRegistry): EntityRecord | undefined {
  const words = tree.subtree(head).filter((n) => /^(compound|flat)$/.test(tree.relation(n)) || n === head);
  const tokens = tree.sentence.tokens.filter((t) => words.includes(t.index));
  if (!tokens.length || tokens.some((t, k) => k > 0 && t.index !== tokens[k - 1].index + 1)) return undefined;
  const name = writtenName(tokens);
  if (lookupKnownName(name)?.kind !== 'MEDIA') return undefined;
  return addEntity(registry, name, 'Organization', { start: tokens[0].start, end: tokens.at(-1)!.end });
}
