/**
 * Speech and communication verbs: which words are cues, which take a reported clause or a hearer, which
 * count only beside a quote.
 */
import { set } from './words.js';
import { inflect, verbForms } from './inflect.js';
import { AS_VERBS, NAMING_VERBS } from './characterising.js';

/**
 * Every speech verb, declared once as its base form with what it does as a cue; the inflections are generated
 * (`verbForms`), irregular ones declared beside the base. Beliefs and feelings (think, hope, fear) are left
 * out on purpose: the gold annotates speech, not opinion. One verb a line: `base flag... [past=FORM]
 * [ing=FORM|FORM]`, a base ending in "+" doubles its final consonant ("quip+" -> quipped). Flags:
 * - `clause`: its finite forms take a reported clause ("said the talks failed", "CLAUSE, the ministry said");
 * - `clause-ing`: so does its -ing form ("..., saying the talks failed");
 * - `noun-s`: its -s form is a plural noun too ("Census replies with ...") and takes no clause;
 * - `hearer`: takes the hearer as object ("told lawmakers", "warned ministers that ...");
 * - `participle`: its -ing form shares the main clause's subject ("..., calling it "a good sign"");
 * - `weak`: every form counts only beside a quote or before a that-clause ("cited "a lack of evidence"");
 * - `weak-noun`: the base and -s forms are nouns too ("his remarks", "a tweet"): they count only beside a quote;
 * - `weak-ing`: the -ing form counts only beside a quote ("reporting by X" credits a reporter);
 * - `ing-only`: only the -ing form is a cue ("branding it "a disgrace"", not "the brand");
 * - `wh`: its past and -s forms report a clause opened by "how", "why" or "what" ("explained how the fares were set",
 *   "noted why the pier closed"); not after "not" or "never" ("has not explained why ..." reports nothing);
 * - `infinitive`: its past form reports a to-infinitive, the speaker's commitment ("vowed to cut taxes",
 *   "promised Monday not to raise fares");
 * - `no-s`, `no-ing`: that form is not (yet) a cue. These mark the gaps of the hand-typed lists this table
 *   replaced, kept so that the table changed no output; widening one is a change to measure with the scorer.
 */
const SPEECH_VERB_TABLE = `
say clause participle clause-ing past=said
tell clause hearer participle clause-ing past=told
add clause participle clause-ing
argue clause participle clause-ing
warn clause hearer participle clause-ing
insist clause participle clause-ing
claim clause participle clause-ing
deny clause participle
announce clause participle
explain clause wh participle
state clause weak-noun participle clause-ing
note clause wh participle clause-ing
declare clause weak participle
reply clause noun-s
respond clause participle clause-ing no-s
acknowledge clause wh participle
admit+ clause participle
concede clause participle
suggest clause participle
urge hearer weak participle
ask weak participle
write clause participle past=wrote
tweet clause weak-noun
comment weak-noun
confirm clause participle
predict clause participle
promise clause participle infinitive
vow clause participle infinitive
pledge clause participle clause-ing infinitive
maintain clause
contend clause
stress clause participle
emphasise clause no-ing
emphasize clause no-ing
recall clause wh
testify clause
complain clause participle clause-ing
caution clause participle clause-ing
counter clause no-ing
continue weak no-ing
conclude no-ing
joke clause weak no-ing
quip+
report clause weak-ing participle
reveal clause wh no-ing
remark weak-noun no-ing
observe no-ing
assert clause no-ing
allege clause no-ing
disclose clause no-ing
recount no-s no-ing
boast no-ing
call weak participle no-s
describe weak participle
blast weak no-s no-ing
accuse weak no-ing
shout no-s no-ing
yell no-s no-ing
scream no-s no-ing
whisper no-s no-ing
mutter no-s no-ing
agree clause weak no-ing
reiterate clause no-ing
repeat weak no-s no-ing
exclaim no-s no-ing
lament no-s no-ing
retort no-s no-ing
beg+ hearer no-ing
plead no-ing
demand no-ing
react no-ing
implore hearer no-s no-ing
talk weak
estimate clause weak no-ing
label ing-only weak participle ing=labelling|labeling
brand ing-only weak participle
scoff
bark
snap+
sneer
gush
rant
fume
chide
grumble
gripe
interject
clarify
concur+
marvel weak
mock weak
sigh weak
wonder weak
muse weak
vent weak
criticise weak
criticize weak
slam+ weak
cite weak
tout weak
dismiss weak
reason weak
opine weak
intone weak
crack weak
scold weak
venture weak
answer weak no-s
assure hearer clause no-ing
charge weak no-s no-ing
proclaim clause no-ing
confide clause no-ing
elaborate weak no-ing
echo weak no-s no-ing
post weak no-s no-ing
beam weak no-s no-ing
welcome weak no-s no-ing
propose weak no-s no-ing
exhort weak no-s no-ing
read weak no-ing past=read
`;

