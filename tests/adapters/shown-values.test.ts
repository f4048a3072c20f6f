import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from '../../src/adapters/discord/custom-id.js';
import { packShown, unpackShown } from '../../src/adapters/discord/shown.js';
import { decodeShown, encodeShown } from '../../src/adapters/slack/shown-value.js';
import { shownCheck } from '../../src/core/index.js';

const hexIds = ['0123456789abcdef0123', 'fedcba9876543210fedc', '00000000000000000001'];
const quotes = hexIds.map((id, i) => ({ id, check: shownCheck(`words ${i}`) }));

describe('shown quotes in a Discord button', () => {
  it('packs three core ids with their checks beside a question key, within 100 characters, and back', () => {
    const token = packShown({ total: 123, quotes })!;
    expect(token).toMatch(/^123\.[A-Za-z0-9_-]{54}$/);
    expect(unpackShown(token)).toEqual({ total: 123, quotes });
    const id = encodeButton({ kind: 'share', key: 'AbCdEfGhIjKl', offset: 999, shown: token })!;
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeButton(id)).toEqual({ kind: 'share', key: 'AbCdEfGhIjKl', offset: 999, shown: token });
  });

  it('keeps other plain ids as they are, and leaves ids of any other shape to the store', () => {
    const plain = [{ id: 'q_dunford_1', check: 'abcd' }];
    expect(unpackShown(packShown({ total: 1, quotes: plain })!)).toEqual({ total: 1, quotes: plain });
    expect(packShown({ total: 1, quotes: [{ id: 'a.b', check: 'abcd' }] })).toBeUndefined();
    expect(packShown({ total: 1, quotes: [] })).toBeUndefined();
  });

  it('refuses forged tokens', () => {
    for (const t of ['1.short', '1:a~abc', '1:a~abcd~x', 'x.AAAAAAAAAAAAAAAAAA', '1:' + 'a~abcd,'.repeat(11) + 'a~abcd']) expect(unpackShown(t), t).toBeUndefined();
    expect(decodeButton('onr|share|key|0|1:a~abcd|extra')).toBeUndefined();
    expect(decodeButton('onr|cite|@')).toBeUndefined();
    // A Share button made before it carried its quotes decodes without them (the click says "ask again").
    expect(decodeButton('onr|share|key|3')).toEqual({ kind: 'share', key: 'key', offset: 3 });
  });
});

describe('shown quotes in a Slack button value', () => {
  it('round-trips the question, page, total and each quote', () => {
    const shown = { question: 'who said "a spoiler"', offset: 3, total: 9, quotes };
    const value = encodeShown(shown)!;
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(decodeShown(value)).toEqual(shown);
  });

  it('refuses values that are not ours', () => {
    for (const v of ['', 'x', '{"q":"a","o":0}', '{"q":"a","o":0,"t":1,"s":[]}', '{"q":"a","o":-1,"t":1,"s":["abc~abcd"]}', '{"q":"a","o":0,"t":1,"s":["a b~abcd"]}']) expect(decodeShown(v), v).toBeUndefined();
    expect(encodeShown({ question: 'q', offset: 0, total: 0, quotes: [] })).toBeUndefined();
  });
});
