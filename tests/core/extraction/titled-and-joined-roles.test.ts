import { describe, expect, it } from 'vitest';
import { extract, quoteStarting, speakerOfQuoteStarting } from './helpers.js';

// Every text here is written for these tests; names and bodies are invented (session 42, h-attr113).
describe('an appositive whose office names a principal after an abbreviated title reads the principal with it', () => {
  it('"a former aide to Sen. Ada Holt" keeps the senator, not "former aide to Sen"', () => {
    const text = 'Budget row\n\nThe vote was delayed again on Tuesday.\n\n"We have the numbers," said Tom Varga, a former aide to Sen. Ada Holt, on Wednesday.';
    const q = quoteStarting(extract(text), 'We have the numbers');
    expect(q?.speaker?.name).toBe('Tom Varga');
    expect(q?.speaker?.role).toBe('former aide to Sen. Ada Holt');
  });

  it('"spokesman for Mr. Reyes" keeps the principal; a bracket after the principal ends the office', () => {
    const text = 'Campaign week\n\nThe rally drew a large crowd.\n\n"He is not worried," said Lena Brook, spokeswoman for Mr. Reyes.\n\n"The seat is safe," said Cal Dunn, a veteran staffer for Rep. Mara Quill (D-Ore.), in an email.';
    const quotes = extract(text);
    expect(quoteStarting(quotes, 'He is not worried')?.speaker?.role).toBe('spokeswoman for Mr. Reyes');
    expect(quoteStarting(quotes, 'The seat is safe')?.speaker?.role).toBe('veteran staffer for Rep. Mara Quill');
  });

  it('a sentence that ends at a title-less stop is read as before ("an aide to the mayor.")', () => {
    const text = 'Town hall\n\nThe meeting ran late.\n\n"It went well," said Ora Pike, an aide to the mayor. Councillors left at ten.';
    expect(quoteStarting(extract(text), 'It went well')?.speaker?.role).toBe('aide to the mayor');
  });
});

describe('two offices of one person joined by "and" before the name make one role', () => {
  it('"Varcom president and chief executive Dana Lowe": both offices, the body with them', () => {
    const text = 'Profit rises\n\nVarcom made more money last year.\n\n"We are pleased," said Varcom president and chief executive Dana Lowe.';
    const q = quoteStarting(extract(text), 'We are pleased');
    expect(q?.speaker?.name).toBe('Dana Lowe');
    expect(q?.speaker?.role).toBe('Varcom president and chief executive');
  });

  it('"former Nevada Gov. and party chairman Ray Cobb": the holder speaks, not "Nevada Gov", and the role keeps both', () => {
    const text = 'Convention\n\nDelegates met in Reno.\n\n"We will hold the state," said former Nevada Gov. and Democratic Party Chairman Ray Cobb. "Turnout is everything."';
    const quotes = extract(text);
    expect(speakerOfQuoteStarting(quotes, 'We will hold the state')).toBe('Ray Cobb');
    expect(speakerOfQuoteStarting(quotes, 'Turnout is everything')).toBe('Ray Cobb');
    expect(quoteStarting(quotes, 'We will hold the state')?.speaker?.role).toMatch(/Nevada Gov\. and Democratic Party Chairman$/);
  });

  it('"the mayor and Ray Cobb" are two people: no office follows "and", the role is not joined', () => {
    const text = 'Bridge opens\n\nThe bridge opened on Friday.\n\nThe mayor and Ray Cobb cut the ribbon. "It took ten years," said Gov. and Mrs. Cobb\'s driver, Al Tran.';
    const quotes = extract(text);
    expect(quotes.some((q) => q.speaker?.role?.includes('mayor and'))).toBe(false);
  });

  it('a qualifier is read only right before an office ("Standing beside union leader and activist Rosa Diaz")', () => {
    const text = 'March\n\nThousands marched on Saturday.\n\nStanding beside union leader and activist Rosa Diaz, the senator spoke. "This is our day," said Rosa Diaz.';
    const q = quoteStarting(extract(text), 'This is our day');
    expect(q?.speaker?.name).toBe('Rosa Diaz');
    expect(q?.speaker?.role ?? '').not.toMatch(/Standing|beside/);
  });
});
