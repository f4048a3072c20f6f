import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Role questions on roles several speakers hold (session 16, h-qa29). Articles, people and places invented here.
 */
const ARTICLES: Record<string, string> = {
  // "the Kelso Herald columnist": two columnists quoted often, a third quoted once, on the topic asked.
  'herald-one.txt': `Mayor faces questions over ferry contract

Kelso Herald columnist Tom Brask wrote that the mayor had questions to answer.

"The ferry contract was signed in a hurry," Brask said.

"Nobody at city hall has explained the price," Brask said.

"The council should publish every page," Brask added.

"The harbour board has not met since March," Brask said.

"Tarn got a better deal on its ferry," Brask said.

"I asked for the minutes and got nothing," Brask said.

"Ask the mayor who chose the builder," Brask said.

"The builder has friends on the council," Brask said.

"Three bids came in and two were ignored," Brask said.

"The harbour master resigned in April," Brask said.

"Nobody will say who signed first," Brask said.

"The ferries are old," Brask said.
`,
  'herald-two.txt': `Council budget vote delayed

Kelso Herald columnist Ada Veer said the budget vote would be delayed again.

"The budget is late because the council cannot agree on the libraries," Veer said.

"Every year the libraries are the first thing cut," Veer said.

"The pool will close for a year," Veer said.

"Taxes will rise in the spring," Veer said.
`,
  'herald-three.txt': `Candidate avoids reporters

The candidate has answered few questions since spring, Lina Osk said.

"The candidate, famously evasive, answered four questions in Tarn and left," Osk said.
`,
  'herald-four.txt': `Bridge reopens after repairs

Kelso Herald columnist Lina Osk said the old bridge was safe again.

"The old bridge is safe," Osk said.
`,
  // "the former Tarn governor": a role joining two offices with "and", and a sitting governor quoted beside her.
  'governors.txt': `Endorsement splits the party

Tarn Gov. Piet Lund endorsed the harbour plan on Monday.

"I have known the builders for twenty years and the plan is sound," Lund said.

Nora Vell, the former Tarn governor and harbour board administrator, said she would vote against it.

"I am ashamed that Lund would endorse a plan that drains the marsh," Vell said.
`,
};

// Brask is quoted far more often than Osk: the role's holders quoted most are read first.
ARTICLES['herald-five.txt'] = `Columnist lists the council's broken promises\n\nKelso Herald columnist Tom Brask listed the council's promises.\n\n${Array.from({ length: 24 }, (_, i) => `"Promise number ${i + 1} was broken," Brask said.`).join('\n\n')}\n`;

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a role several speakers hold', () => {
  it('another holder of the very role answers when the most quoted holders never spoke of the topic', async () => {
    const a = await core.ask('what did the Kelso Herald columnist say about the candidate being evasive');
    expect(a.hits[0]?.speaker?.name).toBe('Lina Osk');
    expect(a.hits[0]?.text).toContain('famously evasive');
    // She holds the role on record: the answer never says that nobody does.
    expect(a.note ?? '').not.toContain('No speaker on record has the role');
  });

  it('nobody who holds the role spoke of the topic: no quote, never another speaker', async () => {
    const a = await core.ask('what did the Kelso Herald columnist say about the marsh');
    expect(a.status).toBe('not_found');
  });

  it('a role joining two offices with "and" holds both: the former governor is the administrator too', async () => {
    const a = await core.ask('what did the former Tarn governor say about the harbour plan');
    expect(a.hits[0]?.speaker?.name).toBe('Nora Vell');
    expect(a.hits[0]?.text).toContain('drains the marsh');
  });
});
