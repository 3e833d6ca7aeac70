/**
 * An interview given to an outlet without a verb of telling: "Mara Venn, 34, gave her account to the
 * Tribune. She said the guards had beaten her brother." — "gave an interview to CNN", "sat down with
 * Fox News" ("granted an interview" and "opened up to People" are not read yet). The outlet is the listener
 * as in "told the Tribune", so the people after it in the paragraph speak through it
 * (outlet-passages.ts). Invented probe of 50 Newser-style items (62 outcomes): right 46 → 47, wrong
 * unchanged; extract() over the 33 PolNeAR train articles with such a phrase: no claim changed.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { interviewedSubjectHosts } from '../attribution/sources/interviewees.ts';

/** What is given: "an interview", "her account", "his side of the story". */
const GIVEN = /^(interview|account|story|side|version)s?$/i;
const GIVING = new Set(['give', 'grant']);

/** The listener phrases of a verb that gives an interview ("to the Tribune", "with Fox News"), or none. */
export function givenInterviewListeners(tree: DependencyTree, verb: number): number[] {
  const lemma = tree.token(verb).lemma.toLowerCase();
  const particle = tree.children(verb, 'compound:prt').map((p) => tree.token(p).word.toLowerCase());
  const withCase = (word: string) => tree.children(verb, 'obl').filter((o) => tree.hasCase(o, word));
  if (GIVING.has(lemma) && tree.children(verb, 'obj').some((o) => GIVEN.test(tree.token(o).word))) return withCase('to');
  if (lemma === 'sit' && particle.includes('down')) return withCase('with');
  if (lemma === 'open' && particle.includes('up')) return withCase('to');
  return [];
}

/**
 * "according to an interview his brother gave to ITV": the source is the subject of a clause on the
 * interview it gave, so the outlet it was given to is the one the claim came through.
 */
export function interviewGiverListeners(tree: DependencyTree, source: number): number[] {
  const verb = tree.head(source);
  if (!verb || tree.relation(source) !== 'nsubj' || !GIVING.has(tree.token(verb).lemma.toLowerCase())) return [];
  const given = tree.head(verb);
  if (!given || !/^acl/.test(tree.relation(verb)) || !GIVEN.test(tree.token(given).word)) return [];
  return tree.children(verb, 'obl').filter((o) => tree.hasCase(o, 'to'));
}

/**
 * "according to a CNN interview with Ana Ruiz": the source is the one the interview was with, so the
 * outlet named on the interview ("a CNN interview", "an interview on NPR") is the one the claim came through.
 */
export function intervieweeHosts(tree: DependencyTree, source: number): number[] {
  const interview = tree.head(source);
  if (!interview || !/^nmod/.test(tree.relation(source)) || !tree.hasCase(source, 'with')) return interviewedSubjectHosts(tree, source);
  if (!/^(interview|conversation)$/i.test(tree.token(interview).lemma)) return [];
  return tree.children(interview, /^(compound|nmod:poss|nmod)$/).filter((n) => n !== source && !tree.hasCase(n, 'with'));
}
