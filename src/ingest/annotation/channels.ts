/**
 * The claimant's own medium: "in a message on the ministry's Facebook page", "said in a
 * statement", "on Twitter", "in a video posted online", "tweeted", and a caption's "video
 * released by ...". A channel found in one claim also covers the same claimant's other
 * claims in that paragraph, but not one told to an outlet nor any claim beyond it.
 */
import type { AnnotatedChannel } from '../../graph/annotation.ts';
import type { DraftClaim } from './draft.ts';
import { lookupKnown } from '../entities/gazetteer.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import { slugify } from '../../graph/ids.ts';

const PLATFORMS = 'Facebook|Twitter|Instagram|YouTube|Telegram|TikTok|WhatsApp|Reddit|Weibo|Truth Social|LinkedIn';
const MEDIA_WORDS =
  'statement|message|post|posting|video|tweet|letter|press release|news release|news conference|press conference|speech|blog post|op-ed|broadcast|televised address|address|email|memo';
const OWNER = String.raw`((?:the\s+)?[A-Za-z][\w.’'-]*(?:\s+[A-Za-z][\w.’'-]*){0,3}?['’]s|its|his|her|their|the)\s+`;
/** "in a message on the ministry's Facebook page", "in a statement", "in a video posted online". */
const IN_MEDIUM = new RegExp(
  String.raw`\b(?:in|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(${MEDIA_WORDS})\b(?:\s+(?:on|posted\s+(?:to|on)|to)\s+(?:${OWNER})?(${PLATFORMS})(?:\s+(page|account|channel|feed))?)?`,
  'gi',
);
const PLATFORM_BEFORE = new RegExp(String.raw`\b(${PLATFORMS})\s+$`, 'i');
/** "on the ministry's Facebook page", "on Twitter", "on its Telegram channel". */
const ON_PLATFORM = new RegExp(String.raw`\bon\s+(?:${OWNER})?(${PLATFORMS})\b(?:\s+(page|account|channel|feed))?`, 'i');
/** "on its website". */
const ON_SITE = new RegExp(String.raw`\bon\s+${OWNER}(website|blog|podcast)\b`, 'i');
const RELEASED = /\b(video|footage|image|photo)s?\s+(?:released|provided|published|distributed)\s+by\b/i;

interface Found {
  medium: string;
  owner?: string;
  platform?: string;
  noun?: string;
}

function findIn(text: string, lemma: string): Found | undefined {
  const medium = [...text.matchAll(IN_MEDIUM)].find((m) => m[3] !== undefined || !isMasthead(m[1]));
  if (medium) {
    // "in a Facebook post": the platform named before the medium's word.
    const platform = medium[3] ?? PLATFORM_BEFORE.exec(medium[0].slice(0, medium[0].lastIndexOf(medium[1])))?.[1];
    return { medium: medium[1].toLowerCase(), owner: medium[2], platform, noun: medium[4]?.toLowerCase() };
  }
  let m = ON_PLATFORM.exec(text);
  if (m) return { medium: 'post', owner: m[1], platform: m[2], noun: m[3]?.toLowerCase() };
  m = ON_SITE.exec(text);
  if (m) return { medium: m[2].toLowerCase(), owner: m[1] };
  if (lemma === 'tweet') return { medium: 'tweet', platform: 'Twitter' };
  m = RELEASED.exec(text);
  if (m) return { medium: /video|footage/i.test(m[1]) ? 'video' : 'photo' };
  return undefined;
}

/** "denied the claims in a Post report", "in a Washington Post poll": a capitalised "Post" names a paper, not a post. */
function isMasthead(medium: string): boolean {
  return medium === 'Post';
}

/** The claim names its own medium in its words ("said in a statement"), not only through the paragraph's other claims. */
export function namesOwnChannel(text: string, d: DraftClaim): boolean {
  return findIn(text.slice(d.evidence.start, d.evidence.end), d.lemma) !== undefined;
}

export function findChannels(text: string, drafts: DraftClaim[], registry: EntityRegistry): AnnotatedChannel[] {
  const channels = new Map<string, AnnotatedChannel>();
  const byDraft = new Map<DraftClaim, AnnotatedChannel>();
  for (const d of drafts) {
    const claimant = d.claimants[0];
    if (!claimant) continue;
    const found = findIn(text.slice(d.evidence.start, d.evidence.end), d.lemma);
    if (!found) continue;
    const operator = ownerOf(found.owner, registry) ?? claimant;
    const platform = found.platform ? platformRecord(found.platform, registry) : undefined;
    const onPlatform = found.noun ?? (/^(tweet|video)$/.test(found.medium) ? found.medium : 'post');
    const medium = platform ? `${slugify(platform.name)}-${onPlatform}` : slugify(found.medium);
    if (!medium) continue;
    const name = platform ? `${operator.name}'s ${platform.name} ${onPlatform}` : `${operator.name} ${found.medium}`;
    const id = slugify(`${operator.name} ${medium}`) || 'channel';
    const channel = channels.get(id) ?? { id, name, medium, operator: operator.id, ...(platform ? { platform: platform.id } : {}) };
    channels.set(id, channel);
    byDraft.set(d, channel);
  }
  // The same claimant's other claims in the paragraph went through the same channel, unless told to an
  // outlet: "X wrote in a Facebook post S1. X later told NBC News S2. He said S3" gives S2 and S3 no post.
  const ownChannels = [...byDraft];
  for (const d of drafts) {
    if (byDraft.has(d) || d.paragraph < 0 || d.via.length > 0) continue;
    const source = ownChannels.find(
      ([c, ch]) =>
        c.paragraph === d.paragraph &&
        ch.operator === d.claimants[0]?.id &&
        c.claimants[0] === d.claimants[0] &&
        !toldOutletBetween(drafts, c, d),
    );
    if (source) byDraft.set(d, source[1]);
  }
  for (const [d, ch] of byDraft) d.channel = ch.id;
  return [...channels.values()];
}

/** A claim of the same claimant told to an outlet lies between the two claims (either may come first). */
function toldOutletBetween(drafts: DraftClaim[], a: DraftClaim, b: DraftClaim): boolean {
  const [from, to] = a.evidence.start < b.evidence.start ? [a, b] : [b, a];
  return drafts.some(
    (o) =>
      o.via.length > 0 &&
      o.paragraph === a.paragraph &&
      o.claimants[0] === a.claimants[0] &&
      o.evidence.start > from.evidence.start &&
      o.evidence.start < to.evidence.start,
  );
}

function ownerOf(written: string | undefined, registry: EntityRegistry): EntityRecord | undefined {
  if (!written || /^(its|his|her|their|the)$/i.test(written)) return undefined;
  const name = written.replace(/['’]s$/, '').trim();
  return registry.byName(name) ?? registry.byName(name.replace(/^the\s+/i, '')) ?? undefined;
}

function platformRecord(name: string, registry: EntityRegistry): EntityRecord | undefined {
  const known = lookupKnown(name);
  const existing = registry.byName(known?.name ?? name);
  if (existing) return existing;
  return registry.add(
    known
      ? { name: known.name, type: 'Organization', kind: known.kind ?? 'PLATFORM', aliases: known.aliases }
      : { name, type: 'Organization', kind: 'PLATFORM' },
  );
}
