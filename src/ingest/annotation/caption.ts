/**
 * The photo caption's own claim: "image taken from video released by the Russian Defense
 * Ministry Press Service on Tuesday, March 1, 2022" — an action by the releasing body,
 * passed on by the outlets in the credit ("... via AP").
 */
import type { DraftClaim } from './draft.ts';
import type { Line } from '../text/clean.ts';
import { isOutlet, lookupKnown } from '../entities/gazetteer.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import type { TextSpan } from '../text/spans.ts';

const RELEASED =
  /\b(?:video|image|photo|footage|picture)s?\s+(released|provided|distributed|published)\s+by\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(\s+on\s+[A-Z][a-z]+,?(?:\s+[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})?)?/;

export function captionClaim(
  text: string,
  caption: Line,
  credit: { text: string; span: TextSpan },
  registry: EntityRegistry,
): DraftClaim | undefined {
  const m = RELEASED.exec(caption.text);
  if (!m) return undefined;
  const releaser = registry.byName(m[2]);
  if (!releaser) return undefined;
  const start = caption.start + m.index;
  const end = start + m[0].replace(/[\s,]+$/, '').length;
  const verbStart = start + m[0].indexOf(m[1]);
  const via = credit.text
    .split(/\s+via\s+/)
    .slice(1)
    .map((name) => creditedOutlet(registry, name.trim()))
    .filter((r): r is EntityRecord => r !== undefined && isOutlet(r));
  return {
    claimants: [releaser],
    verb: m[1],
    lemma: 'act',
    verbSpan: { start: verbStart, end: verbStart + m[1].length },
    evidence: { start, end },
    content: { start, end },
    via,
    paragraph: -1,
    unit: start,
  };
}

/** "AP" in "… via AP": the credit line is not in the text NER names, so the gazetteer names the outlet. */
function creditedOutlet(registry: EntityRegistry, name: string): EntityRecord | undefined {
  const existing = registry.byName(name) ?? registry.byName(name.replace(/^the\s+/i, ''));
  if (existing) return existing;
  const known = lookupKnown(name);
  return known?.kind === 'MEDIA'
    ? registry.add({ name: known.name, type: known.type, kind: known.kind, aliases: known.aliases })
    : undefined;
}
