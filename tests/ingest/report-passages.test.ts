/**
 * The claims an outlet's own report carries (src/ingest/annotation/report-passages.ts), on real
 * CoreNLP parses of short texts written for these tests in the style of Newser's summaries.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const nlp = () => createCoreNlpClient(inject('corenlpUrl'));

async function claims(text: string): Promise<Array<{ claimants: string[]; via: string[]; evidence: string }>> {
  const a: Annotation = parseAnnotation((await extract(text, {}, nlp())).annotation, 'test text');
  const name = (id: string) => a.entities.find((e) => e.id === id)!.name;
  return a.claims.map((c) => ({ claimants: c.claimants.map(name), via: c.via.map(name), evidence: c.evidence.text }));
}

const claimOf = (list: Awaited<ReturnType<typeof claims>>, start: string) => list.find((c) => c.evidence.startsWith(start));

describe("an outlet's own report", () => {
  it('carries the claims of people and unnamed groups in the sentences after it', async () => {
    const list = await claims(
      'The tunnel under Harlow was dug by hand, the Washington Post reports. Engineers who inspected it say it could collapse within a year. ' +
        'A former foreman, Tomas Velk, says the warnings were ignored.',
    );
    expect(claimOf(list, 'Engineers')).toMatchObject({ via: ['The Washington Post'] });
    expect(claimOf(list, 'A former foreman')).toMatchObject({ claimants: ['Tomas Velk'], via: ['The Washington Post'] });
  });

  it('carries them after "according to" and after "reports that"', async () => {
    const after = await claims(
      'The clinic in Tarvel turned away 40 patients, according to the Guardian. Nurses say they had no beds left.',
    );
    expect(claimOf(after, 'Nurses')).toMatchObject({ via: ['The Guardian'] });
    const before = await claims(
      'The New York Times reports that the ledgers show payments to Ana Reyes. Investigators say the payments were never declared.',
    );
    expect(claimOf(before, 'Investigators')).toMatchObject({ via: ['The New York Times'] });
  });

  it('stops at a state speaking in its own right, and does not reach past it', async () => {
    const list = await claims(
      'The rebels seized the airport at Tarn, notes CNN. Activists fear dozens were killed. Moldova insists the attack failed. Farmers say the roads are closed.',
    );
    expect(claimOf(list, 'Activists')).toMatchObject({ via: ['CNN'] });
    expect(claimOf(list, 'Moldova')).toMatchObject({ via: [] });
    expect(claimOf(list, 'Farmers')).toMatchObject({ via: [] });
  });

  it('leaves out a claim through its own channel, a speaker heard before, and the next paragraph', async () => {
    const list = await claims(
      'Mayor Lena Holt said the budget was balanced. The city owes $40 million to its pension fund, the Guardian reports. ' +
        'Residents say they were never told. Holt says the debt will be paid.\n\n' +
        'Teachers say their pay has been cut.',
    );
    expect(claimOf(list, 'Residents')).toMatchObject({ via: ['The Guardian'] });
    expect(claimOf(list, 'Holt says')).toMatchObject({ via: [] });
    expect(claimOf(list, 'Teachers')).toMatchObject({ via: [] });
    const statement = await claims(
      'The plant in Orrin leaked for three days, the AP reports. Workers say the alarms never sounded. ' +
        'The company stressed in its statement that the leak posed no danger.',
    );
    expect(claimOf(statement, 'Workers')).toMatchObject({ via: ['Associated Press'] });
    expect(claimOf(statement, 'The company')).toMatchObject({ via: [] });
  });

  it("carries nothing after an outlet named as a party's own voice", async () => {
    const official = await claims(
      'Mortars hit a bakery in the town of Qaryat Sel on Monday. The official Dawn news agency said militants fired the shells from an orchard. ' +
        'Opposition activists said the army had shelled the bakery itself.',
    );
    expect(claimOf(official, 'Opposition activists')).toMatchObject({ via: [] });
    const state = await claims(
      'Mudslides buried two mountain villages in Belun province. At least 30 people died, the state news agency Xinhua reported. ' +
        'Rescue workers said the roads were still blocked.',
    );
    expect(claimOf(state, 'Rescue workers')).toMatchObject({ via: [] });
  });

  it.each([
    [
      'A gas blast tore through a housing block in Verkhny Dol. Nine people were hurt, the Tass news agency reported. Neighbours said they had smelled gas for days.',
      'Neighbours',
    ],
    [
      'Floods cut off three villages in Gansu province. At least 9 people died, Xinhua reported. Villagers said the water rose within minutes.',
      'Villagers',
    ],
  ])('carries nothing after a state news agency the gazetteer knows, with no "state" word: %s', async (text, speaker) => {
    const list = await claims(text);
    expect(claimOf(list, speaker)).toMatchObject({ via: [] });
  });
});