type VerbFlag = 'infinitive' | 'wh' | 'clause' | 'clause-ing' | 'hearer' | 'participle' | 'weak' | 'weak-noun' | 'weak-ing' | 'ing-only' | 'no-s' | 'no-ing' | 'noun-s';
const VERB_FLAGS: ReadonlySet<string> = new Set<VerbFlag>(['infinitive', 'wh', 'clause', 'clause-ing', 'hearer', 'participle', 'weak', 'weak-noun', 'weak-ing', 'ing-only', 'no-s', 'no-ing', 'noun-s']);

/** One declared speech verb: its forms and what it does as a cue. */
export interface SpeechVerb {
  base: string;
  forms: readonly string[];
  flags: ReadonlySet<VerbFlag>;
  /** Forms that count only beside a quote. */
  weakForms: readonly string[];
  /** Forms that take a reported clause. */
  clauseForms: readonly string[];
}

/** Parses one line of the table; throws on an unknown flag (a typo must fail the build's tests, not hide). */
export function parseSpeechVerb(line: string): SpeechVerb {
  const [declared, ...rest] = line.trim().split(/\s+/);
  const flags = new Set<VerbFlag>();
  let past: string | undefined;
  let ings: string[] | undefined;
  for (const part of rest) {
    if (part.startsWith('past=')) past = part.slice(5);
    else if (part.startsWith('ing=')) ings = part.slice(4).split('|');
    else if (VERB_FLAGS.has(part)) flags.add(part as VerbFlag);
    else throw new Error(`speech verb "${declared}": unknown flag "${part}"`);
  }
  const f = verbForms(declared!, past ? { past } : {});
  const ing = flags.has('no-ing') ? [] : ings ?? [f.ing];
  const finite = flags.has('ing-only') ? [] : [...new Set([f.base, ...(flags.has('no-s') ? [] : [f.third]), f.past])];
  const forms = [...finite, ...ing];
  const weakForms = flags.has('weak') || flags.has('ing-only') ? forms
    : [...(flags.has('weak-noun') ? finite.filter((w) => w !== f.past) : []), ...(flags.has('weak-ing') ? ing : [])];
  const clauseForms = [...(flags.has('clause') ? finite.filter((w) => !(flags.has('noun-s') && w === f.third)) : []), ...(flags.has('clause-ing') ? ing : [])];
  return { base: f.base, forms, flags, weakForms, clauseForms };
}

/** The declared speech verbs, parsed once at load. */
export const SPEECH_VERB_LIST: readonly SpeechVerb[] = SPEECH_VERB_TABLE.trim().split('\n').map(parseSpeechVerb);

const formsWith = (flag: VerbFlag | null, pick: (v: SpeechVerb) => readonly string[] = (v) => v.forms): ReadonlySet<string> =>
  new Set(SPEECH_VERB_LIST.filter((v) => flag === null || v.flags.has(flag)).flatMap(pick));

/** The base form of every speech verb ("report", "claim", "say"): after a singular noun it is a noun itself. */
export const SPEECH_VERB_BASES: ReadonlySet<string> = new Set(SPEECH_VERB_LIST.map((v) => v.base));

/** Every form of every speech verb, lower case. */
export const SPEECH_VERBS = formsWith(null);

/** Forms that are cues only with a quote beside them or a that-clause after them. */
export const QUOTE_ONLY_VERBS = formsWith(null, (v) => v.weakForms);

/** Cues after which the words that follow are a reported clause ("X said the talks failed"). */
export const CLAUSE_VERBS = formsWith(null, (v) => v.clauseForms);

/**
 * Past forms that report a to-infinitive ("vowed to cut taxes", "has pledged not to raise fares"); the base and -s
 * forms are nouns as often ("Tory promises to cut tax", "pledges to protect ...") or a forecast ("what promises to be a
 * memorable summer").
 */
export const INFINITIVE_VERBS = formsWith('infinitive', (v) => v.forms.filter((w) => w.endsWith('ed')));

/** Verbs that take the hearer as object: "told lawmakers", "warned ministers that ...". */
export const OBJECT_VERBS = formsWith('hearer');

