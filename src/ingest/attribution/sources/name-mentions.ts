/**
 * The names in a parsed document, in order, with how each sits in its sentence: the candidates a
 * pronoun or a short source may stand for (sources.ts), as the pronoun ranker sees them.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { CandidateMention } from './pronoun-features.ts';
import { DependencyTree } from '../tree.ts';

export type SourceType = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'GROUP';

const ORG_NER = new Set(['ORGANIZATION']);
const PLACE_NER = new Set(['LOCATION', 'CITY', 'COUNTRY', 'STATE_OR_PROVINCE']);

/** A name in the document, as the ranker sees its candidates (pronoun-features.ts), with its source type. */
export interface NameMention extends CandidateMention {
  type: SourceType;
}

/** Every name in the document, in order: NER mentions, or runs of proper nouns when NER was not run. */
export function nameMentions(doc: NlpDocument): NameMention[] {
  const out: NameMention[] = [];
  // A short text can have no tag but O ("…, notes CNN—…" with numbers untagged): ask the parse whether NER ran.
  const hasNer = doc.ner ?? doc.sentences.some((s) => s.tokens.some((t) => t.ner !== 'O'));
  for (const s of doc.sentences) {
    const tree = DependencyTree.of(s);
    const runs: Array<{ from: number; to: number; type: SourceType }> = [];
    if (hasNer) {
      for (const m of s.entityMentions) {
        // CoreNLP lists pronouns as PERSON mentions too; names only here.
        if (s.tokens.slice(m.tokenBegin - 1, m.tokenEnd - 1).every((t) => /^(PRP|PRP\$|WP)$/.test(t.pos))) continue;
        const type = m.ner === 'PERSON' ? 'PERSON' : ORG_NER.has(m.ner) ? 'ORGANIZATION' : PLACE_NER.has(m.ner) ? 'PLACE' : undefined;
        if (type) runs.push({ from: m.tokenBegin, to: m.tokenEnd, type });
      }
    } else {
      for (let i = 1; i <= s.tokens.length; i++) {
        if (!/^NNPS?$/.test(tree.token(i).pos)) continue;
        let j = i;
        while (j + 1 <= s.tokens.length && /^NNPS?$/.test(tree.token(j + 1).pos)) j++;
        runs.push({ from: i, to: j + 1, type: 'PERSON' });
        i = j;
      }
    }
    for (const r of runs) {
      const first = tree.token(r.from);
      const last = tree.token(r.to - 1);
      let subject = false;
      for (let t = r.from; t < r.to; t++) if (/^nsubj/.test(tree.relation(t))) subject = true;
      let headWord = r.to - 1;
      for (let t = r.from; t < r.to; t++) if (tree.head(t) < r.from || tree.head(t) >= r.to) headWord = t;
      const governor = tree.head(headWord);
      out.push({
        sentence: s.index,
        start: first.start,
        end: last.end,
        text: s.tokens
          .slice(r.from - 1, r.to - 1)
          .map((t) => t.originalText)
          .join(' ')
          // "Department of Agriculture, Trade and Consumer Protection": a comma inside a name as written.
          .replace(/ ,/g, ','),
        type: r.type,
        subject,
        relation: tree.relation(headWord),
        governor: governor > 0 ? tree.token(governor).lemma.toLowerCase() : undefined,
        plural: /^NNP?S$/.test(tree.token(headWord).pos),
        main: governor === 0 || tree.relation(governor) === 'ROOT',
        modifier: tree.relation(headWord) === 'compound' && governor > 0 && /^NNS?$/.test(tree.token(governor).pos),
      });
    }
  }
  return out;
}
