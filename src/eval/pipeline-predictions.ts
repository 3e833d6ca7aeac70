/**
 * What `npm run ingest` and `ingestArticle` store, scored on PolNeAR: extract()'s claims, after the
 * entities and annotation stages, as score.py predictions. Each claim is a prediction of its own (a
 * continued quotation or a joined clause is a claim of its own there, where attribute()'s
 * predictions join a continued quotation to its speaker's), spanning the claim's content, the words
 * its statement restates, as attribute()'s predictions span theirs: the stored evidence also spans
 * the speaker and the verb, which PolNeAR's content never holds, so scoring it would count span
 * shape rather than what the claim says and who says it. The claimants are the claimant entities'
 * names and aliases, what a reader of the graph sees.
 */
import type { ArticleMeta, Extraction } from '../ingest/extract.ts';
import { extract } from '../ingest/extract.ts';
import type { NlpClient, NlpDocument } from '../ingest/nlp/types.ts';
import type { Prediction, Predictor } from './polnear-eval.ts';
import type { PolnearArticle } from './polnear-corpus.ts';

export const PIPELINE: Predictor = {
  fileSuffix: '-pipeline',
  async predict(article, doc, nlp) {
    return claimPredictions(await extract(article.text, articleMeta(article), reusingParse(nlp, article, doc)));
  },
};

/** What a user ingesting the article would give: its title, publisher and day (noon UTC, as the ingest CLI reads a bare date). */
export function articleMeta(article: PolnearArticle): ArticleMeta {
  return {
    title: article.title,
    outlet: article.publisher,
    ...(article.publishedOn ? { publishedAt: `${article.publishedOn}T12:00:00Z` } : {}),
  };
}

export function claimPredictions({ annotation, claimContents }: Extraction): Prediction[] {
  const entities = new Map(annotation.entities.map((e) => [e.id, e]));
  return annotation.claims.map((claim, i) => ({
    spans: [[claimContents[i].start, claimContents[i].end]],
    claimants: claim.claimants.flatMap((id) => {
      const entity = entities.get(id);
      return entity ? [entity.name, ...entity.aliases] : [];
    }),
  }));
}

/** The article's own parse when extract() asks for the same text and date, so a run without the parse cache parses it once. */
function reusingParse(nlp: NlpClient, article: PolnearArticle, doc: NlpDocument): NlpClient {
  return {
    url: nlp.url,
    annotate: (text, options = {}) =>
      text === article.text && options.docDate === article.publishedOn && !options.annotators && !options.properties
        ? Promise.resolve(doc)
        : nlp.annotate(text, options),
  };
}
