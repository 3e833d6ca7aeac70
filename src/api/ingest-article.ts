/**
 * The ingestArticle mutation: check the input, extract an annotation from the text, and either
 * return it without writing (dryRun) or write it in one transaction.
 */
import { AnnotationError, parseAnnotation } from '../graph/annotation.ts';
import { primeAnnotation } from '../graph/annotation-models.ts';
import { ingestAnnotation } from '../graph/ingest-annotation.ts';
import type { ClaimModel, EntityModel, IngestResultModel } from '../graph/model.ts';
import { extractAnnotation } from '../ingest/extract.ts';
import type { ApiContext } from './context.ts';
import { badInput } from './errors.ts';
import type { IngestArticleInput } from './generated/resolvers-types.ts';

export const MAX_ARTICLE_BYTES = 1024 * 1024;
const MAX_FIELD_LENGTH = 2000;
/** C0 controls other than tab/newline/carriage return, and U+FFFD left by invalid UTF-8. */
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function checkIngestInput(input: IngestArticleInput): void {
  const { text } = input;
  if (!text.trim()) throw badInput('input.text is empty', 'input.text');
  if (Buffer.byteLength(text, 'utf8') > MAX_ARTICLE_BYTES) throw badInput(`input.text is larger than ${MAX_ARTICLE_BYTES} bytes`, 'input.text');
  if (BINARY.test(text) || LONE_SURROGATE.test(text)) {
    throw badInput('input.text is not plain UTF-8 text (control characters or invalid byte sequences)', 'input.text');
  }
  for (const field of ['title', 'url', 'outlet', 'author'] as const) {
    const value = input[field];
    if (value != null && (value.length > MAX_FIELD_LENGTH || BINARY.test(value) || !value.trim())) {
      throw badInput(`input.${field} must be non-empty plain text of at most ${MAX_FIELD_LENGTH} characters`, `input.${field}`);
    }
  }
  if (input.url != null && !/^https?:\/\/\S+$/i.test(input.url)) throw badInput('input.url must be an http(s) URL', 'input.url');
}

export async function ingestArticle(context: ApiContext, input: IngestArticleInput, options: { dryRun: boolean }): Promise<IngestResultModel> {
  checkIngestInput(input);
  let annotation;
  try {
    annotation = parseAnnotation(
      extractAnnotation(input.text, {
        title: input.title ?? undefined,
        url: input.url ?? undefined,
        publishedAt: input.publishedAt ?? undefined,
        outlet: input.outlet ?? undefined,
        author: input.author ?? undefined,
      }),
      'extracted article',
    );
  } catch (error) {
    if (error instanceof AnnotationError) throw badInput(`could not extract a valid graph from the text: ${error.problems.slice(0, 5).join('; ')}`, 'input');
    throw error;
  }

  if (options.dryRun) {
    const models = primeAnnotation(context.graph, annotation);
    return { ...models, stats: { entitiesNew: models.entities.length, entitiesMerged: 0, claims: models.claims.length, relations: annotation.relations.length, duplicate: false, dryRun: true } };
  }

  const outcome = await context.db.write((tx) => ingestAnnotation(tx, annotation));
  const graph = context.graph;
  const article = await graph.article(outcome.articleKey);
  if (!article) throw new Error(`article ${outcome.articleKey} missing right after ingest`);
  const page = await graph.claimPage('articleClaims', outcome.articleKey, 0, 1000);
  const entities = (await graph.neighbours('articleEntities', outcome.articleKey)) as EntityModel[];
  return {
    article,
    claims: page.nodes as ClaimModel[],
    entities,
    stats: {
      entitiesNew: outcome.entitiesNew,
      entitiesMerged: outcome.entitiesMerged,
      claims: page.totalCount,
      relations: outcome.duplicate ? 0 : outcome.annotation.relations.length,
      duplicate: outcome.duplicate,
      dryRun: false,
    },
  };
}
