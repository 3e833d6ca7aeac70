/**
 * "A senior aide in Varsk said the senator would resign, in a report by the Times.": the parser hangs the
 * closing "in a report by …" phrase on the claim's own verb, inside what was said; the outlet whose
 * report it is carried the claim, and the claim ends before the phrase. An invented probe of
 * Newser-style sentences: 1 more via right.
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRegistry } from '../entities/registry.ts';
import type { DraftClaim } from './draft.ts';
import { outletNamedIn } from './named-outlets.ts';

/** ", in a report by the Times" closing a content: the outlet's words from `outlet`. */
const CLOSING_REPORT =
  /,\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:report|story|article|piece|investigation)\s+(?:by|in|from)\s+(?<outlet>[^,]+?)\s*$/i;

/** Gives each claim without a via whose content closes with such a phrase its outlet, and cuts the phrase off. */
export function closingReportPhrases(text: string, drafts: DraftClaim[], registry: EntityRegistry): void {
  const outlets = registry.all().filter(isOutlet);
  for (const d of drafts) {
    if (d.via.length) continue;
    const words = text.slice(d.content.start, d.content.end);
    const found = CLOSING_REPORT.exec(words);
    if (!found?.groups) continue;
    const from = d.content.start + found.index + found[0].lastIndexOf(found.groups.outlet);
    const outlet = outletNamedIn(outlets, { start: from, end: d.content.end });
    if (!outlet || d.claimants.includes(outlet)) continue;
    d.via = [outlet];
    d.content = { start: d.content.start, end: d.content.start + found.index };
  }
}
