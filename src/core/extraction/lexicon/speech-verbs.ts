/**
 * Speech and communication verbs: which words are cues, which take a reported clause or a hearer, which
 * count only beside a quote.
 */
import { set } from './words.js';
import { inflect } from './inflect.js';

/**
 * Speech and communication verbs (every inflection we accept as a cue), lower case. Beliefs and feelings
 * (think, hope, fear) are left out on purpose: the gold annotates speech, not opinion.
 */
const LISTED_SPEECH_VERBS = set(`
say said says saying tell told tells telling add added adds adding argue argued argues arguing
warn warned warns warning insist insisted insists insisting claim claimed claims claiming deny denied denies denying
announce announced announces announcing explain explained explains explaining state stated states
note noted notes noting declare declared declares declaring reply replied replies replying respond responded responds
acknowledge acknowledged acknowledges acknowledging admit admitted admits admitting concede conceded concedes conceding
suggest suggested suggests suggesting urge urged urges urging ask asked asks asking write wrote writes writing
tweet tweeted tweets tweeting comment commented comments commenting confirm confirmed confirms confirming
predict predicted predicts predicting promise promised promises promising vow vowed vows vowing pledge pledged pledges
maintain maintained maintains maintaining contend contended contends contending stress stressed stresses stressing
emphasise emphasised emphasises emphasize emphasized emphasizes recall recalled recalls recalling
testify testified testifies testifying complain complained complains complaining caution cautioned cautions
counter countered counters continue continued continues conclude concluded concludes joke joked jokes
quip quipped quips report reported reports reveal revealed reveals remark remarked remarks observe observed observes
assert asserted asserts allege alleged alleges disclose disclosed discloses recount recounted boast boasted boasts
call calling called describe described describes describing blast blasted accuse accused accuses
shout shouted yell yelled scream screamed whisper whispered mutter muttered
agree agreed agrees reiterate reiterated reiterates repeat repeated insisting
exclaim exclaimed lament lamented retort retorted beg begged begs plead pleaded pleads demand demanded demands react reacted reacts implore implored talk talking talked talks estimate estimated estimates reporting labelling labeling branding
`);

/**
 * Speech verbs added as base forms, their inflections generated (see `inflect`): expressive verbs of saying
 * that mostly come with a quote ("scoffed", "barked"). The weak ones among them count only next to a quote
 * (`QUOTE_ONLY_BASES`).
 */
const SPEECH_VERB_BASES = 'scoff bark snap+ sneer gush rant fume quip+ chide marvel mock sigh grumble gripe wonder muse interject clarify concur vent+ criticise criticize slam+ cite tout dismiss reason opine intone crack scold venture';
const QUOTE_ONLY_BASES = 'marvel mock sigh wonder muse vent+ criticise criticize slam+ cite tout dismiss reason opine intone crack scold venture';
const fromBases = (bases: string): string[] => bases.trim().split(/\s+/).flatMap(inflect);

/** Every speech verb form: the listed ones and the generated inflections of the declared bases. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...LISTED_SPEECH_VERBS, ...fromBases(SPEECH_VERB_BASES)]);

/** Generated forms of the weak bases: cues only with a quote beside them ("cited "a lack of evidence""). */
export const QUOTE_ONLY_VERBS: ReadonlySet<string> = new Set(fromBases(QUOTE_ONLY_BASES));

/** Weak cues typed as forms (nouns as well as verbs: "remarks", "a tweet"): cues only beside a quote or a that-clause. */
export const NEEDS_QUOTE = new Set(['call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'ask', 'asks', 'asked', 'asking', 'continue', 'continues', 'continued', 'agree', 'agreed', 'agrees', 'remark', 'remarks', 'blast', 'blasted', 'accuse', 'accused', 'accuses', 'urge', 'urged', 'urges', 'urging', 'estimate', 'estimated', 'estimates', 'comment', 'comments', 'tweet', 'tweets', 'repeat', 'repeated', 'reporting', 'labelling', 'labeling', 'branding', 'talk', 'talking', 'talked', 'talks', 'declare', 'declared', 'declares', 'declaring']);

/** Cues after which the words that follow are a reported clause ("X said the talks failed"). */
export const CLAUSE_VERBS = set(`
say said says saying tell told tells telling add added adds adding argue argued argues arguing warn warned warns warning
insist insisted insists insisting claim claimed claims claiming deny denied denies announce announced announces
explain explained explains state stated states note noted notes noting declare declared declares reply replied
acknowledge acknowledged acknowledges admit admitted admits concede conceded concedes suggest suggested suggests
write wrote writes tweet tweeted tweets confirm confirmed confirms predict predicted predicts promise promised promises
vow vowed vows pledge pledged pledges maintain maintained maintains contend contended contends stress stressed stresses
emphasise emphasised emphasises emphasize emphasized emphasizes recall recalled recalls testify testified testifies
complain complained complains caution cautioned cautions counter countered counters report reported reports
reveal revealed reveals assert asserted asserts allege alleged alleges disclose disclosed discloses reiterate reiterated
estimate estimated estimates indicate indicated indicates
insist claim explain state note declare reply acknowledge admit concede suggest write tweet confirm predict promise
vow pledge maintain contend stress emphasise emphasize recall testify complain caution counter report reveal assert
allege disclose reiterate deny
`);

/** Verbs that take the hearer as object: "told lawmakers", "warned ministers that ...". */
export const OBJECT_VERBS = set(`beg begged begs implore implored tell told tells telling warn warned warns warning assure assured remind reminded urge urged inform informed`);

/** Participles whose subject is the main clause's subject ("..., calling it 'a good sign'"). */
export const PARTICIPLE_CUES = set(`saying adding calling describing acknowledging noting arguing insisting warning telling announcing revealing confirming promising predicting pledging vowing stating reporting labelling labeling branding
explaining claiming stressing urging asking declaring denying admitting conceding suggesting writing`);

/** Words between a subject and its verb that do not change who speaks ("Kirby once again said"). */
export const VERB_MODIFIERS = set(`also later then again once has have had would will was were is are did does do
previously recently reportedly repeatedly further earlier initially first finally subsequently today yesterday tonight
still even just simply never not only publicly privately flatly openly bluntly angrily quietly candidly frankly
cautiously separately specifically explicitly`);

/** Verbs that, right after a closing quote, continue its sentence ("... fight," said Kirby) rather than start one. */
export const SAID_AFTER_QUOTE = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'explained', 'insisted', 'argued', 'replied', 'continued', 'noted', 'warned', 'declared', 'stated', 'tweeted', 'concluded', 'recalled', 'admitted', 'acknowledged', 'answered', 'responded']);

/** Verbs of saying or believing that end a description ("the official said", "experts think"). */
export const SPEECH_LIKE = new Set(['said', 'say', 'says', 'told', 'think', 'thinks', 'believe', 'believes']);
