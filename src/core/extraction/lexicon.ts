/**
 * Word lists the extractor reasons with. Kept in one place so that a rule never hides a list of its own,
 * and built once at module load as Sets (lookups are O(1); no work beyond that at import time).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

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
 * The inflections of a regular English verb from its base form: "scoff" -> scoff scoffs scoffed scoffing,
 * "criticise" -> criticises criticised criticising, "cry" -> cries cried crying, "quip" -> quipped quipping
 * (a doubled final consonant is declared by writing the base with a trailing "+": "quip+").
 */
export function inflect(declared: string): string[] {
  const double = declared.endsWith('+');
  const base = double ? declared.slice(0, -1) : declared;
  const last = base[base.length - 1] ?? '';
  const stem = double ? base + last : base;
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, third, `${stem}ed`, `${stem}ing`];
}

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

/** Honorifics and titles dropped from canonical names ("Gen Joseph Dunford" -> "Joseph Dunford"). */
/** Courtesy titles: they say how to address a person, not what office the person holds. */
export const COURTESY = set('mr mr. mrs mrs. ms ms. miss mx dr dr. sir dame');

export const HONORIFICS = set(`mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame gen gen. general
sen sen. senator rep rep. representative gov gov. governor president pres pres. adm adm. admiral col col. colonel
lt lt. capt capt. captain sgt sgt. sergeant rev rev. reverend judge justice chancellor secretary minister mayor
chairman chairwoman chief commissioner ambassador inspector detective officer deputy assistant vice prime foreign
home defence defense interior finance health justice state lord lady baroness king queen prince princess pope
speaker congressman congresswoman councillor councilman councilwoman constable superintendent coach manager
director agent attorney premier president-elect mp mep dj`);

/** Military and police ranks, abbreviated or not ("Cmdr.", "Maj", "Lt Col"): never part of a name. */
export const RANKS = set(`cmdr cmdr commander maj major brig brigadier lt lieutenant col colonel capt captain sgt sergeant
cpl corporal pvt private adm admiral gen general marshal commodore ensign sheriff constable supt superintendent insp
inspector det detective cdr wo`);

/** Party and political labels written before a name ("Republican Donald Trump", "Tory Liam Fox"). */
export const AFFILIATIONS = set(`republican republicans democrat democrats democratic tory tories labour conservative
conservatives liberal libdem snp ukip gop independent socialist green greens unionist nationalist msp am mla td
`);

/** Qualifiers of a role ("Former Obama adviser"): before a lone word they describe, they do not name. */
export const QUALIFIER_WORDS = set('former ex then late acting interim outgoing incoming');

/**
 * Nouns that say what kind of body an organisation is ("Miner Highland Gold", "Carmaker Fiat",
 * "Brokerage Kotak"): before an organisation's name they are no part of it.
 */
export const KIND_NOUNS = set(`miner carmaker automaker retailer brokerage lender insurer airline bank broadcaster
publisher supermarket chipmaker drugmaker pharmaceutical conglomerate operator regulator watchdog group firm
company studio label developer network utility charity website broker`);

/** Lower-case words that show a phrase is part of a clause, not a name ("Boudreau gave his players"). */
export const CLAUSE_WORDS = set(`his her their its him them i we you he she they this that these those is was were
are has had have be been gave give gives said says say told tells asked asks receive receives received sought seeks
took takes made makes wrote writes called calls lost won must should would could will can may might did does do ran
runs recently also not who which whose what when where`);

