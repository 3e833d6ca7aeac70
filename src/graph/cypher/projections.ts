/**
 * Slim node projections for the statements that return many nodes per request. A projection is
 * shaped like a node (`{labels, properties}`), so the model's `toEntity`/`toArticle` read it
 * unchanged, but carries only what the API shows: no `lookup`/`aliasText` (index helpers), no
 * `createdAt` of entities and articles (not in the API; every temporal value costs the driver a
 * conversion), and no article `text`/`body` (kilobytes each; `Article.text`/`body` fetch them
 * when asked, see GraphSource.articleText).
 */
export const entityProjection = (v: string) =>
  `{labels: labels(${v}), properties: ${v} {.id, .name, .aliases, .description, .kind}}`;

export const articleProjection = (v: string) =>
  `{labels: labels(${v}), properties: ${v} {.id, .title, .deck, .subtitle, .url, .publishedAt, .publishedAtText, .caption, .captionCredit, .contentHash}}`;