/** Participles whose subject is the main clause's subject ("..., calling it 'a good sign'"). */
export const PARTICIPLE_CUES = formsWith('participle', (v) => v.forms.filter((w) => w.endsWith('ing')));

/** A form of a speech verb ("said", "tells", "warning"). */
export const isSpeechVerb = (lw: string): boolean => SPEECH_VERBS.has(lw);
/** A speech-verb form that is a cue only beside a quote or before a that-clause. */
export const countsOnlyBesideQuote = (lw: string): boolean => QUOTE_ONLY_VERBS.has(lw);
/** Past and -s forms that report a how / why / what clause ("explained how ...", "notes why ..."). */
const WH_VERBS = formsWith('wh', (v) => v.forms.filter((w) => w !== v.base && !w.endsWith('ing')));
/** A past or -s speech-verb form that reports a clause opened by "how", "why" or "what" ("explained how ..."). */
export const reportsWhClause = (lw: string): boolean => WH_VERBS.has(lw);
/** Every -ing form of a speech verb ("saying", "tweeting", "chiding"), participle cue or not. */
const SPEECH_ING_FORMS = formsWith(null, (v) => v.forms.filter((w) => w.endsWith('ing')));
/**
 * An -ing form of a speech verb that is no participle cue by itself ("tweeting", "chiding", "quipping"): it shares
 * the main clause's subject only right before a quote ("..., chiding him, "..."": `participleBeforeQuote`, cues.ts).
 */
export const isSpeechIngForm = (lw: string): boolean => SPEECH_ING_FORMS.has(lw);
/** Prepositions that put the hearer after a speech participle ("tweeting at him", "saying to them"). */
export const HEARER_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'to']);
/** A speech-verb form that governs a reported clause. */
export const takesClause = (lw: string): boolean => CLAUSE_VERBS.has(lw);
/** A past speech-verb form that reports a to-infinitive ("vowed to", "promised to"). */
export const reportsInfinitive = (lw: string): boolean => INFINITIVE_VERBS.has(lw);
/** A speech-verb form whose object is the hearer ("told lawmakers"). */
export const takesHearer = (lw: string): boolean => OBJECT_VERBS.has(lw);
/** A participle that shares the main clause's subject ("..., saying"). */
export const isParticipleCue = (lw: string): boolean => PARTICIPLE_CUES.has(lw);

/**
 * Forms of "quote" that report another's words through the one who quotes them: "Reuters quoted an official as
 * saying", "Dixon was quoted as saying". The person quoted speaks, never the paper or the agency (`quotedAsSaying`).
 */
const QUOTING_FORMS: ReadonlySet<string> = new Set(inflect('quote'));
export const isQuotingForm = (lw: string): boolean => QUOTING_FORMS.has(lw);

const CHARGE_FORMS: ReadonlySet<string> = new Set(inflect('charge'));
/** "charged him", "charged them with fraud": a charge laid on someone, not words said ("..., Kelly charged"). */
export const isChargeLaid = (lw: string, next: string | undefined): boolean =>
  CHARGE_FORMS.has(lw) && (next === 'him' || next === 'her' || next === 'them' || next === 'with');

const CLAIM_FORMS: ReadonlySet<string> = new Set(inflect('claim'));
/** A form of "claim", which takes a thing won as readily as a reported clause ("claimed victory", "claimed the NHS ..."). */
export const isClaimForm = (lw: string): boolean => CLAIM_FORMS.has(lw);
/**
 * What is claimed when "claim" means to take or win, not to say: "claimed victory", "claiming away draws in Basel",
 * "claimed her first title", "claimed responsibility for the attack" (`claimsAThing`, cues.ts).
 */
export const CLAIMED_THINGS: ReadonlySet<string> = new Set(['victory', 'victories', 'win', 'wins', 'title', 'titles', 'crown',
  'cup', 'trophy', 'medal', 'medals', 'gold', 'silver', 'bronze', 'spot', 'place', 'draw', 'draws', 'lead', 'points',
  'responsibility', 'credit', 'seat', 'seats', 'prize', 'nomination', 'set', 'break', 'share', 'percent', 'momentum',
  'residency', 'ownership', 'lives', 'record', 'championship', 'championships', 'honours', 'honors']);

const ASK_FORMS: ReadonlySet<string> = new Set(inflect('ask'));
/** A form of "ask", whose reported speech is a question ("asked Sanders whether ..."). */
export const isAskForm = (lw: string): boolean => ASK_FORMS.has(lw);

