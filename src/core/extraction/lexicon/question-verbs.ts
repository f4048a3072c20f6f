/**
 * Verbs a reporter asks for a named speaker's words by (src/core/questions/intent.ts only): "what did X say / tell /
 * think / write about Y", "did X really claim "..."" (`SAYING_VERB_FORMS`), and "how did X describe / react to Y"
 * (`FRAMING_VERB_FORMS`). Declared once as base forms, the forms generated (`verbForms`), as the stance verbs are.
 *
 * Not the extractor's speech verbs (speech-verbs.ts) on purpose: a question reads "think", "talk" and "speak", which
 * no attribution cue is, and reads only the forms a question uses (base after "did", past after "what has X", the
 * -s form only where flagged), so "what did X saying" or "X warns" parse as before. Widening a line is a change to
 * measure with the scorer, not a refactor.
 */
import { inflect, verbForms } from './inflect.js';

/**
 * One verb a line: `base[/past] [particle] [+third]`. `/past` declares an irregular past ("say/said"); a base ending
 * in "+" doubles its final consonant ("admit+" -> admitted); the particle follows every form ("react to", "reacted
 * to"); `+third` reads the -s form too ("says", "thinks"). Replaced the hand-typed alternations of intent.ts (session
 * 19) form for form; their order does not matter, since a boundary follows each form in every pattern.
 */
const SAYING_VERB_TABLE = `
say/said +third
tell/told
think/thought +third
mention
claim
write/wrote
tweet
announce
comment
argue
warn
talk
speak/spoke
demand
urge
insist
admit+
promise
joke
quip+
ask
compare
liken
`;

/**
 * Verbs that name what the speaker called something ("what did the FBI director call Clinton's email set-up"): the
 * speaker phrase ends before them as before a verb of saying, but they stay in the topic, since the reporter's own
 * sentence around the words most often says it ("she called him "somebody's savage grandpa"").
 */
const NAMING_VERB_TABLE = `
call
`;

/**
 * Verbs that ask what the speaker wanted ("what did the Sanders delegate want done about guns", session 41): the
 * speaker phrase ends before them, as before a verb of saying (read without it, the phrase ran on to the first name
 * inside it, "Sanders", and answered with Bernie Sanders), and they stay in the topic as "call" does, since the
 * reporter's sentence around the words most often says it ("he wanted to know what happened").
 */
const WANTING_VERB_TABLE = `
want
`;

const FRAMING_VERB_TABLE = `
describe
characterise
characterize
sum+ up
explain
justify
view
see/saw
feel/felt about
react to
respond to
reply to
rate
assess
compare
liken
remember
recall
`;

/**
 * Verbs a reporter uses for giving or repeating a quote ("the quote that Obama gave on taxes", "the line that Sanders
 * keeps using about banks"): with a verb of saying, they mark "quote that X ..." as a relative clause whose subject is
 * the speaker, not as the gist of the words (`QUOTE_THAT`, intent.ts; session 38). Every form, participles included.
 */
const QUOTE_GIVING_VERBS: readonly [string, string?][] = [
  ['say', 'said'], ['tell', 'told'], ['write', 'wrote'], ['speak', 'spoke'], ['give', 'gave'], ['make', 'made'],
  ['use'], ['deliver'], ['utter'], ['offer'], ['post'], ['repeat'], ['tweet'], ['coin'],
];
const QUOTE_GIVING_PARTICIPLES = ['written', 'spoken', 'given'];
/**
 * Words of a relative clause whose object is the quote and whose subject the speaker, other than a verb of giving:
 * "the quote that Keane had about the fees", "the line that Keane is known for" (session 38, h-rev38: read as the
 * gist, these asked for any quote naming Keane and answered with another speaker's line about her).
 */
const QUOTE_HOLDING_WORDS: readonly string[] = [...inflect('have', { past: 'had' }), 'known', 'famous', 'remembered', 'notorious'];
/**
 * Past forms that open a relative clause whose subject is the quote itself: "the quote that got Keane in trouble",
 * "the line that went viral" (session 38, h-rev38). A gist clause opens with its own subject, never with a verb.
 */
export const QUOTE_EFFECT_OPENERS: ReadonlySet<string> = new Set([
  'got', 'made', 'caused', 'sparked', 'landed', 'drew', 'earned', 'won', 'became', 'went', 'angered', 'haunted',
]);

/** Parses one table: each verb's forms in order (base, past, then the -s form when flagged), particles attached. */
function tableForms(table: string): readonly string[] {
  const out: string[] = [];
  for (const line of table.trim().split('\n')) {
    const [declared, ...rest] = line.trim().split(/\s+/);
    const third = rest.includes('+third');
    const particle = rest.filter((w) => w !== '+third');
    for (const w of particle) if (!/^[a-z]+$/.test(w)) throw new Error(`question verb "${declared}": unknown word "${w}"`);
    const [base, past] = declared!.split('/');
    const f = verbForms(base!, past ? { past } : {});
    const forms = [f.base, f.past, ...(third ? [f.third] : [])];
    out.push(...forms.map((form) => [form, ...particle].join(' ')));
  }
  return out;
}

/** The forms of the verbs a reporter asks a named speaker's words by ("say", "said", "says", "told", "admitted"). */
export const SAYING_VERB_FORMS: readonly string[] = tableForms(SAYING_VERB_TABLE);

/** The forms of the verbs that frame how a named speaker put it ("describe", "summed up", "reacted to"). */
export const FRAMING_VERB_FORMS: readonly string[] = tableForms(FRAMING_VERB_TABLE);

/** The forms of the verbs that name what a speaker called something ("call", "called"): kept as topic words. */
export const NAMING_VERB_FORMS: readonly string[] = tableForms(NAMING_VERB_TABLE);

/** The forms of the verbs that ask what a speaker wanted ("want", "wanted"): kept as topic words too. */
export const WANTING_VERB_FORMS: readonly string[] = tableForms(WANTING_VERB_TABLE);

/**
 * The one-word forms after which "quote that X <verb> ..." names X as the speaker: the verbs of saying and of giving
 * a quote ("said", "gave", "made", "used") and of holding one ("had", "known for"), lower case.
 */
export const QUOTE_GIVING_VERB_WORDS: ReadonlySet<string> = new Set([
  ...SAYING_VERB_FORMS.filter((f) => !f.includes(' ')),
  ...QUOTE_GIVING_VERBS.flatMap(([base, past]) => inflect(base, past ? { past } : {})),
  ...QUOTE_GIVING_PARTICIPLES,
  ...QUOTE_HOLDING_WORDS,
]);

/** Every one-word form a question reads as its verb (saying, framing, naming, wanting), lower case. */
const QUESTION_VERB_WORDS: ReadonlySet<string> = new Set([...SAYING_VERB_FORMS, ...FRAMING_VERB_FORMS, ...NAMING_VERB_FORMS, ...WANTING_VERB_FORMS].filter((f) => !f.includes(' ')));

/** True when a question reads `word` as its own verb ("ask", "asked", "describe"). */
export function isQuestionVerbWord(word: string): boolean {
  return QUESTION_VERB_WORDS.has(word.toLowerCase());
}
