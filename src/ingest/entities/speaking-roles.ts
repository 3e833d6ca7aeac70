/**
 * Singular nouns for one person by what they do, beyond the gazetteer's `personRoles`: a definite
 * description headed by one ("the county engineer said", "the Republican nominee said") is a source
 * with no name to stand for, kept as the description itself and made a Person. Ambiguous nouns that
 * as often name a thing ("host", "star", "principal", "fundraiser") are left out.
 */
const SPEAKING_ROLES = new Set(
  (
    'nominee candidate frontrunner front-runner challenger incumbent businessman businesswoman billionaire mogul entrepreneur ' +
    'executive engineer clerk contractor consultant strategist pollster economist lawmaker legislator congressman ' +
    'congresswoman councilman councilwoman commissioner sheriff superintendent teacher coach pastor priest bishop rabbi ' +
    'imam pope author writer novelist columnist commentator anchor interviewer moderator blogger designer hacker heckler ' +
    'assailant gunman suspect defendant plaintiff juror detective firefighter paramedic surgeon physician psychologist ' +
    'lobbyist donor organizer campaigner delegate critic opponent rival veteran actress actor singer comedian rapper ' +
    'celebrity farmer landlord tenant neighbor friend girlfriend boyfriend cousin uncle aunt grandmother grandfather ' +
    'nephew niece employer impostor objector populist miner lender producer mourner pediatrician dean anthropologist ' +
    'forecaster applicant marcher reviewer custodian documentarian guest immigrant migrant adult boy girl idealist feminist'
  ).split(' '),
);

export function isSpeakingRole(word: string): boolean {
  return SPEAKING_ROLES.has(word.toLowerCase());
}

/** "A majority of voters say S": the part of a group a poll speaks for. */
export function isSpeakingGroup(word: string): boolean {
  return /^(majority|plurality)$/i.test(word);
}
