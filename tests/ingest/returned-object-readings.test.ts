/**
 * "X echoed the remarks, saying S": the parser hangs "saying" on the verb, whose likeliest reading
 * then takes in "the remarks, saying S" and is dropped for swallowing the saying (swallowed-speakers.ts).
 * The verb's object reading, set aside as a second reading of the same cue, comes back
 * (returned-readings.ts), on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe("a cue's object reading returned when its other reading swallowed a saying", () => {
  it('keeps the object beside a participle of saying', async () => {
    const text = 'Other council members echoed those remarks, saying the harbor tax is unfair to the fishermen of Port Lorne.';
    expect(await namedContents(text)).toEqual([
      [['Other council members'], 'those remarks'],
      [['Other council members'], 'the harbor tax is unfair to the fishermen of Port Lorne'],
    ]);
  });

  it('keeps the object beside a participle of asking', async () => {
    const text = "Co-host Lena Marsh raised the issue of the mayor's travel, asking Ortiz why he had flown to Rome.";
    expect(await namedContents(text)).toEqual([
      [['Lena Marsh'], "the issue of the mayor's travel"],
      [['Lena Marsh'], 'why he had flown to Rome'],
    ]);
  });
});
