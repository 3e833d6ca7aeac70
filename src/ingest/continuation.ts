/**
 * Claims that continue a speaker beyond the clause that names them:
 * - "..., Own said; his brother apparently was not one of them": the clause after a
 *   semicolon goes on with the same speaker;
 * - "An escaped prisoner told his story to CNN: ... [sentences] ..., said Muneer Own": the
 *   unattributed sentences between two claims of one speaker are that speaker's story, and
 *   an unnamed description ("an escaped prisoner") that speaks just before a newly named
 *   person does, with only such sentences between, is that person;
 * - "X tells the Times his daughter trained as a pharmacist and he has seen little of her":
 *   a coordinated clause with its own pronoun subject is a second claim of the speaker.
 */
import type { Attribution } from './attribution.ts';
import type { DraftClaim, Unit } from './claims.ts';
import { trimEnd } from './phrases.ts';
import type { Quote } from './quotes.ts';
import type { EntityRecord } from './registry.ts';
import type { SpeakerContext } from './speakers.ts';
import type { TextSpan, Token } from './types.ts';

const SUBJECT_PRONOUNS = /^(he|she|they|we|i)$/i;

/** Units split at semicolons outside quotes; `afterSemicolon` marks the second and later parts. */
export function splitAtSemicolons(tokens: Token[], units: Unit[], quotes: Quote[]): Array<Unit & { afterSemicolon: boolean }> {
  const out: Array<Unit & { afterSemicolon: boolean }> = [];
  for (const unit of units) {
    let from = unit.from;
    let after = false;
    for (let k = unit.from; k < unit.to; k++) {
      const t = tokens[k]!;
      if (t.text !== ';' || quotes.some((q) => q.start < t.start && t.start < q.end) || k - from < 3 || unit.to - k < 4) continue;
      out.push({ from, to: k + 1, afterSemicolon: after });
      from = k + 1;
      after = true;
    }
    out.push({ from, to: unit.to, afterSemicolon: after });
  }
  return out;
}

/** "... his daughter trained as a pharmacist and he has seen little of her": one more claim from "he". */
export function splitPronounClauses(ctx: SpeakerContext, attributions: Attribution[], inQuote: (t: Token) => boolean): Attribution[] {
  const { tokens } = ctx;
  const out: Attribution[] = [];
  for (const a of attributions) {
    out.push(a);
    if (a.contentFirst || a.lemma === 'act') continue;
    let current = a;
    for (let k = a.verb.index + 2; k + 2 < tokens.length && tokens[k + 2]!.end <= current.content.end; k++) {
      const and = tokens[k]!;
      const pronoun = tokens[k + 1]!;
      const verb = tokens[k + 2]!;
      if (and.lower !== 'and' || and.start < current.content.start || inQuote(and)) continue;
      if (!SUBJECT_PRONOUNS.test(pronoun.text) || !(verb.pos === 'AUX' || verb.pos === 'VERB')) continue;
      const end = current.content.end;
      current.content.end = trimEnd(ctx.text, and.start);
      current.clause.end = current.content.end;
      const next: Attribution = { ...a, content: { start: pronoun.start, end }, clause: { start: pronoun.start, end }, via: a.via, topic: undefined };
      out.push(next);
      current = next;
    }
  }
  return out;
}

export interface Orphan {
  span: TextSpan;
  unit: number;
  afterSemicolon: boolean;
}

/** Orphan units (no attribution of their own) that continue a speaker; adds their claims to `claims`. */
export function continueSpeakers(ctx: SpeakerContext, claims: DraftClaim[], orphans: Orphan[], paragraph: number): void {
  mergeDescriptionIntoName(ctx, claims, orphans);
  for (const orphan of orphans) {
    const before = claims.filter((c) => c.evidence.end <= orphan.span.start).at(-1);
    const after = claims.find((c) => c.evidence.start >= orphan.span.end);
    if (!before) continue;
    const semicolon = orphan.afterSemicolon && before.evidence.end <= orphan.span.start && /;\s*$/.test(ctx.text.slice(before.evidence.start, orphan.span.start));
    const sandwiched = after !== undefined && sameSpeakers(before.claimants, after.claimants) && before.claimants.some((r) => r.type === 'Person');
    if (!semicolon && !sandwiched) continue;
    claims.push({ claimants: before.claimants, verb: before.verb, lemma: before.lemma, evidence: orphan.span, content: orphan.span, via: [...before.via], paragraph, unit: orphan.unit });
  }
  claims.sort((x, y) => x.evidence.start - y.evidence.start);
}

function sameSpeakers(a: EntityRecord[], b: EntityRecord[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

/** An unnamed single speaker ("an escaped prisoner", "a witness") followed, across orphan sentences only, by a newly named person. */
function mergeDescriptionIntoName(ctx: SpeakerContext, claims: DraftClaim[], orphans: Orphan[]): void {
  for (let i = 0; i + 1 < claims.length; i++) {
    const first = claims[i]!;
    const second = claims[i + 1]!;
    if (first.claimants.length !== 1 || second.claimants.length !== 1) continue;
    const description = first.claimants[0]!;
    const person = second.claimants[0]!;
    if (!isIndefiniteDescription(description) || person.type !== 'Person' || person.heads.size > 0 || person === description) continue;
    // The name is new: first mentioned after the description spoke.
    if ((person.mentions[0]?.start ?? 0) < first.evidence.end) continue;
    const gap = orphans.filter((o) => o.span.start >= first.evidence.end && o.span.end <= second.evidence.start).length;
    if (gap === 0 && second.evidence.start - first.evidence.end > 2) continue;
    ctx.registry.absorb(description, person);
    for (const c of claims) c.claimants = c.claimants.map((r) => (r === description ? person : r));
  }
}

function isIndefiniteDescription(r: EntityRecord): boolean {
  return r.type !== 'Organization' && r.heads.size > 0 && [...r.aliases].some((a) => /^(an?|one)\s/i.test(a)) && !/s$/.test([...r.heads][0]!);
}
