/**
 * When a claim was made, read off the dependency tree: the date phrase the parser attaches to the
 * reporting verb ("said Tuesday", "told reporters on Friday", "On Thursday, the chief said",
 * "said in a statement late Wednesday"). A date inside the content ("said Friday's attack killed
 * 12") hangs on a word of the content, not on the verb, and is not the day of the saying.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';

const DAY_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/** How a time phrase hangs on its verb: "said Tuesday" (obl:tmod), "on Tuesday" (obl), "Tuesday night" (nmod:tmod). */
const TIME_RELATION = /^(obl|obl:tmod|obl:npmod|nmod:tmod|advmod)$/;
/** A noun takes its date as a modifier: "a speech on Tuesday". */
const SETTING_TIME_RELATION = /^(obl|obl:tmod|obl:npmod|nmod|nmod:tmod|nmod:npmod)$/;
/** Words around a day that narrow it without changing it: "late Wednesday", "Tuesday night". */
const NARROWING = /^(?:late|early|earlier|later|on)\s+|\s+(?:morning|afternoon|evening|night)$/gi;

/** Occasions of a saying whose date is the saying's: "In a speech on Tuesday, X said". */
const OCCASIONS = new Set([
  'speech',
  'statement',
  'interview',
  'conference',
  'briefing',
  'address',
  'post',
  'tweet',
  'letter',
  'call',
  'appearance',
  'hearing',
  'meeting',
  'remarks',
  'message',
  'video',
  'broadcast',
  'testimony',
  'session',
  'rally',
]);
/** Ways of speaking a participle sets the scene with: "Speaking to reporters Wednesday, X said". */
const SPEAKING = new Set(['speak', 'talk', 'address', 'testify', 'write', 'appear', 'brief']);

/**
 * The date phrase hanging on the cue verb, or on the occasion or the way of speaking hung on it,
 * without "on", "late" or "night": "Tuesday", "March 1, 2022".
 */
export function cueDateSpan(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  const settings = [
    ...tree.children(cue, /^obl/).filter((o) => OCCASIONS.has(tree.token(o).lemma.toLowerCase())),
    ...tree.children(cue, /^(advcl|dep)$/).filter((v) => tree.token(v).pos === 'VBG' && SPEAKING.has(tree.token(v).lemma.toLowerCase())),
  ];
  for (const node of [cue, ...settings]) {
    const span = dateOn(tree, node, text, node === cue ? TIME_RELATION : SETTING_TIME_RELATION);
    if (span) return span;
  }
  return undefined;
}

function dateOn(tree: DependencyTree, node: number, text: string, relation: RegExp): TextSpan | undefined {
  for (const child of tree.children(node, relation)) {
    const head = tree.token(child);
    if (!DAY_WORD.test(head.word) || !head.pos.startsWith('NN')) continue;
    if (tree.children(child, 'case').some((k) => !/^on$/i.test(tree.token(k).word))) continue;
    const words = tree.subtree(
      child,
      (edge) => edge.dep === 'case' || edge.dep === 'punct' || /^(acl|acl:relcl|nmod:poss)$/.test(edge.dep),
    );
    const span = tree.span(words);
    if (!span) continue;
    const phrase = text.slice(span.start, span.end);
    const trimmed = phrase.replace(NARROWING, '');
    const start = span.start + phrase.indexOf(trimmed);
    return { start, end: start + trimmed.length };
  }
  return undefined;
}
