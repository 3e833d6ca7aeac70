/**
 * The day a claim was said on, where it hangs away from the verb or belongs to something else
 * (src/ingest/annotation/said-on.ts, dates.ts), on real CoreNLP parses of sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

/** Published on Friday, 2017-02-24. */
const PUBLISHED = '2017-02-24T12:00:00-06:00';

describe('a day that is not the saying', () => {
  it('is no month and year read as a day ("cited Kenya’s September 2014 vote" is not September 20)', async () => {
    const claims = await namedClaims('The senator cited Kenya’s September 2014 vote as proof that the treaty works.', PUBLISHED);
    expect(claims.map((c) => c.saidOn)).toEqual([undefined]);
  });

  it('names an event after "the" ("said the Feb. 14 storm proved S", "cited the June 3 flood")', async () => {
    const storm = await namedClaims('The governor said the Feb. 14 storm proved the levee must be raised.', PUBLISHED);
    expect(storm.map((c) => c.saidOn)).toEqual([undefined]);
    const flood = await namedClaims('The governor cited the June 3 flood as proof that the levee must be raised.', PUBLISHED);
    expect(flood.map((c) => c.saidOn)).toEqual([undefined]);
  });

  it('closes a relative clause on the speaker ("The treasurer, who toured the plant on Wednesday, said")', async () => {
    const toured = await namedClaims(
      'The treasurer, who toured the plant on Wednesday, said the factory would hire forty workers.',
      PUBLISHED,
    );
    expect(toured.map((c) => c.saidOn)).toEqual([undefined]);
    const fired = await namedClaims('The coach, who was fired Tuesday, said the team had been unfair to him.', PUBLISHED);
    expect(fired.map((c) => c.saidOn)).toEqual([undefined]);
  });
});

describe('the day of the scene a saying was made in', () => {
  it('is the day of the question it answered ("Asked about the ferries on Wednesday, the mayor said")', async () => {
    const asked = await namedClaims('Asked about the ferries on Wednesday, the mayor said they would run again.', PUBLISHED);
    expect(asked.map((c) => c.saidOn)).toEqual(['2017-02-22']);
    const pressed = await namedClaims('Pressed by reporters on Tuesday, the mayor said the ferries would run again.', PUBLISHED);
    expect(pressed.map((c) => c.saidOn)).toEqual(['2017-02-21']);
  });

  it('is the day hung on whom or where the occasion was ("In remarks to the council on Thursday", "during a visit to the harbor on Monday")', async () => {
    const remarks = await namedClaims('In remarks to the council on Thursday, the mayor said the library would stay open.', PUBLISHED);
    expect(remarks.map((c) => c.saidOn)).toEqual(['2017-02-23']);
    const visit = await namedClaims('During a visit to the harbor on Monday, the mayor said the ferries would run again.', PUBLISHED);
    expect(visit.map((c) => c.saidOn)).toEqual(['2017-02-20']);
  });

  it('is the day the parser hangs on the speaker ("The mayor on Monday night told a crowd S")', async () => {
    const claims = await namedClaims('The mayor on Monday night told a crowd of sailors that the ferries would run again.', PUBLISHED);
    expect(claims.map((c) => c.saidOn)).toEqual(['2017-02-20']);
  });
});

describe('a part of the publication day', () => {
  it('dates the saying on the day published ("said in an interview this morning")', async () => {
    const claims = await namedClaims('The mayor said in an interview this morning that the ferries would run again.', PUBLISHED);
    expect(claims.map((c) => c.saidOn)).toEqual(['2017-02-24']);
  });
});

describe('the day an occasion reached the public', () => {
  it('is not the day of the saying ("in a long interview aired Tuesday evening")', async () => {
    const claims = await namedClaims('“The dam is safe,” the engineer told viewers in a long interview aired Tuesday evening.', PUBLISHED);
    expect(claims.map((c) => c.saidOn)).toEqual([undefined]);
  });

  it('but a statement released that day was made that day ("in a statement released Thursday")', async () => {
    const claims = await namedClaims('The engineer said in a statement released Thursday that the dam was safe.', PUBLISHED);
    expect(claims.map((c) => c.saidOn)).toEqual(['2017-02-23']);
  });
});

describe('a participle of speaking closing the sentence', () => {
  it('dates the saying though the parser hangs it on the reported verb ("said the levee would hold, speaking at the harbor on Tuesday")', async () => {
    const claims = await namedClaims('The mayor said the levee would hold, speaking to reporters at the harbor on Tuesday.', PUBLISHED);
    expect(claims.map((c) => c.saidOn)).toEqual(['2017-02-21']);
    const briefing = await namedClaims('Mayor Ann Lee said the levee would hold, speaking at a briefing Tuesday.', PUBLISHED);
    expect(briefing.map((c) => c.saidOn)).toEqual(['2017-02-21']);
  });

  it('but a day inside what was said is still not the saying ("said the levee built on Tuesday would hold, speaking to reporters")', async () => {
    const claims = await namedClaims('The mayor said the levee that was built on Tuesday would hold, speaking to reporters.', PUBLISHED);
    expect(claims.map((c) => c.saidOn)).toEqual([undefined]);
  });
});
