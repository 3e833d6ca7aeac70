/** Reporting verbs by written form, and how each shapes a claim. */
import type { DependencyTree } from '../attribution/tree.ts';
import { wordTable } from '../text/own-entries.ts';

const FORMS = wordTable<string[]>({
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  add: ['add', 'adds', 'added', 'adding'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  believe: ['believe', 'believes', 'believed'],
  think: ['think', 'thinks', 'thought'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  dispute: ['disputes', 'disputed', 'disputing'],
  refute: ['refute', 'refutes', 'refuted', 'refuting'],
  rebut: ['rebut', 'rebuts', 'rebutted', 'rebutting'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  report: ['report', 'reports', 'reported', 'reporting'],
  write: ['write', 'writes', 'wrote', 'writing'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealing'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  maintain: ['maintain', 'maintains', 'maintained', 'maintaining'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  note: ['note', 'notes', 'noted', 'noting'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  fear: ['fear', 'fears', 'feared'],
  suspect: ['suspect', 'suspects', 'suspected'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  estimate: ['estimate', 'estimates', 'estimated'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  offer: ['offer', 'offers', 'offered'],
  promise: ['promise', 'promises', 'promised'],
  predict: ['predict', 'predicts', 'predicted'],
  accuse: ['accuse', 'accuses', 'accused'],
  blame: ['blame', 'blames', 'blamed'],
  describe: ['describe', 'describes', 'described'],
  call: ['call', 'calls', 'called', 'calling'],
});

const LEMMA_OF = new Map<string, string>();
for (const [lemma, forms] of FORMS) for (const f of forms) LEMMA_OF.set(f, lemma);

/** Verbs whose object is usually not a statement; they report only with a quote or "that" ("called the conflict "..."", "described as"). */
export const WEAK_VERBS = new Set(['call', 'describe', 'offer', 'promise', 'accuse', 'blame', 'add', 'tweet', 'write', 'report', 'note']);
export const BELIEF_VERBS = new Set(['believe', 'think', 'fear', 'suspect']);
/** Verbs an outlet uses when it is the source of the content rather than a speaker. */
export const OUTLET_VERBS = new Set(['report', 'note', 'say', 'write', 'reveal']);

export function reportingLemma(word: string): string | undefined {
  return LEMMA_OF.get(word.toLowerCase());
}

export const HEDGES = /\b(probably|may|might|reportedly|apparently|possibly|likely|could|appears?|seems?|allegedly)\b/i;

/** "say" → "says", "deny" → "denies": the third-person form from the table, else the regular rule. */
export function thirdPerson(lemma: string): string {
  const listed = FORMS.get(lemma)?.find((f) => f !== lemma && f.endsWith('s') && !f.endsWith('ss'));
  if (listed) return listed;
  if (/(s|sh|ch|x|z)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** Ways of speaking a participle sets the scene with: "Speaking to reporters Wednesday, X said", "Writing for CNN, X says". */
export const SPEAKING = new Set(['speak', 'talk', 'address', 'testify', 'write', 'appear', 'brief']);

/**
 * The participles of speaking that set a cue verb's scene: hung on the verb ("Speaking to reporters,
 * X said", as a clause or, before it, as an adverb), on its subject ("The governor, speaking Sunday on Fox News, said"), or, closing the
 * sentence after a comma, on the verb of what was said ("X said the levee would hold, speaking at
 * the harbor on Tuesday": no levee speaks).
 */
export function speakingParticiples(tree: DependencyTree, cue: number): number[] {
  const speaking = (v: number) => tree.token(v).pos === 'VBG' && SPEAKING.has(tree.token(v).lemma.toLowerCase());
  const onSubject = tree.children(cue, /^nsubj/).flatMap((s) => tree.children(s, 'acl'));
  const closing = tree
    .children(cue, 'ccomp')
    .filter((said) => said > cue)
    .flatMap((said) => tree.children(said, /^(advcl|dep)$/).filter((v) => v > said && closesSentence(tree, v)));
  // "Speaking to the Los Angeles Times, X said": the parser may read the opening participle as an adverb.
  const opening = tree.children(cue, 'advmod').filter((v) => v < cue);
  // "Speaking with Le Monde, engineer Paul Durand said": or as the verb's subject, the speaker hung on the outlet.
  const openingSubject = tree.children(cue, 'nsubj').filter((v) => v === 1);
  return [...tree.children(cue, /^(advcl|dep)$/), ...opening, ...openingSubject, ...onSubject, ...closing].filter(speaking);
}

/** A clause set off by a comma that runs to the sentence's end. */
function closesSentence(tree: DependencyTree, head: number): boolean {
  const words = tree.subtree(head);
  const last = tree.sentence.tokens.filter((t) => !/^[.!?"'”’]+$/.test(t.word)).at(-1)?.index;
  return words[0] > 1 && tree.token(words[0] - 1).word === ',' && words.at(-1) === last;
}
