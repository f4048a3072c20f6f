import { extractDocument } from '../../src/core/extract.js';
import { buildRecords } from '../../src/core/ingest.js';
import type { QuoteStore, StoredQuote } from '../../src/core/store/port.js';

/**
 * Articles whose quotes have lead-ins of every kind (written for the lead-in migration tests of both stores): at
 * the end of a paragraph holding no quote, through the same speaker's words, inside the quote's paragraph, and
 * none after another speaker's words.
 */
export const LEAD_IN_ARTICLES: Record<string, string> = {
  'rowing.txt': `Lake crew wins the autumn regatta

The Lakeside crew finished the autumn regatta two lengths clear of the harbour club.

With the finish line in sight, stroke Maren Oyelaran lost an oar and the boat drifted sideways for three strokes.

"That was the longest ten seconds of my life," coach Idris Kovalenko said. "The crew kept its nerve and I could not be prouder."

Kovalenko said the crew would now train for the spring head race.
`,
  'museum.txt': `Museum reopens after repairs

The city museum reopened on Saturday after eighteen months of repairs to its copper roof.

The museum's annual visitor numbers fell by half during the closure, and the shop lost most of its income. "We are simply glad the doors are open," director Halvard Esposito said. Agronomist Sefton Achebe said the gardens had escaped the worst. "The roses will be short, but the hedges look healthy," Achebe said.
`,
};

/** Writes the articles (extracted and built as ingest does) and returns their records. */
export async function writeLeadInArticles(store: QuoteStore): Promise<StoredQuote[]> {
  const out: StoredQuote[] = [];
  for (const [source, content] of Object.entries(LEAD_IN_ARTICLES)) {
    const { article, quotes } = extractDocument({ content, source });
    const { stored, records } = buildRecords(article, quotes, 'default', new Date('2024-06-01T12:00:00Z'));
    await store.replaceArticle(stored, records);
    out.push(...records);
  }
  return out;
}
