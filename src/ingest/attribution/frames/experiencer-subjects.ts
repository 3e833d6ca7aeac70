/**
 * "Some Democrats are concerned that S", "Republicans are divided over S", "X was focused on S": a
 * verb of feeling, of taking sides or of attention, in the passive with no agent, speaks for its
 * passive subject, who holds the feeling (unlike "X was reported", whose passive subject is what was
 * said). Not "committed to", "determined to" or "poised to": in train they mostly tell what X will do.
 */
import type { DependencyTree } from '../tree.ts';

const FEELING_VERBS = new Set(
  [
    'alarm align anger annoy assure baffle bother concern confuse convince dedicate delight devote',
    'disappoint dismay disturb divide embarrass enamor encourage excite focus frighten frustrate horrify impress incline',
    'infuriate intrigue irritate miff mystify offend outrage perplex persuade please puzzle',
    'oppose rattle reassure relieve satisfy scare shock split stun surprise terrify thrill trouble unify',
    'unite upset worry',
  ]
    .join(' ')
    .split(' '),
);
/** Parts of speech a holder can have: nouns, pronouns, numbers and quantifiers ("60 percent", "many"). */
const HOLDER = /^(NN|NNS|NNP|NNPS|PRP|WP|CD|DT|JJ|JJS)$/;

/** The passive subject of a feeling verb `v` with no "by" agent, or undefined. */
export function experiencerSubject(tree: DependencyTree, v: number): number | undefined {
  const token = tree.token(v);
  if (token.pos !== 'VBN' || !FEELING_VERBS.has(token.lemma.toLowerCase())) return undefined;
  const subject = tree.child(v, 'nsubj:pass');
  if (subject === undefined || !HOLDER.test(tree.token(subject).pos)) return undefined;
  const byAgent = tree.children(v, /^obl/).some((o) => tree.hasCase(o, 'by'));
  return byAgent ? undefined : subject;
}
