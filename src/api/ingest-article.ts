/**
 * The ingestArticle mutation: check the input, extract an annotation from the text, and either
 * return it without writing (dryRun) or write it in one transaction.
 */
import { AnnotationError, parseAnnotation, type Annotation } from '../graph/annotation.ts';
import { primeAnnotation } from '../graph/read/annotation-models.ts';
import { contentHash } from '../graph/write/annotation-rows.ts';
import { ARTICLE_BY_HASH, ingestAnnotation } from '../graph/write/ingest-annotation.ts';
import type { EntityModel, IngestResultModel } from '../graph/model.ts';
import { extractAnnotation, type ArticleMeta } from '../ingest/extract.ts';
import type { ApiContext } from './context.ts';
import { badInput } from './errors.ts';
import type { IngestArticleInput } from './generated/resolvers-types.ts';
import { refuseNonEnglish } from './language.ts';

export const MAX_ARTICLE_BYTES = 1024 * 1024;
const MAX_FIELD_LENGTH = 2000;
/** C0 controls other than tab/newline/carriage return, and U+FFFD left by invalid UTF-8. */
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function checkIngestInput(input: IngestArticleInput): void {
  const { text } = input;
  if (!text.trim()) throw badInput('input.text is empty', 'input.text');
  if (Buffer.byteLength(text, 'utf8') > MAX_ARTICLE_BYTES)
    throw badInput(`input.text is larger than ${MAX_ARTICLE_BYTES} bytes`, 'input.text');
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
  refuseNonEnglish(text, 'input.text');
}

/**
 * The one place the API runs the extractor (ingestArticle and reextractArticle): text → a
 * validated annotation whose claims are EXTRACTED, through the request's NLP client. A text
 * the extractor cannot make a valid graph of is BAD_USER_INPUT naming `argument`.
 */
export async function extractValidated(context: ApiContext, text: string, meta: ArticleMeta, argument: string): Promise<Annotation> {
  let annotation: Annotation;
  try {
    annotation = parseAnnotation(await extractAnnotation(text, meta, context.nlp), 'extracted article');
  } catch (error) {
    if (error instanceof AnnotationError)
      throw badInput(`could not extract a valid graph from the text: ${error.problems.slice(0, 5).join('; ')}`, argument);
    throw error;
  }
  return { ...annotation, claims: annotation.claims.map((c) => ({ ...c, origin: c.origin ?? 'EXTRACTED' })) };
}

export async function ingestArticle(
  context: ApiContext,
  input: IngestArticleInput,
  options: { dryRun: boolean },
): Promise<IngestResultModel> {
  checkIngestInput(input);
  const annotation = await extractValidated(
    context,
    input.text,
    {
      title: input.title ?? undefined,
      url: input.url ?? undefined,
      publishedAt: input.publishedAt ?? undefined,
      outlet: input.outlet ?? undefined,
      author: input.author ?? undefined,
    },
    'input',
  );

  if (options.dryRun) {
    const stored = await context.db.read(
      async (tx) => (await tx.run(ARTICLE_BY_HASH, { hash: contentHash(annotation.text) })).records[0]?.get('id') as string | undefined,
    );
    if (stored) return storedArticle(context, stored, { entitiesNew: 0, entitiesMerged: 0, relations: 0, duplicate: true, dryRun: true });
    const models = primeAnnotation(context.graph, annotation);
    return {
      ...models,
      stats: {
        entitiesNew: models.entities.length,
        entitiesMerged: 0,
        claims: models.claims.length,
        relations: annotation.relations.length,
        duplicate: false,
        dryRun: true,
      },
    };
  }

  // The article and the Edit that records it (who: the API key or the JWT's sub) commit together.
  const outcome = await context.db.write((tx) => ingestAnnotation(tx, annotation, { by: context.principal ?? 'unknown' }));
  return storedArticle(context, outcome.articleKey, {
    entitiesNew: outcome.entitiesNew,
    entitiesMerged: outcome.entitiesMerged,
    relations: outcome.duplicate ? 0 : outcome.annotation.relations.length,
    duplicate: outcome.duplicate,
    dryRun: false,
  });
}

/** The result for an article in the graph: as stored, with its claims and entities. */
async function storedArticle(
  context: ApiContext,
  key: string,
  stats: Omit<IngestResultModel['stats'], 'claims'>,
): Promise<IngestResultModel> {
  const graph = context.graph;
  const article = await graph.article(key);
  if (!article) throw new Error(`article ${key} missing right after ingest`);
  const page = await graph.claimPage(key, { field: 'articleClaims', offset: 0, limit: 1000 });
  const entities = (await graph.neighbours('articleEntities', key)) as EntityModel[];
  return { article, claims: page.nodes, entities, stats: { ...stats, claims: page.totalCount } };
}
