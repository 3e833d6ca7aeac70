/**
 * How every statement returns a node: as one flat map of the properties the API shows (a map
 * projection, `n {.id, .name}`), so that the model's `toEntity`/`toClaim`/`toArticle`/`toChannel`
 * read it directly, carrying only what the API shows:
 *
 * - no `{labels, properties}` wrapper: a claim, an article or a channel is read where the
 *   statement knows its kind; an entity carries `labels` (its type: Person, Organization…), and
 *   so does any node of a statement that can return several kinds (`nodeProjection`). The driver
 *   decodes one map per node instead of two, and Neo4j builds one (the answer of a claims page
 *   with provenance was 1.5× the raw driver's);
 * - no index helpers (`lookup`, `aliasText`) and no `createdAt` of entities and articles (not in
 *   the API);
 * - no article `text`/`body` (kilobytes each; `Article.text`/`body` fetch them when asked, see
 *   GraphSource.articleText);
 * - temporal values as ISO 8601 strings, printed by Neo4j: the API serves them as strings anyway,
 *   and decoding a Date or DateTime structure costs the driver several times a string (64-bit
 *   integer arithmetic per field);
 * - with a `Projection` (the fields the request's operation selects on each type, see
 *   src/api/fetch-plan.ts), only the properties behind those fields: a list of claims that shows
 *   their text and date does not carry their evidence, quotes and verbs.
 */

/** GraphQL field names selected per kind of node; a kind left out gets every field. */
export interface Projection {
  entity?: ReadonlySet<string>;
  claim?: ReadonlySet<string>;
  article?: ReadonlySet<string>;
  channel?: ReadonlySet<string>;
}

export const FULL_PROJECTION: Projection = {};

/** The properties behind each GraphQL field (`v` stands for the node variable). Fields not listed read no property. */
type Properties = Record<string, string[]>;

const ENTITY_PROPERTIES: Properties = {
  name: ['.name'],
  aliases: ['.aliases'],
  description: ['.description'],
  kind: ['.kind'],
};

const CLAIM_PROPERTIES: Properties = {
  text: ['.text'],
  quote: ['.quote'],
  kind: ['.kind'],
  modality: ['.modality'],
  verb: ['.verb'],
  claimantMentions: ['.claimantMentions'],
  saidOn: ['saidOn: toString(v.saidOn)', '.saidOnPrecision', '.saidOnText'],
  refersTo: ['refersTo: toString(v.refersTo)', '.refersToPrecision', '.refersToText'],
  evidence: ['.evidenceStart', '.evidenceEnd', '.evidenceText'],
  createdAt: ['createdAt: toString(v.createdAt)'],
  origin: ['.origin'],
  extractor: ['.extractorName', '.extractorVersion'],
  confidence: ['.confidence'],
};

const ARTICLE_PROPERTIES: Properties = {
  title: ['.title'],
  deck: ['.deck'],
  subtitle: ['.subtitle'],
  url: ['.url'],
  publishedAt: ['publishedAt: toString(v.publishedAt)'],
  publishedAtText: ['.publishedAtText'],
  caption: ['.caption'],
  captionCredit: ['.captionCredit'],
  contentHash: ['.contentHash'],
};

const CHANNEL_PROPERTIES: Properties = {
  name: ['.name'],
  medium: ['.medium'],
};

/**
 * `labels` (when given) is what the model reads the node's type from: an entity's labels say
 * whether it is a Person, an Organization… (`labels(v)`); a claim, an article or a channel has
 * one label, written as a literal where a statement can return several kinds (labels() on every
 * node of a page measured ~5% of the statement's CPU).
 */
function projection(
  v: string,
  labels: string | null,
  properties: Properties,
  fields: ReadonlySet<string> | undefined,
  extra: string[] = [],
): string {
  const selected = fields ? Object.keys(properties).filter((f) => fields.has(f)) : Object.keys(properties);
  const items = ['.id', ...selected.flatMap((f) => properties[f].map((p) => p.replace(/\bv\./g, `${v}.`)))];
  if (labels) items.push(`labels: ${labels}`);
  return `${v} {${[items.join(', '), ...extra].join(',')}}`;
}

export const entityProjection = (v: string, fields?: ReadonlySet<string>) => projection(v, `labels(${v})`, ENTITY_PROPERTIES, fields);
/**
 * For a node matched as :Claim (likewise :Article, :Channel below); `tagged` adds its label.
 * `extra` entries (`key: expression`, joined by a bare comma: they bring their own spacing) ride in the same map: a page's claim carries its claimants
 * and provenance parts beside its own properties, one map per claim.
 */
export const claimProjection = (v: string, fields?: ReadonlySet<string>, tagged = false, extra: string[] = []) =>
  projection(v, tagged ? "['Claim']" : null, CLAIM_PROPERTIES, fields, extra);
export const articleProjection = (v: string, fields?: ReadonlySet<string>, tagged = false) =>
  projection(v, tagged ? "['Article']" : null, ARTICLE_PROPERTIES, fields);
export const channelProjection = (v: string, fields?: ReadonlySet<string>, tagged = false) =>
  projection(v, tagged ? "['Channel']" : null, CHANNEL_PROPERTIES, fields);

/** Any API-visible node (a path's nodes, a search hit), by its label; each kind carries `labels`. */
export const nodeProjection = (v: string, p: Projection = FULL_PROJECTION) =>
  `CASE WHEN ${v}:Entity THEN ${entityProjection(v, p.entity)} WHEN ${v}:Claim THEN ${claimProjection(v, p.claim, true)} WHEN ${v}:Article THEN ${articleProjection(v, p.article, true)} WHEN ${v}:Channel THEN ${channelProjection(v, p.channel, true)} END`;

/** A statement that depends only on the projection, built once per projection (projections are cached per document). */
const built = new WeakMap<(p: Projection) => string, WeakMap<Projection, string>>();
export function forProjection(build: (p: Projection) => string, projection: Projection): string {
  let byProjection = built.get(build);
  if (!byProjection) built.set(build, (byProjection = new WeakMap()));
  let cypher = byProjection.get(projection);
  if (cypher === undefined) byProjection.set(projection, (cypher = build(projection)));
  return cypher;
}
