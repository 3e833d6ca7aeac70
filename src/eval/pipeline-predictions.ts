/**
 * What `npm run ingest` and `ingestArticle` store, scored on PolNeAR: extract()'s claims, after the
 * entities and annotation stages, as score.py predictions. The claims of one saying (one speaker, one
 * verb in the text: a continued quotation, which takes its speaker's verb, or a content cut into
 * clauses or by measure) are one prediction with each claim's content as a span, as PolNeAR marks one
 * attribution per cue and attribute()'s predictions join a continued quotation to its speaker's; the
 * graph keeps them as claims of their own, as the hand annotations do. Each span is a claim's content,
 * the words its statement restates: the stored evidence also spans the speaker and the verb, which
 * PolNeAR's content never holds, so scoring it would count span shape rather than what the claim says
 * and who says it. The claimants are the claimant entities' names and aliases and the words that named them in the
 * claim's sentence ("the agency" for the FBI), what a reader of the graph sees.
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

export function claimPredictions({ annotation, claimContents, claimVerbs }: Extraction): Prediction[] {
  const entities = new Map(annotation.entities.map((e) => [e.id, e]));
  const sayings = new Map<string, Prediction>();
  const out: Prediction[] = [];
  annotation.claims.forEach((claim, i) => {
    const span: [number, number] = [claimContents[i].start, claimContents[i].end];
    const verb = claimVerbs[i];
    const saying = verb ? `${verb.start} ${claim.claimants.join(' ')}` : undefined;
    const same = saying === undefined ? undefined : sayings.get(saying);
    if (same) {
      same.spans = union([...same.spans, span]);
      return;
    }
    const prediction: Prediction = {
      spans: [span],
      claimants: [
        ...claim.claimants.flatMap((id) => {
          const entity = entities.get(id);
          return entity ? [entity.name, ...entity.aliases] : [];
        }),
        ...(claim.claimantMentions ?? []),
      ],
    };
    out.push(prediction);
    if (saying !== undefined) sayings.set(saying, prediction);
  });
  return out;
}

/** Spans in text order, overlapping ones merged: score.py sums overlaps span by span, so none may count twice. */
function union(spans: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = merged.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
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
