import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 28 (h-qa64), split off in session 29: after an inverted verb, "NAME of BODY's UNIT" was read as the unit's
 * person ("the Economist Intelligence Unit's Mr Hensel" rule): the name before "of" speaks.
 */
describe('a person "of" a body\'s unit after an inverted verb', () => {
  it('the person speaks, not the unit: "said geologist NAME of Velmora\'s Deep Space Laboratory"', () => {
    const qs = extract(`"It is a remarkable result," said geologist Ivo Brandt of Velmora's Deep Space Laboratory.\n\n"We will go back next year," said Brandt's colleague, Ada Holt.`);
    expect(speakerOf(qs, 'remarkable result')).toBe('Ivo Brandt');
  });

  it('a body\'s person after the possessive still speaks: "said the Harbour Board\'s Nell Ode"', () => {
    const qs = extract(`"The fees stay as they are," said the Harbour Board's Nell Ode.`);
    expect(speakerOf(qs, 'fees stay')).toBe('Nell Ode');
  });

  it('with no description: "said NAME of Velmora\'s Deep Space Laboratory"', () => {
    const qs = extract(`Maps still matter. "A map is a working document," said Rhea Lund of Velmora's Deep Space Laboratory.`);
    expect(speakerOf(qs, 'working document')).toBe('Rhea Lund');
  });
});
