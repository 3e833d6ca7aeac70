import { CLAIM_INCLUDE_FRAGMENTS } from './claims.ts';

/**
 * Claim.provenance in one statement: everything on the chain from claimant to reader, for a batch
 * of claims. Rows `(id, parts)`, parts being `{claimants, channel, via, article, author,
 * publisher}`, lists in the chain's order: the same fragments as a claims page that includes
 * provenance (claims.ts), and the same answers as claimClaimants + claimChannel + claimReportedVia
 * + the article + articleAuthor + articlePublisher, which it primes.
 */
export const CLAIM_PROVENANCE = `
  UNWIND $ids AS id
  MATCH (c:Claim {id: id})
  OPTIONAL MATCH (c)-[:APPEARS_IN]->(a:Article)
  RETURN id, {
    ${[CLAIM_INCLUDE_FRAGMENTS.claimants, ...CLAIM_INCLUDE_FRAGMENTS.provenance].join(',\n    ')}
  } AS parts`;