/** Section labels that open a paragraph ("FULL TEXT:", "UPDATE:"): never a speaker. */
const SECTION_LABELS = /^(?:full text|full statement|transcript|update|updated|editor'?s note|read more|watch|video|breaking|related|advertisement|analysis|opinion|exclusive|correction|note)$/i;

export function isSectionLabel(s: string): boolean {
  return SECTION_LABELS.test(s.trim());
}

/** Titles kept in the displayed name when only a surname follows ("Lord Strathclyde"). */
export const PEERAGE = set(`lord lady baroness baron dame sir`);

/**
 * Nouns that make a phrase a role ("State Department spokesman", "the top US military official").
 * Used to split "Russian Foreign Minister Sergey Lavrov" into role and name and to resolve descriptions.
 */
export const ROLE_NOUNS = set(`spokesman spokeswoman spokesperson spokespeople official officials minister secretary
president chairman chairwoman chair director chief executive leader head adviser advisor analyst economist professor
lawyer attorney admiral colonel lieutenant sergeant brigadier senator congressman congresswoman representative governor mayor ambassador general commander
officer manager coach captain player striker midfielder defender goalkeeper founder co-founder owner partner
researcher scientist expert analyst strategist pollster consultant editor correspondent reporter columnist author
writer singer actor actress star musician artist producer spokesperson chancellor premier commissioner inspector
judge justice prosecutor prosecutors investigator detective sheriff chief deputy candidate nominee rival aide aides
strategist organiser organizer campaigner activist diplomat envoy negotiator investor trader banker
vice-president vice-chairman ceo cfo coo cto md boss chief-executive principal teacher doctor nurse surgeon
member members mp mps mep peer lord baroness chairwoman secretary-general president-elect treasurer
administrator regulator watchdog source sources specialist insider delegate superdelegate operative donor advocate historian veteran official
spokesperson consultant lobbyist organizer volunteer witness resident residents fan fans voter voters worker workers
user users customer customers critic critics supporter supporters opponent opponents observer observers person
man woman people student students parent parents father mother son daughter husband wife brother sister friend
family colleague colleagues defence prosecution lawmakers lawmaker legislator legislators official representative
representatives staffer staffers employee employees engineer engineers developer developers designer designers
`);

/** Words that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = set(`department ministry committee center centre council office party agency police commission
bank inc inc. ltd ltd. corp corp. corporation company group university college school association union federation
institute foundation service services administration army navy force forces court government parliament congress
senate house assembly board authority bureau reuters bbc cnn afp ap times post journal news network league club fc
team campaign organisation organization coalition alliance trust fund society network channel press telegraph
guardian observer herald tribune gazette daily agency associated airlines airways motors systems technologies
labs laboratories hospital church embassy consulate secretariat cabinet kremlin pentagon nato un eu fbi cia nhs
treasury whitehall commons lords downing yard interpol opec imf who unicef unesco fifa uefa ofcom ofgem fsa
microsoft apple google facebook amazon twitter sony nintendo ibm intel convention pac caucus conference`);

/** Personal pronouns that can speak, with what they may refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'plural' | 'thing' | 'self'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'plural'], ['it', 'thing'], ['i', 'self'], ['we', 'self'],
]);

/** Lower-case words that may sit inside a name ("Bashar al-Assad", "Center for Reconciliation"). */
export const NAME_PARTICLES = set(`al el bin ibn de del della der di da van von le la du dos das st. of for and the y`);

/** Words that start a sentence with a capital but never a name. */
export const NOT_NAME = set(`the a an and but or so yet for nor in on at to of by with from as if when while after
before since because although though however meanwhile moreover also this that these those there here it its he she
they we i you his her their our my your who what which where why how mr mrs ms dr not no yes one two three some many
most more all both each every any other another such only even still then now today yesterday tomorrow
asked speaking during under over about into through against without between among within last next this week
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december according earlier later despite instead unlike like until unless whether
back again perhaps indeed thus hence soon often sometimes even just certainly clearly obviously overall
ultimately finally first second third next wherever whatever whenever whoever neither either nor several few
asked told said says added having being given following including excluding regarding
beyond amid amidst amongst upon via throughout besides except toward towards across behind along around
`);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = set(`mr mrs ms dr st gen sen rep gov lt col capt sgt prof rev jr sr inc ltd co corp no vs etc
jan feb mar apr aug sep sept oct nov dec u.s u.k u.n e.g i.e adm cmdr gov pres maj brig ft mt messrs
`);

/** Weekday names, for "on Thursday". */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Month names and short forms, 1-based. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** A role noun, singular or plural ("official", "officials", "secretaries"). */
export function isRole(lw: string): boolean {
  if (ROLE_NOUNS.has(lw)) return true;
  const c = lw.charCodeAt(lw.length - 1);
  if (c !== 115 /* s */) return false;
  // Memoised: the plural test slices a string, and the same words come back all the time.
  let hit = pluralRoles.get(lw);
  if (hit === undefined) {
    hit = (lw.endsWith('ies') && ROLE_NOUNS.has(`${lw.slice(0, -3)}y`)) || ROLE_NOUNS.has(lw.slice(0, -1));
    if (pluralRoles.size > 50_000) pluralRoles.clear();
    pluralRoles.set(lw, hit);
  }
  return hit;
}

const pluralRoles = new Map<string, boolean>();

/** A hyphenated title whose last part is a title or role ("under-secretary", "attorney-general"). */
export function isHyphenatedTitle(lw: string): boolean {
  const dash = lw.lastIndexOf('-');
  if (dash <= 0) return false;
  const tail = lw.slice(dash + 1);
  return HONORIFICS.has(tail) || ROLE_NOUNS.has(tail);
}

/** Documents that "say" things ("the suit added", "according to court records"): anonymous sources. */
export const DOC_NOUNS = set(`suit lawsuit statement report letter complaint filing filings document documents record records
study survey poll website memo indictment ruling affidavit transcript transcripts testimony data figures release
analysis review audit notice order judgment judgement petition motion brief`);

/** A plural of an organisation word ("groups", "unions", "agencies"): a kind of source, not one body. */
export function isOrgPlural(lw: string): boolean {
  if (lw.endsWith('ies')) return ORG_WORDS.has(`${lw.slice(0, -3)}y`);
  return lw.endsWith('s') && !ORG_WORDS.has(lw) && ORG_WORDS.has(lw.slice(0, -1));
}
