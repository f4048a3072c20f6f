/** Role nouns: the offices and kinds of people a description names ("the spokesman", "officials"). */
import { set } from './words.js';
import { GENERIC_ORG, isOrgKind } from './organisations.js';

/**
 * Nouns that make a phrase a role ("State Department spokesman", "the top US military official").
 * Used to split "Russian Foreign Minister Sergey Lavrov" into role and name and to resolve descriptions.
 * Not "bishop" (a family name: "Julie Bishop"), "marine" (a given name: "Marine Le Pen") or "imam" (part of
 * historical names: "Imam Malik").
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
drummer bassist vocalist frontman keyboardist guru guitarist pianist violinist cellist saxophonist trumpeter
assemblyman assemblywoman assemblymember councilman councilwoman comptroller magistrate solicitor barrister hacker
rapper novelist songwriter comedian filmmaker cinematographer journalist broadcaster presenter commentator pundit
contributor contributors
blogger referee backbencher goalscorer billionaire millionaire teenager moderator entrepreneur playwright
pastor preacher chaplain vicar cleric rabbi archbishop cardinal alderman alderwoman committeeman committeewoman
recorder exchequer whip coordinator
`);

/**
 * Nouns for a kind of person that are no office ("the East Kilbride athlete", "the Sale full-back", "the Newport-based
 * sprinter"): after "the" and a capitalised qualifier they make the phrase a description of somebody, not a name
 * ("East Kilbride"). Not role nouns: a description of them binds to the person just talked about, not by office.
 */
export const PERSON_KIND_NOUNS = set('athlete sprinter hurdler runner winger full-back fly-half scrum-half skipper');

/**
 * Heads of a description that newsroom copy writes for one and the same role (session 37): "the England striker" is the
 * "England forward" named before, "the presenter" the show's "host", "the Wales skipper" its "captain". Not "boss",
 * "chief" and "head" (a boss may be a chief executive, a chairman or a team's manager, and "chief economist" is no
 * boss), nor "coach" and "manager" (a club has both).
 */
const SAME_ROLE_HEADS: readonly (readonly string[])[] = [['striker', 'forward', 'centre-forward'], ['presenter', 'host', 'anchor'], ['skipper', 'captain']];
const SAME_ROLE_HEAD_OF = new Map(SAME_ROLE_HEADS.flatMap((g) => g.map((w) => [w, g] as const)));

/** The heads that name the same role as `head` ("striker" -> striker, forward, centre-forward), `head` among them. */
export function sameRoleHeads(head: string): readonly string[] {
  return SAME_ROLE_HEAD_OF.get(head) ?? [head];
}

/**
 * Words for what somebody does that open a name in headline style only before a given name ("Farmer Ann Cole",
 * "Wing Luc Marais"): no role nouns, since they are also family names ("Paul Farmer") or open bodies' names ("Right
 * Wing Watch"); the gate reads them as the role only in front of a given name and a surname.
 */
export const HEADLINE_KIND_NOUNS: ReadonlySet<string> = new Set([...PERSON_KIND_NOUNS, ...set('farmer wing')]);

/** Role nouns that also open titles and bodies' names ("Star Wars", "Star Tribune"): never a lone role before a name. */
export const TITLE_OPENING_ROLES: ReadonlySet<string> = set('star');

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

/** Plural role nouns: a group of unnamed people ("officials", "aides"). */
export const PLURAL_ROLES = new Set(['officials', 'aides', 'prosecutors', 'members', 'mps', 'lawmakers', 'legislators', 'representatives', 'staffers', 'employees', 'residents', 'fans', 'voters', 'workers', 'users', 'customers', 'critics', 'supporters', 'opponents', 'observers', 'people', 'students', 'parents', 'colleagues', 'engineers', 'developers', 'designers', 'sources', 'officials']);