const TELL_FORMS: ReadonlySet<string> = new Set(inflect('tell', { past: 'told' }));
/**
 * A finite form of a verb that takes its hearer as object but, right after a quote, also inverts with its subject
 * ('"...," warned Richards.', '"...!" urged the mayor.'): every hearer verb but "tell", whose object follows it even
 * there ('"...," told the BBC' is not written; "told" after a quote is the start of a new clause).
 */
export const invertsAfterQuote = (lw: string): boolean => takesHearer(lw) && !TELL_FORMS.has(lw) && !lw.endsWith('ing');

/**
 * "read" / "reads" of a document's words ('"...," the statement read.', 'The tweet reads, "..."'): a cue only in the
 * slot beside its quote, since it is mostly reading ("his recent reads", "she read the report").
 */
export const isReadForm = (lw: string): boolean => lw === 'read' || lw === 'reads';

/**
 * A fronted phrase of whom the speaker talked to: "Speaking to ...", "Talking with ...", "Interviewed by ...", "In an
 * interview with ...", "In a conversation with ...". Its people are the hearers (`subjects.ts` `opensHearerPhrase`).
 */
export const HEARER_PHRASE_PARTICIPLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['speaking', set('to with')], ['talking', set('to with')], ['chatting', set('to with')],
  ['interviewed', set('by')], ['questioned', set('by')],
]);
/** Nouns of a talk held with someone ("in an interview with", "in a conversation with"). */
export const TALK_NOUNS = set('interview interviews conversation conversations chat');

/**
 * "state" / "states", a speech verb that is mostly the noun of a polity ("the two states that vote", "state
 * prosecutor Ann Kell told", "the United States"): read as the verb only where the words around it allow one
 * (`cues.ts` `stateIsNoun`).
 */
export const isStateForm = (lw: string): boolean => lw === 'state' || lw === 'states';

/**
 * Words that may follow the verb "state" (never its noun's next word): what opens its object or clause ("state
 * that ...", "state their goal", "state in the paper", "state why"), besides punctuation, quotes and "-ly" adverbs.
 */
export const AFTER_STATE_VERB = set(`that what how why whether when where if the a an his her their its our my your this
these those some any no in on to for at with by as clearly plainly simply publicly explicitly flatly bluntly again also
only once repeatedly`);

const ADD_FORMS: ReadonlySet<string> = new Set(inflect('add'));
/** A form of "add", which is arithmetic before "up" or "to" ("the numbers do not add up"), not speech. */
export const isAddForm = (lw: string): boolean => ADD_FORMS.has(lw);

/** Words between a subject and its verb that do not change who speaks ("Kirby once again said"). */
export const VERB_MODIFIERS = set(`also later then again once has have had would will was were is are did does do
previously recently reportedly repeatedly further earlier initially first finally subsequently today yesterday tonight
still even just simply however never not only publicly privately flatly openly bluntly angrily quietly candidly frankly
cautiously separately specifically explicitly since`);

/**
 * Adverbs of time and frequency between a subject and its speech verb, read only where a subject is looked for
 * ("Gervais has already said", "Yukos has always insisted", "Turkcell now says", "Mrs Cole often says"; "long" only
 * after "has"/"have"/"had": "Ryan has long said"). Not in `VERB_MODIFIERS`, whose other readers take these words
 * as clause boundaries.
 */
export const SUBJECT_VERB_ADVERBS = set(`already always now often sometimes usually`);

/**
 * A quantifier floated after a subject of two ("Holt and Cole both stressed", "Trump and Sanders have both argued"):
 * the subject stands before it. Not "all" or "each": the subject before them is mostly a list of three or more
 * ("Morrisons, Woolworths and Big Food all said", "Strategists for Obama and Clinton all agree"), which the subject
 * reader cuts to its last name (docs/EXTRACTION.md, session 34).
 */
export const FLOATING_QUANTIFIERS = set(`both`);

/**
 * Words that, with `FLOATING_QUANTIFIERS`, say that names joined by "and" spoke together ("Hale, Cole and Ray all
 * said", "Hale and Cole jointly said"): the confidence's `coordinated_speakers` reading (coordinated.ts).
 */
export const TOGETHER_WORDS = set(`all jointly`);

