/**
 * Speakers introduced by a relative pronoun:
 * - a credit inside a relative clause: "VX nerve agent, which the BBC notes is classed as ..."
 *   (the outlet speaks; the claim is about the antecedent, "VX nerve agent");
 * - a speaker who is the antecedent: "..., said Jane Doe, who told reporters that ...".
 */
import { nounPhraseBefore } from './phrases.ts';
import type { TextSpan, Token } from './types.ts';

export interface RelativeSubject {
  /** Where the clause starts: the relative pronoun. */
  clauseStart: number;
  /** The noun phrase the clause is about (for "which"), or the speaker (for "who"). */
  antecedent: [number, number];
  kind: 'which' | 'who';
}

/** ", which SUBJECT VERB" with the subject at [subjectStart, k). */
export function creditInRelative(tokens: Token[], subjectStart: number, unitFrom: number): RelativeSubject | undefined {
  const pronoun = tokens[subjectStart - 1];
  if (!pronoun || pronoun.lower !== 'which' || tokens[subjectStart - 2]?.text !== ',') return undefined;
  const comma = subjectStart - 2;
  const start = nounPhraseBefore(tokens, comma, unitFrom);
  if (start >= comma) return undefined;
  return { clauseStart: subjectStart - 1, antecedent: [start, comma], kind: 'which' };
}

/** ", who VERB": `j` is the token just before the verb (after adverbs). */
export function speakerBeforeWho(tokens: Token[], j: number, unitFrom: number): RelativeSubject | undefined {
  if (tokens[j]?.lower !== 'who' || tokens[j - 1]?.text !== ',') return undefined;
  const comma = j - 1;
  const start = nounPhraseBefore(tokens, comma, unitFrom);
  if (start >= comma) return undefined;
  return { clauseStart: j, antecedent: [start, comma], kind: 'who' };
}

/** The content of a "which X notes" clause must be the rest of the relative clause: a verb comes first ("is classed"). */
export function relativeContentOk(tokens: Token[], c: number): boolean {
  const t = tokens[c];
  return !!t && (t.pos === 'AUX' || t.pos === 'VERB');
}

export function spanOf(tokens: Token[], [from, to]: [number, number]): TextSpan {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}
