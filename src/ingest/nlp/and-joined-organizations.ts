/**
 * A body's name with "and" inside, which the tagger cuts at the "and": "Lochaber and Morvern Council"
 * gives "Morvern Council" alone (the first word untagged or a place), "The Harbours and Ferries Board"
 * gives "Ferries Board". The organization mention is widened back over the "and" to the capitalised
 * words before it, so the name is one entity and one claimant; so is a party's name before a lowercase
 * "party" ("the Law and Justice party"). Only where those words are plain
 * capitalised words untagged or tagged a place (or one word tagged an organization before a name of two,
 * "Argyll and Bute Council"), right after "the" or a word that is no proper noun, and the mention
 * closes on a body's head word: "the FBI and Justice Department" (an organization
 * before "and") and "Alphabet and Facebook" (no head word) stay two. On PolNeAR train's 840 parses no
 * mention has the shape.
 */
import type { NlpDocument, NlpEntityMention, NlpSentence, NlpToken } from './types.ts';

const BODY_HEAD =
  /^(?:Council|Board|Committee|Commission|Authority|Service|Services|Association|Trust|Agency|Department|Corporation|Society|Federation|Partnership|Executive|Foundation|Institute)$/;
const PLACE_NER = /^(?:O|LOCATION|CITY|STATE_OR_PROVINCE)$/;
/** One plain capitalised word: no initials, abbreviations or digits ("Gov.", "U.S."). */
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
const MAX_WORDS_BEFORE = 2;

/** The document with each such organization mention widened over the "and" and the words before it. */
export function joinAndOrganizations(doc: NlpDocument, text: string): NlpDocument {
  return { ...doc, sentences: doc.sentences.map((s) => joinSentence(s, text)) };
}

/** The 1-based token where the widened name starts, if the mention [begin, end) takes the words before its "and". */
function widenedStart(tokens: NlpToken[], mention: NlpEntityMention): number | undefined {
  const word = (i: number) => tokens[i - 1];
  // "the Law and Justice party": the tagger leaves the lowercase "party" out of the name it cut.
  const closesOnBody = BODY_HEAD.test(word(mention.tokenEnd - 1).word) || /^party$/.test(word(mention.tokenEnd)?.word ?? '');
  if (mention.ner !== 'ORGANIZATION' || !closesOnBody) return undefined;
  const and = mention.tokenBegin - 1;
  if (and < 2 || word(and).word !== 'and') return undefined;
  let start = and;
  // "Argyll and Bute Council": the tagger may call the first word an organization of its own, but
  // then only one word before a name of two ("the FBI and Justice Department" stays two).
  const ner = (i: number) =>
    word(i).ner === 'ORGANIZATION' && mention.tokenEnd - mention.tokenBegin === 2 && and - i === 1 ? 'O' : word(i).ner;
  while (start > 1 && and - start < MAX_WORDS_BEFORE) {
    const t = word(start - 1);
    if (!/^NNPS?$/.test(t.pos) || !PLAIN_WORD.test(t.word) || !PLACE_NER.test(ner(start - 1))) break;
    start--;
  }
  if (start === and) return undefined;
  const before = start > 1 ? word(start - 1) : undefined;
  return before === undefined || /^the$/i.test(before.word) || !/^NNP/.test(before.pos) ? start : undefined;
}

function joinSentence(sentence: NlpSentence, text: string): NlpSentence {
  const tokens = [...sentence.tokens];
  let joined = false;
  const widened = sentence.entityMentions.map((m) => {
    const start = widenedStart(tokens, m);
    if (start === undefined) return m;
    joined = true;
    for (let i = start; i < m.tokenBegin; i++) tokens[i - 1] = { ...tokens[i - 1], ner: 'ORGANIZATION' };
    const first = tokens[start - 1];
    return { ...m, tokenBegin: start, start: first.start, text: text.slice(first.start, m.end) };
  });
  if (!joined) return sentence;
  // A place mention inside the widened name ("Perth" in "Perth and Kinross Council") is the name's word now.
  const mentions = widened.filter((m) => !widened.some((w) => w !== m && w.tokenBegin <= m.tokenBegin && m.tokenEnd <= w.tokenEnd));
  return { ...sentence, tokens, entityMentions: mentions };
}
