/**
 * Sources that name nobody rather than the wrong speaker, and possessive pronouns that name their
 * antecedent (src/ingest/attribution/sources/sources.ts), on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { attribute } from '../../src/ingest/attribution/index.ts';
import { SourceResolver } from '../../src/ingest/attribution/sources/sources.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { claimantsOf } from '../support/parsed-attributions.ts';

/** Every attribution's content and claimants' names. */
async function attributions(text: string): Promise<Array<{ content: string; claimants: string[] }>> {
  const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
  return attribute(text, doc).map((a) => ({
    content: a.content.map((s) => text.slice(s.start, s.end)).join(' '),
    claimants: a.claimants.map((c) => c.name),
  }));
}

describe('claimants named through pronouns', () => {
  it('names nobody for a possessive "their" (never the word "their")', async () => {
    const text = 'The Baker brothers spoke in Dayton on Monday. Voters cheered their claim that the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toBeUndefined();
  });

  it('names the antecedent of "his" owning the cue noun ("his criticism of S")', async () => {
    const text =
      'Senator Tom Baker toured the harbor in Dayton on Monday. His sharp criticism of the port authority drew cheers from the dock workers.';
    expect(await claimantsOf(text, 'the port authority')).toEqual(['Tom Baker']);
  });

  it('names nobody for a common noun that is a verb\'s object ("took many hours explaining")', async () => {
    // With "spent" the one who spends the time explains (spent-time-subjects.test.ts).
    const text = 'Governor Ann Porter took many hours explaining that the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toBeUndefined();
  });

  it('names nobody for "I" outside any quotation (the writer)', async () => {
    const text = 'Mayor Ann Porter visited the plant on Monday. I argued that the bridge would open in May.';
    expect(await claimantsOf(text, 'the bridge would open')).toBeUndefined();
  });

  it('names nobody for "you"', async () => {
    const text = 'Mayor Ann Porter visited the plant on Monday. You told the council that the bridge would open in May.';
    expect(await claimantsOf(text, 'the bridge would open')).toBeUndefined();
  });

  it('names nobody for "they" when the only one named before is one person', async () => {
    const text = 'Senator Tom Baker visited the plant on Monday. They said the bridge would open in May.';
    expect(await claimantsOf(text, 'the bridge would open')).toBeUndefined();
  });

  it('names nobody for "they" when the only one named before is one organization', async () => {
    const text = 'The Hartford Chamber of Commerce met in Dayton on Monday. They said the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toBeUndefined();
  });

  it('does not take a name quoted before "he" for the "he" outside the quotation', async () => {
    const text =
      'Senator Tom Baker met voters in Dayton on Monday. "John Smith is our best mayor," he said. He added that the bridge would open in May.';
    expect(await claimantsOf(text, 'our best mayor')).toEqual(['Tom Baker']);
    expect(await claimantsOf(text, 'the bridge would open')).toEqual(['Tom Baker']);
  });

  it('names nobody for "this" ("This shows that S": a thing, not who says it)', async () => {
    const text = 'Mayor Ann Porter closed the bridge on Monday. This shows that the city takes safety seriously.';
    expect(await claimantsOf(text, 'the city takes safety seriously')).toBeUndefined();
  });

  it("names nobody for a noun inside a quotation (the quoted speaker's account of them)", async () => {
    const text =
      'Mayor Ann Porter spoke in Dayton on Monday.\n\n"The inspectors told me that the new bridge could collapse within a year, and the council knows it.';
    expect((await attributions(text)).flatMap((a) => a.claimants)).not.toContain('the council');
  });

  it('names nobody for "they" or "some of them" inside a quotation', async () => {
    const text =
      'Mayor Ann Porter spoke in Dayton on Monday.\n\n"I met the inspectors twice. Some of them claim the new bridge could collapse within a year, and they said the council ignored them.';
    expect((await attributions(text)).flatMap((a) => a.claimants)).toEqual([]);
  });

  it('does not give "those who said" to the man named in the sentence before', async () => {
    const text = 'Senator Tom Baker won the vote. Those who said the bridge was too costly voted against him.';
    const found = await attributions(text);
    expect(found.flatMap((a) => a.claimants)).not.toContain('Tom Baker');
  });
});

