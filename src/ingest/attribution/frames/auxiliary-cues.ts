/**
 * "Ortiz, who backed the plan, said she was unaware of any dispute": after a long subject the
 * parser sometimes hangs the cue as an auxiliary of its complement's predicate ("said" aux of
 * "unaware") and the speaker on another clause. A verb that is no auxiliary, in that place, is read
 * as the cue of the clause it was hung on; its speaker is the nearest subject before it, on that
 * clause or on the clause above.
 */
import { isVerb, type DependencyTree } from '../tree.ts';

/** Lemmas that are auxiliaries in earnest. */
const AUXILIARIES = new Set([
  ...['be', 'have', 'do', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'],
  ...['get', 'ought', 'need', 'dare', 'use', 'wo', 'ca', "'ll", "'d"],
]);

const SUBJECT = /^(nsubj|nsubj:pass)$/;

/** The content and speaker of verb `v` that the parser took for an auxiliary of what it reports; undefined otherwise. */
export function auxiliaryCue(tree: DependencyTree, v: number): { content: number[]; source?: number } | undefined {
  const token = tree.token(v);
  if (tree.relation(v) !== 'aux' || !isVerb(token) || AUXILIARIES.has(token.lemma.toLowerCase())) return undefined;
  if (/^(MD|VBG|VB)$/.test(token.pos)) return undefined;
  const predicate = tree.head(v);
  if (predicate === 0 || predicate < v) return undefined;
  const content = tree.subtree(predicate).filter((t) => t > v);
  const before = (ids: number[]) => ids.filter((s) => s < v).at(-1);
  const above = tree.head(predicate);
  const source = before(tree.children(predicate, SUBJECT)) ?? (above === 0 ? undefined : before(tree.children(above, SUBJECT)));
  return { content, source };
}
