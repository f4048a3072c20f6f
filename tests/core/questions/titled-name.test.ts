import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from '../answers/texts.js';

/**
 * An office word typed before a surname ("Speaker Hallam", "Commissioner Okafor") names that person. The role index
 * read the phrase as an office and answered with the aide whose role holds its words ("a spokesman for Speaker Jane
 * Hallam"): another person's words under the typed name. Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'recess.txt': `Budget vote before the recess

"The budget will pass before the summer recess, and nobody in this chamber should doubt it," said Jane Hallam, the House Speaker.
`,
  'aide.txt': `Speaker stays put

"The Speaker has no plans to resign and will see out her term," said Tom Bexley, a spokesman for Speaker Jane Hallam.
`,
  'striker.txt': `Wigan held at home

"The pitch was heavy and we never found our rhythm in the second half," said Mark Hallam, the Wigan striker.
`,
  'tickets.txt': `West End prices

"Ticket prices will rise in the spring because our costs have doubled," the Ambassador Theatre Group said in a statement.
`,
  'inquiry.txt': `Inquiry into police stop figures

"The commissioner will review every case in the report before the board meets," said Dan Pryce, an aide to Commissioner Ruth Okafor.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('an office word before a surname', () => {
  it('names the person on record who holds that office, not the aide whose role names them', async () => {
    const a = await core.ask('what did Speaker Hallam say');
    expect(a.hits.length).toBeGreaterThan(0);
    expect(a.hits.every((h) => h.speaker?.name === 'Jane Hallam')).toBe(true);
    const b = await core.ask('what did Speaker Jane Hallam say about the recess');
    expect(b.hits[0]?.speaker?.name).toBe('Jane Hallam');
  });

  it('never answers with the aide when the person has nothing on the topic', async () => {
    const a = await core.ask('what did Speaker Hallam say about resigning');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Tom Bexley');
  });

  it('never answers with a role that only mentions a person nobody quoted', async () => {
    for (const q of ['what did Commissioner Okafor say', 'what did Commissioner Ruth Okafor say']) {
      const a = await core.ask(q);
      expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Dan Pryce');
    }
  });

  it('leaves the namesake typed by full name, and the aide asked for by role, as they were', async () => {
    const a = await core.ask('what did Mark Hallam say');
    expect(a.hits[0]?.speaker?.name).toBe('Mark Hallam');
    for (const q of ['what did the spokesman for Speaker Hallam say', "what did Hallam's spokesman say"]) {
      const b = await core.ask(q);
      expect(b.hits[0]?.speaker?.name).toBe('Tom Bexley');
    }
  });

  it('leaves an organisation whose name opens with an office word answerable', async () => {
    const a = await core.ask('what did the Ambassador Theatre Group say about ticket prices');
    expect(a.hits[0]?.speaker?.name).toBe('Ambassador Theatre Group');
  });
});

describe('an office word before a surname whose holder is not quoted', () => {
  let bare: OnRecord;
  beforeAll(async () => {
    bare = await coreOf({ 'aide.txt': ARTICLES['aide.txt'] as string, 'striker.txt': ARTICLES['striker.txt'] as string });
  });
  afterAll(() => bare.close());

  it('names nobody: neither the aide whose role names the person nor a namesake in another office', async () => {
    const a = await bare.ask('what did Speaker Hallam say');
    const names = a.hits.map((h) => h.speaker?.name);
    expect(names).not.toContain('Tom Bexley');
    expect(names).not.toContain('Mark Hallam');
  });
});
