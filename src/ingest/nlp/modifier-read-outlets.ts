/**
 * Outlets named "The" and a word the tagger reads as a common word ("Intercept", "Athletic",
 * "Independent"): the name is given back as a proper noun and one organization mention.
 *
 * - "Nora Pike told The Intercept that S": "Intercept" a verb, no mention, so the told outlet was found late
 *   and a later sentence's closing credit ("…, Politico reports") took the claim's via.
 * - "The Intercept reports that S", "S, The Athletic reports.": the name hangs as a modifier on its verb,
 *   which becomes a plural noun ("reports", "notes"). The root noun with "that S" under it gave no claim,
 *   and the closing credit made the sentence's own subject the claimant. The tree is hung the way the
 *   parser hangs "CNN reports": opening its clause with a complement under the verb, the verb's subject;
 *   closing the sentence after a comma, a compound on the verb, as in "S, CNN reports."
 *
 * Only the known outlets' names after "the" (`names`: the gazetteer's, given by extract.ts, as nlp/ reads no later stage), written with their capitals; outside a credit, with
 * no proper noun among the name's words and no noun or capitalised word right after them ("the Independent
 * candidate", "the Athletic Director").
 */
import { asProperNoun, headArc, mendSentences } from './sentence-mends.ts';
import type { NlpDependency, NlpDocument, NlpEntityMention, NlpSentence, NlpToken } from './types.ts';

const CREDIT_NOUN = /^(?:reports|notes|writes)$/;

interface MisreadOutlet {
  /** 1-based indices: "the", the name's first and last words, and the verb read as a noun if there is one. */
  the: number;
  first: number;
  last: number;
  verb?: number;
}

/** `names`: each outlet's name after its article, as words ("Intercept"; "Daily", "Beast"). */
export function mendModifierReadOutlets(doc: NlpDocument, text: string, names: string[][]): NlpDocument {
  return mendSentences(doc, (s) => mendSentence(s, text, names));
}

function mendSentence(sentence: NlpSentence, text: string, names: string[][]): NlpSentence {
  let mended = sentence;
  for (const outlet of misreadOutlets(sentence, names)) mended = mendOutlet(mended, outlet, text);
  return mended;
}

function misreadOutlets(sentence: NlpSentence, names: string[][]): MisreadOutlet[] {
  const { tokens } = sentence;
  const found: MisreadOutlet[] = [];
  for (let t = 1; t < tokens.length; t++) {
    if (!/^the$/i.test(tokens[t - 1].word)) continue;
    for (const name of names) {
      const after = t + name.length + 1;
      if (after - 1 > tokens.length || !name.every((w, k) => tokens[t + k].word === w)) continue;
      const next = tokens[after - 1];
      const nameWords = Array.from({ length: name.length + 1 }, (_, k) => t + k);
      // The parser's misreading of a credit: the name's words (and "the") all hang on the verb read as a plural noun.
      const credit = next?.pos === 'NNS' && CREDIT_NOUN.test(next.word) && nameWords.every((i) => headArc(sentence, i)?.governor === after);
      // Otherwise only a name read as common words, and not the modifier of a noun after it ("the Independent candidate").
      const commonWords = tokens.slice(t, after - 1).every((w) => !w.pos.startsWith('NNP'));
      if (!credit && (!commonWords || (next && (/^\p{Lu}/u.test(next.word) || next.pos.startsWith('NN'))))) continue;
      found.push({ the: t, first: t + 1, last: after - 1, ...(credit ? { verb: after } : {}) });
    }
  }
  return found;
}

function mendOutlet(sentence: NlpSentence, outlet: MisreadOutlet, text: string): NlpSentence {
  const mended = outlet.verb === undefined ? sentence : mendCredit(sentence, outlet, outlet.verb);
  return nameOutlet(mended, outlet, text);
}

function mendCredit(sentence: NlpSentence, outlet: MisreadOutlet, verb: number): NlpSentence {
  const { tokens, dependencies } = sentence;
  const { the, first, last } = outlet;
  const verbHead = headArc(sentence, verb);
  const complement = dependencies.find((d) => d.governor === verb && d.dependent > verb && /^(?:ccomp|dep)$/.test(d.dep));
  const closing = tokens[the - 2]?.word === ',' && verbHead !== undefined && verbHead.governor < the;
  const opening = complement !== undefined && (verbHead?.governor === 0 || !closing);
  if (!opening && !closing) return sentence;
  const mendedDeps: NlpDependency[] = dependencies.map((d) => {
    const i = d.dependent;
    if (i === the) return { dep: 'det', governor: opening ? last : verb, dependent: i };
    if (i >= first && i < last) return { dep: 'compound', governor: last, dependent: i };
    if (i === last) return { dep: opening ? 'nsubj' : 'compound', governor: verb, dependent: i };
    // "that" read as a determiner of the complement's clause: the complement's mark.
    if (opening && complement && d.governor === complement.dependent && i === verb + 1 && /^that$/i.test(tokens[i - 1].word))
      return { dep: 'mark', governor: complement.dependent, dependent: i };
    if (opening && complement && i === complement.dependent) return { dep: 'ccomp', governor: verb, dependent: i };
    return d;
  });
  const mendedTokens: NlpToken[] = tokens.map((tok) => {
    if (tok.index === verb && opening) return { ...tok, pos: 'VBZ' };
    if (tok.index === verb + 1 && opening && /^that$/i.test(tok.word)) return { ...tok, pos: 'IN' };
    return tok;
  });
  return { ...sentence, tokens: mendedTokens, dependencies: mendedDeps };
}

/** The name's words proper nouns tagged an organization, and one mention ("The" in it when written so). */
function nameOutlet(sentence: NlpSentence, outlet: MisreadOutlet, text: string): NlpSentence {
  const { the, first, last } = outlet;
  const tokens = sentence.tokens.map((tok) =>
    tok.index >= first && tok.index <= last ? { ...asProperNoun(tok), ner: 'ORGANIZATION' } : tok,
  );
  const from = tokens[the - 1].word === 'The' ? the : first;
  const mention: NlpEntityMention = {
    tokenBegin: from,
    tokenEnd: last + 1,
    start: tokens[from - 1].start,
    end: tokens[last - 1].end,
    text: text.slice(tokens[from - 1].start, tokens[last - 1].end),
    ner: 'ORGANIZATION',
  };
  const mentions = [...sentence.entityMentions.filter((m) => m.tokenEnd <= from || m.tokenBegin > last), mention].sort(
    (a, b) => a.tokenBegin - b.tokenBegin,
  );
  return { ...sentence, tokens, entityMentions: mentions };
}
