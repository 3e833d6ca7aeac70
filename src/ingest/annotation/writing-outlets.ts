/**
 * Where a writer's piece ran: "Writes Ken Ball at Vox: …", "Over at Slate, Tina Wu writes S", "Writing
 * at Slate, columnist Ann Reyes argues S". A writer's outlet comes with "at" as well as "in" or "for",
 * and the parser often makes a fronted "Writing" the subject of the cue (the outlet then hangs on
 * "Writing", the writer as its apposition), or hangs the outlet on the writer, where no participle rule looks.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { speakingParticiples } from './verbs.ts';

const WRITER_CASE = /^(at|in|for)$/i;

/** The phrases naming where the cue's writer wrote, for the outlet rules to read. */
export function writersPlaces(tree: DependencyTree, cue: number): number[] {
  const introduced = (o: number, how: RegExp) => tree.children(o, 'case').some((k) => how.test(tree.token(k).word));
  const frontedWriting = tree.children(cue, /^nsubj/).filter((s) => tree.token(s).pos === 'VBG');
  const writing = [cue, ...speakingParticiples(tree, cue), ...frontedWriting].filter((v) => tree.token(v).lemma.toLowerCase() === 'write');
  // "Writes Tess Amari at Slate": the outlet hung on the writer.
  const writersOutlet = writing.includes(cue)
    ? tree.children(cue, /^nsubj/).flatMap((s) => tree.children(s, /^nmod/).filter((o) => introduced(o, /^at$/i)))
    : [];
  return [...writing.flatMap((v) => tree.children(v, /^obl/).filter((o) => introduced(o, WRITER_CASE))), ...writersOutlet];
}
