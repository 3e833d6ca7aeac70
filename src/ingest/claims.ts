/**
 * Claims of one paragraph: one per attribution, plus quotes that continue the previous
 * speaker and sentences credited only to an outlet (", reports Reuters"). Outlets pass to
 * claims as `via`: within a paragraph a speaker's claims share their outlet, and a credit
 * closing the paragraph covers the claims before it.
 */
import { actionAttribution } from './action.ts';
import { attributeUnit } from './attribution.ts';
import { continueSpeakers, splitAtSemicolons, type Orphan } from './continuation.ts';
import { isOutlet } from './gazetteer.ts';
import type { Quote } from './quotes.ts';
import type { EntityRecord } from './registry.ts';
import type { SpeakerContext } from './speakers.ts';
import type { TextSpan, Token } from './types.ts';

export interface DraftClaim {
  claimants: EntityRecord[];
  verb: string;
  lemma: string;
  verbSpan?: TextSpan;
  evidence: TextSpan;
  content: TextSpan;
  quote?: TextSpan;
  via: EntityRecord[];
  paragraph: number;
  /** Index of the unit (sentence) within the article, for credits that cover a sentence. */
  unit: number;
  /** The unit's closing credit names only outlets (", Reuters reports."). */
  creditedUnit?: boolean;
  /** What a relative-clause claim is about ("VX nerve agent, which the BBC notes is ..."). */
  topic?: TextSpan;
  /** Id of the channel the claim was made through (see channels.ts). */
  channel?: string;
}

export interface Unit {
  from: number;
  to: number;
}

export function paragraphClaims(ctx: SpeakerContext, paragraph: number, units: Unit[], quotes: Quote[], previous: DraftClaim | undefined): DraftClaim[] {
  const { tokens } = ctx;
  const claims: DraftClaim[] = [];
  const orphans: Orphan[] = [];
  splitAtSemicolons(tokens, units, quotes).forEach((unit) => {
    const span = { start: tokens[unit.from]!.start, end: tokens[unit.to - 1]!.end };
    const unitId = span.start;
    const found = attributeUnit(ctx, unit.from, unit.to, quotes);
    if (found.attributions.length === 0 && found.trailingVia.length === 0) {
      const action = actionAttribution(ctx, unit.from, unit.to);
      if (action) found.attributions.push(action);
    }
    const single = found.attributions.length === 1;
    for (const a of found.attributions) {
      const draft: DraftClaim = {
        claimants: a.speakers,
        verb: verbAsWritten(ctx, a.verb),
        lemma: a.lemma,
        verbSpan: { start: a.verb.start, end: a.verb.end },
        evidence: single ? span : a.clause,
        content: a.content,
        via: unique([...a.via, ...found.trailingVia]),
        paragraph,
        unit: unitId,
        creditedUnit: found.trailingVia.length > 0,
        ...(a.topic ? { topic: a.topic } : {}),
      };
      claims.push(draft);
      for (const s of a.speakers) ctx.discourse.spoke(s, a.verb.start);
    }
    if (found.attributions.length === 0) {
      const quoted = quotes.find((q) => q.start >= span.start && q.start < span.end);
      const before = claims.at(-1) ?? previous;
      if (found.trailingVia.length > 0) {
        const verb = found.trailingVerb;
        claims.push({
          claimants: found.trailingVia.slice(0, 1),
          verb: verb?.text ?? 'reports',
          lemma: 'report',
          verbSpan: verb ? { start: verb.start, end: verb.end } : undefined,
          evidence: span,
          content: { start: span.start, end: found.contentEnd },
          via: found.trailingVia.slice(1),
          paragraph,
          unit: unitId,
        });
      } else if (quoted && before) {
        claims.push({ claimants: before.claimants, verb: before.verb, lemma: before.lemma, evidence: span, content: span, via: [...before.via], paragraph, unit: unitId });
      } else {
        orphans.push({ span, unit: unitId, afterSemicolon: unit.afterSemicolon });
      }
    }
  });
  continueSpeakers(ctx, claims, orphans, paragraph);
  for (const claim of claims) claim.quote = longestQuote(quotes, claim.content) ?? longestQuote(quotes, claim.evidence);
  return claims;
}

/** "has told", "had offered": the verb with the auxiliaries written before it. */
function verbAsWritten(ctx: SpeakerContext, verb: Token): string {
  let k = verb.index;
  while (k > 0 && ctx.tokens[k - 1]!.pos === 'AUX' && /^(has|have|had)$/i.test(ctx.tokens[k - 1]!.lower)) k--;
  return ctx.text.slice(ctx.tokens[k]!.start, verb.end);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function longestQuote(quotes: Quote[], span: TextSpan): TextSpan | undefined {
  const inside = quotes.filter((q) => q.inner.start >= span.start && q.inner.end <= span.end + 1).map((q) => q.inner);
  return inside.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/**
 * Outlets for claims that name none themselves, in order:
 * - a claim inside an outlet's own report ("Politico reports that Trump ..., claiming ...")
 *   or sharing a sentence with it ("..., notes CNN—..., one official said") came through it;
 * - a claim continuing the previous claim's speaker keeps its outlet;
 * - a credit closing a sentence (", CNN reports.") also covers the uncredited claims before it
 *   in the paragraph, back to the previous credit.
 */
export function assignVia(claims: DraftClaim[], text: string): void {
  for (const outer of claims) {
    if (!(outer.claimants.length === 1 && isOutlet(outer.claimants[0]!)) || outer.topic) continue;
    for (const inner of claims) {
      if (inner === outer || inner.unit !== outer.unit || inner.via.length > 0 || inner.claimants.every(isOutlet)) continue;
      if (!reportCovers(text, outer, inner)) continue;
      inner.via = [outer.claimants[0]!];
    }
  }
  claims.forEach((claim, i) => {
    const previous = claims[i - 1];
    if (claim.via.length === 0 && previous && previous.via.length > 0 && previous.claimants[0] === claim.claimants[0]) claim.via = [...previous.via];
  });
  claims.forEach((claim, i) => {
    if (!claim.creditedUnit) return;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = claims[j]!;
      if (earlier.paragraph !== claim.paragraph || earlier.via.length > 0 || earlier.creditedUnit || earlier.claimants.every(isOutlet)) break;
      if (earlier.unit !== claim.unit) earlier.via = [...claim.via];
    }
  });
}

/**
 * An outlet's report covers the other claims of its sentence ("Politico reports that Trump
 * ..., claiming ...", "..., notes CNN—..., one official said"), but not one set against it
 * ("A TV station reported ..., but Israel says ...").
 */
function reportCovers(text: string, outer: DraftClaim, inner: DraftClaim): boolean {
  const [first, second] = inner.evidence.start < outer.evidence.start ? [inner, outer] : [outer, inner];
  const between = text.slice(Math.min(first.content.end, second.evidence.start), second.evidence.start);
  return !/\b(but|while|whereas|though|although|however|yet)\b/i.test(between);
}

/** Sentences joined while a quote is open across them. */
export function joinQuotedSentences(sentences: Array<{ from: number; to: number; start: number; end: number }>, quotes: Quote[]): Unit[] {
  const units: Unit[] = [];
  let current: (Unit & { end: number }) | undefined;
  for (const s of sentences) {
    const continues = current && quotes.some((q) => q.start < current!.end && q.end > s.start);
    if (current && continues) {
      current.to = s.to;
      current.end = s.end;
    } else {
      if (current) units.push({ from: current.from, to: current.to });
      current = { from: s.from, to: s.to, end: s.end };
    }
  }
  if (current) units.push({ from: current.from, to: current.to });
  return units;
}

export type { Token };
