/**
 * Where the speaker of a cue is not the source token its frame found, but a word the parse puts
 * beside it: the maker of a document ("according to a filing submitted by X"), the one an interview was with ("according to a CNN interview with X"), the keeper of figures ("data from X show") or its possessive holder ("the audit office's report says"), the sender of a memo or letter ("a memo from X warned"), the paper a journal the parse made the subject published ("a study published in the journal Nature found"), a person the parse hung on their organisation, an apposition, a passive's agent, the other subject of a quantifier, the object of a
 * control verb, a participle's main-clause subject, a conjoined clause's subject, a closing report's speaker. The resolver names
 * this token (sources.ts), and find.ts judges it, so that both look at the same word.
 */
import type { DependencyTree } from '../tree.ts';
import { affiliatedPerson } from './affiliated-speakers.ts';
import { closingReportSpeaker } from './closing-participles.ts';
import { documentAuthor } from './document-authors.ts';
import { accordingInterviewee } from './interviewees.ts';
import { documentPossessor } from './document-possessors.ts';
import { documentSender } from './document-senders.ts';
import { paperPublishedInJournal } from './published-in-journals.ts';
import { figuresKeeper } from './data-keepers.ts';
import {
  appositiveSpeaker,
  commaParticipleSpeaker,
  conjoinedClauseSpeaker,
  controllingObject,
  passiveAgent,
  quantifiedSubject,
} from './governing-speaker.ts';

/** The token that speaks for cue `cue` instead of its frame's source `source`, if any. */
export function redirectedSpeaker(tree: DependencyTree, source: number, cue: number): number | undefined {
  return (
    documentAuthor(tree, source, cue) ??
    accordingInterviewee(tree, source, cue) ??
    documentPossessor(tree, source, cue) ??
    documentSender(tree, source, cue) ??
    paperPublishedInJournal(tree, source, cue) ??
    figuresKeeper(tree, source, cue) ??
    affiliatedPerson(tree, source) ??
    appositiveSpeaker(tree, source, cue) ??
    passiveAgent(tree, source, cue) ??
    quantifiedSubject(tree, source) ??
    controllingObject(tree, source, cue) ??
    closingReportSpeaker(tree, source, cue) ??
    commaParticipleSpeaker(tree, source, cue) ??
    conjoinedClauseSpeaker(tree, source, cue)
  );
}
