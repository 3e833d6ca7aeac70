/**
 * A written paper's publication is its saying: "A study published Thursday by the Rand Corporation
 * found S", "researchers said in a study published Wednesday", "In an op-ed published Sunday, X argued
 * S". What a study, report or column claims it claims on the day it is published; an interview or a
 * video "published Sunday" was said before, and keeps no date, as does a poll "conducted Thursday".
 */
import type { DependencyTree } from '../attribution/tree.ts';

/** Papers whose words are first said by their publication; not an interview, a video or a broadcast. */
const WRITTEN_PAPERS = new Set([
  'study',
  'survey',
  'report',
  'analysis',
  'paper',
  'review',
  'audit',
  'poll',
  'ed',
  'op-ed',
  'editorial',
  'column',
  'essay',
  'commentary',
  'letter',
  'memo',
]);
/** Participles that date when an occasion reached the public, not when its words were said. */
export const AIRING = /^(?:air|broadcast|publish|televise|print|rebroadcast)$/i;
export const PUBLISHING = /^(?:publish|print)$/i;

/** "In a report, published Friday, the agency said S": a written paper's publishing is its saying. */
export function publishesPaper(tree: DependencyTree, participle: number, paper: number): boolean {
  return PUBLISHING.test(tree.token(participle).lemma) && isWrittenPaper(tree, paper);
}

/** A paper whose words its publication first says: "report", "column", "memo"; not "interview" or "video". */
export function isWrittenPaper(tree: DependencyTree, i: number): boolean {
  return WRITTEN_PAPERS.has(tree.token(i).lemma.toLowerCase());
}

/** "a poll conducted Thursday": the day of a poll's fieldwork, before its findings were told (not "an interview conducted Friday"). */
const FIELDWORK = /^(?:conduct|field)$/i;
const POLLS = new Set(['poll', 'survey']);

/**
 * A participle whose day is not the saying's but one before it: an airing ("aired Sunday", "an
 * interview published Sunday") or a poll's fieldwork ("a poll conducted on Thursday").
 */
export function datesBeforeSaying(tree: DependencyTree, participle: number): boolean {
  const { lemma } = tree.token(participle);
  const paper = describedPaper(tree, participle);
  if (FIELDWORK.test(lemma)) return paper !== undefined && POLLS.has(tree.token(paper).lemma.toLowerCase());
  return AIRING.test(lemma) && !(PUBLISHING.test(lemma) && paper !== undefined);
}

/** The written paper right before the participle that it describes or that is its subject: "A study published Thursday". */
function describedPaper(tree: DependencyTree, participle: number): number | undefined {
  if (participle < 2) return undefined;
  const paper = participle - 1;
  if (!isWrittenPaper(tree, paper) || !tree.token(paper).pos.startsWith('NN')) return undefined;
  // "said in a report published Monday": the parser may hang both the paper and its participle on the cue.
  const hungOnCue = tree.relation(participle) === 'dep' && tree.relation(paper) === 'obl' && tree.head(paper) === tree.head(participle);
  const describes =
    tree.head(participle) === paper || (tree.head(paper) === participle && /^nsubj/.test(tree.relation(paper))) || hungOnCue;
  return describes ? paper : undefined;
}
