import type { NlpDocument } from '../../nlp/types.ts';
import type { FoundAttribution, TextSpan } from '../find.ts';
import type { ResolvedSource, SourceResolver } from '../sources/sources.ts';
import { DependencyTree } from '../tree.ts';
import { listenersInContent } from './content-listeners.ts';
import { listenerOpeningContent } from './content-opening-listeners.ts';

/** "tells the Guardian", "told Reuters": an outlet the cue speaks to carried the claim. */
export function toldOutlets(
  doc: NlpDocument,
  c: FoundAttribution,
  resolver: SourceResolver,
  isOutlet: (s: ResolvedSource) => boolean,
): ResolvedSource[] {
  if (c.cue.lemma !== 'tell' && c.cue.lemma !== 'say') return [];
  const tree = DependencyTree.of(doc.sentences[c.sentence]);
  const listeners = [
    ...tree.children(c.cue.token, /^(obj|iobj)$/),
    ...tree.children(c.cue.token, 'obl').filter((o) => tree.children(o, 'case').some((k) => tree.token(k).lemma === 'to')),
    ...(c.cue.lemma === 'tell' ? [...listenersInContent(tree, c.cue.token), ...listenerOpeningContent(tree, c.cue.token)] : []),
  ];
  const told = listeners.map((t) => resolver.resolve(c, t)).filter((s): s is ResolvedSource => s !== undefined && isOutlet(s));
  return told.filter((s) => !told.some((owner) => owner !== s && ownedWithin(owner.mention, s.mention)));
}

/** "told NBC's Meet the Press": the network named inside the programme's mention owns it and is the one via (as "on CBS's Face the Nation"). */
function ownedWithin(owner: TextSpan, programme: TextSpan): boolean {
  return programme.start <= owner.start && owner.end <= programme.end && owner.end - owner.start < programme.end - programme.start;
}
