/** Kind, modality, normalized text, date, figures and mentions of a drafted claim. */
import type { AnnotatedClaim, AnnotatedFigure } from '../../graph/annotation.ts';
import type { DraftClaim } from './draft.ts';
import { dateNearVerb, resolveDate, type Published, type ResolvedDate } from './dates.ts';
import { extractFigures } from './figures.ts';
import { coarseSayingDate } from './month-year-dates.ts';
import { isCountedDay, resolveCountedDay } from './relative-days.ts';
import type { EntityRegistry } from '../entities/registry.ts';
import { BELIEF_VERBS, HEDGES, thirdPerson } from './verbs.ts';

const OFFER = /\b(can have|can collect|will be handed over|offer(?:ed|s)?|will (?:give|release|return)|are welcome to)\b/i;

export function finalizeClaim(
  draft: DraftClaim,
  id: string,
  text: string,
  registry: EntityRegistry,
  published: Published | undefined,
): AnnotatedClaim {
  const content = text.slice(draft.content.start, draft.content.end);
  const figures: AnnotatedFigure[] = extractFigures(text, draft.content.start, draft.content.end, {
    claimantCountry: draft.claimants[0]?.country,
  });
  const believed = BELIEF_VERBS.has(draft.lemma);
  const kind: AnnotatedClaim['kind'] =
    figures.length > 0
      ? 'FIGURE'
      : draft.lemma === 'act'
        ? OFFER.test(content)
          ? 'OFFER'
          : 'ACTION'
        : believed
          ? 'BELIEF'
          : draft.quote
            ? 'QUOTE'
            : OFFER.test(content)
              ? 'OFFER'
              : 'STATEMENT';
  const modality: AnnotatedClaim['modality'] = believed ? 'BELIEVED' : HEDGES.test(content) ? 'HEDGED' : 'ASSERTED';
  const saidOn = draft.undated
    ? undefined
    : ((draft.dateSpan ? recentDate(dayOfPhrase(text, draft.dateSpan, published), published, text, draft.dateSpan) : undefined) ??
      (draft.verbSpan ? dateNearVerb(text, draft.verbSpan.end, draft.verbSpan.start, published) : undefined));
  const involved = new Set([...draft.claimants, ...draft.via].map((r) => r.id));
  const mentions = registry
    .mentionedIn(draft.evidence.start, draft.evidence.end)
    .filter((r) => !involved.has(r.id))
    .map((r) => r.id);
  const claim: AnnotatedClaim = {
    id,
    claimants: draft.claimants.map((r) => r.id),
    verb: draft.verb,
    kind,
    modality,
    text: normalizedText(draft, content, text),
    figures,
    via: draft.via.map((r) => r.id),
    mentions,
    evidence: { start: draft.evidence.start, end: draft.evidence.end, text: text.slice(draft.evidence.start, draft.evidence.end) },
  };
  if (draft.quote) claim.quote = text.slice(draft.quote.start, draft.quote.end);
  const claimantMentions = namingPhrases(draft, text, registry);
  if (claimantMentions.length) claim.claimantMentions = claimantMentions;
  if (saidOn) claim.saidOn = saidOn;
  if (draft.channel) claim.channel = draft.channel;
  return claim;
}

/** The words that named the claimants in the claim's sentence, once each, of the claimants the claim still has. */
function namingPhrases(draft: DraftClaim, text: string, registry: EntityRegistry): string[] {
  const claimants = new Set(draft.claimants.map((r) => registry.canonicalId(r.id)));
  const phrases = (draft.claimantPhrases ?? [])
    .filter(({ entity }) => claimants.has(registry.canonicalId(entity.id)))
    .map(({ span }) => text.slice(span.start, span.end).trim());
  return [...new Set(phrases.filter(Boolean))];
}

/**
 * How far before publication a date on the verb can be the day of the saying: older ones belong to
 * an event the parser hung on the verb ("the Sept. 11, 2001, attacks"); a month or a year alone has
 * its own reach (month-year-dates.ts).
 */
const SAYING_WINDOW_DAYS = 180;

/** A day counted from another ("a day earlier") is resolved against that day, never against publication. */
function dayOfPhrase(text: string, span: { start: number; end: number }, published: Published | undefined): ResolvedDate | undefined {
  const words = text.slice(span.start, span.end);
  return isCountedDay(words) ? resolveCountedDay(text, span, published) : resolveDate(words, published);
}

function recentDate(
  date: ResolvedDate | undefined,
  published: Published | undefined,
  text: string,
  span: { start: number; end: number },
): ResolvedDate | undefined {
  if (!date) return undefined;
  if (date.precision !== 'DAY') return coarseSayingDate(date, published, text, span);
  if (!published) return date;
  const days = (Date.parse(`${published.iso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${date.date}T00:00:00Z`)) / 86_400_000;
  return days >= -1 && days <= SAYING_WINDOW_DAYS ? date : undefined;
}

function normalizedText(draft: DraftClaim, content: string, text: string): string {
  const who = draft.claimants.map((r) => r.name).join(' and ');
  const topic = draft.topic ? `${text.slice(draft.topic.start, draft.topic.end)} ` : '';
  const what =
    topic +
    content
      .replace(/["“”]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,:;—-]+|[\s,:;—-]+$/g, '')
      .replace(/[.!?]+$/, '');
  if (draft.lemma === 'act') return `${who} ${what}.`;
  const verb = draft.lemma === 'according to' ? 'says' : thirdPerson(draft.lemma);
  return `${who} ${verb}: ${what}.`;
}
