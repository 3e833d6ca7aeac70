/**
 * An outlet's report that names its own source ("…, El Universal reports, citing police") carries the
 * people quoted right after it, as a report of its own does (src/ingest/annotation/cited-reports.ts).
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

const RESCUERS = 'Rescuers said they could hear tapping.';
const viaOf = async (lead: string) =>
  (await claimsWithVia(`${lead} ${RESCUERS}`)).map((c) => `${c.claimants.join('+')}: ${c.via.join('+')}`);

describe('a report citing its source', () => {
  it('carries the people quoted after it in the paragraph, and a credit with no outlet carries no one', async () => {
    expect(
      await viaOf('Two miners are trapped after a tunnel collapsed in Asturias, El Comercio reports, citing the regional government.'),
    ).toEqual(['regional government: El Comercio', 'Rescuers: El Comercio']);
    expect(await viaOf('Two miners are trapped after a tunnel collapsed in Asturias, officials said.')).toEqual([
      'officials: ',
      'Rescuers: ',
    ]);
  });
});
