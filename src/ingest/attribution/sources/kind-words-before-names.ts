/**
 * "A spokeswoman for the shipping giant Maersk": the words saying what kind of body the company is
 * are no part of the speaker's name, which the project writes "spokeswoman for Maersk", as it does
 * when the body is named bare. Only a known kind noun right before a capitalised name that ends the
 * description: "a spokesman for the state Department of Health" keeps its words.
 */
const KIND_BEFORE_NAME =
  /\b(for|at|of) the (?:[a-z][\w-]* ){0,2}(?:giant|company|firm|corporation|conglomerate|forwarder|carrier|retailer|airline|automaker|carmaker|bank|lender|insurer|chain|group|operator|startup|nonprofit|charity|broadcaster|network|cooperative) (?=[A-Z][^\s]*(?: [A-Z][^\s]*)*$)/;

/** The description with the kind words before the body's name dropped ("spokeswoman for Maersk"). */
export function withoutKindBeforeName(description: string): string {
  return description.replace(KIND_BEFORE_NAME, '$1 ');
}
