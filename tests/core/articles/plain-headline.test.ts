import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../src/core/articles/parse.js';

describe('parsePlainText: a first line that asks a question', () => {
  it('takes a short unquoted question above a blank line as the headline, not as body text', () => {
    const a = parsePlainText('Can Nimbus rule the next decade?\n\nNimbus shares rose on Monday.\n', 'q.txt');
    expect(a.meta.title).toBe('Can Nimbus rule the next decade?');
    expect(a.text.startsWith('Nimbus shares rose')).toBe(true);
  });

  it('keeps a quoted question and a long questioning sentence in the body', () => {
    const quoted = parsePlainText('"Why now?" asked the mayor?\n\nThe council met.\n', 'a.txt');
    expect(quoted.meta.title).toBeUndefined();
    const long = 'Is this the year the harbour finally gets the bridge the town has wanted since the old ferry sank in the storm?';
    const body = parsePlainText(`${long}\n\nThe council met.\n`, 'b.txt');
    expect(body.meta.title).toBeUndefined();
    expect(body.text.startsWith(long)).toBe(true);
  });

  it('still keeps a first sentence ending in a full stop in the body', () => {
    const a = parsePlainText('He said it was over.\n\nThe council met.\n', 'c.txt');
    expect(a.meta.title).toBeUndefined();
  });
});
