/**
 * A text's claims as the extraction makes them (real CoreNLP: the run's `corenlpUrl`), each named by its
 * claimants' and outlets' entity names, for the tests of credits and outlets.
 */
import { inject } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

export interface NamedClaim {
  claimants: string[];
  via: string[];
  evidence: string;
  saidOn?: string;
}

export async function namedClaims(text: string, publishedAt?: string): Promise<NamedClaim[]> {
  const extraction = await extract(text, publishedAt ? { publishedAt } : {}, createCoreNlpClient(inject('corenlpUrl')));
  const a = parseAnnotation(extraction.annotation, 'test text');
  const name = (id: string) => a.entities.find((e) => e.id === id)!.name;
  return a.claims.map((c) => ({
    claimants: c.claimants.map(name),
    via: c.via.map(name),
    evidence: c.evidence.text,
    ...(c.saidOn ? { saidOn: c.saidOn.date } : {}),
  }));
}

/** Claimants and outlets only. */
export async function claimsWithVia(text: string): Promise<Array<{ claimants: string[]; via: string[] }>> {
  return (await namedClaims(text)).map(({ claimants, via }) => ({ claimants, via }));
}

/** Claimants and outlets of the first claim whose evidence holds `words`. */
export async function claimWith(text: string, words: string): Promise<{ claimants: string[]; via: string[] } | undefined> {
  const claim = (await namedClaims(text)).find((c) => c.evidence.includes(words));
  return claim && { claimants: claim.claimants, via: claim.via };
}
