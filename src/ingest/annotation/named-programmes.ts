/**
 * Programmes named after their host or title with a capitalised "Show" and the like: "said on The
 * Laura Ingraham Show", "told the Rush Limbaugh Show", "on The Tonight Show"; and programmes named
 * before their hosts: "in an interview with Late Brew hosts Ann Lee and Bo Park"; and programmes named before
 * their lowercase kind: "said on the Bench Minutes podcast" (the name without the kind). NER tags the host
 * as a person (or nothing), so the programme that carried the claim is no entity; its name is the
 * outlet. Found only where outlet-phrases.ts looks for an occasion's listener or stage.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import { isOutlet } from '../entities/gazetteer.ts';

/** The head word of a programme's name, capitalised as part of it. */
const PROGRAMME_HEAD = /^(Show|Program|Programme|Hour|Podcast)$/;

/** A programme's kind written after its name in lowercase: "the Bench Minutes podcast". */
const PROGRAMME_KIND = /^(show|program|programme|podcast)$/;

/** Nouns of the people who present a programme, named after it: "Late Brew hosts". */
const PRESENTER = /^(host|hosts|co-host|co-hosts|anchor|anchors|presenter|presenters)$/i;

/** The programme named at token `i` ("Show" in "The Laura Ingraham Show", "hosts" in "Late Brew hosts"), registered at its mention. */
export function namedProgramme(tree: DependencyTree, i: number, registry: EntityRegistry): EntityRecord | undefined {
  return programmeByName(tree, i, registry) ?? programmeOfPresenters(tree, i, registry) ?? programmeBeforeKind(tree, i, registry);
}

/** "the Bench Minutes podcast", "the Daily Grind show": the capitalised name before the lowercase kind, no person's. */
function programmeBeforeKind(tree: DependencyTree, i: number, registry: EntityRegistry): EntityRecord | undefined {
  if (!PROGRAMME_KIND.test(tree.token(i).word) || !tree.children(i, 'det').some((d) => /^the$/i.test(tree.token(d).word))) return undefined;
  return programmeOfPresenters(tree, i, registry, true);
}

/** "Late Brew hosts Ann Lee and Bo Park": the capitalised name before the presenters' noun (or the programme's kind), no person's. */
function programmeOfPresenters(tree: DependencyTree, i: number, registry: EntityRegistry, kind = false): EntityRecord | undefined {
  if (!kind && !PRESENTER.test(tree.token(i).word)) return undefined;
  const words = tree.children(i, 'compound').flatMap((c) => tree.subtree(c));
  if (!words.length || words.at(-1) !== i - 1 || words.some((w, k) => k > 0 && w !== words[k - 1] + 1)) return undefined;
  const tokens = words.map((w) => tree.token(w));
  if (!tokens.every((t) => t.pos.startsWith('NN') && /^\p{Lu}/u.test(t.word) && t.ner !== 'PERSON')) return undefined;
  const name = tokens.map((t) => t.originalText).join(' ');
  const outlet = registry.add({ name, type: 'Organization', kind: 'MEDIA' }, { start: tokens[0].start, end: tokens.at(-1)!.end });
  // NER's organization was registered before its presenters or kind said what it is.
  if (outlet.type === 'Organization' && outlet.kind === 'OTHER') outlet.kind = 'MEDIA';
  return isOutlet(outlet) ? outlet : undefined;
}

/** The programme named at token `i` ("Show" in "The Laura Ingraham Show"), registered at its mention. */
function programmeByName(tree: DependencyTree, i: number, registry: EntityRegistry): EntityRecord | undefined {
  const head = tree.token(i);
  if (!PROGRAMME_HEAD.test(head.word) || !head.pos.startsWith('NN')) return undefined;
  // "George Washington University's Program": an institution's, not a broadcast's.
  if (tree.children(i, 'nmod:poss').length) return undefined;
  const parts = tree.children(i, /^(compound|flat|det)$/);
  const named = parts.filter((p) => tree.relation(p) !== 'det');
  if (!named.length || !named.every((p) => tree.token(p).pos.startsWith('NN') && /^\p{Lu}/u.test(tree.token(p).word))) return undefined;
  // Only the words right before the head: "The Laura Ingraham Show", with "The" when written capitalised.
  const words = [...parts.filter((p) => tree.relation(p) !== 'det' || tree.token(p).word === 'The'), i].sort((a, b) => a - b);
  if (words.some((w, k) => k > 0 && w !== words[k - 1] + 1)) return undefined;
  const tokens = words.map((w) => tree.token(w));
  const name = tokens.map((t) => t.originalText).join(' ');
  const outlet = registry.add({ name, type: 'Organization', kind: 'MEDIA' }, { start: tokens[0].start, end: tokens.at(-1)!.end });
  return isOutlet(outlet) ? outlet : undefined;
}
