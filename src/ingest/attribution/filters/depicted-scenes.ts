/**
 * "The small panel, showing the Virgin and Child, was sold in 1920", "the fresco depicts a harvest": a
 * work of art shows what it pictures; it tells no claim. Polls, reports, footage, photos and ads that
 * show something are PolNeAR sources ("Photos showed mourners crouched over bodies"), so only works of
 * art are read this way, and a clause with "that" ("the portrait shows that S") keeps its reading;
 * PolNeAR train has no reading with such a source.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

const PICTURING_VERBS = new Set(['show', 'depict', 'portray', 'feature', 'picture']);
const ARTWORKS = new Set([
  'painting',
  'panel',
  'portrait',
  'fresco',
  'mural',
  'canvas',
  'sculpture',
  'statue',
  'drawing',
  'tapestry',
  'mosaic',
  'altarpiece',
  'triptych',
  'engraving',
  'etching',
  'woodcut',
  'carving',
  'relief',
  'watercolor',
  'watercolour',
]);

/** The noun the cue speaks for: its subject, or the noun a participle describes ("the panel, showing X"). */
function picturingNoun(tree: DependencyTree, cue: number): number | undefined {
  const subject = tree.child(cue, /^nsubj$/);
  if (subject !== undefined) return subject;
  return tree.relation(cue) === 'acl' ? tree.head(cue) : undefined;
}

/** A reading of a verb of picturing whose subject, or the noun its participle describes, is a work of art. */
export function isDepictedScene(tree: DependencyTree, a: CueReading): boolean {
  if (!PICTURING_VERBS.has(a.cue.lemma)) return false;
  const noun = picturingNoun(tree, a.cue.token);
  if (noun === undefined || !ARTWORKS.has(tree.token(noun).lemma.toLowerCase())) return false;
  return !tree.children(a.cue.token, /^(ccomp|xcomp)$/).some((clause) => tree.children(clause, 'mark').length > 0);
}
