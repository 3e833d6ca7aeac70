/**
 * "Common Cause, a nonpartisan watchdog group, said S": a body's name of everyday words opening the sentence,
 * its last word read as a verb ("Cause" the root, the appositive its object), so "said" hangs on nothing a
 * frame can read and the sentence gave no claim. When capitalised opening words end on a word tagged a verb
 * that roots the sentence, an appositive "a/an … <body noun>" follows between commas, and a verb of saying comes
 * right after the second comma, the tree is read again the plain way: the name the verb's subject, the
 * appositive the name's, the rest of the sentence what the verb says. The name becomes a mention later
 * (appositive-named-bodies.ts).
 */
import { asProperNoun, headArc, mendSentences } from './sentence-mends.ts';
import type { NlpDependency, NlpDocument, NlpSentence } from './types.ts';

const BODY_NOUN =
  /^(?:group|organi[sz]ation|nonprofit|coalition|alliance|watchdog|charity|foundation|association|campaign|network|tank|institute|union)$/;
const SAYING =
  /^(?:said|says|argued|argues|warned|warns|noted|notes|wrote|writes|told|tells|claimed|claims|insisted|insists|maintained|maintains|countered|added|stated)$/;
const CAPITALISED = /^\p{Lu}[\p{L}'’.&-]*$/u;

export function mendVerbReadBodyNames(doc: NlpDocument): NlpDocument {
  return mendSentences(doc, mendSentence);
}

function mendSentence(sentence: NlpSentence): NlpSentence {
  const { tokens, dependencies } = sentence;
  const comma = tokens.findIndex((t) => t.word === ',') + 1; // 1-based
  if (comma < 3 || comma > 5) return sentence;
  const nameEnd = comma - 1;
  if (!/^VB/.test(tokens[nameEnd - 1].pos) || headArc(sentence, nameEnd)?.governor !== 0) return sentence;
  if (!tokens.slice(0, nameEnd).every((t) => CAPITALISED.test(t.word))) return sentence;
  if (!/^an?$/i.test(tokens[comma]?.word ?? '')) return sentence;
  const second = tokens.findIndex((t, i) => i > comma && t.word === ',') + 1;
  if (second < comma + 3 || !SAYING.test(tokens[second]?.word ?? '') || !/^VB[DZP]$/.test(tokens[second].pos)) return sentence;
  const cue = second + 1;
  const inAppositive = (i: number) => i > comma && i < second;
  const body = headArc(sentence, comma + 1)?.governor;
  if (body === undefined || !inAppositive(body) || !BODY_NOUN.test(tokens[body - 1].word.toLowerCase())) return sentence;
  const inRest = (i: number) => i > cue;
  const restHeads = dependencies.filter((d) => inRest(d.dependent) && !inRest(d.governor) && tokens[d.dependent - 1].pos !== '.');
  const clause = restHeads.filter((d) => !/^punct$/.test(d.dep));
  if (clause.length !== 1) return sentence;
  const mended: NlpDependency[] = dependencies.map((d) => {
    const i = d.dependent;
    if (i < nameEnd) return { dep: 'compound', governor: nameEnd, dependent: i };
    if (i === nameEnd) return { dep: 'nsubj', governor: cue, dependent: i };
    if (i === comma || i === second) return { dep: 'punct', governor: body, dependent: i };
    if (i === body) return { dep: 'appos', governor: nameEnd, dependent: i };
    if (inAppositive(i) && !inAppositive(d.governor)) return { ...d, governor: body };
    if (i === cue) return { dep: 'ROOT', governor: 0, dependent: i };
    if (i === clause[0].dependent) return { dep: 'ccomp', governor: cue, dependent: i };
    if (!inRest(d.governor) && i > cue) return { ...d, governor: cue };
    return d;
  });
  const renamed = tokens.map((t, i) => (i === nameEnd - 1 ? asProperNoun(t) : t));
  return { ...sentence, tokens: renamed, dependencies: mended };
}
