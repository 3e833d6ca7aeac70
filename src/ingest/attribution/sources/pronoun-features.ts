/**
 * What the pronoun ranker knows about one candidate antecedent of a pronoun source ("he said" → which
 * earlier name): where it stands relative to the pronoun, how it sits in its sentence, whether it
 * spoke, whether gender and number fit, whether it is a capitalised dateline or sits in the headline.
 * Features are strings for the sparse logistic model of pronoun-model.ts (learned by
 * src/eval/learn-pronouns.ts).
 */
import type { TextSpan } from '../find.ts';
import type { Gender } from '../../text/first-name-gender.ts';
import { wordTable } from '../../text/own-entries.ts';

export type { Gender };

export type PronounClass = 'he' | 'she' | 'they' | 'i' | 'we';

const CLASSES = wordTable<PronounClass>({
  he: 'he',
  him: 'he',
  his: 'he',
  she: 'she',
  her: 'she',
  they: 'they',
  them: 'they',
  i: 'i',
  me: 'i',
  we: 'we',
  us: 'we',
});

export function pronounClass(word: string): PronounClass | undefined {
  return CLASSES.get(word.toLowerCase());
}

/** A name or speaker before the pronoun, as sources.ts lists them. */
export interface CandidateMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  type: string;
  subject: boolean;
  role?: boolean;
  speaker?: boolean;
  /** The dependency relation of the name's head word (nsubj, obj, obl, poss, compound, …). */
  relation?: string;
  /** The lemma of the word the name's head hangs from ("tell" in "told Smith"). */
  governor?: string;
  /** Tagged NNPS/NNS: "Democrats". */
  plural?: boolean;
  /** Hangs from the sentence's main verb, not from a clause inside it. */
  main?: boolean;
  /** Modifies a common noun ("the Obama administration", "a Clinton aide"): names a thing or a group, not one who speaks. */
  modifier?: boolean;
}

export interface PronounSite {
  word: string;
  start: number;
  end: number;
  sentence: number;
}

export interface FeatureContext {
  text: string;
  quotes: TextSpan[];
  /** The fullest form of a candidate's name ("Trump" → "Donald Trump"), which names one entity. */
  entity: (m: CandidateMention) => string;
  gender: (name: string) => Gender | undefined;
}

/** Sentences back a candidate may stand from its pronoun. */
export const CANDIDATE_WINDOW = 5;

/**
 * Earlier names and speakers a pronoun may stand for, within the window, nearest last: for "he",
 * "she" and "I" a person or a singular role ("the spokesman"), never an organization or a dateline
 * NER typed as one ("GYOR"); for "they" and "we" anything but a place.
 */
export function pronounCandidates<M extends CandidateMention>(names: M[], pronoun: PronounSite): M[] {
  const personal = /^(he|she|i)$/.test(pronounClass(pronoun.word) ?? '');
  return names.filter(
    (n) =>
      n.end <= pronoun.start &&
      n.sentence >= pronoun.sentence - CANDIDATE_WINDOW &&
      (personal ? n.type === 'PERSON' || n.role === true : n.type !== 'PLACE'),
  );
}

const bucket = (n: number, top: number) => (n >= top ? `${top}+` : String(n));

function relationKind(relation: string | undefined): string {
  if (!relation) return 'none';
  if (/^nsubj:pass/.test(relation)) return 'nsubjpass';
  if (/^nsubj/.test(relation)) return 'nsubj';
  if (/^(obj|iobj)$/.test(relation)) return 'obj';
  if (/^obl/.test(relation)) return 'obl';
  if (/^nmod:poss/.test(relation)) return 'poss';
  if (/^(nmod|compound|appos|conj|root|ROOT|dep|flat)/.test(relation)) return relation.split(':')[0].toLowerCase();
  return 'other';
}

function paragraphStarts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) out.push(m.index + m[0].length);
  return out;
}

