import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, bodies and towns are invented (docs/EXTRACTION.md, "Issue 13,
// tenth pass: descriptions, carry-over, pronouns", h-attr15).

describe('an office that serves a named principal binds only to a person who holds that office for it', () => {
  it('"A spokesman for the Dunmore Police Department said ..." is not the man quoted next', () => {
    const q = extract(
      'The council fined the club last week.\n' +
        'A spokesman for the Dunmore Police Department said the owner was not arrested and did not have a mug shot taken. "He came in on his own," said Joseph Tarrant.',
    );
    expect(speakerOf(q, 'the owner was not arrested')).toBe('A spokesman for the Dunmore Police Department');
    expect(speakerOf(q, 'He came in on his own')).toBe('Joseph Tarrant');
  });

  it('"A spokesman for the Harbour Trust said ..." is not the spokesman of another body named next', () => {
    const q = extract(
      'The ferry plan was announced on Tuesday. A spokesman for the Harbour Trust said the plan was wholly wrong.\n' +
        'But Alan Pettigrew, spokesman for the Corran Walkers Association, said the trust had failed to listen. "We oppose it," said Mr Pettigrew.',
    );
    expect(speakerOf(q, 'the plan was wholly wrong')).toBe('A spokesman for the Harbour Trust');
    expect(speakerOf(q, 'We oppose it')).toBe('Alan Pettigrew');
  });

  it('"a spokesman for Veltrix said" is never the body\'s principal read as a person', () => {
    const q = extract('The shop was sold in May. A spokesman for Veltrix Marlow said the sale was final.\n"It is done," said Veltrix Marlow.');
    expect(speakerOf(q, 'the sale was final')).toBe('A spokesman for Veltrix Marlow');
  });

  it('guard: "A spokesman for the Anti-Fraud Office said ... spokesman Jorg Tamm said": the bare office may be the same man', () => {
    const q = extract(
      'A spokesman for the Northern Anti-Fraud Office said the office agreed with the audit. "There is room for improvement," spokesman Jorg Tamm said.',
    );
    expect(speakerOf(q, 'the office agreed with the audit')).toBe('Jorg Tamm');
  });

  it('guard: "The new harbour minister for Corran says ..." may still be the person named next (an office over a domain)', () => {
    const q = extract('The new harbour minister for Corran says there are lessons to learn from the south. Dr Ada Brisk, on her first day in the job, admitted the task was hard.');
    expect(speakerOf(q, 'there are lessons to learn')).toBe('Ada Brisk');
  });
});

describe('an unnamed source keeps what it stands near ("close to", "familiar with")', () => {
  it('"said a person close to the Brisk family": the whole phrase, carried to the next quote of the paragraph', () => {
    const q = extract('"It is a serious problem," said a person close to the Brisk family. "There is not a lot we can do."');
    expect(speakerOf(q, 'It is a serious problem')).toBe('a person close to the Brisk family');
    expect(speakerOf(q, 'There is not a lot we can do')).toBe('a person close to the Brisk family');
  });

  it('"A person familiar with the talks said ...", "a source close to the Harbour Board said": the source as written', () => {
    const q = extract('A person familiar with the talks said the deal was nearly done.\n"We will not sell," a source close to the Harbour Board said.');
    expect(speakerOf(q, 'the deal was nearly done')).toBe('A person familiar with the talks');
    expect(speakerOf(q, 'We will not sell')).toBe('a source close to the Harbour Board');
  });

  it('"an aide close to the harbour minister said" is not the minister the article names', () => {
    const q = extract('Harbour minister Ada Brisk opened the quay on Monday. An aide close to the harbour minister said the quay had cost too much.');
    expect(speakerOf(q, 'the quay had cost too much')).toBe('An aide close to the harbour minister');
  });
});

describe('the office before its principal is the description\'s head', () => {
  it('"said a longtime adviser to both Brisks": an unnamed adviser, not the person quoted before', () => {
    const q = extract(
      '"It is harder this time," said Jo Marr, the campaign\'s manager in 2008. "We had our own problems."\n' +
        '"We have a lot of work to do," said a longtime adviser to both Brisks.',
    );
    expect(speakerOf(q, 'We have a lot of work to do')).toBe('a longtime adviser to both Brisks');
  });

  it('"A spokesman for Mayor Ada G. Brisk said ...": the whole principal, initials and all, and never the mayor', () => {
    const q = extract('The march was set for Monday. A spokesman for Mayor Ada G. Brisk said the police had trained for months.');
    expect(speakerOf(q, 'the police had trained')).toBe('A spokesman for Mayor Ada G. Brisk');
  });

  it('"the president of the Corran Federation of Teachers said" is the president the article named, not a teacher', () => {
    const q = extract(
      'Parents marched in Corran on Friday, led by Dale Tolver, president of the Corran Federation of Teachers.\n' +
        '"Communities are standing up for their schools," said the president of the Corran Federation of Teachers.',
    );
    expect(speakerOf(q, 'Communities are standing up')).toBe('Dale Tolver');
  });
});
