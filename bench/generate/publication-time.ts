/** When an article is published: spread over 2019-2024 in corpus order, printed in a local zone. */
import { MONTHS, ZONES } from './phrases.ts';
import { pick, type Rand } from './random.ts';

const START = Date.UTC(2019, 0, 1);
const SPAN_MS = Date.UTC(2025, 0, 1) - START;
const DAY = 86_400_000;

export interface PublicationTime {
  /** The local wall-clock time, held in a Date's UTC fields. */
  local: Date;
  /** ISO 8601 with the zone's offset. */
  iso: string;
  /** As the page prints it: "Mar 4, 2021 9:05 AM EET". */
  printed: string;
  /** The local calendar day `daysBefore` days before publication (midnight UTC). */
  dayOf: (daysBefore: number) => Date;
}

/** Article `index` of `articles`: the publication time, with jitter, and a local zone. */
export function publicationTime(r: Rand, index: number, articles: number): PublicationTime {
  const at = START + Math.floor(((index + r()) / Math.max(1, articles)) * SPAN_MS);
  const [offset, zoneName] = pick(r, ZONES);
  const offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const local = new Date(Math.floor(at / 60_000) * 60_000 + offsetMinutes * 60_000);
  const iso = `${local.toISOString().slice(0, 19)}${offset}`;
  const hour12 = ((local.getUTCHours() + 11) % 12) + 1;
  const printed = `${MONTHS[local.getUTCMonth()]} ${local.getUTCDate()}, ${local.getUTCFullYear()} ${hour12}:${String(local.getUTCMinutes()).padStart(2, '0')} ${local.getUTCHours() < 12 ? 'AM' : 'PM'} ${zoneName}`;
  const dayOf = (daysBefore: number) =>
    new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - daysBefore * DAY);
  return { local, iso, printed, dayOf };
}