describe('the object of a participle or of "tell", or the noun a participle describes, is not the speaker', () => {
  it('gives "..., telling CNN that S" to the subject of the verb the participle hangs from', async () => {
    const text = 'Governor Ann Porter defended the budget on Monday, telling CNN that the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(['Ann Porter']);
  });

  it('gives "in an article stating S" to the one who answered in it, not to the article', async () => {
    const text = 'Mayor Ann Porter answered her critics in an article stating that the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(['Ann Porter']);
  });

  it('does not take the year for the speaker ("filed a lawsuit in 2014 alleging S")', async () => {
    const text = 'Senator Tom Baker filed a lawsuit in 2014 alleging that the new bridge was unsafe.';
    expect(await claimantsOf(text, 'the new bridge was unsafe')).toEqual(['Tom Baker']);
  });

  it('does not credit the newspaper told ("telling the Daily Herald that S")', async () => {
    const text = 'The mayor was upbeat on Monday, telling the Daily Herald that the new bridge would open in May.';
    const claimants = await claimantsOf(text, 'the new bridge would open');
    expect(claimants).not.toContain('Daily Herald');
    expect(claimants).toEqual(['The mayor']);
  });
});

describe('"I" inside a quotation', () => {
  /** The name the resolver gives the first "I" of the text, as the source of an attribution in its sentence. */
  async function firstPersonName(text: string): Promise<string | undefined> {
    const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
    const sentence = doc.sentences.find((s) => s.tokens.some((t) => t.word === 'I'))!;
    const token = sentence.tokens.findIndex((t) => t.word === 'I') + 1;
    return new SourceResolver(text, doc).resolve({ sentence: sentence.index, source: token })?.name;
  }

  it('stands for the speaker named after the quotation, not the person named before it', async () => {
    const text =
      'Senator Tom Baker spoke first at the rally in Dayton. "There is a lot of noise, but I think the bridge will open," Ann Porter told the crowd.';
    expect(await firstPersonName(text)).toBe('Ann Porter');
  });

  it('stands for the speaker who opens the quotation with a colon', async () => {
    const text = 'Ann Porter told the crowd in Dayton: "Senator Tom Baker is wrong. I think the bridge will open in May."';
    expect(await firstPersonName(text)).toBe('Ann Porter');
  });

  /** The lemmas of the cues of the text's attributions, with their claimants. */
  async function cues(text: string): Promise<Array<{ cue: string; claimants: string[] }>> {
    const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
    return attribute(text, doc).map((a) => ({ cue: a.cue.lemma, claimants: a.claimants.map((c) => c.name) }));
  }

  // The quotation runs on into the next paragraph, so only its opening mark says the "I" stands inside it.
  it("names nobody for a short aside inside the speaker's quotation (''But I think the crowd was huge.''): no attribution of its own", async () => {
    const text =
      "Mayor Ann Porter opened the new bridge in Dayton on Monday.\n\n''We waited ten years for this,'' Ms. Porter said. ''But I think the crowd was huge.\n\n''It took the trucks off Main Street.''";
    expect((await cues(text)).filter((a) => a.cue === 'think')).toEqual([]);
  });

  it('still names the speaker for a longer claim in the quotation', async () => {
    const text =
      "Mayor Ann Porter opened the new bridge in Dayton on Monday.\n\n''We waited ten years for this,'' Ms. Porter said. ''But I think the council should open a second bridge before the winter.\n\n''It would take the trucks off Main Street.''";
    expect((await cues(text)).filter((a) => a.cue === 'think')).toEqual([{ cue: 'think', claimants: ['Ann Porter'] }]);
  });
});