/** Features of each candidate (in the order given) for the pronoun; `rule` is the hand rules' pick. */
export function candidateFeatures<M extends CandidateMention>(
  pronoun: PronounSite,
  candidates: M[],
  context: FeatureContext,
  rule: M | undefined,
): string[][] {
  const pc = pronounClass(pronoun.word) ?? 'other';
  const inQuote = (s: { start: number; end: number }) => context.quotes.some((q) => q.start <= s.start && s.end <= q.end);
  const starts = paragraphStarts(context.text);
  const paragraphOf = (offset: number) => starts.filter((s) => s <= offset).length - 1;
  const headlineEnd = starts[1] ?? context.text.length;
  const pronounQuoted = inQuote(pronoun);
  const entities = candidates.map((c) => context.entity(c));
  const ruleEntity = rule ? context.entity(rule) : undefined;
  // The entities by how recently they were last mentioned before the pronoun (0 = the latest).
  const recency = [...new Set([...entities].reverse())];
  const agreement = candidates.map((c, i) => agrees(pc, c, context.gender(entities[i])));
  // The entities that agree with the pronoun, by recency: "the second man back who could be 'he'".
  const fitting = [...new Set(entities.filter((_, i) => agreement[i] !== 'mismatch').reverse())];
  // Whether a candidate is the latest of its kind: pointwise scores cannot compare candidates otherwise.
  const latest = (test: (c: M, i: number) => boolean) => {
    for (let i = candidates.length - 1; i >= 0; i--) if (agreement[i] !== 'mismatch' && test(candidates[i], i)) return entities[i];
    return undefined;
  };
  const kinds: Array<[string, string | undefined]> = [
    ['speaker', latest((c) => c.speaker === true)],
    ['subject', latest((c) => c.subject)],
    ['main-subject', latest((c) => c.subject && c.main === true)],
    ['match', latest((_, i) => agreement[i] === 'match')],
    ['person', latest((c) => c.type === 'PERSON')],
    ['outside-quotes', latest((c) => !inQuote(c))],
  ];
  const pronounParagraph = paragraphOf(pronoun.start);
  const ruleFar = rule !== undefined && paragraphOf(rule.start) !== pronounParagraph;
  // Evidence against the hand rules' pick (mostly the latest speaker): another fitting entity is a
  // subject in the pronoun's own sentence, or stands in its paragraph while the pick stands in another.
  const rivalEvidence = (c: M, i: number): string[] => {
    if (ruleEntity === undefined || entities[i] === ruleEntity || agreement[i] === 'mismatch') return [];
    const out: string[] = [];
    if (c.sentence === pronoun.sentence && c.subject) out.push('same-sentence-subject');
    if (ruleFar && paragraphOf(c.start) === pronounParagraph) out.push('same-paragraph');
    return out;
  };
  const evidence = candidates.map(rivalEvidence);
  const against = new Set(evidence.flat());
  return candidates.map((c, i) => {
    const entity = entities[i];
    const distance = pronoun.sentence - c.sentence;
    const mentions = entities.filter((e, j) => e === entity && j <= i).length;
    const spokeBefore = candidates.some((d, j) => j < i && d.speaker && entities[j] === entity);
    const quoted = inQuote(c);
    const caps = /[A-Z]{2}/.test(c.text) && c.text === c.text.toUpperCase();
    const paragraphStart = starts.includes(c.start);
    const f = [
      `class:${pc}`,
      `distance:${pc}:${bucket(distance, 5)}`,
      `rank:${bucket(candidates.length - 1 - i, 4)}`,
      `entity-rank:${pc}:${bucket(recency.indexOf(entity), 3)}`,
      `type:${pc}:${c.type}`,
      `relation:${relationKind(c.relation)}`,
      `relation:${relationKind(c.relation)}:${distance === 0 ? 'same' : 'before'}`,
      `mentions:${bucket(mentions, 3)}`,
      `quote:${quoted ? 'in' : 'out'}:${pronounQuoted ? 'in' : 'out'}`,
      `paragraph:${paragraphOf(c.start) === paragraphOf(pronoun.start) ? 'same' : 'other'}`,
    ];
    for (const [kind, e] of kinds) if (e === entity) f.push(`latest:${kind}`);
    if (c.subject) f.push(`subject:${bucket(distance, 2)}`, `subject:${c.main ? 'main' : 'embedded'}`);
    if (c.speaker) f.push(`speaker:${bucket(distance, 2)}`, `speaker:${pc}`);
    if (spokeBefore) f.push('spoke-before');
    if (c.role) f.push(`role:${pc}`);
    if (c.plural) f.push(`plural:${pc}`);
    if (caps) f.push('caps');
    if (caps && paragraphStart) f.push('dateline');
    if (c.end <= headlineEnd) f.push('headline');
    if (c.governor && relationKind(c.relation) !== 'nsubj' && /^(tell|say|ask|write|email|inform)$/.test(c.governor)) f.push('listener');
    if (agreement[i] !== undefined) f.push(`gender:${agreement[i]}`);
    if (agreement[i] !== 'mismatch') f.push(`fitting-rank:${pc}:${bucket(fitting.indexOf(entity), 3)}`);
    if (pronounQuoted && c.speaker) f.push(`quoted-pronoun:speaker:${bucket(distance, 2)}`);
    if (ruleEntity !== undefined && entity === ruleEntity) {
      f.push(`rule:${pc}`, rule === c ? 'rule-mention' : 'rule-entity');
      for (const e of against) f.push(`rule-rival:${e}`);
    }
    for (const e of evidence[i]) f.push(`rival:${e}`, ...(agreement[i] ? [`rival:${e}:${agreement[i]}`] : []));
    return f;
  });
}

function agrees(pc: PronounClass | 'other', c: CandidateMention, gender: Gender | undefined): 'match' | 'mismatch' | 'unknown' | undefined {
  if (pc !== 'he' && pc !== 'she') return undefined;
  if (c.type !== 'PERSON' || gender === undefined) return 'unknown';
  return (gender === 'male') === (pc === 'he') ? 'match' : 'mismatch';
}