/** Heads too general to name an office ("the man", "the source"): never resolved to the last person. */
export const GENERIC_PEOPLE = new Set(['person', 'man', 'woman', 'source', 'official', 'aide', 'friend', 'colleague', 'resident', 'fan', 'voter', 'worker', 'user', 'customer', 'critic', 'supporter', 'opponent', 'observer', 'student', 'parent', 'witness', 'member', 'staffer', 'employee', 'expert', 'analyst', 'activist', 'insider', 'delegate', 'donor', 'veteran', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'people']);

/**
 * "the source": a head that stands for somebody the article keeps unnamed, so a definite description of it is that
 * unnamed person, never the last person quoted by name ("according to a source at the station. The source said").
 */
export function isUnnamedSourceHead(lw: string): boolean {
  return lw === 'source';
}

/**
 * Words that relate a person to somebody the role goes on to name ("with British boyfriend Orlando Bloom", "his
 * wife Cherie Booth"): the name after them is another person's, never the holder's.
 */
export const RELATIONS = new Set(['boyfriend', 'girlfriend', 'wife', 'husband', 'fiance', 'fiancee', 'widow', 'widower', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'stepbrother', 'stepsister', 'friend', 'team-mate', 'teammate', 'bandmate', 'co-star']);
/**
 * A relation word, also written with a prefix and a hyphen ("ex-wife", "half-brother", "step-son") or as in-law
 * ("son-in-law"): `isHyphenatedTitle` reads "ex-wife" as an office by its tail, so kin is told by the same tail.
 */
export function isRelationWord(lw: string): boolean {
  const kin = lw.replace(/-in-law$/, '');
  return RELATIONS.has(kin) || RELATIONS.has(kin.slice(kin.lastIndexOf('-') + 1));
}
/**
 * Sides of a contest ("her rival, NAME"): no office held, a relation to the one the pronoun points at, so a role only
 * with that owner named ("Clinton's chief political rival"); "rival" alone says nothing of the holder.
 */
export const CONTEST_RELATIONS: ReadonlySet<string> = new Set(['rival', 'opponent', 'challenger', 'competitor']);
/**
 * Kin words that state the sex of the one they introduce ("his wife Sharon" is a woman, "her son Nick" a man): the
 * gender a pronoun reads of a person the article names after one (introductions.ts `kinBeforeGivenName`). Kin of no
 * stated sex (cousin, friend, partner) are not here.
 */
