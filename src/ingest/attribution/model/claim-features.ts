/**
 * What the claim check (filters/claim-check.ts) reads of a finished attribution: how sure the cue
 * model was, the frame and cue, what kind of source it named and how (a resolved pronoun, a common
 * noun, a name the article repeats), how far the source stands from the cue, the content's length
 * and whether it is a quotation, and where the sentence sits in the article.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { FoundAttribution } from '../find.ts';
import type { ResolvedSource } from '../sources/sources.ts';

/** An attribution as attribute() hands it back (index.ts's Attribution, without importing index.ts). */
export interface Claim extends FoundAttribution {
  claimants: ResolvedSource[];
  via: ResolvedSource[];
  continued?: boolean;
  credit?: 'closing' | 'inline';
}

const QUOTE_MARK = /["“”]/;

/** Features of `a`, one of the article's attributions `all`. */
export function claimFeatures(text: string, doc: NlpDocument, a: Claim, all: Claim[]): string[] {
  const claimant = a.claimants[0];
  const type = claimant?.type ?? 'none';
  const confidence = Math.min(19, Math.floor(a.confidence * 20));
  const conf = `conf:${confidence}`;
  const out = [conf, `frame:${a.frame}`, `cue:${a.cue.lemma}`, `frame-cue:${a.frame}:${a.cue.lemma}`, `type:${type}`];
  // The cue model's confidence counts twice: under the check's strong L2 one feature underweighs it
  // (5-fold CV right claimant 0.772997 once, 0.773566 twice).
  out.push(`conf-again:${confidence}`, `type-frame:${type}:${a.frame}`, `claimants:${Math.min(a.claimants.length, 3)}`);
  const cueToken = doc.sentences[a.sentence]?.tokens[a.cue.token - 1];
  if (cueToken) out.push(`cue-pos:${cueToken.pos}`);
  if (a.via.length) out.push('via');
  if (a.credit) out.push(`credit:${a.credit}`);
  if (a.closingCredit) out.push('closing-credit');
  if (a.continued) out.push('continued');
  if (!a.continued && all.some((b) => b.continued && b.cue.span.start === a.cue.span.start)) out.push('goes-on');
  const length = a.content.reduce((n, s) => n + s.end - s.start, 0);
  out.push(`length:${Math.min(9, Math.floor(Math.log2(length + 1)))}`, `spans:${Math.min(a.content.length, 3)}`);
  const first = a.content[0];
  const last = a.content.at(-1)!;
  const quoted =
    QUOTE_MARK.test(text.slice(Math.max(0, first.start - 1), first.start + 1)) || QUOTE_MARK.test(text.slice(last.end - 1, last.end + 1));
  if (quoted) out.push('quoted', `quoted-frame:${a.frame}`);
  const sentences = doc.sentences.length;
  out.push(`sentence:${a.sentence < 3 ? a.sentence : a.sentence < 6 ? '3-5' : a.sentence < 12 ? '6-11' : '12+'}`);
  if (a.sentence >= sentences - 2) out.push('last-sentences');
  const nested = all.some((b) => b !== a && b.content.some((s) => s.start <= a.cue.span.start && a.cue.span.end <= s.end));
  if (nested) out.push('nested');
  out.push(`sentence-claims:${Math.min(all.filter((b) => b.sentence === a.sentence).length, 4)}`);
  if (!claimant) return out;
  const sentence = doc.sentences[a.sentence];
  const source = sentence?.tokens[a.source - 1];
  if (source && source.start <= claimant.mention.start + 1 && claimant.mention.end <= source.end + 80) {
    const rel = sentence.dependencies.find((d) => d.dependent === a.source)?.dep ?? 'none';
    const fromCue = sentence.dependencies.some((d) => d.governor === a.cue.token && d.dependent === a.source);
    out.push(`rel:${rel}:${fromCue}`, `source-pos:${source.pos}`, `frame-rel:${a.frame}:${rel}`);
    if (/^NNS?$/.test(source.pos)) out.push(`head:${source.lemma.toLowerCase()}`);
  }
  if (a.content.some((s) => s.start < claimant.mention.end && claimant.mention.start < s.end)) out.push('source-in-content');
  const previous = all.filter((b) => b.cue.span.start < a.cue.span.start && b.claimants.length).at(-1);
  if (previous) out.push(`same-as-previous:${previous.claimants[0].name === claimant.name}`);
  const mention = claimant.mention;
  const mentionWords = mention.text.split(/\s+/).filter(Boolean);
  if (claimant.resolved) out.push('resolved', `pronoun:${mention.text.toLowerCase()}`, `resolved-${conf}`);
  else if (mentionWords.length === 1) out.push(`mention:${mention.text.toLowerCase()}`);
  out.push(`mention-words:${Math.min(mentionWords.length, 5)}`, `name-words:${Math.min(claimant.name.split(/\s+/).length, 5)}`);
  out.push(`caps:${/^[A-Z]/.test(mention.text)}`, `type-caps:${type}:${/^[A-Z]/.test(mention.text)}`);
  const gap = mention.end <= a.cue.span.start ? a.cue.span.start - mention.end : mention.start - a.cue.span.end;
  const side = mention.end <= a.cue.span.start ? 'before' : 'after';
  out.push(`gap:${side}:${gap < 2 ? 0 : Math.min(7, Math.floor(Math.log2(gap)))}`);
  const surname = claimant.name.split(/\s+/).at(-1) ?? '';
  const times = surname.length > 2 ? text.split(surname).length - 1 : 0;
  out.push(`name-times:${times <= 1 ? times : times <= 3 ? '2-3' : times <= 7 ? '4-7' : '8+'}`);
  if (a.claimants.length === 1 && all.filter((b) => b.claimants[0]?.name === claimant.name).length === 1) out.push('only-claim');
  return out;
}
