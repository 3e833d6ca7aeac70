/**
 * "according to a CNN interview with Ana Ruiz, S": the interview does not speak, the person it was with
 * does (and the outlet that held it carries the claim: annotation/given-interviews.ts). Only a person or
 * a noun for people after "with": "an interview with The New York Times" names no one who spoke. With no
 * one named after "with" ("Cray regrets S, according to an ITV interview broadcast Sunday"), the person
 * the claim's clause is about is the one interviewed.
 */
import { namesPeopleToken } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';

const INTERVIEW = /^(interview|conversation)$/i;
/** Nouns the parser may make the phrase's head before the interview it airs: "an ITV interview broadcast Sunday". */
const AIRING_NOUN = /^(broadcast|airing)$/i;

/** The one interviewed in the interview `source` that "according to" (cue `cue`) names, if any. */
export function accordingInterviewee(tree: DependencyTree, source: number, cue: number): number | undefined {
  if (tree.token(cue).lemma.toLowerCase() !== 'accord') return undefined;
  const interview = interviewAt(tree, source);
  if (interview === undefined) return undefined;
  const withPerson = tree.children(interview, 'nmod').find((n) => n > interview && tree.hasCase(n, 'with') && namesPeopleToken(tree, n));
  return withPerson ?? (accordingPhrase(tree, source) ? clauseSubject(tree, source) : undefined);
}

function accordingPhrase(tree: DependencyTree, phrase: number): boolean {
  return tree.children(phrase, 'case').some((k) => /^according$/i.test(tree.token(k).word));
}

/** "according to an ITV interview broadcast Sunday": the interview token of the phrase headed at `i`, if it names one. */
export function interviewAt(tree: DependencyTree, i: number): number | undefined {
  if (INTERVIEW.test(tree.token(i).lemma)) return i;
  if (!AIRING_NOUN.test(tree.token(i).word)) return undefined;
  return tree.children(i, 'compound').find((c) => INTERVIEW.test(tree.token(c).lemma));
}

/** The named person or "he"/"she" the clause the according phrase `phrase` hangs on is about: "Cray regrets S", "Salcedo was forced out". */
function clauseSubject(tree: DependencyTree, phrase: number): number | undefined {
  const head = tree.head(phrase);
  if (!head) return undefined;
  const subject = tree.child(head, /^nsubj(:pass)?$/);
  if (subject === undefined) return undefined;
  const token = tree.token(subject);
  return token.ner === 'PERSON' || /^(he|she)$/i.test(token.word) ? subject : undefined;
}

/**
 * "Cray regrets S, according to an ITV interview broadcast Sunday": where `subject` is the one such an
 * interview is about, the words that may name the outlet that held it ("ITV", "aired on NBC").
 */
export function interviewedSubjectHosts(tree: DependencyTree, subject: number): number[] {
  if (!/^nsubj(:pass)?$/.test(tree.relation(subject))) return [];
  const head = tree.head(subject);
  if (!head) return [];
  for (const phrase of tree.children(head, 'obl')) {
    if (!accordingPhrase(tree, phrase)) continue;
    const interview = interviewAt(tree, phrase);
    if (interview === undefined || clauseSubject(tree, phrase) !== subject) continue;
    const airing = [...tree.children(interview, /^acl/), ...(interview === phrase ? [] : [phrase])];
    return [
      ...tree.children(interview, /^(compound|nmod:poss)$/),
      ...tree.children(interview, 'nmod').filter((n) => !tree.hasCase(n, 'with') || !namesPeopleToken(tree, n)),
      ...airing.flatMap((a) => tree.children(a, /^(obl|nmod)$/).filter((n) => tree.hasCase(n, 'on') || tree.hasCase(n, 'by'))),
    ];
  }
  return [];
}
