/** Two short articles written for the tests of the core's "who said" entry points (verify, verifyMessage). */
export const LIBRARY = `Libraries extend evening hours for students

City librarian Tomas Lindqvist announced longer opening hours for the central library on Monday.

"We will stay open until ten on weeknights from March," Lindqvist told reporters.

"Reading rooms were full every evening last term," Lindqvist added.
`;
export const FERRY = `Harbour ferries keep running

"The ferry subsidy costs less than one new bridge would, and it serves more people today," Councillor Maria Kirby said.
`;
