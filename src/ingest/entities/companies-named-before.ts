/**
 * "Chirpter suspended 2,000 accounts … The social media company said S": a speaker written as a
 * business's description ("the company", "the social media company", "the tech giant") is the one
 * business the text named before it. Before, the description became an organization (or a group)
 * of its own, called "social media company". A description with two businesses named before it
 * ("Tolliver Steel agreed to buy Marwick Alloys … The company said") is left as it was: nothing
 * tells which one speaks. The description is no alias of the business (the same words name other
 * businesses in other articles): a pronoun resolved to it ("It said S2", "the company said S3" after
 * another business came up) finds the business the description named in this article's registry.
 */
import type { TextSpan } from '../text/spans.ts';
import { organizationKindOfHead } from './gazetteer.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';

/** "the company", "the tech giant", "the social media company", "the software maker": up to three lower-case words before a business's noun. */
const BUSINESS_DESCRIPTION =
  /^(?:[Tt]he\s+)?(?:[a-z][a-z-]*\s+){0,3}(?:company|firm|corporation|giant|conglomerate|retailer|airline|maker|automaker|carmaker|chipmaker|drugmaker|startup|start-up|manufacturer|insurer|lender)$/;

/** Head words of business names: a name ending in another kind's head word ("Party", "University", "Campaign") is no business. */
const BUSINESS_HEAD = /^(?:company|corporation|corp\.?|inc\.?|group|bank|co\.?|llc|ltd\.?|holdings)$/i;

function isBusiness(record: EntityRecord): boolean {
  if (record.type !== 'Organization' || (record.kind !== 'OTHER' && record.kind !== 'PLATFORM')) return false;
  const head = record.name.split(/\s+/).at(-1)!;
  return BUSINESS_HEAD.test(head) || organizationKindOfHead(head) === undefined;
}

/** Per article (its registry): the business each description named, by the description without its article. */
const namedByDescription = new WeakMap<EntityRegistry, Map<string, EntityRecord>>();

/**
 * The one business named before `at` that `description` (the phrase as written, or for a resolved
 * pronoun the description it was resolved to) stands for.
 */
export function companyNamedBefore(
  registry: EntityRegistry,
  description: string,
  at: TextSpan,
  resolved: boolean,
): EntityRecord | undefined {
  if (!BUSINESS_DESCRIPTION.test(description)) return undefined;
  const key = description.replace(/^the\s+/i, '').toLowerCase();
  const seen = namedByDescription.get(registry) ?? new Map<string, EntityRecord>();
  namedByDescription.set(registry, seen);
  const earlier = resolved ? seen.get(key) : undefined;
  if (earlier) return registry.canonical(earlier);
  const named = registry.all().filter((r) => isBusiness(r) && r.mentions.some((m) => m.end <= at.start));
  if (named.length !== 1) return undefined;
  seen.set(key, named[0]);
  return named[0];
}
