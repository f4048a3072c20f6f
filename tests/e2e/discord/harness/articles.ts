/**
 * Fixture articles written for these tests (invented newsroom copy, not real reporting). Two speakers share
 * a surname (Dunford) so ambiguity shows; one article is hostile (mentions, markdown, a very long quote).
 */
export const ARTICLES: { source: string; content: string }[] = [
  {
    source: 'fixtures/dunford-intel.md',
    content: `---
title: Joint Chiefs chairman warns Senate over intelligence sharing with Moscow
url: https://news.example.org/2016/09/dunford-intel-sharing
outlet: Example Wire
published: 2016-09-22
---
Marine General Joseph Dunford, Chairman of the Joint Chiefs of Staff, told senators on Thursday that he opposed any arrangement to share intelligence with Russia.

"I don't think it would be a good idea to share intelligence with the Russians," Dunford told the Senate Armed Services Committee on September 22.

"We have a strong intelligence sharing relationship with our allies, and we should protect it," Dunford said.

The hearing focused on the ceasefire arrangements negotiated in Geneva earlier in the month.
`,
  },
  {
    source: 'fixtures/ellen-dunford-budget.md',
    content: `---
title: City council approves harbour budget after long debate
url: https://metro.example.org/2019/03/harbour-budget
outlet: Example Metro
published: 2019-03-14
---
Councillor Ellen Dunford, who chairs the finance committee, defended the harbour budget at the council meeting on Wednesday.

"This budget keeps the ferries running and the harbour walls repaired for another decade," Ellen Dunford said.

"We cannot ask the fishermen to wait another year for the dredging," Dunford told reporters after the vote.

The council approved the plan by nine votes to four.
`,
  },
  {
    source: 'fixtures/okafor-grain.md',
    content: `---
title: Port authority reports record grain exports
url: https://business.example.org/2021/05/grain-exports
outlet: Example Business
published: 2021-05-03
---
Port authority director Amara Okafor said on Monday that grain exports reached a record in April.

"The new terminal cranes doubled our loading speed, and the farmers are seeing the difference," Okafor said.

"Exports of wheat rose by a third compared with last spring," Okafor told the trade press.

"We expect the barley season to be just as strong, provided the rail strike is settled," Okafor said.

"Container traffic is also up, though not as sharply as grain," Okafor added.

"The harbour dredging finished two weeks ahead of schedule," Okafor said.

Okafor is expected to present the figures to the regional assembly next month.
`,
  },
];

/** A hostile article: pings, markdown, a masked link, control characters and a very long quote. */
export function hostileArticle(): { source: string; content: string } {
  const long = Array.from({ length: 260 }, (_, i) => `word${i}`).join(' ');
  return {
    source: 'fixtures/hostile.md',
    content: `---
title: "@everyone **Breaking** [click](https://evil.example) <@123456789012345678> ${'x'.repeat(300)}"
url: https://news.example.org/2022/01/hostile-(test)
outlet: Example Wire
published: 2022-01-10
---
Spokesman Victor Zelenko spoke to reporters at the ministry on Tuesday.

"@everyone listen: **this** is ||secret|| and <@123456789012345678> plus @here should never ping, see [docs](https://evil.example) # not a heading ${long} the end," Zelenko said.

"Sanctions will be answered in kind, @everyone," Zelenko told reporters.
`,
  };
}
