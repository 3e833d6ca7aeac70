/**
 * How every statement returns a node: as a projection shaped like a node (`{labels, properties}`),
 * so that the model's `toEntity`/`toClaim`/`toArticle`/`toChannel` read it unchanged, carrying
 * only what the API shows:
 *
 * - no index helpers (`lookup`, `aliasText`) and no `createdAt` of entities and articles (not in
 *   the API);
 * - no article `text`/`body` (kilobytes each; `Article.text`/`body` fetch them when asked, see
 *   GraphSource.articleText);
 * - temporal values as ISO 8601 strings, printed by Neo4j: the API serves them as strings anyway,
 *   and decoding a Date or DateTime structure costs the driver several times a string (64-bit
 *   integer arithmetic per field; 10-20% of the API's CPU on a page of claims with provenance).
 */
export const entityProjection = (v: string) =>
  `{labels: labels(${v}), properties: ${v} {.id, .name, .aliases, .description, .kind}}`;

export const claimProjection = (v: string) =>
  `{labels: labels(${v}), properties: ${v} {.id, .text, .quote, .kind, .modality, .verb, ` +
  `saidOn: toString(${v}.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(${v}.refersTo), .refersToPrecision, .refersToText, ` +
  `.evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(${v}.createdAt)}}`;

export const articleProjection = (v: string) =>
  `{labels: labels(${v}), properties: ${v} {.id, .title, .deck, .subtitle, .url, publishedAt: toString(${v}.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash}}`;

export const channelProjection = (v: string) => `{labels: labels(${v}), properties: ${v} {.id, .name, .medium}}`;

/** Any API-visible node (a path's nodes, a search hit), by its label. */
export const nodeProjection = (v: string) =>
  `CASE WHEN ${v}:Entity THEN ${entityProjection(v)} WHEN ${v}:Claim THEN ${claimProjection(v)} WHEN ${v}:Article THEN ${articleProjection(v)} WHEN ${v}:Channel THEN ${channelProjection(v)} END`;
