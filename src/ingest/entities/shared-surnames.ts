/**
 * The registered person a shorter form of a name stands for. "Assad" after "Bashar al-Assad" is
 * him; but where two people share the surname ("Bill Clinton", "Hillary Clinton"; "Donald Trump",
 * "Eric Trump"), the bare surname is the one of them mentioned nearest before it (a careful writer
 * would not leave it ambiguous, but news does), or, before either, the one mentioned first (a
 * headline's "Clinton"). A name without "Jr." or "Sr." is not the suffixed one's: "Donald Trump"
 * is not "Donald Trump Jr.", though "Trump Jr." is.
 */
import type { TextSpan } from '../text/spans.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';

/** Father and son: "Duncan Hunter" is neither "Duncan Hunter Sr." nor "Donald Trump Jr."; a "III" is mostly written without it. */
const GENERATION = /^(jr|sr)\.?$/;

/** A person already registered whose name contains every word of this one, the nearest before `span` of several. */
export function personOfShorterName(registry: EntityRegistry, name: string, span?: TextSpan): EntityRecord | undefined {
  const words = name.toLowerCase().split(/\s+/);
  const last = words.at(-1)!;
  const candidates = registry.all().filter((r) => {
    if (r.type !== 'Person') return false;
    const full = r.name.toLowerCase().split(/\s+/);
    const theirs = r.name
      .toLowerCase()
      .split(/[\s-]+/)
      .concat(full);
    if (!theirs.includes(last) || !words.every((w) => theirs.includes(w))) return false;
    return words.length === 1 || !GENERATION.test(full.at(-1)!) || GENERATION.test(last);
  });
  if (candidates.length < 2 || !span) return candidates[0];
  const before = (r: EntityRecord) => r.mentions.filter((m) => m.end <= span.start).at(-1)?.start ?? -1;
  const first = (r: EntityRecord) => r.mentions[0]?.start ?? Infinity;
  const nearest = candidates.reduce((a, b) => (before(b) > before(a) ? b : a));
  return before(nearest) >= 0 ? nearest : candidates.reduce((a, b) => (first(b) < first(a) ? b : a));
}
