/** How score.py counts each prediction, and the claim check's threshold pick (learn-claimants.ts). */
import { matchOneToOne, nameWords, type Spans } from './spans.ts';

/** right / wrong (matched, claimant not the source) / fp (matches no gold) / neutral (matches gold with no source). */
export type PredictionKind = 'right' | 'wrong' | 'fp' | 'neutral';

interface Gold {
  source?: { text: string; resolved?: string };
  content: { spans: Spans };
}

/** score.py's one-to-one matching, best overlap first, and the kind of each prediction. */
export function predictionKinds(gold: Gold[], predicted: Array<{ spans: Spans; claimants: string[] }>): PredictionKind[] {
  const kinds: PredictionKind[] = predicted.map(() => 'fp');
  for (const [gi, pi] of matchOneToOne(gold, predicted)) {
    const source = new Set([...nameWords(gold[gi].source?.text), ...nameWords(gold[gi].source?.resolved)]);
    const claimed = new Set(predicted[pi].claimants.flatMap((c) => [...nameWords(c)]));
    kinds[pi] = !source.size ? 'neutral' : [...source].some((w) => claimed.has(w)) ? 'right' : 'wrong';
  }
  return kinds;
}

/** The threshold of `tried` with the highest F1 (the lowest of equals), given each threshold's F1. */
export function bestThreshold(tried: Array<{ threshold: number; f1: number }>): { threshold: number; f1: number } {
  return tried.reduce((best, t) => (t.f1 > best.f1 || (t.f1 === best.f1 && t.threshold < best.threshold) ? t : best));
}
