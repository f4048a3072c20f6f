/**
 * Fixture articles written for these tests (invented newsroom copy, not real reporting). Two speakers share
 * the surname Kirby with the seed article's John Kirby, so ambiguity shows; one article is hostile (Slack
 * mention syntax, entities, a masked link and a very long quote); one belongs to another newsroom's
 * collection (tenancy).
 */
export interface Fixture {
  source: string;
  content: string;
  collection?: string;
}

export const ARTICLES: Fixture[] = [
  {
    source: 'fixtures/harbour-ferries.md',
    content: `---
title: Harbour ferries to run through winter after council vote
url: https://metro.example.net/2023/11/harbour-ferries
outlet: Example Metro
published: 2023-11-08
---
Councillor Maria Kirby, who chairs the transport committee, said on Tuesday that the harbour ferries would keep running through the winter.

"Nobody on the islands should be cut off because the weather turns," Maria Kirby told the council.

"The ferry subsidy costs less than one new bridge would, and it serves more people," Kirby said.

The council approved the subsidy by eleven votes to two.
`,
  },
  {
    source: 'fixtures/library-hours.md',
    content: `---
title: Libraries extend evening hours for students
url: https://metro.example.net/2024/02/library-hours
outlet: Example Metro
published: 2024-02-12
---
City librarian Tomas Lindqvist announced longer opening hours for the central library on Monday.

"Students need a warm, quiet place to study after school, and the library is exactly that," Lindqvist said.

"We will stay open until ten on weeknights from March," Lindqvist told reporters.

"Reading rooms were full every evening last term," Lindqvist added.

"Our volunteers asked for these hours before anyone else did," Lindqvist said.

The extension is funded by a grant from the regional arts board.
`,
  },
  {
    source: 'fixtures/port-strike.md',
    content: `---
title: Dock workers vote to end strike at the container port
url: https://wire.example.net/2024/04/port-strike
outlet: Example Wire
published: 2024-04-18
---
Union negotiator Grace Adeyemi said the dock workers had accepted the new pay offer on Thursday.

"This agreement protects night-shift pay & pensions for every crane operator," Adeyemi said.

"We never wanted the ships to wait, but we could not accept the first offer," Adeyemi told the press.

The port expects normal traffic by Monday.
`,
  },
];

/** Words that appear only in the other newsroom's article: they must never reach this workspace. */
export const OTHER_NEWSROOM_WORDS = 'velodrome';

/** An article in another newsroom's collection. */
export const OTHER_NEWSROOM: Fixture = {
  source: 'fixtures/velodrome.md',
  collection: 'sport',
  content: `---
title: Velodrome reopens after roof repairs
url: https://sport.example.net/2024/05/velodrome
outlet: Example Sport
published: 2024-05-02
---
Track cycling coach Henrik Balogun welcomed the reopening of the velodrome on Friday.

"The velodrome roof no longer leaks onto the boards, so the juniors can train again," Balogun said.

The first race meeting is planned for June.
`,
};

/** The words of the very long hostile quote (well past Slack's 3000-character section limit). */
export const LONG_TAIL = Array.from({ length: 700 }, (_, i) => `budget${i}`).join(' ');

/** A hostile article: Slack mention and link syntax, entities and a very long quote. */
export const HOSTILE: Fixture = {
  source: 'fixtures/hostile.md',
  content: `---
title: "<!channel> Press office <@U0BADBAD1> statement & <https://evil.example|click here>"
url: https://wire.example.net/2024/06/press-office
outlet: Example Wire
published: 2024-06-03
---
Press officer Victor Szabo read a statement to reporters at the ministry on Wednesday.

"<!channel> <!here> <@U0BADBAD1> @everyone the ministry rejects the report, see <https://evil.example|the facts> & judge for yourselves," Szabo said.

"The ministry accounts for every line of the budget: ${LONG_TAIL} and that is final," Szabo told reporters.
`,
};

/** A page served by the local web server for `/quote add` and auto-ingest. */
export function pageHtml(title: string, speaker: string, quote: string): string {
  return `<!doctype html><html><head><title>${title}</title>
<meta property="og:title" content="${title}">
<meta property="article:published_time" content="2024-07-01T09:00:00Z">
<meta property="og:site_name" content="Example Online">
</head><body><article><h1>${title}</h1>
<p>Harbour master ${speaker} spoke to reporters at the quay on Monday morning about the new moorings.</p>
<p>&ldquo;${quote}&rdquo; ${speaker} said.</p>
<p>&ldquo;The fishing fleet will have priority berths from August,&rdquo; ${speaker.split(' ').at(-1)} told reporters.</p>
<p>The moorings were paid for by the port authority and a regional grant, officials said on Monday.</p>
</article></body></html>`;
}
