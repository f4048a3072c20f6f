import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/extract.js';
import type { OnRecord } from '../../../src/core/index.js';
import { buildRecords } from '../../../src/core/ingest.js';
import { coreOf } from './texts.js';

/**
 * A quote's lead-in: the reporter's sentence before it often says what the quote is about, in words the quote
 * never uses ("Parise blocked a shot ... 'It's the mark of a true competitor,' Boudreau said"). Articles written
 * for these tests.
 */
const ARTICLES: Record<string, string> = {
  'rowing.txt': `Lake crew wins the autumn regatta

The Lakeside crew finished the autumn regatta two lengths clear of the harbour club.

With the finish line in sight, stroke Maren Oyelaran lost an oar and the boat drifted sideways for three strokes.

"That was the longest ten seconds of my life," coach Idris Kovalenko said. "The crew kept its nerve and I could not be prouder."

Kovalenko said the crew would now train for the spring head race.
`,
  'orchard.txt': `Orchard owners fear a poor harvest

Frost in late April damaged most of the pear blossom in the valley, growers said.

"We have never seen the trees this bare in May," said grower Ottilie Brandvold.

Agronomist Sefton Achebe said the apple trees had escaped the worst. "The early varieties will be short, but the late ones look healthy," Achebe said.
`,
  'tram.txt': `Councillor sets out her case

Councillor Wren Adebayo said the harbour bridge repairs were overdue.

Adebayo said the tram extension would bankrupt the city within a decade. "We cannot keep borrowing for shiny projects while the libraries close," she said.
`,
  'museum.txt': `Museum reopens after repairs

The city museum reopened on Saturday after eighteen months of repairs to its copper roof, which leaked onto the tapestry gallery in two storms.

The museum's annual visitor numbers fell by half during the closure, and the shop lost most of its income. "We are simply glad the doors are open," director Halvard Esposito said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

function leadsOf(source: string): { text: string; lead: string }[] {
  const { article, quotes } = extractDocument({ content: ARTICLES[source] as string, source });
  const { records } = buildRecords(article, quotes, 'default', new Date('2024-06-01T12:00:00Z'));
  return records.map((r) => ({ text: r.text, lead: r.leadTerms ?? '' }));
}

describe('the lead-in of a quote (ingest)', () => {
  it('is the narrative sentence just before the quote, at the end of the paragraph before', () => {
    const longest = leadsOf('rowing.txt').find((q) => q.text.includes('longest ten seconds'));
    expect(longest?.lead.split(' ')).toEqual(expect.arrayContaining(['oar', 'drift', 'sidewai']));
    // Only the sentence before: the regatta result two paragraphs up is not part of it.
    expect(longest?.lead.split(' ')).not.toContain('regatta');
  });

  it('steps over the same speaker\'s words to the narrative sentence before them', () => {
    const prouder = leadsOf('rowing.txt').find((q) => q.text.includes('could not be prouder'));
    expect(prouder?.lead.split(' ')).toEqual(expect.arrayContaining(['oar', 'drift']));
  });

  it('stops at another speaker\'s words: what precedes them introduces those words; only the same speaker\'s sentence before is kept', () => {
    const late = leadsOf('orchard.txt').find((q) => q.text.includes('late ones look healthy'));
    // Achebe's own reported speech just before his direct words is their lead-in; Brandvold's quote before it is not.
    expect(late?.lead.split(' ')).toEqual(expect.arrayContaining(['appl', 'escap']));
    expect(late?.lead.split(' ')).not.toContain('bare');
  });

  it("is the same speaker's reported speech just before the direct words, in their paragraph, when no narrative sentence precedes them", () => {
    const borrowing = leadsOf('tram.txt').find((q) => q.text.includes('shiny projects'));
    expect(borrowing?.lead.split(' ')).toEqual(expect.arrayContaining(['tram', 'bankrupt']));
    // Only that sentence, in the quote's paragraph: what she said in the paragraph before is another matter.
    expect(borrowing?.lead.split(' ')).not.toContain('bridg');
  });

  it('is one sentence: two sentences up is not the lead-in', () => {
    const glad = leadsOf('museum.txt').find((q) => q.text.includes('simply glad'));
    expect(glad?.lead.split(' ')).toEqual(expect.arrayContaining(['visitor', 'shop', 'incom']));
    expect(glad?.lead.split(' ')).not.toContain('roof');
  });
});

describe('answers: the lead-in counts as what the quote is about', () => {
  it('answers a question whose topic is only in the sentence before the quote', async () => {
    const a = await core.ask('what did Kovalenko say about the lost oar');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Idris Kovalenko');
    expect(a.hits[0]?.text).toContain('longest ten seconds');
  });

  it('still refuses a topic that is only in another speaker\'s words before the quote', async () => {
    const a = await core.ask('what did Achebe say about the trees being bare in May');
    expect(a.hits.every((h) => !h.text.includes('late ones look healthy'))).toBe(true);
  });

  it('still refuses a topic two sentences up', async () => {
    const a = await core.ask('what did Esposito say about the copper roof leaking');
    expect(a.status).toBe('not_found');
  });
});
