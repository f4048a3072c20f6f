/**
 * Articles shaped to stress ingest, at any size (`n` is the unit of size each shape names). Written here, not
 * read from anywhere: the same n gives the same text.
 */
export interface ShapeInput {
  source: string;
  content: string;
}

export interface Shape {
  /** What `n` counts. */
  unit: string;
  make: (n: number) => ShapeInput;
}

const ALPHA = 'abcdefghijklmnopqrstuvwxyz';
/** A capitalised made-up surname per index, so names do not repeat. */
const surname = (i: number) => `Q${ALPHA[i % 26]}${ALPHA[Math.floor(i / 26) % 26]}${ALPHA[Math.floor(i / 676) % 26]}son`;

export const SHAPES: Record<string, Shape> = {
  /** (a) Many paragraphs and not one quotation mark (the mark search once ran to the end of the text from each). */
  'no-marks': {
    unit: 'paragraphs',
    make: (n) => ({ source: 'no-marks.txt', content: Array.from({ length: n }, (_, i) => `Line ${i} of the council minutes records a vote on item ${i % 40} and nothing else.`).join('\n') }),
  },
  /** (b) One paragraph holding many quotes (each quote once copied and tokenised the whole paragraph). */
  'long-paragraph': {
    unit: 'quotes in one paragraph',
    make: (n) => ({
      source: 'long-paragraph.txt',
      content: `Council budget row\n\n${Array.from({ length: n }, (_, i) => `"We will look again at item ${i} of the budget," said ${i % 2 ? 'Mayor Ann Lee' : 'councillor Bo Park'}.`).join(' ')}`,
    }),
  },
  /** (c) Front matter with many keys (YAML's duplicate-key check compared every key with every other). */
  'front-matter-keys': {
    unit: 'front matter keys',
    make: (n) => ({
      source: 'front-matter.md',
      content: `---\ntitle: Budget row\n${Array.from({ length: n - 1 }, (_, i) => `field_${i}: value ${i}`).join('\n')}\n---\n"We will look again at the budget," said Mayor Ann Lee.\n`,
    }),
  },
  /** (d) Many short paragraphs, each with a quote and a different speaker. */
  'short-quoted-paragraphs': {
    unit: 'paragraphs',
    make: (n) => ({
      source: 'short-quoted.txt',
      content: Array.from({ length: n }, (_, i) => `"Item ${i} goes back to committee," said councillor Ann ${surname(i % 500)}.`).join('\n'),
    }),
  },
  /** Many quoted paragraphs that never end a sentence (each quote's sentence search once ran to the end of the text). */
  'quoted-no-full-stop': {
    unit: 'paragraphs',
    make: (n) => ({
      source: 'no-full-stop.txt',
      content: Array.from({ length: n }, (_, i) => `"Item ${i} goes back to committee" said councillor Ann ${surname(i % 500)}`).join('\n'),
    }),
  },
  /** One run of exclamation marks (the sentence splitter once rescanned the rest of the run from each mark). */
  'punctuation-run': {
    unit: 'marks in one run',
    make: (n) => ({ source: 'punctuation.txt', content: `Council vote\n\n"It passed" said Ann Lee${'!'.repeat(n)} and then the room emptied.` }),
  },
  /** A page of a great many tiny paragraphs (linkedom's parse grows with the tags). */
  'html-tiny-paragraphs': {
    unit: '<p> tags',
    make: (n) => ({ source: 'tiny.html', content: `<html><body>${'<p>x'.repeat(n)}</body></html>` }),
  },
};
