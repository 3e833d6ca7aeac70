/**
 * "The spokesman continued", "the chief added", "the senator said", "the company said" when the
 * person or body was named further back than a few sentences: the one person the article gave that
 * title right before the name (src/ingest/attribution/sources/titled-people.ts), the one organization
 * of the noun's kind it named (described-names.ts); nobody when two fit. Real CoreNLP parses of texts
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a title or a body named far back', () => {
  it('"the spokesman continued" is the spokesman named with the title', async () => {
    const text =
      'Harbor Ferries suspended its night crossings on Friday. Company spokesman Dario Lenz said a crew shortage was to blame. ' +
      'The ferries carry 4,000 commuters a day. Some riders switched to buses. The bridge tolls rose last year. ' +
      '"We expect the crossings to resume in March," the spokesman continued.';
    expect(await claimantsOf(text, 'We expect the crossings to resume')).toEqual(['Dario Lenz']);
  });

  it('"the chief" is the police chief named with "Chief"', async () => {
    const text =
      'Mayor Lena Ortiz met Police Chief Omar Hadley on Monday to discuss the budget. The mayor said crime had fallen. ' +
      'The chief said his department needed twelve more officers.';
    expect(await claimantsOf(text, 'needed twelve more officers')).toEqual(['Omar Hadley']);
  });

  it('"the senator" named six sentences after "Sen."', async () => {
    const text =
      'Sen. Rhea Calloway toured a battery plant in Toledo on Monday. The plant makes cells for delivery trucks. It employs 900 people. ' +
      'Workers there voted to join a union last year. Output has doubled since then. The senator said the plant was a model for the state.';
    expect(await claimantsOf(text, 'the plant was a model')).toEqual(['Rhea Calloway']);
  });

  it('names neither senator when two were named with the title', async () => {
    const text =
      'Sen. Rhea Calloway and Sen. Victor Ames toured a battery plant in Toledo on Monday. The plant makes cells for delivery trucks. ' +
      'It employs 900 people. Workers there voted to join a union last year. Output has doubled since then. ' +
      'The senator said the plant was a model for the state.';
    const [claimant] = (await claimantsOf(text, 'the plant was a model')) ?? [];
    expect(claimant).not.toMatch(/Calloway|Ames/);
  });

  it('not the senator titled far back when an untitled person was named since', async () => {
    const text =
      'Sen. Rhea Calloway kept her lead in the state poll on Monday. Her rivals spent the day in Manchester. ' +
      'The race narrowed after a debate last week. Tom Whitaker stopped by his campaign office to thank volunteers. ' +
      'The senator said his campaign was closing strong.';
    const [claimant] = (await claimantsOf(text, 'closing strong')) ?? [];
    expect(claimant).not.toMatch(/Calloway/);
  });

  it('"the company" named five sentences after the company', async () => {
    const text =
      'Brightwater Mining said Monday it would close its copper mine in Zambia. The mine employs 3,000 people. ' +
      'Workers learned of the closure by text message. Union leaders called the move cruel. Copper prices have fallen 20% this year. ' +
      'The company said it would pay six months of wages to every worker.';
    expect(await claimantsOf(text, 'six months of wages')).toEqual(['Brightwater Mining']);
  });

  it('names neither company when two were named far back', async () => {
    const text =
      'Brightwater Mining and Kestrel Metals said Monday they would close their copper mines in Zambia. The mines employ 3,000 people. ' +
      'Workers learned of the closures by text message. Union leaders called the move cruel. Copper prices have fallen 20% this year. ' +
      'The company said it would pay six months of wages to every worker.';
    const [claimant] = (await claimantsOf(text, 'six months of wages')) ?? [];
    expect(claimant).not.toMatch(/Brightwater|Kestrel/);
  });
});
