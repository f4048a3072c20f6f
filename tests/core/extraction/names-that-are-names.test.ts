import { describe, expect, it } from 'vitest';
import { rejectName } from '../../../src/core/extraction/gate.js';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Issue 13, tenth pass (h-attr16): a speaker's name holds no sentence word and no occupation word.
// Every text here is written for these tests; names and places are invented.
describe('names that are names', () => {
  it('a question opened by an auxiliary does not make the auxiliary a given name', () => {
    const q = extract(
      'Senator Marta Quell spoke in Dunmore on Tuesday. Does Quell believe the port can be saved? ' +
        '"We will rebuild every pier in this town," Quell said.\n' +
        'Had Quell lost the vote, the plan would have died. "The money is there," Quell told the crowd.',
    );
    expect(speakerOf(q, 'rebuild every pier')).toBe('Marta Quell');
    expect(speakerOf(q, 'money is there')).toBe('Marta Quell');
    for (const x of q) expect(x.speaker?.name ?? '').not.toMatch(/^(?:Does|Had)\b/);
  });

  it('an occupation before a name goes to the role, not the name', () => {
    const q = extract(
      'Assemblywoman Rhona Tallis said: "The district deserves a real hospital."\n' +
        'Hacker Vexmoor wrote: "The server was open for a year."\n' +
        'Songwriter Ilse Brandvold said: "Every chorus starts as a complaint."',
    );
    expect(speakerOf(q, 'real hospital')).toBe('Rhona Tallis');
    expect(speakerOf(q, 'open for a year')).toBe('Vexmoor');
    expect(speakerOf(q, 'starts as a complaint')).toBe('Ilse Brandvold');
  });

  it('a lone role noun before a name is kept as the role ("said CEO Craig Menear")', () => {
    const q = extract(
      '"Our third quarter was strong," said CEO Pella Marrin in the release.\n' +
        'Comedian Ossi Varga said: "The tour sold out in a day."',
    );
    expect(speakerOf(q, 'third quarter was strong')).toBe('Pella Marrin');
    expect(quoteWith(q, 'third quarter was strong')?.speaker?.role).toBe('CEO');
    expect(speakerOf(q, 'sold out in a day')).toBe('Ossi Varga');
    expect(quoteWith(q, 'sold out in a day')?.speaker?.role).toBe('Comedian');
  });

  it('a demonym is no name: alone after "the" it describes a person, before a full name it is the role', () => {
    const q = extract(
      'Tovar Ekdahl beat the second seed in four sets. "My serve was the difference," said the American.\n' +
        'Spaniard Guillermo Ostavar said: "The clay was too slow for me today."\n' +
        'The British Kettle Federation said: "Sales of copper kettles are falling."',
    );
    expect(speakerOf(q, 'serve was the difference')).not.toBe('American');
    expect(speakerOf(q, 'clay was too slow')).toBe('Guillermo Ostavar');
    expect(quoteWith(q, 'clay was too slow')?.speaker?.role).toBe('Spaniard');
    expect(speakerOf(q, 'copper kettles')).toBe('British Kettle Federation');
  });

  it('a nationality alone never passes the gate as a person; one that is also a surname may', () => {
    expect(rejectName('Irishman')).not.toBeNull();
    expect(rejectName('Belgian')).not.toBeNull();
    expect(rejectName('French')).toBeNull();
  });

  it('a demonym before a common noun is an adjective of a description, not a name', () => {
    const q = extract('The harbour board plans to close the northern pier for a year, according to Belgian customs officials.');
    expect(speakerOf(q, 'close the northern pier')).toBe('Belgian customs officials');
  });
});
