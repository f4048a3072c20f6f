/**
 * Verbs of a stance a reporter asks a quote for by, with nobody named (session 17, h-qa32): "quote dismissing X",
 * "did anyone predict Y", "who called Z his hero". Declared once as base forms; the forms each question pattern
 * reads are generated (`verbForms`). Read by src/core/questions/intent.ts only.
 */
import { verbForms } from './inflect.js';

/**
 * One verb a line: `base [no-base] [no-ing] [no-past]`, a base ending in "+" doubles its final consonant
 * ("slam+" -> slammed). The `no-` flags mark the gaps of the three hand-typed lists this table replaced (base
 * after "did anyone", -ing after "quote", past after "who"), kept so that the table changed no answer; widening
 * one is a change to measure with the scorer.
 */
const STANCE_VERB_TABLE = `
predict
warn no-ing
suggest no-ing
claim no-ing
argue no-ing
criticise
criticize
praise
dismiss
defend
blame
call no-ing
describe
compare
liken
welcome
deny
admit+
urge
question
doubt
complain
promise
accuse
attack
slam+
hail
recall
expect no-ing no-past
back no-base no-past
insist no-base
reject no-base no-past
vow no-base no-ing
joke no-base no-ing
`;

type StanceForm = 'base' | 'ing' | 'past';

/** Parses the table once: each form's list, in the table's order. */
function stanceForms(): Readonly<Record<StanceForm, readonly string[]>> {
  const out: Record<StanceForm, string[]> = { base: [], ing: [], past: [] };
  for (const line of STANCE_VERB_TABLE.trim().split('\n')) {
    const [declared, ...flags] = line.trim().split(/\s+/);
    for (const flag of flags) if (!/^no-(?:base|ing|past)$/.test(flag)) throw new Error(`stance verb "${declared}": unknown flag "${flag}"`);
    const f = verbForms(declared!);
    for (const form of ['base', 'ing', 'past'] as const) if (!flags.includes(`no-${form}`)) out[form].push(f[form]);
  }
  return out;
}

/** The stance verbs' forms: `base` after "did anyone", `ing` after "quote", `past` after "who". */
export const STANCE_VERB_FORMS = stanceForms();
