import type { PathModel, SearchHitModel } from '../../graph/model.ts';
import type { ApiContext } from '../context.ts';
import { explainPath } from '../path-explanation.ts';
import { highlightsIn, indexedTexts, MAX_HIGHLIGHTS, queryStems } from '../search-highlights.ts';

/** Query.search puts the query's text on each hit. */
type Hit = SearchHitModel & { query?: string };

export const SearchHit = {
  highlights: async (hit: Hit, _: unknown, { graph }: ApiContext): Promise<string[]> => {
    const stems = queryStems(hit.query ?? '');
    if (!stems.size) return [];
    const { node } = hit;
    const found = highlightsIn(indexedTexts(node), stems);
    // An article's text is not fetched with the hit (kilobytes); read it only when the title and
    // deck leave room for more.
    if (node.nodeType !== 'Article' || node.text != null || found.length >= MAX_HIGHLIGHTS) return found;
    const { text } = await graph.articleText(node.key);
    return highlightsIn([node.title, node.deck, text], stems);
  },
};

export const Path = {
  // The model carries nodes and steps; the length is the number of steps.
  length: (p: PathModel) => p.steps.length,
  steps: (p: PathModel) => explainPath(p),
};
