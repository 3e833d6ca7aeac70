/**
 * "Most of the patients are unvaccinated children, Dr. Ana Morales, the county's health director,
 * told the Texas Tribune": the parser hung the speaker's name on the content's last noun as an
 * apposition and the cue on that noun as a clause of its own, so the cue had no subject and the
 * listener or the content's subject was taken for the speaker. The name set off by commas right
 * before the cue, with only its descriptions between, is who spoke; the content ends before it.
 */
import { isPunct, tokenRange, type DependencyTree } from '../tree.ts';
import type { ClosingSpeaker } from './closing-speakers.ts';

export function appositiveCreditSpeaker(tree: DependencyTree, v: number, firstContent: number): ClosingSpeaker | undefined {
  if (!/^VB[DZP]$/.test(tree.token(v).pos) || tree.child(v, /^nsubj/) !== undefined) return undefined;
  if (!/^(acl|parataxis|dep)$/.test(tree.relation(v)) || tree.token(v - 1)?.word !== ',') return undefined;
  const host = tree.head(v);
  // The parser also joins the name to the noun as a conjunct with no "and" ("over 80, Dr. Helen Strand, ...").
  if (tree.children(host, 'cc').some((c) => c > host && c < v)) return undefined;
  const appositives = tree.children(host, /^(appos|conj)$/).filter((a) => a > host && a < v);
  if (!appositives.length) return undefined;
  const spans = appositives.map((a) => tree.subtree(a));
  const start = spans[0][0];
  if (start - 2 < firstContent || tree.token(start - 1).word !== ',' || spans.at(-1)!.at(-1) !== v - 2) return undefined;
  // Only the appositions and the commas between them stand between the content and the cue.
  const covered = new Set(spans.flat());
  for (let i = start; i < v; i++) if (!covered.has(i) && !isPunct(tree.token(i))) return undefined;
  const speaker = appositives[0];
  if (tree.token(speaker).ner !== 'PERSON' || !/^NN/.test(tree.token(speaker).pos)) return undefined;
  return { source: speaker, content: tokenRange(firstContent, start - 2) };
}