export const KIN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...['wife', 'widow', 'mother', 'sister', 'daughter', 'girlfriend', 'fiancee', 'grandmother', 'granddaughter', 'aunt', 'niece', 'stepmother', 'stepdaughter', 'stepsister'].map((w) => [w, 'f'] as const),
  ...['husband', 'widower', 'father', 'brother', 'son', 'boyfriend', 'fiance', 'grandfather', 'grandson', 'uncle', 'nephew', 'stepfather', 'stepson', 'stepbrother'].map((w) => [w, 'm'] as const),
]);
/** Words between an owner and a kin word that leave the kin a person ("his late wife", "her eldest son"). */
export const KIN_QUALIFIERS: ReadonlySet<string> = new Set(['late', 'eldest', 'youngest', 'elder', 'younger', 'older', 'oldest', 'estranged', 'former', 'new', 'twin', 'teenage', 'beloved']);
/** Relations whose holder often shares the person's family name ("Obama's wife Michelle" is Michelle Obama). */
export const FAMILY_RELATIONS: ReadonlySet<string> = new Set(['wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'grandson', 'granddaughter', 'grandfather', 'grandmother']);

/** Numerals of a ranking after "number" ("world number one", "British number 2"): one office with it (roles.ts). */
const RANK_NUMERALS = set('one two three four five six seven eight nine ten 1 2 3 4 5 6 7 8 9 10');
export function isRankNumeral(lw: string): boolean {
  return RANK_NUMERALS.has(lw);
}

/**
 * Words that make another office of the one they modify: a "shadow chancellor" is not the chancellor, a "lieutenant
 * governor" ("Texas Lt. Gov.") not the governor.
 */
export const OFFICE_MODIFIERS = set('shadow deputy vice assistant junior under undersecretary associate lieutenant lt');

/** Abbreviated office modifiers, as the full word: "Lt. Gov." is a lieutenant governor. */
export const MODIFIER_SPELLINGS: ReadonlyMap<string, string> = new Map([['lt', 'lieutenant']]);

/** Qualifiers of a role ("Former Obama adviser"): before a lone word they describe, they do not name. */
export const QUALIFIER_WORDS = set('former ex then late acting interim outgoing incoming');

/** Words that say when an office is held, not which office ("former", "acting", "caretaker"): a role's tense. */
export const TENURE_WORDS: ReadonlySet<string> = new Set([...QUALIFIER_WORDS, 'caretaker']);

/** Tense words that say the office is no longer held: a "former England captain" is not the England captain. */
export const NO_LONGER: ReadonlySet<string> = set('former ex');

/**
 * Words before a role noun that stay in the role ("deputy", "former", "co-"). Not yet OFFICE_MODIFIERS, TENURE_WORDS
 * and "co" (session 19): it lacks "under", "undersecretary", "associate", "then", "outgoing", "incoming" and
 * "caretaker"; the union moves two corpus articles ("associate professor of epidemiology at ..." becomes the role
 * where "author" was; "associate director of Rutgers University's Eagleton Institute" keeps its body), a change to
 * measure on its own rather than part of a refactor.
 */
export const ROLE_QUALIFIERS: ReadonlySet<string> = set('shadow former deputy vice assistant ex acting junior co interim late');

const AGE_WORD = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old$/;

/** An age used as a word of a description: "the 30-year-old", "the fifteen-year-old", "the 28-year-old Morientes". */
export function isAgeWord(lw: string): boolean {
  return AGE_WORD.test(lw);
}

/** Words ending like agent nouns that name things, not people. */
export const NOT_AGENT = new Set(['paper', 'letter', 'order', 'number', 'center', 'centre', 'quarter', 'monitor', 'matter', 'chapter', 'water', 'power', 'border', 'corner', 'other', 'answer', 'winter', 'summer', 'computer', 'server', 'register', 'sector', 'factor', 'error', 'mirror', 'motor', 'document', 'statement', 'government', 'agreement', 'department', 'movement', 'development', 'parliament', 'moment', 'event', 'percent', 'president', 'incident', 'content', 'comment', 'argument', 'judgment', 'judgement', 'announcement', 'assessment', 'settlement', 'investment', 'payment', 'amendment', 'committee', 'archive', 'initiative', 'perspective', 'objective', 'executive', 'legislative', 'alternative', 'narrative', 'detective', 'elective']);

/**
 * Nouns for a person that the role lexicon does not hold, written before a name as what the person is ("Quayside
 * co-host NAME", "England lock NAME", "9/11 widow NAME", "Cruz constituent NAME"): with `isPersonNounShape` they end
 * a describing phrase the name's role keeps (session 36). Not role nouns: a description of them ("the host") binds by
 * nearness, not by office, so the subject readers are not changed by them.
 */
export const DESCRIBED_PERSON_NOUNS = set(`host co-host anchor co-anchor champion legend supremo forward lock prop centre
hooker flanker keeper seed ally constituent rookie native physio titan magnate tycoon mogul impresario
councilmember incumbent agent student resident retiree pensioner graduate chef pilot architect astronaut neighbour neighbor victim survivor
sufferer`);

/**
 * Agent-noun endings of nouns for people ("geologist", "neurosurgeon", "biographer", "physician", "retiree",
 * "ombudsman"); `NOT_AGENT`, comparatives and the kinds of body are the things and bodies that end so.
 */
const PERSON_NOUN_ENDING = /(?:er|or|ist|ian|eon|ant|ee|man|woman)$/;

/** Comparatives that end like agent nouns ("his younger brother" is a relation; "the younger NAME" no role). */
export const COMPARATIVES = set('younger older elder bigger smaller larger longer greater better later lower higher earlier');

/** Agent nouns that name a body, not a person ("provider", "supplier"). */
export const BODY_AGENT_NOUNS = set('provider supplier distributor exporter importer newspaper');

/**
 * A noun for a person: a role noun, a kind of person, a relation, a noun of `DESCRIBED_PERSON_NOUNS`, or an agent
 * noun's ending that is no thing's and no body's ("lender", "retailer": a kind of organisation).
 */
export function isPersonNounShape(lw: string): boolean {
  if (isRole(lw) || PERSON_KIND_NOUNS.has(lw) || RELATIONS.has(lw) || DESCRIBED_PERSON_NOUNS.has(lw)) return true;
  return lw.length >= 5 && PERSON_NOUN_ENDING.test(lw) && !NOT_AGENT.has(lw) && !COMPARATIVES.has(lw) && !BODY_AGENT_NOUNS.has(lw) && !isOrgKind(lw) && !GENERIC_ORG.has(lw);
}

/**
 * Indefinite pronouns that stand for unnamed people when they are a speech verb's whole subject ("Some said they
 * had cringed", "Several said they would rather ...", "Many in the crowd said"): an anonymous source, as "one fan
 * said" is. Not "one" ("one could say") nor "all" ("All told, ...").
 */
export const PEOPLE_PRONOUNS: ReadonlySet<string> = new Set(['some', 'many', 'several', 'most', 'both', 'few', 'another']);

/** Offices so general that a definite description of one may be any person of rank ("the official", "the leader"). */
export const GENERIC_OFFICES: ReadonlySet<string> = new Set(['official', 'officer', 'leader', 'head', 'chief', 'executive', 'source', 'aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'representative']);

/**
 * Prepositions after an office that name whom the holder serves ("a spokesman for the Harbour Board", "an adviser
 * to both Brisks"): the holder is not that principal, and is only a person whose stated role names it.
 */
export const SERVES_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to']);

/**
 * Fields an office is responsible for, written capitalised right after the office ("senior vice president, Technology
 * and Intellectual Property", "Secretary of State for Culture, Media and Sport", "Secretary of State for Work and
 * Pensions"): the office's portfolio, never a body or a person of its own. The modifiers that open such a field
 * ("Intellectual Property", "Human Resources", "Home Affairs", "Young People") are here too: a chunk or run is read
 * as a portfolio only when every word of it is one of these, joined by "and" or "&".
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = set(`technology technologies research development marketing sales
finance operations strategy policy planning communications engineering media sport sports culture arts heritage
tourism trade industry health education schools skills families children young people defence defense procurement
affairs home foreign public international relations investor legal intellectual property human resources products
services security justice environment energy transport innovation science content programming design
distribution exhibition manufacturing logistics quality compliance risk pensions work employment housing agriculture
food rural fisheries welfare equality immigration infrastructure`);

/** A capitalised portfolio word ("Technology", "Pensions"): see `PORTFOLIO_WORDS`. */
export function isPortfolioWord(t: { readonly lw: string; readonly cap: boolean }): boolean {
  return t.cap && PORTFOLIO_WORDS.has(t.lw);
}

/** What joins portfolio words into one portfolio ("Technology and Intellectual Property", "Media & Sport"): a lower-case "and" or "&". */
export function isPortfolioJoiner(t: { readonly lw: string; readonly w: string; readonly cap: boolean }): boolean {
  return (t.lw === 'and' && !t.cap) || t.w === '&';
}

/** Prepositions that tie an office to the body it is held at ("head of music at ... Xfm"); "from" places, it holds no office. */
export const OFFICE_PREPOSITIONS: ReadonlySet<string> = set('of at with for');

/**
 * "Chief Executive of Kestrel Trust", "analyst at Halden Securities", "manager for the port": the prepositions after
 * which the reading of an office held at a body goes on (`opensAppositive`, `opensCapitalisedOffice`, `bodyKindBefore`).
 * Not "with", which `OFFICE_PREPOSITIONS` also holds: these readings were measured without it.
 */
export const HELD_AT_PREPOSITIONS: ReadonlySet<string> = set('of at for');

/** Prepositions that open an appositive placing a person ("at a consulting firm", "of Berenberg", "from Leeds"). */
export const APPOSITIVE_PREPOSITIONS: ReadonlySet<string> = new Set([...OFFICE_PREPOSITIONS, 'from']);

/**
 * Offices held for a principal, not over a domain: "a spokesman for the Harbour Board" is one of many who may speak
 * for it, while "the minister for Wales" is one office the person named next may well hold.
 */
export const SERVING_OFFICES: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'adviser', 'advisor', 'aide', 'lawyer', 'attorney', 'representative', 'strategist', 'consultant', 'assistant']);

/**
 * What qualifies an unnamed source by its nearness to the story ("a person close to the family", "officials familiar
 * with the talks", "a source with knowledge of the deal"): word pairs (or triples) right after the source's noun.
 */
export const SOURCE_QUALIFIERS: readonly (readonly string[])[] = [
  ['close', 'to'], ['familiar', 'with'], ['knowledgeable', 'about'], ['briefed', 'on'], ['with', 'knowledge', 'of'], ['with', 'direct', 'knowledge', 'of'],
];

/**
 * Offices that are also given or family names ("Marine Le Pen", "Julie Bishop"): an office only before a common given
 * name and a surname ("Marine John Tiegen", "Bishop Tom Marr").
 */
export const ROLES_ALSO_NAMES: ReadonlySet<string> = set(`marine bishop`);

/**
 * "who heads the Alliance for American Manufacturing", "who managed the 2008 Iowa campaign": the verbs of a relative
 * clause that state an office, with the office's noun ("head of the Alliance ..."). `former`: the past tense says the
 * office is no longer held ("who ran" -> "former head of"); a founder, an author or the leader of a study stays one.
 */
const OFFICE_VERBS: readonly (readonly [string, string, boolean])[] = [
  ['heads helms runs', 'head', false], ['headed helmed ran', 'head', true],
  ['leads led', 'leader', false], ['chairs', 'chair', false], ['chaired', 'chair', true],
  ['directs', 'director', false], ['directed', 'director', true], ['manages', 'manager', false], ['managed', 'manager', true],
  ['owns', 'owner', false], ['owned', 'owner', true], ['coaches', 'coach', false], ['coached', 'coach', true],
  ['edits', 'editor', false], ['edited', 'editor', true], ['teaches', 'teacher', false], ['taught', 'teacher', true],
  ['represents', 'representative', false], ['represented', 'representative', true],
  ['founded co-founded created', 'founder', false], ['wrote writes', 'author', false],
];
export const OFFICE_VERB_ROLES: ReadonlyMap<string, { noun: string; former: boolean }> = new Map(
  OFFICE_VERBS.flatMap(([verbs, noun, former]) => verbs.split(' ').map((v) => [v, { noun, former }] as const)),
);
/** "who serves as labor secretary", "who worked as a secretary": the office follows "as". */
export const SERVES_AS_VERBS: ReadonlyMap<string, boolean> = new Map([['serves', false], ['works', false], ['served', true], ['worked', true]]);
/** Adverbs between "who" and its verb ("who now runs", "who also heads"). */
export const RELATIVE_ADVERBS: ReadonlySet<string> = set('now also currently still once formerly previously recently');

/** Nouns of an office of speaking for somebody ("spokesman", "spokespeople"). */
export const SPOKESPERSON_NOUNS = set(`spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen`);

/**
 * Offices through which a body speaks ("the Royal Mail spokeswoman", "a Treasury official"): a quote filed under the
 * body itself may be theirs. Any other office (a secretary, a leader) is a person's.
 */
export const BODY_VOICE_NOUNS: ReadonlySet<string> = new Set([...SPOKESPERSON_NOUNS, ...set(`official officials source sources
representative representatives statement`)]);
