/**
 * The body a work named after it stands for as a speaker: "a Reuters report" for the outlet
 * (outlet-work-phrases.ts), "a Kremlin readout" for the government office that put it out.
 */
import { lookupKnownName } from './gazetteer.ts';
import { finderOfWork, outletsNamedByWork } from './outlet-work-phrases.ts';

/** "a Reuters report", "a report in the Post" stand for the outlet when the name is an outlet's. */
export function outletOfWork(name: string): string | undefined {
  const known = outletsNamedByWork(name).find((outlet) => outlet !== undefined && lookupKnownName(outlet)?.kind === 'MEDIA');
  if (known) return known;
  // A name nobody knows before "investigation" is an outlet the product has not heard of, not part of the work.
  const finder = finderOfWork(name);
  return finder && !lookupKnownName(finder) ? finder : undefined;
}

/** What a government office puts out, named after it: "a Kremlin readout", "a White House statement". */
const OFFICE_WORK = /^(?:an?\s+|the\s+)?(.+?)\s+(?:readout|statement|transcript|communique|release)$/i;

/** "a Kremlin readout" stands for the Kremlin when the name before the noun is a government office's. */
export function officeOfWork(name: string): string | undefined {
  const office = OFFICE_WORK.exec(name)?.[1];
  if (!office) return undefined;
  const known = lookupKnownName(office);
  return known?.kind === 'GOVERNMENT' ? office : undefined;
}
