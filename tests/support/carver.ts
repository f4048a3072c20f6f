/**
 * Two newsrooms, one name: the metro desk's John Carver runs a confidential unit at Acme Holdings, the sports
 * desk's John Carver is a footballer. Nothing the metro article says of him (role, organisation, words) may
 * reach a reader of the sports collection, and the reverse. Dana Whitlow is quoted by the metro desk only: a
 * sports reader must not even see her name.
 */
export interface CarverArticle {
  source: string;
  content: string;
}

export const CARVER_METRO: CarverArticle = {
  source: 'fixtures/metro-acme-unit.md',
  content: `---
title: Acme Holdings unit under scrutiny
url: https://metro.example.org/acme-unit
outlet: Metro Ledger
published: 2024-03-04
---
"Every acquisition we made this quarter was cleared by the auditors," said John Carver, head of the confidential acquisitions unit at Acme Holdings.

"The warehouses will be demolished before the council votes on the riverside plan," Carver told the Metro Ledger on Monday.

"Our unit answers to the board and to nobody else," Carver said.

"Nobody at the council has seen the demolition schedule," said Dana Whitlow, a planning officer at the Riverside Council.
`,
};

export const CARVER_SPORT: CarverArticle = {
  source: 'fixtures/sport-derby.md',
  content: `---
title: Carver strikes twice in the derby
url: https://sport.example.org/derby
outlet: Sport Daily
published: 2024-03-05
---
Riverside Rovers striker John Carver scored twice as his side won the derby on Saturday.

"The second goal came from a move we practise every week in training," Carver said.

"The supporters carried us through the final twenty minutes," Carver told Sport Daily after the match.
`,
};

/** A later sports piece that states no role: its quote shows the role the sports desk gives him, none other. */
export const CARVER_SPORT_LATER: CarverArticle = {
  source: 'fixtures/sport-title-race.md',
  content: `---
title: Carver on the title race
url: https://sport.example.org/title-race
outlet: Sport Daily
published: 2024-03-08
---
"We can still win the league if we keep our nerve," John Carver said after training on Friday.
`,
};

/** Words only the metro article holds: none may appear in anything a sports reader is shown. */
export const METRO_ONLY = ['Acme', 'acquisitions', 'confidential', 'Whitlow', 'warehouses', 'auditors', 'Metro Ledger', 'planning officer', 'board'];

/** Words only the sports article holds: none may appear in anything a metro reader is shown. */
export const SPORT_ONLY = ['striker', 'Riverside Rovers', 'derby', 'supporters', 'Sport Daily'];

/** The metro-only words found in `shown` (a rendered message or answer, serialised). */
export function leaked(shown: unknown, words: readonly string[] = METRO_ONLY): string[] {
  const text = typeof shown === 'string' ? shown : JSON.stringify(shown);
  return words.filter((w) => text.toLowerCase().includes(w.toLowerCase()));
}
