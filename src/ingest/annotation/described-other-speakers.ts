/**
 * Someone of another role speaking after a described teller's interview: "League sources told ESPN
 * S1. Raiders coach Tom Pruitt said S2." The teller is only a description (a common noun: "sources",
 * "a neighbor who asked not to be named"), so other-interview-speakers.ts, which needs a name, does not
 * see that Pruitt is someone else; but the role he is introduced by ("coach") is not the teller's, so he
 * gave ESPN no interview, and neither do his later sayings ("he added"). A speaker with the teller's role
 * ("A Pentagon official told Bloomberg S1. The official said S2") or with no role at all (the teller
 * named only later: "An escaped prisoner told his story to CNN ... said Muneer Own") is still reached.
 */
import { DependencyTree } from '../attribution/tree.ts';
import { PERSON_TITLES } from '../attribution/sources/person-titles.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';
import { sentenceAt } from '../nlp/sentence-at.ts';

const COMMON_NOUN = /^NNS?$/;

interface Role {
  role?: string;
  /** The subject is a description with no name in it ("the official", "a neighbor who ..."). */
  described: boolean;
  named: EntityRecord[];
}

/** The claim's speaker was introduced, after the interview, by a role other than the described teller's. */
export function spokenByDescribedOther(
  doc: NlpDocument,
  registry: EntityRegistry,
  interviewAt: number,
  drafts: DraftClaim[],
  d: DraftClaim,
): boolean {
  const teller = subjectRole(doc, registry, interviewAt);
  if (!teller?.described || !teller.named.some((r) => r.type !== 'Place') || !d.claimants.length) return false;
  if (d.claimants.some((c) => teller.named.includes(c))) return false;
  const at = d.verbSpan?.start ?? d.evidence.start;
  return drafts.some((e) => {
    const from = e.verbSpan?.start;
    if (from === undefined || from < interviewAt || from > at || !d.claimants.every((c) => e.claimants.includes(c))) return false;
    const speaker = subjectRole(doc, registry, from);
    // The subject must name the speaker: a misparsed subject ("the focus of the campaign would be, Devine responded") says nothing.
    return !!speaker?.role && speaker.role !== teller.role && d.claimants.every((c) => speaker.named.includes(c));
  });
}

/**
 * The role the subject of the verb at `verbStart` is introduced by: a common noun as its head ("the
 * official", "Whitcomb's son", "the hospital's chief executive, Mark Delaney") is a description; a name's
 * nearest common noun or title before it ("Raiders coach Tom Pruitt", "Sheriff Alan Cooke") is a role
 * of a named person. Pronouns and bare names have none.
 */
function subjectRole(doc: NlpDocument, registry: EntityRegistry, verbStart: number): Role | undefined {
  const sentence = sentenceAt(doc, verbStart);
  const verb = sentence?.tokens.find((t) => t.start === verbStart);
  if (!sentence || !verb) return undefined;
  const tree = DependencyTree.of(sentence);
  let subject = tree.child(verb.index, /^nsubj$/);
  // "A neighbor who asked not to be named told KSL S" is parsed as the noun's relative clause, its subject "who" or "asked".
  const nominal = subject !== undefined && /^(NN|PRP)/.test(tree.token(subject).pos);
  if (!nominal && tree.relation(verb.index) === 'acl:relcl') subject = tree.head(verb.index);
  if (subject === undefined || subject === 0) return undefined;
  const span = tree.span(tree.subtree(subject, (edge) => edge.to === verb.index));
  const named = span ? registry.mentionedIn(span.start, span.end) : [];
  const head = tree.token(subject);
  const appositives = tree.children(subject, 'appos').map((i) => tree.token(i));
  // "At least a dozen members of Congress told HuffPost S1. Rep. Elijah Cummings, chair of ..., said S2": he may be one of them.
  const counted = head.pos === 'NNS' && (head.lemma.toLowerCase() === 'member' || tree.children(subject, 'nummod').length > 0);
  if (COMMON_NOUN.test(head.pos))
    return { role: head.lemma.toLowerCase(), described: !counted && !appositives.some((t) => t.pos.startsWith('NNP')), named };
  if (!head.pos.startsWith('NNP')) return undefined;
  const roles = [...tree.children(subject, 'compound').map((i) => tree.token(i)), ...appositives].filter(
    (t) => COMMON_NOUN.test(t.pos) || PERSON_TITLES.has(t.word.toLowerCase()),
  );
  const role = roles.filter((t) => t.start < head.start).at(-1) ?? roles[0];
  return { ...(role ? { role: role.lemma.toLowerCase() } : {}), described: false, named };
}
