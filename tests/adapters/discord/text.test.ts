import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeButton, encodeButton } from '../../../src/adapters/discord/custom-id.js';
import { linksIn, mentionQuestion } from '../../../src/adapters/discord/messages-handler.js';
import { cutAtWord, escapeMarkdown, fitEscaped, safeUrl } from '../../../src/adapters/discord/text.js';

describe('escapeMarkdown', () => {
  test('defuses formatting, mentions and block markers but keeps the words', () => {
    expect(escapeMarkdown('**bold** _it_ ~~s~~ `c` ||sp||')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|sp\\|\\|');
    expect(escapeMarkdown('<@123> <#456> <t:1700000000:R>')).toBe('\\<@123> \\<#456> \\<t:1700000000:R>');
    expect(escapeMarkdown('# title\n> quote\n- item\n1. first')).toBe('\\# title\n\\> quote\n\\- item\n1\\. first');
    expect(escapeMarkdown('hi @everyone and @here')).toBe('hi @\u200beveryone and @\u200bhere');
    expect(escapeMarkdown('Al-Nusra, 3.5% in 2016.')).toBe('Al-Nusra, 3.5% in 2016.');
  });

  test('drops control and bidi-override characters', () => {
    expect(escapeMarkdown('a\u0000b\u202ec\r\nd')).toBe('abc\nd');
  });
});

describe('cutting', () => {
  test('cuts at a word and marks the cut', () => {
    expect(cutAtWord('the quick brown fox jumps', 16)).toEqual({ text: 'the quick brown…', cut: true });
    expect(cutAtWord('short', 10)).toEqual({ text: 'short', cut: false });
  });

  test('never splits a surrogate pair or an escape, never exceeds the room (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (s, max) => {
        const { text } = fitEscaped(s, max);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
        expect(text.replace(/\\\\/g, '')).not.toMatch(/\\…$/);
      }),
      { numRuns: 80 },
    );
  }, 20_000);
});

describe('safeUrl', () => {
  test('keeps http(s), encodes parentheses, refuses the rest', () => {
    expect(safeUrl('https://news.example.org/a_(b)')).toBe('https://news.example.org/a_%28b%29');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://user:pw@example.org/')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });
});

describe('button ids', () => {
  test('round-trip and stay within 100 characters', () => {
    for (const a of [
      { kind: 'more', key: 'abc_DEF-1', offset: 6 },
      { kind: 'share', key: 'k', offset: 0, shown: '7:q_1~abcd,q_2~ABCD' },
      { kind: 'share', key: 'k', offset: 3, shown: '@AbC_dEf-123' },
      { kind: 'cite', shown: '12.' + 'Ab_-'.repeat(9) },
      { kind: 'ctx', quoteId: 'q:8f1c2a' },
      { kind: 'ctx-at', key: 'k', offset: 3, index: 2 },
    ] as const) {
      const id = encodeButton(a)!;
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeButton(id)).toEqual(a);
    }
    expect(encodeButton({ kind: 'ctx', quoteId: 'q'.repeat(120) })).toBeUndefined();
  });

  test('foreign or forged ids decode to nothing', () => {
    for (const id of ['', 'other|more|k|1', 'onr|more|k|-1', 'onr|more|k', 'onr|ctx|a b', 'onr|nope|k|1', `onr|more|${'k'.repeat(40)}|1`]) {
      expect(decodeButton(id)).toBeUndefined();
    }
  });
});

describe('messages', () => {
  test('the question is the message without the bot mention', () => {
    expect(mentionQuestion('<@800000000000000001> Kirby on Nusra', '800000000000000001')).toBe('Kirby on Nusra');
    expect(mentionQuestion('hey <@!800000000000000001>   what did Dunford say', '800000000000000001')).toBe('hey what did Dunford say');
    expect(mentionQuestion('<@&830000000000000002> Kirby', '800000000000000001', '830000000000000002')).toBe('Kirby');
    expect(mentionQuestion('<@&830000000000000009> Kirby', '800000000000000001', '830000000000000002')).toBe('<@&830000000000000009> Kirby');
  });

  test('links are found, trimmed of punctuation, deduplicated and capped', () => {
    expect(linksIn('see https://a.example/x, and <https://b.example/y> or https://a.example/x. ftp://c')).toEqual(['https://a.example/x', 'https://b.example/y']);
    expect(linksIn(Array.from({ length: 9 }, (_, i) => `https://e.example/${i}`).join(' '))).toHaveLength(3);
  });
});