/** Verbs that, right after a closing quote, continue its sentence ("... fight," said Kirby) rather than start one. */
export const SAID_AFTER_QUOTE = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'explained', 'insisted', 'argued', 'replied', 'continued', 'noted', 'warned', 'declared', 'stated', 'tweeted', 'concluded', 'recalled', 'admitted', 'acknowledged', 'answered', 'responded',
  // The present tense a profile or a review writes in ('"...?" Clinton asks as ...', '"...?" she writes to Sullivan');
  // not "continues", which after a name is mostly "continues to live".
  'tells', 'asks', 'adds', 'writes', 'explains', 'insists', 'argues', 'replies', 'notes', 'warns', 'declares', 'tweets', 'concludes', 'recalls', 'admits']);

/** Words that open a hearer after "told" / "asked" ("told the BBC", "asked his aides"), never its clause. */
export const HEARER_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'him', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'supporters', 'voters', 'viewers', 'listeners', 'students', 'members', 'officials', 'lawmakers', 'delegates']);

/** Verbs of saying or believing that end a description ("the official said", "experts think"). */
export const SPEECH_LIKE = new Set(['said', 'say', 'says', 'told', 'think', 'thinks', 'believe', 'believes']);

/**
 * The kind of cue verb that gave a quote its speaker, for the confidence model (issue 13, item 4): a plain verb of
 * saying ("said", "told", "added", "according to"); a verb of writing ("wrote", "tweeted", "posted", "reported");
 * a verb that names or characterises ("called it "a disgrace"", "described it as ..."), whose quoted words are often
 * a phrase someone else coined; or another verb of speech ("argued", "warned", "asked").
 */
export type CueVerbClass = 'say' | 'write' | 'naming' | 'other';

const SAY_BASES = ['say', 'tell', 'add'];
const WRITE_BASES = ['write', 'tweet', 'post', 'report'];
const CUE_VERB_CLASS: ReadonlyMap<string, CueVerbClass> = new Map<string, CueVerbClass>([
  ...SPEECH_VERB_LIST.flatMap((v) => v.forms.map((w): [string, CueVerbClass] => [w, SAY_BASES.includes(v.base) ? 'say' : WRITE_BASES.includes(v.base) ? 'write' : 'other'])),
  ...[...NAMING_VERBS, ...AS_VERBS].map((w): [string, CueVerbClass] => [w, 'naming']),
  ['according to', 'say'],
]);

/** The class of a cue verb as written ("Said", "according to", "described"); 'other' for a verb not declared. */
export const cueVerbClass = (verb: string): CueVerbClass => CUE_VERB_CLASS.get(verb.toLowerCase()) ?? 'other';

/**
 * Words that put a name in the place of a hearer or a medium rather than a speaker (issue 13, session 24): a
 * preposition after a verb or noun of talking ("spoke to the BBC", "in an interview with CNN", "writing for the
 * Times"). With `takesHearer` ("told the BBC"), `isHearerSlot` reads the words before a name.
 */
const MEDIUM_LEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['to', set(`spoke speaking speak speaks talking talked talk talks said says explained wrote writing writes`)],
  ['with', set(`interview interviews interviewed spoke speaking talking talked conversation chat`)],
]);

/**
 * Whether a name whose preceding word is `prev` (and the word before that `before`, both lower case, an article
 * "the" skipped by the caller) stands where a hearer or a medium stands: "told [the] BBC News", "warned MPs",
 * "an interview with CNN", "spoke to Reuters".
 */
export function isHearerSlot(prev: string | undefined, before: string | undefined): boolean {
  if (prev === undefined) return false;
  if (takesHearer(prev)) return true;
  return before !== undefined && (MEDIUM_LEADS.get(prev)?.has(before) ?? false);
}

/**
 * Forms of verbs only a person's words take ("said", "told", "tweeted"): "another" before one of them is another
 * person, not another post or video (descriptions.ts).
 */
export const PERSON_SAYING_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'tweeted', 'tweets', 'added', 'adds', 'asked', 'asks', 'replied', 'recalled']);

/**
 * How an article cites a source it relays rather than a speaker it heard: "according to Politico", "Right Wing Watch
 * first reported". A traitless name met only so is an outlet or a document, not a later "he" / "she" (people.ts
 * `citedOnly`). "according to" before the name is the cue's own phrase (cues.ts); after the name, the verb, with at most
 * one of these adverbs between.
 */
export const CITING_ADVERBS: ReadonlySet<string> = new Set(['first', 'originally', 'also']);

/** The verb after a name that cites it as a relayed source ("Right Wing Watch reported", "... first reported"). */
export function isCitingVerb(lw: string): boolean {
  return lw === 'reported';
}
