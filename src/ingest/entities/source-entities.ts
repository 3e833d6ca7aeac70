/**
 * The registry record of an attribution's claimant or outlet: a work stands for its outlet or office,
 * a bare outlet noun for the outlet named before, a short or cut name for the entity named in full, a
 * repeated description for the earlier one; a group or description gets its own record.
 */
import type { ResolvedSource } from '../attribution/index.ts';
import type { TextSpan } from '../text/spans.ts';
import { isLonePronoun, namesNobody } from './nameless.ts';
import { isOutlet } from './gazetteer.ts';
import { outletNamedBefore, type EntityRecord, type EntityRegistry, type EntityType } from './registry.ts';
import { addEntity } from './added-entities.ts';
import { officeOfWork, outletOfWork } from './work-publishers.ts';
import { authorOfWork } from './work-authors.ts';
import { withoutDay } from './closing-days.ts';
import { speakerEntityType } from './speaker-entity-types.ts';
import { fullerOutletNamedBefore } from './outlet-short-forms.ts';
import { bodyBeforeItsNoun, bodyNamedBefore } from './bodies-named-before.ts';
import { sourceOnLastLine } from './line-broken-names.ts';
import { companyNamedBefore } from './companies-named-before.ts';
import { organizationAfterAdjectives } from './adjective-led-names.ts';

/** A definite description that stands for an outlet named before it. */
const OUTLET_DESCRIPTION = /^the\s+(?:newspaper|paper|network|broadcaster|magazine|daily|tabloid|outlet)$/i;

/** The claimant's or outlet's record, or none when the phrase names nobody (nameless.ts). */
export function entityOfSource(registry: EntityRegistry, spoken: ResolvedSource, text?: string): EntityRecord | undefined {
  // "Ban Drones Over Stadiums\nHarlan Quist said": the headline ran into the speaker's line (line-broken-names.ts).
  const source = sourceOnLastLine(spoken);
  // "To many, Dale Pruitt is a hero": a name after a lone pronoun and a comma is the subject of the next clause, not its apposition.
  if (namesNobody(source))
    return text === undefined || source.resolved || isLonePronoun(source) ? undefined : appositiveName(registry, source.mention, text);
  const outlet = outletOfWork(source.name) ?? officeOfWork(source.name);
  if (outlet) return registry.byName(outlet) ?? addEntity(registry, outlet, 'Organization');
  const author = authorOfWork(registry, source);
  if (author) return author;
  // "according to the paper", "the network said": the outlet named last before.
  const described =
    OUTLET_DESCRIPTION.test(source.mention.text) &&
    outletNamedBefore(registry.all().filter(isOutlet), source.mention.start, source.mention.text.split(/\s+/).at(-1)!);
  if (described) return described;
  // "The mayor on Tuesday said": the parser hangs the day on the speaker; it names the saying's day, not the speaker.
  const mentionText = withoutDay(source.mention.text);
  const sourceName = withoutDay(source.name);
  const type = speakerEntityType(source, mentionText, sourceName);
  // "told ABC 7", "told The Spokesman-Review": the outlet NER registered under the words as written, not
  // the network the name's first word stands for ("ABC") nor the name re-spaced from its tokens.
  const written = source.resolved ? undefined : registry.byName(source.mention.text);
  const byName =
    (source.resolved || type !== 'Organization' ? undefined : fullerOutletNamedBefore(registry, sourceName, source.mention.start)) ??
    (written && isOutlet(written) ? written : undefined) ??
    registry.byName(sourceName) ??
    registry.byName(sourceName.replace(/^the\s+/i, '')) ??
    organizationAfterAdjectives(registry, sourceName, type);
  const record =
    byName ??
    cutPersonName(registry, source) ??
    fullerDescription(registry, mentionText, type) ??
    // A business's noun WordNet reads as a person first ("the software maker") is the business all the same.
    companyNamedBefore(registry, source.resolved ? sourceName : mentionText, source.mention, source.resolved) ??
    (type === 'Group' ? bodyNamedBefore(registry, { ...source.mention, text: mentionText }) : undefined) ??
    (source.resolved ? undefined : bodyBeforeItsNoun(registry, sourceName)) ??
    addEntity(registry, cleanDescription(sourceName), type);
  for (const alias of source.aliases) if (!/^(he|she|they|it|we|i|who)$/i.test(alias)) registry.alias(record, alias);
  if (!source.resolved) registry.mention(record, source.mention);
  return record;
}

/** "Her campaign manager, Robby Mook, said": the person named in apposition right after the phrase. */
function appositiveName(registry: EntityRegistry, mention: TextSpan, text: string): EntityRecord | undefined {
  return registry
    .all()
    .find(
      (r) => r.type === 'Person' && r.mentions.some((m) => m.start > mention.end && /^\s*,\s*$/.test(text.slice(mention.end, m.start))),
    );
}

/**
 * "Pastor Glen Hardy said": the parser took "Hardy" for an adverb and the source phrase stopped at
 * "Pastor Glen"; the person whose tagged name starts inside the phrase and runs on past its end is the speaker.
 */
function cutPersonName(registry: EntityRegistry, source: ResolvedSource): EntityRecord | undefined {
  if (source.resolved) return undefined;
  const { start, end } = source.mention;
  const cut = registry.all().filter((r) => r.type === 'Person' && r.mentions.some((m) => start <= m.start && m.start < end && end < m.end));
  return cut.length === 1 ? cut[0] : undefined;
}

/**
 * "The police chief" after "the country's police chief": a definite description that the end of an
 * earlier one repeats names the same referent.
 */
function fullerDescription(registry: EntityRegistry, mention: string, type: EntityType): EntityRecord | undefined {
  // "Police say" after "Malaysian police revealed": the one organization named with that word.
  if (type === 'Organization' && /^(?:the\s+)?[A-Za-z]+$/.test(mention)) {
    const word = mention.replace(/^the\s+/i, '').toLowerCase();
    const fuller = registry
      .all()
      .filter((r) => r.type === type && r.mentions.length > 0 && [r.name, ...r.aliases].some((n) => n.toLowerCase().endsWith(` ${word}`)));
    return fuller.length === 1 ? fuller[0] : undefined;
  }
  if (type !== 'Person' || !/^the\s/i.test(mention)) return undefined;
  const words = mention.replace(/^the\s+/i, '').toLowerCase();
  if (!/^[a-z][a-z\s-]*$/.test(words)) return undefined;
  return registry
    .all()
    .filter((r) => r.type === type && r.mentions.length > 0)
    .find((r) => [r.name, ...r.aliases].some((n) => n.toLowerCase().endsWith(` ${words}`) && n.toLowerCase() !== words));
}

/**
 * "A Pentagon official" → "Pentagon official": descriptions are named without their article; a part of
 * a group keeps its word ("Some of the officials", not "of the officials").
 */
function cleanDescription(name: string): string {
  return name.replace(/^(a|an|the|some|several|many)\s+(?!of\b)/i, '').trim() || name;
}
