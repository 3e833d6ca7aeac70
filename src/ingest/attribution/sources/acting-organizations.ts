import type { NlpToken } from '../../nlp/types.ts';
import type { NameMention } from './name-mentions.ts';

/**
 * "The Red Cross flew in tents on Sunday. It said S": a sentence-opening "It" right after a sentence
 * whose main verb's subject is an organization's name stands for that organization, though it did
 * not speak there.
 */
export function actedJustBefore(organization: NameMention, pronoun: NlpToken, sentence: number): boolean {
  return (
    pronoun.index === 1 &&
    organization.sentence === sentence - 1 &&
    organization.main === true &&
    organization.relation === 'nsubj' &&
    !organization.modifier
  );
}
