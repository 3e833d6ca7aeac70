/**
 * "Documents seen by the Guardian show S", "The Guardian interviewed a dozen nurses": NER leaves
 * some outlets untagged, so no entity exists for a via or claim rule to find. An outlet the gazetteer
 * lists with its own article ("The Guardian", "the Times") is read where the text writes it so: "the"
 * and the name's capitalised words, outside any NER mention, not followed by a noun or "of" that
 * makes it a modifier or a different thing ("The Guardian angel", "The Hill district", "The Verge of"),
 * nor by a hyphen that joins it to more of another name ("the Journal-Constitution").
 * Names with no article of their own ("People", "Time", "Variety") are never read here. On PolNeAR
 * train's 840 parses this finds 38 names, all outlets but one resident (as in "voters liked the
 * New Yorker on the ticket"), which RESIDENT keeps out. An outlet that writes its name in lowercase
 * ("per the German news agency dpa") is read wherever the text writes it so: the tagger takes it for a
 * common noun.
 */
import type { NlpDocument } from '../nlp/types.ts';
import type { TextSpan } from '../text/spans.ts';
import { outletNamesAfterArticle, outletNamesInLowercase } from './gazetteer.ts';

const WITH_ARTICLE = outletNamesAfterArticle();
const IN_LOWERCASE = outletNamesInLowercase();

/** A name that also names a resident: read as the outlet only where no preposition follows ("told the New Yorker."). */
const RESIDENT = /^New Yorker$/;

export interface UntaggedOutlet {
  name: string;
  span: TextSpan;
}

export function untaggedOutlets(doc: NlpDocument): UntaggedOutlet[] {
  const out: UntaggedOutlet[] = [];
  for (const s of doc.sentences) {
    const tagged = (i: number) => s.entityMentions.some((m) => m.tokenBegin - 1 <= i && i < m.tokenEnd - 1);
    s.tokens.forEach((the, at) => {
      if (IN_LOWERCASE.has(the.originalText) && !tagged(at)) out.push({ name: the.originalText, span: { start: the.start, end: the.end } });
      if (!/^the$/i.test(the.word)) return;
      for (const words of WITH_ARTICLE) {
        const name = s.tokens.slice(at + 1, at + 1 + words.length);
        if (name.length < words.length || name.some((t, k) => t.originalText !== words[k] || tagged(at + 1 + k))) continue;
        const next = s.tokens[at + 1 + words.length];
        if (next && (/^NN/.test(next.pos) || /^of$/i.test(next.word))) continue;
        // "the Journal-Constitution": a hyphen joins the name to more of another's (annotation/outlet-name-words.ts
        // keeps the same word out of a listener's phrase; this keeps it out of the entities).
        if (next?.word === '-' && next.start === name.at(-1)!.end) continue;
        if (next?.pos === 'IN' && RESIDENT.test(words.join(' '))) continue;
        out.push({ name: words.join(' '), span: { start: name[0].start, end: name.at(-1)!.end } });
        break;
      }
    });
  }
  return out;
}
