/**
 * An outlet that went and asked: "The Tribune spoke to the pilot's sister, Mara Venn. She said her
 * brother had complained about the plane." The outlet is the subject of a verb of interviewing
 * (speak/talk to or with, interview, reach, contact, track down), and the people it names as the one
 * it asked speak through it in the rest of the paragraph: their claims with no via and no channel of
 * their own ("said in a statement") take the outlet as via. Only the person asked is carried (a
 * named Person inside the verb's object or its to/with phrase), not every speaker after it, and the
 * passage ends at the paragraph's end or at another outlet's mention. outlet-passages.ts does the same
 * for the other way round ("Venn told the Tribune S"). Invented probe (55 Newser-style items):
 * right 39 → 44, wrong 10 → 5. Through extract() on the PolNeAR train articles with such a verb (8,399 claims):
 * one via gained (a network's anchor interviewed a candidate; his answer, via the network).
 */
import { DependencyTree } from '../attribution/tree.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { Paragraph } from '../text/spans.ts';
import { namesOwnChannel } from './channels.ts';
import type { DraftContext } from './draft.ts';
import { subjectOutlet } from './named-outlets.ts';
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
    for (const token of sentence.tokens) {
      if (!ASKING.has(token.lemma.toLowerCase()) || !token.pos.startsWith('VB')) continue;
      const outlet = subjectOutlet(tree, token.index, outlets);
      if (!outlet) continue;
      const listeners = [
        ...tree.children(token.index, /^obj$/),
        ...tree.children(token.index, 'obl').filter((o) => tree.children(o, 'case').some((k) => /^(to|with)$/i.test(tree.token(k).word))),
      ];
      const asked = listeners.flatMap((l) => {
        const span = tree.span(tree.subtree(l));
        return span ? registry.mentionedIn(span.start, span.end).filter((r) => r.type === 'Person') : [];
      });
      if (!asked.length) continue;
      const paragraph = paragraphs.find((p) => p.start <= token.start && token.start < p.end);
      let end = paragraph?.end ?? Infinity;
      for (const o of outlets) if (o !== outlet) for (const m of o.mentions) if (m.start > token.start) end = Math.min(end, m.start);
      end = threadOpenedBetween(text, doc, token.start, end) ?? end;
      found.push({ outlet, asked, at: token.start, end });
    }
  }
  return found;
}
