/**
 * "according to state media", "Iranian state TV reported", "local media reports": a country's, a
 * government's or a place's media named as a whole carry what they report, as a named outlet does. NER
 * tags none of them, so the phrase's shape decides: a qualifier that says whose media, then the medium.
 */
const QUALIFIER = String.raw`(?:state|state-run|state-owned|state-controlled|government-run|government-controlled|official|local|national|regional)`;
const MEDIUM = String.raw`(?:media|television|TV|radio|news\s+agency|broadcaster|press)`;
/** "state media", "Syrian state television", "the official news agency", "Russian media". */
const MEDIA_COLLECTIVE = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:\p{Lu}\p{Ll}+\s+)?${QUALIFIER}(?:\s+${QUALIFIER})?\s+${MEDIUM}|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)\s+(?:media|state\s+${MEDIUM}))$`,
  'iu',
);

/** Whether a source's name reads as a body of media ("state media", "Chinese state TV"), no single outlet's name. */
export function isMediaCollective(name: string): boolean {
  return MEDIA_COLLECTIVE.test(name.trim());
}

/** The names of the sources that read as media bodies, for the registry to hold as outlets rather than groups. */
export function mediaCollectiveNames(sources: Array<{ name: string }>): Set<string> {
  return new Set(sources.map((s) => s.name).filter(isMediaCollective));
}
