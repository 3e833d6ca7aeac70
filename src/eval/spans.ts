/** The PolNeAR scorer's matching rule (../shared/polnear/score.py), for learning and diagnostics. */
export type Spans = Array<[number, number]>;

export function spanLength(spans: Spans): number {
  return spans.reduce((n, [a, b]) => n + (b - a), 0);
}

export function overlapLength(x: Spans, y: Spans): number {
  let n = 0;
  for (const [a, b] of x) for (const [c, d] of y) n += Math.max(0, Math.min(b, d) - Math.max(a, c));
  return n;
}

/** score.py's "attribution found": overlap ≥ half the shorter, prediction ≤ 3× gold + 150. Returns the match quality or 0. */
export function contentMatch(predicted: Spans, gold: Spans): number {
  const p = spanLength(predicted);
  const g = spanLength(gold);
  if (p <= 0 || g <= 0) return 0;
  const ov = overlapLength(predicted, gold);
  return ov >= 0.5 * Math.min(p, g) && p <= 3 * g + 150 ? ov / Math.max(p, g) : 0;
}

const STOP = new Set(
  'the a an of and for in on at to by from with his her its their our my your he she it they we i you him them us me this that these those mr mrs ms dr sen rep gov president said says who whom which'.split(
    ' ',
  ),
);

/** score.py's content words of a name. */
export function nameWords(s: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const w of (s ?? '')
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[a-z0-9]+/g) ?? []) {
    if (STOP.has(w) || w.length < 2) continue;
    out.add(w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : w);
  }
  return out;
}

export interface ArticleTally {
  gold: number;
  goldSourced: number;
  predicted: number;
  matched: number;
  right: number;
  neutral: number;
}

interface GoldAttribution {
  source?: { text: string; resolved?: string };
  content: { spans: Spans };
}

/** score.py's one-to-one matching of predictions to gold contents, best overlap first: [gold index, prediction index] pairs. */
export function matchOneToOne(gold: Array<{ content: { spans: Spans } }>, predicted: Array<{ spans: Spans }>): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const q = contentMatch(p.spans, g.content.spans);
      if (q > 0) pairs.push([q, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const usedGold = new Set<number>();
  const usedPrediction = new Set<number>();
  const matches: Array<[number, number]> = [];
  for (const [, gi, pi] of pairs) {
    if (usedGold.has(gi) || usedPrediction.has(pi)) continue;
    usedGold.add(gi);
    usedPrediction.add(pi);
    matches.push([gi, pi]);
  }
  return matches;
}

/** score.py's per-article tally, in TypeScript: for cross-validation without a Python process per fold. */
export function tallyArticle(gold: GoldAttribution[], predicted: Array<{ spans: Spans; claimants: string[] }>): ArticleTally {
  const matches = matchOneToOne(gold, predicted);
  let right = 0;
  let neutral = 0;
  const sourceWords = (g: GoldAttribution) => new Set([...nameWords(g.source?.text), ...nameWords(g.source?.resolved)]);
  for (const [gi, pi] of matches) {
    const gw = sourceWords(gold[gi]);
    if (!gw.size) {
      neutral++;
      continue;
    }
    const pw = new Set(predicted[pi].claimants.flatMap((c) => [...nameWords(c)]));
    if ([...gw].some((w) => pw.has(w))) right++;
  }
  return {
    gold: gold.length,
    goldSourced: gold.filter((g) => sourceWords(g).size > 0).length,
    predicted: predicted.length,
    matched: matches.length,
    right,
    neutral,
  };
}

export function sumTallies(rows: ArticleTally[]): ArticleTally {
  const t: ArticleTally = { gold: 0, goldSourced: 0, predicted: 0, matched: 0, right: 0, neutral: 0 };
  for (const r of rows) for (const k of Object.keys(t) as Array<keyof ArticleTally>) t[k] += r[k];
  return t;
}

export function prf(tp: number, npred: number, ngold: number): { p: number; r: number; f1: number } {
  const p = npred ? tp / npred : 0;
  const r = ngold ? tp / ngold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function tallyScores(t: ArticleTally) {
  return { attribution: prf(t.matched, t.predicted, t.gold), claimant: prf(t.right, t.predicted - t.neutral, t.goldSourced) };
}
