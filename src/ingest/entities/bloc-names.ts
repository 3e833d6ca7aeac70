/**
 * A parliamentary bloc named after its leader: "the Karvani bloc walked out", "lawmakers of the
 * Sadiqi bloc" (invented names). The tagger leaves the leader's name untagged there or calls it a
 * person, and the phrase names the bloc, an organization, whether or not the leader is named too.
 * No proper noun on PolNeAR train's 840 parses modifies "bloc" (US news writes "coalition" or
 * "movement" there, left alone).
 */
import type { NlpDocument } from '../nlp/types.ts';
import type { TextSpan } from '../text/spans.ts';
import { DependencyTree } from '../attribution/tree.ts';

export interface BlocName {
  name: string;
  span: TextSpan;
  sentence: number;
  /** The leader's name's tokens, [begin, end) 1-based, as NER mentions count them. */
  tokenBegin: number;
  tokenEnd: number;
}

/** Every "<Name> bloc" of the text whose name is proper nouns NER left untagged or took for a person. */
export function blocNames(doc: NlpDocument): BlocName[] {
  const out: BlocName[] = [];
  for (const s of doc.sentences) {
    const tree = DependencyTree.of(s);
    for (const noun of s.tokens) {
      if (noun.word !== 'bloc' || noun.index === 1) continue;
      let begin = noun.index;
      while (begin > 1 && tree.head(begin - 1) === noun.index && tree.relation(begin - 1) === 'compound') begin--;
      const words = s.tokens.slice(begin - 1, noun.index - 1);
      if (!words.length || words.some((t) => !/^NNP/.test(t.pos) || !/^(?:O|PERSON)$/.test(t.ner))) continue;
      out.push({
        name: `${words.map((t) => t.word).join(' ')} bloc`,
        span: { start: words[0].start, end: noun.end },
        sentence: s.index,
        tokenBegin: begin,
        tokenEnd: noun.index,
      });
    }
  }
  return out;
}
