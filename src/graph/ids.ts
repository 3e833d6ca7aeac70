/**
 * Node keys and GraphQL global ids.
 *
 * Every node's `id` property is a readable key whose first segment names its kind
 * (`person/svetlana-golub`, `claim/<article>/c01`). GraphQL clients see it base64url-encoded,
 * so ids are opaque to them and a malformed one is recognisable.
 */
export const KEY_KINDS = {
  person: 'Person',
  org: 'Organization',
  place: 'Place',
  group: 'Group',
  article: 'Article',
  claim: 'Claim',
  channel: 'Channel',
} as const;

export type KeyKind = keyof typeof KEY_KINDS;
export type NodeTypeName = (typeof KEY_KINDS)[KeyKind];

const KEY_PATTERN = /^(person|org|place|group|article|claim|channel)\/[a-z0-9][a-z0-9/-]*$/;

export const articleKey = (articleId: string) => `article/${articleId}`;
export const claimKey = (articleId: string, claimId: string) => `claim/${articleId}/${claimId}`;
export const channelKey = (channelId: string) => `channel/${channelId}`;

/**
 * Global ids by key, remembered: a response encodes the same few thousand entity, article and
 * channel keys over and over (10 claims with their provenance are ~70 ids), and a Map look-up
 * costs a fraction of a Buffer round trip. Emptied when it reaches GLOBAL_ID_CACHE_SIZE.
 */
const GLOBAL_ID_CACHE_SIZE = 50_000;
const globalIds = new Map<string, string>();

export function toGlobalId(key: string): string {
  let id = globalIds.get(key);
  if (id === undefined) {
    if (globalIds.size >= GLOBAL_ID_CACHE_SIZE) globalIds.clear();
    globalIds.set(key, (id = Buffer.from(key, 'utf8').toString('base64url')));
  }
  return id;
}

/** The node key inside a global id, or null when the id is not one of ours. */
export function fromGlobalId(globalId: string): { key: string; type: NodeTypeName } | null {
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(globalId)) return null;
  const key = Buffer.from(globalId, 'base64url').toString('utf8');
  if (!KEY_PATTERN.test(key) || toGlobalId(key) !== globalId) return null;
  return { key, type: KEY_KINDS[key.slice(0, key.indexOf('/')) as KeyKind] };
}

/**
 * The slug segment of a node key: "Soldiers' Mothers Committee" → "soldiers-mothers-committee";
 * at most 80 characters, so ids stay short. The one copy: extraction and curation name entities
 * and articles with it.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
