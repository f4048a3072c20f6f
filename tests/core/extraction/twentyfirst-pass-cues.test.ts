import { describe, expect, it } from 'vitest';
import { extractDirect, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twenty-first pass: cues and bodies", h-attr38).

describe('"X asked again." after a question mark keeps the quote in its sentence', () => {
  it('"...?" Holloway asked again. gives Holloway, not the speaker of the next paragraph', () => {
    const q = extractDirect('Hearing on the ferry budget\n\n"What happens if the new boats are late?" Holloway asked. Varga said the yard was on schedule.\n\n"But if the yard is not ready, what is the fallback?" Holloway asked again.\n\n"Then we would lease two boats for a season," Varga said.');
    expect(speakerOf(q, 'what is the fallback')).toBe('Holloway');
    expect(speakerOf(q, 'lease two boats')).toBe('Varga');
  });

  it('(guard) "said again that ..." still governs a clause of its own', () => {
    const q = extractDirect('Ferry budget\n\n"The yard is on schedule." Varga said again that two boats would come in May.');
    expect(speakerOf(q, 'The yard is on schedule')).not.toBe('Varga');
  });
});
