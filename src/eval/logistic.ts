/**
 * Logistic regression over sparse string features, trained by AdaGrad with L2. Written here because
 * the candidates' features are sparse (tens of thousands of names, a dozen on each example) and the
 * JavaScript libraries we know (ml-logistic-regression) take dense matrices.
 */
export interface Example {
  features: string[];
  label: boolean;
}

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Weights smaller than this are dropped from the model. */
  prune?: number;
  /** Features seen on fewer examples than this get no weight: a word seen twice says more about those two examples than about news. */
  minCount?: number;
}

export function trainLogistic(examples: Example[], options: TrainOptions = {}): LogisticModel {
  const { epochs = 12, rate = 0.2, l2 = 1e-5, prune = 0.01, minCount = 1 } = options;
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const kept = examples.map((e) => ({ label: e.label, features: e.features.filter((f) => seen.get(f)! >= minCount) }));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let biasG2 = 0;
  const order = examples.map((_, i) => i);
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const { features, label } = kept[index];
      let z = bias;
      for (const f of features) z += w.get(f) ?? 0;
      const gradient = 1 / (1 + Math.exp(-z)) - (label ? 1 : 0);
      biasG2 += gradient * gradient;
      bias -= (rate / Math.sqrt(biasG2 + 1e-8)) * gradient;
      for (const f of features) {
        const wf = w.get(f) ?? 0;
        const gf = gradient + l2 * wf;
        const acc = (g2.get(f) ?? 0) + gf * gf;
        g2.set(f, acc);
        w.set(f, wf - (rate / Math.sqrt(acc + 1e-8)) * gf);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => a.localeCompare(b))) if (Math.abs(v) >= prune) weights[f] = Math.round(v * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}
