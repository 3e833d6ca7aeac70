/**
 * A work an outlet obtained, read in the sentences after it: "The Tribune obtained a copy of the memo.
 * In it, the minister says the border will close on Friday." and "A video obtained by KOVA shows the
 * singer shouting. In the clip, he says the food was cold." The outlet got the work and tells what it
 * holds, so a claim whose sentence opens on the work ("In it", "In one", "In the clip") speaks through
 * the outlet, when it has no via of its own and the paragraph names no other outlet in between.
 * Invented probe of 50 Newser-style items (62 outcomes): right 47 → 48, wrong unchanged;
 * extract() over the 33 PolNeAR train articles with such an opening or phrase: no claim changed.
 */
import { DependencyTree } from '../attribution/tree.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { Paragraph } from '../text/spans.ts';
import type { DraftContext } from './draft.ts';
import { outletOfPhrase } from './named-outlets.ts';
import { sentenceAt } from '../nlp/sentence-at.ts';

const GETTING = new Set(['obtain', 'get', 'receive', 'see', 'review', 'publish', 'air', 'release', 'post', 'broadcast']);
const WORK =
  /^(memos?|letters?|videos?|clips?|footage|recordings?|audio|tapes?|emails?|e-mails?|messages?|texts?|documents?|transcripts?|notes?|files?|copy|copies|diary|diaries|photos?)$/i;
/** The claim's sentence opens on the work: "In it,", "In one,", "In the clip,", "In the 12-page memo,". */
const OPENS_ON_WORK = /^(?:In|On)\s+(?:it|them|one|(?:the|that|this|one)\s+(?:[\w-]+\s+){0,2}?(\w+))\s*,/;

/** The sentence opens on a work an outlet got, up to its comma: "In a memo obtained by NBC News,", "In emails reviewed by the Globe,". */
const OPENS_ON_HANDED_WORK =
  /^(?:In|On)\s+(?:(?:an?|the|one)\s+)?(?:[\w-]+\s+){0,2}?(\w+)\s+(?:obtained|seen|reviewed|received)\s+by\s+[^,]+,/;

interface Obtained {
  outlet: EntityRecord;
  at: number;
  end: number;
}

/** Claims whose sentence opens on a work an outlet obtained earlier in the paragraph take the outlet as via. */
export function obtainedWorkReaders({ text, doc, drafts, registry, paragraphs }: DraftContext): void {
  const outlets = registry.all().filter(isOutlet);
  const obtained = obtainedWorks(doc, outlets, paragraphs);
  if (!obtained.length) return;
  for (const d of drafts) {
    if (d.via.length || !d.claimants.length || d.claimants.some(isOutlet)) continue;
    const sentence = sentenceAt(doc, d.evidence.start);
    if (!sentence) continue;
    const start = sentence.tokens[0].start;
    const written = text.slice(start, sentence.tokens.at(-1)!.end);
    const handed = OPENS_ON_HANDED_WORK.exec(written);
    // "In a memo obtained by NBC News, a deputy chief warned S": the work is got in the opening itself.
    if (handed && WORK.test(handed[1])) {
      const work = obtained.find((o) => start < o.at && o.at < start + handed[0].length && o.at < d.evidence.start);
      if (work) d.via = [work.outlet];
      continue;
    }
    const opening = OPENS_ON_WORK.exec(written);
    if (!opening || (opening[1] !== undefined && !WORK.test(opening[1]))) continue;
    const work = obtained.filter((o) => o.at < start && start < o.end).at(-1);
    if (work) d.via = [work.outlet];
  }
}

/** "The Tribune obtained a copy of the memo", "a video obtained by KOVA": the outlet and where its reach ends. */
function obtainedWorks(doc: NlpDocument, outlets: EntityRecord[], paragraphs: Paragraph[]): Obtained[] {
  const found: Obtained[] = [];
  for (const sentence of doc.sentences) {
    const tree = DependencyTree.of(sentence);
    for (const token of sentence.tokens) {
      if (!GETTING.has(token.lemma.toLowerCase()) || !token.pos.startsWith('VB')) continue;
      const v = token.index;
      // "a video obtained by KOVA"; "Emails obtained by the AP show S", which the parser can read as "Emails" obtaining.
      const onWork =
        (tree.relation(v).startsWith('acl') && WORK.test(tree.token(tree.head(v)).word)) ||
        (token.pos === 'VBN' && tree.children(v, /^nsubj/).some((s) => WORK.test(tree.token(s).word)));
      const getters = onWork
        ? tree.children(v, /^obl/).filter((o) => tree.hasCase(o, 'by'))
        : tree.children(v, 'obj').some((o) => WORK.test(tree.token(o).word))
          ? tree.children(v, /^nsubj$/)
          : [];
      for (const g of getters) {
        const outlet = outletOfPhrase(tree, g, outlets);
        if (!outlet) continue;
        let end = paragraphs.find((p) => p.start <= token.start && token.start < p.end)?.end ?? Infinity;
        for (const o of outlets) if (o !== outlet) for (const m of o.mentions) if (m.start > token.start) end = Math.min(end, m.start);
        found.push({ outlet, at: token.start, end });
      }
    }
  }
  return found;
}
