/**
 * Pronouns and definite descriptions ("she", "the ministry", "Golub") resolved to the
 * nearest compatible earlier entity. Earlier speakers are preferred over mere mentions:
 * in "claiming he would be beating Hillary Clinton ... he tweeted", "he" is the claimant.
 */
import type { EntityRecord, EntityRegistry, EntityType } from './registry.ts';

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'i']);
const NEUTER = new Set(['it', 'its']);
const PLURAL = new Set(['they', 'them', 'their', 'we', 'our']);

export function isPronoun(word: string): boolean {
  const w = word.toLowerCase();
  return PERSONAL.has(w) || NEUTER.has(w) || PLURAL.has(w);
}

export class Discourse {
  /** Claimants in text order. */
  private readonly speakers: Array<{ record: EntityRecord; at: number }> = [];

  constructor(private readonly registry: EntityRegistry) {}

  spoke(record: EntityRecord, at: number): void {
    this.speakers.push({ record, at });
  }

  lastSpeaker(before: number, accept: (r: EntityRecord) => boolean = () => true): EntityRecord | undefined {
    for (let k = this.speakers.length - 1; k >= 0; k--) {
      const s = this.speakers[k]!;
      if (s.at < before && accept(s.record)) return s.record;
    }
    return undefined;
  }

  pronoun(word: string, at: number): EntityRecord | undefined {
    const w = word.toLowerCase();
    const accept = PERSONAL.has(w)
      ? (r: EntityRecord) => r.type === 'Person'
      : NEUTER.has(w)
        ? (r: EntityRecord) => r.type === 'Organization' || r.type === 'Place'
        : PLURAL.has(w)
          ? (r: EntityRecord) => r.type === 'Group' || r.type === 'Organization'
          : undefined;
    if (!accept) return undefined;
    return this.lastSpeaker(at, accept) ?? this.nearestMention(at, accept);
  }

  nearestMention(at: number, accept: (r: EntityRecord) => boolean): EntityRecord | undefined {
    return this.registry.mentionsBefore(at).find((m) => accept(m.record))?.record;
  }

  /** "the ministry", "the defense ministry", "police": an organization whose name has this head (and modifiers). */
  definite(head: string, modifiers: string[], at: number, types: EntityType[] = ['Organization', 'Group']): EntityRecord | undefined {
    const h = head.toLowerCase();
    const accept = (r: EntityRecord) =>
      types.includes(r.type) &&
      (r.heads.has(h) || r.name.toLowerCase().split(/\s+/).includes(h)) &&
      modifiers.every((m) => r.name.toLowerCase().includes(m.toLowerCase()));
    const earlier = this.lastSpeaker(at, accept) ?? this.nearestMention(at, accept);
    if (earlier) return earlier;
    // A headline may name the body before the text does ("Defense ministry says ..."): the first later speaker.
    return this.speakers.filter((s) => s.at > at && accept(s.record)).sort((a, b) => a.at - b.at)[0]?.record;
  }

  /** "the country" → the nearest earlier country. */
  country(at: number): EntityRecord | undefined {
    return this.nearestMention(at, (r) => r.type === 'Place' && !r.country);
  }
}