describe('a description whose possessor is a pronoun', () => {
  it('names the pronoun\'s antecedent as its possessor ("his campaign said" → "Tom Baker\'s campaign")', async () => {
    const text = 'Senator Tom Baker visited the plant in Dayton on Monday. His campaign said the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(["Tom Baker's campaign"]);
  });

  it('names a spokeswoman through "her" ("her spokeswoman told reporters")', async () => {
    const text = 'Governor Ann Porter left Dayton on Monday. Her spokeswoman told reporters that the bridge would open in May.';
    expect(await claimantsOf(text, 'the bridge would open')).toEqual(["Ann Porter's spokeswoman"]);
  });

  it('writes a plural group\'s possessive with the apostrophe alone ("Reporters\' editors")', async () => {
    const text = 'Reporters covered the hearing in Dayton on Monday. Their editors said the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(["Reporters' editors"]);
  });

  it('puts the possessive of a group named by a phrase after the whole phrase ("A panel of reporters\' analysis")', async () => {
    const text = 'A panel of reporters said on Monday that the footage was real. Their analysis said the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(["A panel of reporters' analysis"]);
  });
});

describe('a possessed description in the graph', () => {
  it('is an entity of its own that keeps the claim ("Tom Baker\'s spokesman" a Person)', async () => {
    const text = 'Senator Tom Baker visited the plant in Dayton on Monday. His spokesman said the new bridge would open in May.';
    const a = (await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation;
    const claim = a.claims.find((c) => c.evidence.text.includes('the new bridge would open'));
    const claimants = a.entities.filter((e) => claim?.claimants.includes(e.id)).map((e) => [e.name, e.type]);
    expect(claimants).toEqual([["Tom Baker's spokesman", 'Person']]);
  });
});

describe('a definite description that stands for a name given before', () => {
  it('"the company" is the organization named just before it', async () => {
    const text = 'Hartwell Industries opened a plant in Dayton on Monday. The company said the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(['Hartwell Industries']);
  });

  it('"the senator" is the person named with that title', async () => {
    const text = 'Sen. Tom Baker met Ann Porter in Dayton on Monday. The senator said the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(['Tom Baker']);
  });

  it('stays a description when two organizations fit', async () => {
    const text = 'Hartwell Industries sued Brandon Logistics in Dayton on Monday. The company said the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(['The company']);
  });
});

describe('a description as its own name', () => {
  it('drops an article the source wrote twice ("according to the the inspection report")', async () => {
    const text = 'The bridge failed two of its safety checks, according to the the inspection report.';
    expect(await claimantsOf(text, 'The bridge failed two')).toEqual(['the inspection report']);
  });
});

describe('speakers the parser hung no subject on (subjectless-cues.ts)', () => {
  it('a participle after "by" or "after" speaks for the subject of the verb it modifies', async () => {
    const by = 'Ann Porter landed in trouble on Monday by suggesting that the new bridge was unsafe.';
    expect(await claimantsOf(by, 'the new bridge was unsafe')).toEqual(['Ann Porter']);
    const after = 'Tom Baker drew boos in Dayton after questioning whether the new bridge was safe.';
    expect(await claimantsOf(after, 'the new bridge was safe')).toEqual(['Tom Baker']);
  });

  it('a described speaker after "said" is its inverted subject, not an object', async () => {
    const text = 'Officials met in Dayton on Monday. "The new bridge will open in May," said a spokesman for the mayor.';
    expect(await claimantsOf(text, 'The new bridge will open in May')).toEqual(['a spokesman for the mayor']);
  });

  it('a described speaker after a closing quotation is the speaker, though the parser made it an object', async () => {
    const text =
      'The council has delayed the tower twice. "The delay comes down to money, the permits, all the old zoning fights," said a person close to its developer.';
    expect(await claimantsOf(text, 'The delay comes down to money')).toEqual(['a person close to its developer']);
    const other =
      'A cashier near the station was shaken by the talk. "One man walked in and said we should close the shop," said the woman, who asked not to be named.';
    expect(await claimantsOf(other, 'One man walked in')).toEqual(['the woman']);
  });

  it('a described speaker opening the sentence after a quotation the splitter ended is the speaker (\'"S." said X\')', async () => {
    const text =
      'The water kept rising. “Nobody in this valley has ever seen a flood like this one.” said the retired fire chief, who had lived there for forty years.';
    expect(await claimantsOf(text, 'Nobody in this valley')).toEqual(['the retired fire chief']);
    const wrote =
      'The crowd cheered. “The bridge will open before the winter, and we will pay for it without new taxes.” wrote a reader calling himself Old Tom.';
    expect(await claimantsOf(wrote, 'The bridge will open before the winter')).toEqual(['a reader']);
  });

  it("a verb the parser hung on the relative clause before it speaks for that clause's noun", async () => {
    const text = 'Ann Porter, who died Sunday at the age of 88, wrote in her last newsletter that the new bridge was unsafe.';
    expect(await claimantsOf(text, 'the new bridge was unsafe')).toEqual(['Ann Porter']);
  });

  it('a name the parser hung on the dateline is the subject', async () => {
    const text = 'DAYTON — Sen. Tom Baker (R-Ohio) warned on Monday that the new bridge was unsafe.';
    expect(await claimantsOf(text, 'the new bridge was unsafe')).toEqual(['Tom Baker']);
  });
});

describe('a participle after a closing speaker', () => {
  it('speaks for the speaker before its comma, not for the subject of the clause the parser hung it on', async () => {
    const added = 'Baker cannot claim that "in his view," Ortega added, saying the choice belongs to the voters alone.';
    expect(await claimantsOf(added, 'the choice belongs to the voters alone')).toEqual(['Ortega']);
    const recalled = 'Lopez would never say that "on the record," the source recalled, adding that Lopez spoke of the deal in private.';
    expect(await claimantsOf(recalled, 'Lopez spoke of the deal in private')).toEqual(['the source']);
  });
});

describe('relative clauses on a group', () => {
  it('a restrictive "who" clause on a group says who they are, with a cue the model is unsure of: no claim; set off by a comma, it speaks for them', async () => {
    const restrictive = 'The mayor drew applause from parents who reckon that the school should stay open.';
    expect(await claimantsOf(restrictive, 'the school should stay open')).toBeUndefined();
    const added = 'The mayor drew applause from the parents, who reckon that the school should stay open.';
    expect(await claimantsOf(added, 'the school should stay open')).toEqual(['the parents']);
  });
});

describe('a conjunct of a passive verb', () => {
  it("shares the passive's subject, not its agent ('X was alarmed by Y and predicted S')", async () => {
    const alarmed = 'The county commissioners were alarmed by the audit and predicted that the new budget would fail in March.';
    expect(await claimantsOf(alarmed, 'the new budget would fail')).toEqual(['The county commissioners']);
    const briefed = 'Local farmers were briefed by the sheriff and said that the river would flood.';
    expect(await claimantsOf(briefed, 'the river would flood')).toEqual(['Local farmers']);
  });
});

describe('a conjunct cue hung on a verb of another form', () => {
  it('joins the verb above with its own form, whose subject speaks (frames/conjunct-hosts.ts)', async () => {
    const text = 'Ortiz began her speech by praising the nurses who staffed the clinic and saying that the hospital would reopen in June.';
    const saying = (await attributions(text)).find((a) => a.content === 'that the hospital would reopen in June');
    expect(saying?.claimants).toEqual(['Ortiz']);
  });
});

describe('the maker of a document a claim is according to (document-authors.ts)', () => {
  it('names who filed the document a claim is "according to" ("a court filing submitted by X"), not the document', async () => {
    const text = 'The contract was never put out to bid, according to a court filing submitted by county prosecutor Miriam Osei.';
    // At the parent the claimant was the document ("a court filing").
    expect(await claimantsOf(text, 'never put out to bid')).toEqual(['Miriam Osei']);
  });

  it('names who gave the interview a claim is "according to" ("an interview her brother gave"), not the interview', async () => {
    const text = 'Ada Okoro owns the plant. It will close in June, according to an interview her brother Samuel Okoro gave to the Gazette.';
    // At the parent the claimant was "an interview".
    expect(await claimantsOf(text, 'It will close in June')).toEqual(["Ada Okoro's brother"]);
  });
});

describe('a group named by a restrictive relative clause', () => {
  it('names the group when the model is sure of the clause\'s cue ("shop owners who fear that S")', async () => {
    const text = 'The mayor met with dozens of shop owners who fear that the new parking rules will drive customers away.';
    expect(await claimantsOf(text, 'the new parking rules will drive customers away')).toEqual(['dozens of shop owners']);
  });
});
