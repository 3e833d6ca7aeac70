/**
 * Scores an extracted annotation against a hand annotation of the same text.
 *
 * - entities: (name, type) pairs; a predicted entity matches a gold one of the same type
 *   when any of their names or aliases are equal, case-insensitively;
 * - claims: one-to-one; a predicted claim matches a gold claim when their evidence spans
 *   overlap and a predicted claimant matches a gold claimant by name or alias;
 * - via: (claim, outlet) pairs over matched claims, outlets compared by name or alias;
 * - dates: (claim, saidOn date) pairs over matched claims; a date matches one of the same day and
 *   precision (sameSaidOn).
 */
import type { AnnotatedEntity, Annotation } from '../graph/annotation.ts';

export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  entities: Score;
  claims: Score;
  via: Score;
  dates: Score;
  /** Of the predicted entities whose name or alias is a gold entity's, how many have its type. */
  entityTypes: Score;
  /** Gold claim id → predicted claim id. */
  matches: Array<{ gold: string; predicted: string }>;
}

type GoldLike = Pick<Annotation, 'entities' | 'claims'>;

export function score(truePositives: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : truePositives / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, gold, precision, recall, f1 };
}

export function sumScores(scores: Score[]): Score {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const p = scores.reduce((n, s) => n + s.predicted, 0);
  const g = scores.reduce((n, s) => n + s.gold, 0);
  return score(tp, p, g);
}

const namesOf = (e: AnnotatedEntity | undefined): Set<string> =>
  new Set(
    e
      ? [e.name, ...e.aliases].map((n) =>
          n
            .trim()
            .toLowerCase()
            .replace(/^the\s+/, ''),
        )
      : [],
  );

function sameReferent(a: AnnotatedEntity | undefined, b: AnnotatedEntity | undefined): boolean {
  const na = namesOf(a);
  for (const n of namesOf(b)) if (na.has(n)) return true;
  return false;
}

/** Greedy one-to-one matching over candidate pairs, best first. */
function matchOneToOne<T>(pairs: Array<{ p: number; g: number; weight: number; value?: T }>): Array<{ p: number; g: number }> {
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<{ p: number; g: number }> = [];
  for (const pair of [...pairs].sort((a, b) => b.weight - a.weight)) {
    if (usedP.has(pair.p) || usedG.has(pair.g)) continue;
    usedP.add(pair.p);
    usedG.add(pair.g);
    out.push({ p: pair.p, g: pair.g });
  }
  return out;
}

export function scoreEntities(predicted: AnnotatedEntity[], gold: AnnotatedEntity[]): Score {
  const pairs: Array<{ p: number; g: number; weight: number }> = [];
  predicted.forEach((pe, p) =>
    gold.forEach((ge, g) => {
      if (pe.type === ge.type && sameReferent(pe, ge))
        pairs.push({ p, g, weight: pe.name.toLowerCase() === ge.name.toLowerCase() ? 2 : 1 });
    }),
  );
  return score(matchOneToOne(pairs).length, predicted.length, gold.length);
}

export function scoreEntityTypes(predicted: AnnotatedEntity[], gold: AnnotatedEntity[]): Score {
  let named = 0;
  let typed = 0;
  for (const pe of predicted) {
    const same = gold.filter((ge) => sameReferent(pe, ge));
    if (!same.length) continue;
    named++;
    if (same.some((ge) => ge.type === pe.type)) typed++;
  }
  return score(typed, named, named);
}

type SaidOn = NonNullable<GoldLike['claims'][number]['saidOn']>;

/**
 * A predicted date is right when it names the gold date to the same precision: a WEEK is its Monday,
 * so "the week of Monday March 6" against a gold "Monday" (DAY) or a gold day later that week is no
 * match (the week does not say which day), nor is a gold WEEK matched by its Monday as a DAY. A month
 * or year read for a day (or the other way) fails the same way.
 */
export function sameSaidOn(predicted: SaidOn, gold: SaidOn): boolean {
  return predicted.date === gold.date && predicted.precision === gold.precision;
}

export function scoreArticle(predicted: GoldLike, gold: GoldLike): ArticleScore {
  const pEntity = new Map(predicted.entities.map((e) => [e.id, e]));
  const gEntity = new Map(gold.entities.map((e) => [e.id, e]));
  const pairs: Array<{ p: number; g: number; weight: number }> = [];
  predicted.claims.forEach((pc, p) =>
    gold.claims.forEach((gc, g) => {
      const overlap = Math.min(pc.evidence.end, gc.evidence.end) - Math.max(pc.evidence.start, gc.evidence.start);
      if (overlap <= 0) return;
      const claimantMatch = pc.claimants.some((a) => gc.claimants.some((b) => sameReferent(pEntity.get(a), gEntity.get(b))));
      if (claimantMatch)
        pairs.push({ p, g, weight: overlap / Math.max(pc.evidence.end - pc.evidence.start, gc.evidence.end - gc.evidence.start) });
    }),
  );
  const matched = matchOneToOne(pairs);

  let viaTp = 0;
  let dateTp = 0;
  for (const { p, g } of matched) {
    const pc = predicted.claims[p];
    const gc = gold.claims[g];
    const used = new Set<string>();
    for (const v of pc.via) {
      const hit = gc.via.find((w) => !used.has(w) && sameReferent(pEntity.get(v), gEntity.get(w)));
      if (hit) {
        used.add(hit);
        viaTp++;
      }
    }
    if (pc.saidOn && gc.saidOn && sameSaidOn(pc.saidOn, gc.saidOn)) dateTp++;
  }
  const count = (claims: GoldLike['claims'], f: (c: GoldLike['claims'][number]) => number) => claims.reduce((n, c) => n + f(c), 0);
  return {
    entities: scoreEntities(predicted.entities, gold.entities),
    entityTypes: scoreEntityTypes(predicted.entities, gold.entities),
    claims: score(matched.length, predicted.claims.length, gold.claims.length),
    via: score(
      viaTp,
      count(predicted.claims, (c) => c.via.length),
      count(gold.claims, (c) => c.via.length),
    ),
    dates: score(
      dateTp,
      count(predicted.claims, (c) => (c.saidOn ? 1 : 0)),
      count(gold.claims, (c) => (c.saidOn ? 1 : 0)),
    ),
    matches: matched.map(({ p, g }) => ({ gold: gold.claims[g].id, predicted: predicted.claims[p].id })),
  };
}
