/**
 * "according to a CNN interview with Ana Ruiz, S": the interview does not speak, the person it was with
 * does (and the outlet that held it carries the claim: annotation/given-interviews.ts). Only a person or
 * a noun for people after "with": "an interview with The New York Times" names no one who spoke.
 */
import { namesPeopleToken } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';

const INTERVIEW = /^(interview|conversation)$/i;

/** The one interviewed in the interview `source` that "according to" (cue `cue`) names, if any. */
export function accordingInterviewee(tree: DependencyTree, source: number, cue: number): number | undefined {
  if (tree.token(cue).lemma.toLowerCase() !== 'accord' || !INTERVIEW.test(tree.token(source).lemma)) return undefined;
  return tree.children(source, 'nmod').find((n) => n > source && tree.hasCase(n, 'with') && namesPeopleToken(tree, n));
}
