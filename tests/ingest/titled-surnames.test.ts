/**
 * A title before a surname two people share ("Mr. Ortiz" with "Ghazala Ortiz" and "Khizr Ortiz" named
 * before) names the one whose first name or description fits the title (src/ingest/attribution/sources/titled-names.ts),
 * on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

const couple =
  'Ghazala Ortiz and her husband, Khizr Ortiz, spoke at the county fair on Saturday. Ghazala Ortiz thanked the volunteers, and Ghazala Ortiz later toured the barns.';

describe('a title before a shared surname', () => {
  it('names a listed name\'s gender only among several ("Blair" is listed female)', async () => {
    const text = 'Blair Ortiz spoke at the county fair on Saturday. Mr. Ortiz said the new library would open in the spring.';
    expect(await claimantsOf(text, 'the new library would open')).toEqual(['Blair Ortiz']);
  });

  it('names the man for "Mr."', async () => {
    const text = `${couple} Mr. Ortiz said the new library would open in the spring.`;
    expect(await claimantsOf(text, 'the new library would open')).toEqual(['Khizr Ortiz']);
  });

  it('names the woman for "Ms."', async () => {
    const text = `Khizr Ortiz and his wife, Ghazala Ortiz, spoke at the county fair on Saturday. Khizr Ortiz thanked the volunteers, and Khizr Ortiz later toured the barns. Ms. Ortiz said the new library would open in the spring.`;
    expect(await claimantsOf(text, 'the new library would open')).toEqual(['Ghazala Ortiz']);
  });

  it('names Bill Clinton for "Mr. Clinton" and Hillary Clinton for "Mrs. Clinton"', async () => {
    const text =
      'Hillary Clinton and Bill Clinton visited a school in Dayton on Monday. Hillary Clinton met the teachers. Mr. Clinton said the district would hire forty teachers. Mrs. Clinton argued that the new bridge would open in May.';
    expect(await claimantsOf(text, 'would hire forty teachers')).toEqual(['Bill Clinton']);
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(['Hillary Clinton']);
  });
});
