/**
 * "S, according to state news agency VNA", "…, according to the Advocate": a credit that names an outlet
 * NER and the gazetteer don't know still carries the speaker's claim, as any outlet's credit does (the
 * outlet is the via), instead of claiming it. Two shapes, both right after "according to" or "per" and
 * closing the sentence's clause (punctuation after the name):
 * - a medium's noun, with its modifiers, right before a capitalised name ("state news agency VNA",
 *   "the daily Kommersant", "public broadcaster RTP");
 * - "the" and one capitalised newspaper title word ("the Advocate", "the Sentinel").
 */
import type { NlpDocument, NlpToken } from '../nlp/types.ts';
import type { EntityRegistry } from '../entities/registry.ts';
import type { Attribution } from '../attribution/attribution.ts';

const MEDIUM_NOUN = /^(agency|newspaper|daily|weekly|broadcaster|paper|tabloid|magazine|outlet|website|network|channel|station|wire)$/i;
const MODIFIER =
  /^(state|state-run|state-owned|public|official|national|local|regional|news|wire|online|business|financial|private|independent|government|government-run|the|a)$/i;
/** Newspaper titles that are also common nouns; only as a whole credit ("according to the Advocate"). */
const TITLE_WORD =
  /^(Advocate|Sentinel|Courier|Herald|Gazette|Tribune|Chronicle|Dispatch|Examiner|Inquirer|Enquirer|Observer|Telegraph|Bulletin|Ledger|Star|Sun|Mirror|Express|Standard|Record|Independent|Register)$/;

/** Registers each such credit's outlet at its name; returns its name by the starts of the phrase's tokens a source mention may begin at. */
export function describedCreditOutlets(doc: NlpDocument, registry: EntityRegistry): Map<number, string> {
  const starts = new Map<number, string>();
  for (const s of doc.sentences) {
    const tokens = s.tokens;
    tokens.forEach((t, at) => {
      const opens = (/^to$/i.test(t.word) && /^according$/i.test(tokens[at - 1]?.word ?? '')) || (/^per$/i.test(t.word) && at > 0);
      if (!opens) return;
      const credit = creditedName(tokens, at + 1);
      if (!credit) return;
      const [first, nameFrom, end] = credit;
      const named = tokens.slice(nameFrom, end);
      const name = named.map((n) => n.originalText).join(' ');
      const outlet = registry.add({ name, type: 'Organization', kind: 'MEDIA' }, { start: named[0].start, end: named.at(-1)!.end });
      for (const n of tokens.slice(first, end)) starts.set(n.start, outlet.name);
    });
  }
  return starts;
}

/** [phrase start, name start, end] of a credited outlet's phrase from `from`, closed by punctuation. */
function creditedName(tokens: NlpToken[], from: number): [number, number, number] | undefined {
  let i = from;
  while (i < tokens.length && MODIFIER.test(tokens[i].word)) i++;
  const closes = (end: number) => end >= tokens.length || /^[,.;:]$/.test(tokens[end].word);
  const capitalised = (t: NlpToken | undefined) => t !== undefined && /^[A-Z]/.test(t.word) && t.ner !== 'PERSON';
  // "the Advocate": one title word after "the", and nothing else.
  if (i === from + 1 && /^the$/i.test(tokens[from].word) && TITLE_WORD.test(tokens[i]?.word ?? '') && closes(i + 1))
    return tokens[i].ner === 'PERSON' ? undefined : [from, i, i + 1];
  if (!MEDIUM_NOUN.test(tokens[i]?.word ?? '') || /^[A-Z]/.test(tokens[i].word)) return undefined;
  const nameFrom = i + 1;
  let end = nameFrom;
  while (end < tokens.length && capitalised(tokens[end]) && /^NNP/.test(tokens[end].pos)) end++;
  if (end === nameFrom || end - nameFrom > 4 || !closes(end)) return undefined;
  return [from, nameFrom, end];
}

/** The vias read from such a credit ("the business daily X" may be parsed with "business" as its head) named as the outlet. */
export function nameCreditedVias(attributions: Attribution[], credits: Map<number, string>): void {
  for (const a of attributions)
    a.via = a.via.map((v) => {
      const name = credits.get(v.mention.start);
      return name ? { ...v, name, aliases: [], type: 'ORGANIZATION', resolved: true } : v;
    });
}
