/** Acts reported without a reporting verb: releasing, sharing, providing. */
import type { Attribution } from './attribution.ts';
import { isNounPhraseToken } from './phrases.ts';
import type { EntityRecord } from './registry.ts';
import { resolveSpeaker, resolveSpeakers, type SpeakerContext } from './speakers.ts';

const ACTION_VERBS = new Set(['provide', 'share', 'release', 'publish', 'post', 'issue', 'offer']);
const GENERIC_SUBJECTS = /^(authorities|officials|the authorities|the government)$/i;
const CHANNEL_PREFIX = /^In an? (?:message|post|statement|video|tweet) on /i;

/**
 * An organization or group acting rather than speaking: "The ministry also provided a phone
 * number", "Ukrainian authorities have shared videos". "In a message on the ministry's
 * Facebook page, authorities provided ..." credits the page's owner.
 */
export function actionAttribution(ctx: SpeakerContext, from: number, to: number): Attribution | undefined {
  const { tokens } = ctx;
  const k = tokens.slice(from, to).findIndex((t) => t.pos === 'VERB');
  if (k < 0) return undefined;
  const verbIndex = from + k;
  const verb = tokens[verbIndex]!;
  if (!ACTION_VERBS.has(verb.lemma)) return undefined;
  let j = verbIndex - 1;
  while (j >= from && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX')) j--;
  let start = j + 1;
  while (start > from && isNounPhraseToken(tokens, start - 1)) start--;
  if (start > j) return undefined;
  const subjectText = ctx.text.slice(tokens[start]!.start, tokens[j]!.end);
  let speakers: EntityRecord[] = [];
  const unitText = ctx.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (GENERIC_SUBJECTS.test(subjectText) && CHANNEL_PREFIX.test(unitText)) {
    const prefixEnd = from + tokens.slice(from, verbIndex).findIndex((t) => t.lower === 'on') + 1;
    let ownerEnd = prefixEnd;
    while (ownerEnd < verbIndex && !/^['’]s$/.test(tokens[ownerEnd]!.text)) ownerEnd++;
    const owner = ownerEnd < verbIndex ? resolveSpeaker(ctx, prefixEnd, ownerEnd) : undefined;
    if (owner) speakers = [owner];
  }
  if (speakers.length === 0) speakers = resolveSpeakers(ctx, start, j + 1).filter((r) => r.type !== 'Person' || start === from);
  if (speakers.length === 0) return undefined;
  const span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
  return { speakers, verb, lemma: 'act', content: { start: verb.start, end: span.end }, clause: span, via: [], contentFirst: false };
}
