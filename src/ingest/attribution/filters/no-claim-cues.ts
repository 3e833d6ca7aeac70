/**
 * Readings whose cue, read on its sentence's parse, tells no claim, dropped after the claim check.
 * Each shape is one predicate in a file of its own, with its example and its PolNeAR train figures.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';
import { isAudienceObject } from './audience-objects.ts';
import { isBallotedMembers } from './balloted-members.ts';
import type { CueReading } from './cue-reading.ts';
import { isBlessing } from './blessings.ts';
import { isDepictedScene } from './depicted-scenes.ts';
import { isExpectedCourse } from './expected-courses.ts';
import { isFoundState } from './found-states.ts';
import { isHavingASay } from './having-a-say.ts';
import { isPhoneCall } from './phone-calls.ts';
import { isReadText } from './read-texts.ts';
import { isTakenObject } from './taken-objects.ts';
import { isTellIdiom } from './tell-idioms.ts';
import { isVotingRelative } from './voting-relatives.ts';
import { isTopiclessSpeaking } from './topicless-speaking.ts';
import { isSubjectedInfinitiveRelative } from './infinitive-relative-subjects.ts';
import { isQuestionedPeople } from './questioned-people.ts';
import { isShownThing } from './shown-things.ts';
import { isDeclinedComment } from './declined-comments.ts';

const NO_CLAIM: ((tree: DependencyTree, a: CueReading) => boolean)[] = [
  // "addressed a packed rally": the gathering is the audience, not what was said.
  isAudienceObject,
  // "Lent, who voted for the levy, said S": a vote in a relative clause describes the voter.
  isVotingRelative,
  // "God bless Tarvick".
  isBlessing,
  // "Only time will tell", "All told, 900 families moved".
  isTellIdiom,
  // "Velora has recalled 80,000 chargers", "the storm claimed six lives", "Lumen Foods recalled its waffles".
  isTakenObject,
  // "The board, which has the final say on fees".
  isHavingASay,
  // "called the man on the phone", "answered a call about gunshots".
  isPhoneCall,
  // "Everything went according to plan".
  isExpectedCourse,
  // "The union balloted its 900 members".
  isBallotedMembers,
  // "read a short statement aloud", with nothing of what it says.
  isReadText,
  // "The owner found the panel wrapped in a blanket".
  isFoundState,
  // "The small panel, showing the Virgin and Child, was sold in 1920".
  isDepictedScene,
  // "did not want to speak on the record", "agreed to talk on condition that S".
  isTopiclessSpeaking,
  // "has nothing but positive things to say about his job": "things" is no speaker.
  isSubjectedInfinitiveRelative,
  // "The judge questioned lawyers for the city": interrogating people.
  isQuestionedPeople,
  // "Ortiz showed reporters a chart": a thing displayed.
  isShownThing,
  // "Prosecutors offered no comment on the case".
  isDeclinedComment,
];

/** `readings` without those whose cue one of the shapes above reads as no claim. */
export function withoutNoClaimCues<A extends CueReading>(doc: NlpDocument, readings: A[]): A[] {
  return readings.filter((a) => {
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    return !NO_CLAIM.some((isNoClaim) => isNoClaim(tree, a));
  });
}
