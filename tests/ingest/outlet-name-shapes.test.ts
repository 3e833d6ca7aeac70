/**
 * Outlets the tagger calls a person or an organization of no kind, known by their shape: a name after
 * a medium's noun (src/ingest/entities/medium-named-outlets.ts) and a lone name that reports, quotes or
 * is cited (src/ingest/entities/lone-reporting-names.ts); on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function typeOf(text: string, name: string) {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  const e = annotation.entities.find((x) => x.name === name);
  return e ? `${e.type}${e.kind ? ` ${e.kind}` : ''}` : 'none';
}

describe('outlets known by their shape', () => {
  it('"The state news agency Belta said S": a news outlet, not a person', async () => {
    expect(await typeOf('The state news agency Belta said the president had signed the decree.', 'Belta')).toBe('Organization MEDIA');
  });

  it('"state broadcaster ORT said S": a news outlet', async () => {
    expect(await typeOf("Ostravia's state broadcaster ORT said the election was fair, per Reuters.", 'ORT')).toBe('Organization MEDIA');
  });

  it('"Rudaw reported that S" and "Rudaw quoted X as saying S": a news outlet', async () => {
    expect(await typeOf('Rudaw reported that at least 20 fighters were killed near the dam.', 'Rudaw')).toBe('Organization MEDIA');
    expect(await typeOf('Rudaw quoted a Kurdish commander as saying the town had fallen.', 'Rudaw')).toBe('Organization MEDIA');
    // A person named in full first stays a person: "Sam Kellner … Kellner reported that S".
    const text = 'Detective Sam Kellner arrived first. Kellner reported that the door had been forced open, the Boston Globe reports.';
    expect(await typeOf(text, 'Sam Kellner')).toBe('Person');
  });

  it('a lone name given a title anywhere in the article is a person: "President Varga … according to Varga"', async () => {
    expect(await typeOf('President Varga spoke Tuesday. The wall will be finished by May, according to Varga.', 'Varga')).toBe('Person');
    expect(await typeOf('Mayor Ortega said the port would reopen. Ortega also reported that ten ships had docked.', 'Ortega')).toBe(
      'Person',
    );
  });
});
