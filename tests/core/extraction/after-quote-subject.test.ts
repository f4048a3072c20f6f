import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting } from './helpers.js';

// Every text here is written for these tests; names and bodies are invented (session 35, h-attr85).
describe('a sentence opening right after a quote that ends its own sentence', () => {
  it('\'"... have it." Colm Brady, co-ordinator for a league which campaigns ..., expressed doubts\': the pronoun after is Brady', () => {
    const text = 'File formats multiply\n\nIan Fennel, an analyst at Marlow Research, said formats were fragmented. "It is a five-horse race," he said.\n\nAnalyst Rhona Vale said the rules could help. "People want choice," she said, "and with the old system they have it." Colm Brady, European co-ordinator for the Free Files League which campaigns for consumers on many digital issues, expressed doubts that the plan would work. "Not one of these systems has ever stopped copying," he said.';
    expect(speakerOfQuoteStarting(extract(text), 'Not one of these systems')).toBe('Colm Brady');
  });

  it('a quote ending on a comma runs on into its own sentence: the name after it is no new subject', () => {
    const text = 'Ian Fennel, an analyst at Marlow Research, spoke first. "It is a five-horse race," Colm Brady told him, "and nobody wins." "Prices will fall," he said.';
    expect(speakerOfQuoteStarting(extract(text), 'Prices will fall')).toBe('Colm Brady');
  });
});
