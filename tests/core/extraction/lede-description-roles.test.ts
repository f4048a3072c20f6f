import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';

// Every text here is written for these tests; names and bodies are invented (issue 14, session 25 h-qa55): a news
// lede often gives its speaker by office only ("..., a harbour minister has said.") and names them in the next
// sentence ("Ilse Marrow said ..."). The lede's words are that person's, and the office is their role, so a role
// question ("the harbour minister") reaches their quotes.
const speakerOf = (text: string, words: string) => quoteWith(extract(text), words)?.speaker;

describe('a lede description and the person named next', () => {
  it('the lede is the person named next as a speaker, who gains the office as role', () => {
    const text = 'Port fees to rise\n\nPort fees must rise to pay for the new dredgers, a harbour minister has said.\n\nIlse Marrow said the fees had "not kept pace with costs" for a decade.';
    expect(speakerOf(text, 'Port fees must rise')?.name).toBe('Ilse Marrow');
    expect(speakerOf(text, 'not kept pace')?.role).toBe('harbour minister');
  });

  it('a definite lede office with a possessive reads the same', () => {
    const text = "Judge warns ministers\n\nThe Freedonia's top judge has said he will resist any change to how judges are chosen.\n\nLord Halbrook said the plan was \"a step too far\".";
    expect(speakerOf(text, 'he will resist')?.name).toBe('Lord Halbrook');
    expect(speakerOf(text, 'a step too far')?.role).toBe("Freedonia's top judge");
  });

  it('an office other rules do not bind ("judge") is bound by the lede', () => {
    const text = 'Court reform\n\nThe veto over inquiries must stay, a senior harbour judge has said.\n\nMara Quist said the reform was "deeply unwise".';
    expect(speakerOf(text, 'The veto over inquiries')?.name).toBe('Mara Quist');
    expect(speakerOf(text, 'deeply unwise')?.role).toBe('senior harbour judge');
  });

  it('a person already named before the lede description is no lede', () => {
    const text = 'Anna Voss opened the court on Monday. The veto over inquiries must stay, a senior harbour judge has said.\n\nMara Quist said the reform was "deeply unwise".';
    expect(speakerOf(text, 'The veto over inquiries')?.name).toBe('a senior harbour judge');
    expect(speakerOf(text, 'deeply unwise')?.name).toBe('Mara Quist');
    expect(speakerOf(text, 'deeply unwise')?.role).toBeUndefined();
  });

  it('the person named next only as an object is not the lede speaker', () => {
    const text = 'The veto over inquiries must stay, a senior harbour judge has said. in a rebuke to Tomas Reyne.\n\nTomas Reyne later said the reform was "fair".';
    expect(speakerOf(text, 'The veto over inquiries')?.name).toBe('a senior harbour judge');
    expect(speakerOf(text, 'fair')?.name).toBe('Tomas Reyne');
    expect(speakerOf(text, 'fair')?.role).toBeUndefined();
  });

  it('a generic person word ("a fan") names no office to give', () => {
    const text = 'The show was a triumph, a fan has said.\n\nPetra Vane said the cast were "simply superb".';
    expect(speakerOf(text, 'simply superb')?.name).toBe('Petra Vane');
    expect(speakerOf(text, 'simply superb')?.role).toBeUndefined();
  });
});
