/**
 * '"S," one said' after "Several riders tell the Post S": a bare "one" or "another" is one of the
 * group that spoke last, which the article leaves unnamed; the group is the claimant. Not when the
 * latest speaker is a person, an organization or one singular description.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { singularDescription } from './mention-heads.ts';
import type { NameMention } from './name-mentions.ts';

const ONE = /^(?:one|another)$/i;

/** The group a bare "one" at `at` is one of: the latest speaker, in its sentence or the one before, if a plural group. */
export function groupOfOne(
  doc: NlpDocument,
  names: NameMention[],
  phrase: string,
  at: { start: number; sentence: number },
): NameMention | undefined {
  if (!ONE.test(phrase)) return undefined;
  const last = names.filter((n) => n.speaker && n.end <= at.start && n.sentence >= at.sentence - 1).at(-1);
  return last && last.type === 'GROUP' && !singularDescription(doc, last) ? last : undefined;
}
