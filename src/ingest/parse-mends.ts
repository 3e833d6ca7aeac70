/**
 * What the parser and the tagger misread, mended before any entity or attribution rule reads the parse.
 * The mends run in the order listed, each on the document the one before it returned: a later one may
 * rely on an earlier one's mentions (appositive-named-bodies.ts names the bodies verb-read-body-names.ts
 * re-hung).
 */
import { joinOutletEditions } from './entities/outlet-editions.ts';
import { outletNamesAfterArticle } from './entities/gazetteer.ts';
import { joinAndMastheads } from './nlp/and-joined-mastheads.ts';
import { joinAndOrganizations } from './nlp/and-joined-organizations.ts';
import { markAppositiveNamedBodies } from './nlp/appositive-named-bodies.ts';
import { joinCommaOrganizations } from './nlp/comma-joined-organizations.ts';
import { restoreMisreadNames } from './nlp/joined-names.ts';
import { mendModifierReadOutlets } from './nlp/modifier-read-outlets.ts';
import { splitPersonAffiliations } from './nlp/person-affiliations.ts';
import type { NlpDocument } from './nlp/types.ts';
import { dropButtonGluedNames } from './nlp/ui-glued-names.ts';
import { mendVerbReadBodyNames } from './nlp/verb-read-body-names.ts';

type ParseMend = (doc: NlpDocument, text: string) => NlpDocument;

/** Known outlets' names after their article ("Intercept"), for the parse mend of nlp/modifier-read-outlets.ts. */
const OUTLET_NAMES_AFTER_ARTICLE = outletNamesAfterArticle();

const PARSE_MENDS: ParseMend[] = [
  restoreMisreadNames, // programme and magazine names sent as one word ("Face_the_Nation") get their own spelling back
  dropButtonGluedNames, // page buttons glued to a name ("FlagShareLikeReplySara Bondioli") tag no person
  splitPersonAffiliations, // "Kevin Bright of Atlantic Dredging": a person, then an organisation
  joinAndOrganizations, // "Lochaber and Morvern Council": one organisation, not cut at the "and"
  joinAndMastheads, // "the Post and Courier": one newspaper, not an organisation and a person
  joinCommaOrganizations, // "the Department of Agriculture, Trade and Consumer Protection": one organisation
  mendVerbReadBodyNames, // "Common Cause, a watchdog group, said S": "Cause" no verb rooting the sentence
  (doc, text) => mendModifierReadOutlets(doc, text, OUTLET_NAMES_AFTER_ARTICLE), // "The Intercept reports": an outlet, not a verb or a noun
  markAppositiveNamedBodies, // "Access Now, a digital rights group, said S": the untagged name an organisation
  joinOutletEditions, // "BBC Scotland": one outlet, not an outlet and a place
];

/** The parse with every mend applied, in order. */
export function mendParse(parsed: NlpDocument, text: string): NlpDocument {
  return PARSE_MENDS.reduce((doc, mend) => mend(doc, text), parsed);
}
