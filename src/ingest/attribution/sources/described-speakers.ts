/**
 * "A reporter for Agence France-Presse called it "absolute chaos." "We saw people hit," he said.":
 * where no name fits a "he" or "she", the speaker just before, described by a person's noun and
 * named by nobody, is who speaks again.
 */
import { isPersonRole } from '../../entities/gazetteer.ts';
import type { NlpToken } from '../../nlp/types.ts';
import { descriptionGender, descriptionHead } from './described-gender.ts';
import type { NameMention } from './name-mentions.ts';
import type { Gender } from './pronoun-features.ts';

/** How many sentences back the described speaker may stand. */
const DESCRIBED_SPEAKER_WINDOW = 1;

/** The described speaker a "he" or "she" (of `gender`) stands for when no name does, or undefined. */
export function describedSpeaker(names: NameMention[], pronoun: NlpToken, sentence: number, gender: Gender): NameMention | undefined {
  const before = names.filter((n) => n.end <= pronoun.start);
  const speaker = [...before].reverse().find((n) => n.speaker);
  if (!speaker || speaker.type !== 'GROUP' || sentence - speaker.sentence > DESCRIBED_SPEAKER_WINDOW) return undefined;
  // Any name after the description could be the one the pronoun means.
  if (before.some((n) => n.start >= speaker.end)) return undefined;
  // A person's noun in the singular ("reporter", not "reporters"), not one of the other gender ("a woman" for "he").
  const head = descriptionHead(speaker.text).toLowerCase();
  if (!isPersonRole(head) || /[^s]s$/.test(head)) return undefined;
  return (descriptionGender(speaker.text) ?? gender) === gender ? speaker : undefined;
}
