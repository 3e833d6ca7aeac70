/** The cast and how often each of its members comes up: what every article of one corpus shares. */
import { buildCast, type Cast } from './cast.ts';
import { Zipf } from './random.ts';
import type { CorpusOptions } from './types.ts';

export interface CorpusShape {
  cast: Cast;
  /** Zipf samplers over the cast lists. */
  zipf: { actors: Zipf; places: Zipf; outlets: Zipf; journalists: Zipf; publishers: Zipf };
}

export function corpusShape(options: CorpusOptions): CorpusShape {
  const cast = buildCast(options);
  return {
    cast,
    zipf: {
      actors: new Zipf(cast.actors.length, 0.9),
      places: new Zipf(cast.places.length, 1.1),
      outlets: new Zipf(cast.outlets.length, 1.0),
      journalists: new Zipf(cast.journalists.length, 0.8),
      publishers: new Zipf(cast.outlets.length, 0.9),
    },
  };
}
