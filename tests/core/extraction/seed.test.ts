import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/articles/load.js';
import { extractQuotes } from '../../../src/core/extraction/index.js';

// The seed article shipped in data/articles is the product's first demo: every quote and speaker matters.
const file = path.resolve(__dirname, '../../../data/articles/syria-nusra.txt');
const article = parseDocument({ content: fs.readFileSync(file, 'utf8'), source: file });
const quotes = extractQuotes(article.text, article.paragraphs, article.meta);
const find = (words: string) => quotes.find((q) => q.text.includes(words));

describe('seed article', () => {
  it('finds the direct quotes with their speakers', () => {
    expect(find('Unilaterally, when we')?.speaker?.name).toBe('John Kirby');
    expect(find('by which we would share information')?.speaker?.name).toBe('John Kirby');
    expect(find('The only thing that stands between')?.speaker?.name).toBe('John Kirby');
    // The second half of a split quote: no attribution of its own.
    expect(find('We recognize Al-Nusra as a spoiler')?.speaker?.name).toBe('John Kirby');
    // A partial quote after "calling it", whose subject is "The State Department spokesman".
    expect(find('a good sign, but it needs')?.speaker?.name).toBe('John Kirby');
  });

  it('gives the one-word partial quote to the State Department', () => {
    const spoiler = quotes.find((q) => q.text === 'spoiler');
    expect(spoiler?.speaker?.name).toBe('State Department');
    expect(spoiler?.speaker?.isOrganisation).toBe(true);
  });

  it('derives the Russian Foreign Ministry from "the ministry said in a statement"', () => {
    const q = find('Lavrov pointed out');
    expect(q?.speaker?.name).toBe('Russian Foreign Ministry');
    expect(q?.setting).toBe('in a statement');
  });

  it('attributes Dunford with role, audience and a yearless date', () => {
    const q = find("We don't have any intention of having an intelligence sharing agreement");
    expect(q?.speaker).toMatchObject({ name: 'Joseph Dunford', role: 'Chairman of the Joint Chiefs of Staff' });
    expect(q?.audience).toBe('lawmakers');
    expect(q?.saidOn).toEqual({ text: 'September 20', date: '--09-20' });
  });

  it('binds "the top US military official" to Dunford, named only later', () => {
    expect(find('the Pentagon would not share intelligence')?.speaker?.name).toBe('Joseph Dunford');
  });

  it('finds the reported speech', () => {
    expect(find('US military efforts in Syria are not directed')?.speaker?.name).toBe('State Department');
    expect(find('has not hit Nusra targets')?.speaker?.name).toBe('John Kirby');
    expect(find('the militants opened fire')?.speaker?.name).toBe('Russian Center for Reconciliation');
    expect(find('Al-Nusra has been undermining')).toMatchObject({ kind: 'indirect', speaker: { name: 'Sergey Lavrov' }, audience: 'US Secretary John Kerry' });
    expect(find('contingent on humanitarian aid')?.speaker?.name).toBe('John Kirby');
  });

  it('finds nothing in the scare quote "moderate opposition"', () => {
    expect(quotes.find((q) => q.kind === 'direct' && q.text === 'moderate opposition')).toBeUndefined();
  });
});
