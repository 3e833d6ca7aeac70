import { lookupKnownName } from '../../entities/gazetteer.ts';
import { MEDIA_WORD } from '../../entities/media-words.ts';
import type { NlpToken } from '../../nlp/types.ts';
import type { NameMention } from './name-mentions.ts';

/** Verbs by which an outlet's credit closes a sentence: "…, the Atlanta Journal-Constitution reports." */
const CREDIT_VERBS = new Set(['report', 'note', 'add', 'find']);

/**
 * "The Red Cross flew in tents on Sunday. It said S": a sentence-opening "It" right after a sentence
 * whose main verb's subject is an organization's name stands for that organization, though it did
 * not speak there. Not a news outlet that only reported the sentence ("…, the Tampa Bay Times reports.
 * Its pilots told the paper S": the pilots are the airline's, not the paper's).
 */
export function actedJustBefore(organization: NameMention, pronoun: NlpToken, sentence: number): boolean {
  return (
    pronoun.index === 1 &&
    organization.sentence === sentence - 1 &&
    organization.main === true &&
    organization.relation === 'nsubj' &&
    !organization.modifier &&
    !creditedAsOutlet(organization)
  );
}

function creditedAsOutlet(organization: NameMention): boolean {
  if (!CREDIT_VERBS.has(organization.governor ?? '')) return false;
  const name = organization.text.replace(/^the\s+/i, '');
  return lookupKnownName(name)?.kind === 'MEDIA' || MEDIA_WORD.test(name);
}
