/**
 * "A spokeswoman for the agency, Lucia Brandt, said S": the parser hung the name on the
 * organization the source works for. A person's name cannot describe an organization, so the
 * person is the speaker, not the description.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe("a person's name after the organization a description works for", () => {
  it('is the speaker when the organization is a common noun', async () => {
    const text = 'A spokesman for the agency, Milo Varga, said the ferries would sail again on Friday.';
    expect(await claimantsOf(text, 'the ferries would sail again')).toEqual(['Milo Varga']);
  });

  it('is the speaker when the organization is named', async () => {
    const text = 'A spokeswoman for the National Weather Service, Petra Lindqvist, said the storm had weakened overnight.';
    expect(await claimantsOf(text, 'the storm had weakened')).toEqual(['Petra Lindqvist']);
  });

  it('leaves a description with no name after it as it is', async () => {
    const text = 'A spokesman for the agency said the ferries would sail again on Friday.';
    expect(await claimantsOf(text, 'the ferries would sail again')).toEqual(['A spokesman for the agency']);
  });
});
