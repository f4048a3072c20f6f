import { describe, expect, it } from 'vitest';
import { RoleIndex, qualifierForms, readRole, readRoles, roleFit } from '../../../src/core/speakers/roles.js';

const index = new RoleIndex([
  { id: 'brown', roles: ['UK chancellor', 'Chancellor'], organisations: [] },
  { id: 'letwin', roles: ['Tory shadow chancellor', 'Shadow Chancellor', 'chancellor'], organisations: [] },
  { id: 'howard', roles: ['Tory leader', 'Conservative leader'], organisations: [] },
  { id: 'robinson', roles: ['friend of the Tory leader'], organisations: [] },
  { id: 'strathclyde', roles: ['Tory leader in the Lords'], organisations: [] },
  { id: 'peschorn', roles: ['Interior Minister'], organisations: ['Austrian government'] },
  { id: 'klinsmann', roles: ['Germany coach'], organisations: [] },
  { id: 'greenspan', roles: ['Federal Reserve chairman', 'Fed chief'], organisations: [] },
  { id: 'blair', roles: ['Prime Minister'], organisations: [] },
  { id: 'allen', roles: ['director of the Center for Food and Allergy Research'], organisations: [] },
]);
const ids = (phrase: string) => index.match(phrase).map((m) => m.id);

describe('role index', () => {
  it('"shadow chancellor" is not "chancellor": the most frequent reading of an office decides', () => {
    expect(ids('the chancellor')).toEqual(['brown']);
    expect(ids('the shadow chancellor')).toEqual(['letwin']);
  });

  it('"Tory" is "Conservative"; "friend of the Tory leader" is not the Tory leader; an unasked qualifier ranks lower', () => {
    expect(ids('the Tory leader')).toEqual(['howard', 'strathclyde']);
    expect(ids('the Conservative leader')[0]).toBe('howard');
  });

  it('place words are qualifiers: Austria\'s interior minister (Austria from the organisation), the German coach', () => {
    expect(ids("Austria's interior minister")).toEqual(['peschorn']);
    expect(ids('the German coach')).toEqual(['klinsmann']);
    // A qualifier the role does not state is handed back, for the quote's surroundings to bear out.
    expect(index.match("France's interior minister")).toEqual([{ id: 'peschorn', fit: expect.any(Number), exact: expect.any(Number), unstated: ['france'] }]);
    expect(index.match("Austria's interior minister")[0]?.unstated).toEqual([]);
  });

  it('"chief" = "head" = "boss", "PM" = "prime minister", and a role with its organisation after "of"', () => {
    expect(ids('the Fed boss')).toEqual(['greenspan']);
    // Newsroom abbreviations among the qualifiers: "Fed" is the Federal Reserve.
    expect(ids('the Fed chairman')).toEqual(['greenspan']);
    expect(ids('the PM')).toEqual(['blair']);
    expect(ids('the director of the Center for Food Allergy Research')).toEqual(['allen']);
  });

  it('reads modifiers, tense and qualifiers apart', () => {
    const r = readRole('former Tory shadow chancellor');
    expect(r?.office).toBe('chancellor');
    expect([...(r?.modifiers ?? [])]).toEqual(['shadow']);
    expect([...(r?.tense ?? [])]).toEqual(['former']);
    expect([...(r?.qualifiers ?? [])]).toEqual(['conservative']);
    expect(roleFit(readRole('chancellor')!, readRole('former chancellor')!)).toBeLessThan(roleFit(readRole('chancellor')!, readRole('chancellor')!));
  });
});

describe('role index: how often, and roles of the past', () => {
  // A prime minister on record hundreds of times, and two people the extractor once called "prime minister".
  const often = new RoleIndex([
    { id: 'aaron-stray', roles: ['prime minister'], organisations: [], quotes: 1 },
    { id: 'premier-often', roles: ['Prime Minister'], organisations: [], quotes: 300 },
    { id: 'abel-rare', roles: ['Prime Minister'], organisations: [], quotes: 2 },
  ]);

  it('ranks holders of an equally exact role by how often they are on record (ties were alphabetical)', () => {
    expect(often.match('the PM').map((m) => m.id)).toEqual(['premier-often', 'abel-rare', 'aaron-stray']);
    const [first, second] = often.match('the prime minister');
    expect(first?.fit).toBe(1);
    // Exactness still leads: a rarely quoted holder loses a little, never more than the share set for it.
    expect(second?.fit).toBeGreaterThan(0.75);
    expect(second?.fit).toBeLessThan(first?.fit ?? 0);
  });

  it('keeps exactness first: a better fitting role beats a more quoted holder of a looser one', () => {
    const index = new RoleIndex([
      { id: 'coach-plain', roles: ['coach'], organisations: [], quotes: 500 },
      { id: 'coach-germany', roles: ['Germany coach'], organisations: [], quotes: 3 },
    ]);
    expect(index.match('the German coach').map((m) => m.id)).toEqual(['coach-germany']);
    expect(index.match('the coach')[0]?.id).toBe('coach-plain');
  });

  it('without counts (no quotes given) ranks by fit alone, as before', () => {
    const index = new RoleIndex([
      { id: 'b-minister', roles: ['minister'], organisations: [] },
      { id: 'a-minister', roles: ['minister'], organisations: [] },
    ]);
    expect(index.match('the minister').map((m) => [m.id, m.fit])).toEqual([['a-minister', 1], ['b-minister', 1]]);
  });

  it('"then the secretary of state" is a role of the past: it fits a plain question less well than the current one', () => {
    expect([...(readRole('then the secretary of state')?.tense ?? [])]).toEqual(['then']);
    const index = new RoleIndex([
      { id: 'past-holder', roles: ['then the secretary of state'], organisations: [], quotes: 40 },
      { id: 'current-holder', roles: ['Secretary of State'], organisations: [], quotes: 40 },
    ]);
    expect(index.match('the secretary of state').map((m) => m.id)).toEqual(['current-holder', 'past-holder']);
    // Asked for the one who was then in office, the past reading fits fully.
    expect(index.match('the then secretary of state')[0]?.fit).toBe(1);
  });
});

describe('role index: offices, portfolios and readings', () => {
  it('"boss" is a chief, a chief executive and a manager: the Newcastle manager called "Newcastle boss", the Hearts boss called "Hearts manager"', () => {
    const index = new RoleIndex([
      { id: 'tyne-manager', roles: [{ role: 'Newcastle boss', n: 19 }, { role: 'Magpies manager', n: 2 }], organisations: [] },
      { id: 'hearts-manager', roles: [{ role: 'Hearts manager', n: 11 }], organisations: [] },
      { id: 'acme-chief', roles: [{ role: 'Acme chief executive', n: 4 }], organisations: [] },
    ]);
    expect(index.match('the Newcastle manager').map((m) => m.id)).toEqual(['tyne-manager']);
    expect(index.match('the Hearts boss').map((m) => m.id)).toEqual(['hearts-manager']);
    expect(index.match('the Acme boss').map((m) => m.id)).toEqual(['acme-chief']);
  });

  it('a body asked by a long name is not another body\'s office that shares a word or two of it', () => {
    const index = new RoleIndex([
      { id: 'pensions-director', roles: [{ role: 'PPI research director', n: 3 }], organisations: [] },
      { id: 'economics-director', roles: [{ role: 'co-director of the Center for Economic and Policy Research', n: 5 }], organisations: [] },
      { id: 'coast-director', roles: [{ role: 'director of the Institute for Coastal Flood Research', n: 2 }], organisations: [] },
    ]);
    expect(index.match('the director of the Center for Food and Allergy Research').map((m) => m.id)).toEqual([]);
    expect(index.match('the director of the Institute for Coastal Flood Research').map((m) => m.id)).toEqual(['coast-director']);
    // Two asked words: the missing one is left for the quote's surroundings to bear out, as before.
    expect(index.match('the Darlington research director').map((m) => m.id)).toContain('pensions-director');
  });

  it('a role stated as "former" or "ex-" answers only a question that says so (session 12, h-qa16)', () => {
    const index = new RoleIndex([
      { id: 'past-captain', roles: [{ role: 'former Tarnland captain', n: 4 }], organisations: [] },
      { id: 'ex-coach', roles: [{ role: 'ex-Tarnland coach', n: 2 }], organisations: [] },
    ]);
    expect(index.match('the Tarnland captain').map((m) => m.id)).toEqual([]);
    expect(index.match('the Tarnland coach').map((m) => m.id)).toEqual([]);
    expect(index.match('the former Tarnland captain').map((m) => m.id)).toEqual(['past-captain']);
    expect(index.match('the ex-Tarnland coach').map((m) => m.id)).toEqual(['ex-coach']);
  });

  it('every reading of an office the speaker holds answers: "chancellor" and "Tory chancellor" are one office held', () => {
    const index = new RoleIndex([{ id: 'past-chancellor', roles: [{ role: 'chancellor', n: 6 }, { role: 'Tory chancellor', n: 4 }], organisations: [] }]);
    expect(index.match('the former Tory chancellor').map((m) => m.id)).toEqual(['past-chancellor']);
  });

  it('the modifiers stated most often decide the office held, counted when counts are known', () => {
    const index = new RoleIndex([
      // Called "chancellor" once more than any single "shadow" reading, but "shadow" in most quotes.
      { id: 'shadow', roles: [{ role: 'chancellor', n: 9 }, { role: 'Tory shadow chancellor', n: 8 }, { role: 'Shadow Chancellor', n: 5 }], organisations: [] },
      { id: 'deputy-mostly-not', roles: [{ role: 'mayor', n: 12 }, { role: 'deputy mayor', n: 2 }], organisations: [] },
    ]);
    expect(index.match('the chancellor').map((m) => m.id)).toEqual([]);
    expect(index.match('the shadow chancellor').map((m) => m.id)).toEqual(['shadow']);
    expect(index.match('the mayor').map((m) => m.id)).toEqual(['deputy-mostly-not']);
    expect(index.match('the deputy mayor').map((m) => m.id)).toEqual([]);
  });

  it('a different portfolio or team before the office is another office; a role that names none may still be it', () => {
    const index = new RoleIndex([
      { id: 'defence', roles: ['Indian Defence Minister'], organisations: [] },
      { id: 'comms', roles: ['Communications Minister'], organisations: [] },
      { id: 'state', roles: ['US Secretary of State'], organisations: [] },
      { id: 'pentagon', roles: ['U.S. Defense Secretary'], organisations: [] },
      { id: 'spain', roles: ['Spain coach'], organisations: [] },
      { id: 'plain-coach', roles: ['coach'], organisations: [] },
    ]);
    expect(index.match("India's communications minister").map((m) => [m.id, m.unstated])).toEqual([['comms', ['india']]]);
    // "defense" and "defence" are one word; "Secretary of State" is a secretary of another portfolio.
    expect(index.match('the US defence secretary').map((m) => m.id)).toEqual(['pentagon']);
    // Neither the Spain coach nor a coach of no stated team is the Germany coach.
    expect(index.match('the Germany coach').map((m) => m.id)).toEqual([]);
    expect(index.match('the Spain coach').map((m) => m.id)).toEqual(['spain']);
  });

  it('newsroom short forms and country adjectives: Met, Utd, Irish', () => {
    const index = new RoleIndex([
      { id: 'met', roles: ['Metropolitan Police Commissioner'], organisations: [] },
      { id: 'utd', roles: ['Manchester United manager'], organisations: [] },
      { id: 'irish', roles: ['Irish Transport Minister'], organisations: [] },
    ]);
    expect(index.match('the Met police commissioner')[0]).toMatchObject({ id: 'met', unstated: [] });
    expect(index.match('the Man Utd boss')[0]?.id).toBe('utd');
    expect(index.match("Ireland's transport minister")[0]).toMatchObject({ id: 'irish', unstated: [] });
  });

  it('gives the forms a text may use for a qualifier it must bear out', () => {
    expect(qualifierForms('austria')).toContain('austrian');
    expect(qualifierForms('italy')).toContain('italian');
    expect(qualifierForms('ireland')).toContain('irish');
    expect(qualifierForms('uk')).toEqual(expect.arrayContaining(['british', 'britain']));
  });
});

describe('role index: when the role was held', () => {
  // Two commissioners of one force: the earlier one stated from 2000 to January 2005, his successor from February.
  const index = new RoleIndex([
    { id: 'earlier', roles: [{ role: 'Metropolitan Police Commissioner', n: 6, first: '2000-02-03', last: '2005-01-20' }], organisations: [], quotes: 30 },
    { id: 'later', roles: [{ role: 'Metropolitan Police Commissioner', n: 4, first: '2005-02-01', last: '2005-10-12' }], organisations: [], quotes: 10 },
  ]);

  it('without a time asked, the most recent holder ranks first, whoever is quoted more', () => {
    expect(index.match('the Met police commissioner').map((m) => m.id)).toEqual(['later', 'earlier']);
    expect(index.match('the Met police commissioner')[0]).toMatchObject({ first: '2005-02-01', last: '2005-10-12' });
  });

  it('asked about a time, the holder then ranks first', () => {
    expect(index.match('the Met police commissioner', { from: '2003-01-01', to: '2003-12-31' }).map((m) => m.id)).toEqual(['earlier', 'later']);
    expect(index.match('the Met police commissioner', { from: '2005-06-01' }).map((m) => m.id)).toEqual(['later', 'earlier']);
  });

  it('undated roles (an index written before dates were kept) rank as before', () => {
    const undated = new RoleIndex([
      { id: 'a-holder', roles: ['Police Commissioner'], organisations: [], quotes: 5 },
      { id: 'b-holder', roles: ['Police Commissioner'], organisations: [], quotes: 5 },
    ]);
    expect(undated.match('the police commissioner', { from: '2003-01-01' }).map((m) => [m.id, m.fit])).toEqual([['a-holder', 1], ['b-holder', 1]]);
  });
});

describe('role index: one role text held by many speakers', () => {
  it('each holder keeps their own organisations, counts and dates (the reading of the text is shared)', () => {
    const index = new RoleIndex([
      { id: 'vienna', roles: [{ role: 'Interior Minister', n: 3, first: '2019-05-01', last: '2019-06-01' }], organisations: ['Austrian government'], quotes: 3 },
      { id: 'elsewhere', roles: [{ role: 'Interior Minister', n: 8, first: '2021-01-01', last: '2021-03-01' }], organisations: [], quotes: 8 },
      { id: 'deputy', roles: ['Deputy Interior Minister', 'Interior Minister'], organisations: ['Austrian government'], quotes: 2 },
    ]);
    const fits = new Map(index.match("Austria's interior minister").map((f) => [f.id, f]));
    expect([...fits.keys()].sort()).toEqual(['elsewhere', 'vienna']);
    expect(fits.get('vienna')).toMatchObject({ unstated: [], first: '2019-05-01', last: '2019-06-01' });
    expect(fits.get('elsewhere')).toMatchObject({ unstated: ['austria'], first: '2021-01-01', last: '2021-03-01' });
    // Austria stated by the organisation fits better than Austria left to the quote's surroundings.
    expect(index.match("Austria's interior minister", { from: '2019-01-01', to: '2021-12-31' })[0]?.id).toBe('vienna');
    expect(index.match('the deputy interior minister').map((f) => f.id)).toEqual(['deputy']);
  });
});

describe('role index: "the chancellor"', () => {
  it('answers the UK chancellor before a past chancellor quoted far less, and never the shadow chancellor', () => {
    const index = new RoleIndex([
      { id: 'uk-chancellor', roles: [{ role: 'UK chancellor', n: 11 }, { role: 'UK Chancellor', n: 1 }], organisations: [], quotes: 173 },
      { id: 'past-chancellor', roles: [{ role: 'chancellor', n: 6 }, { role: 'Tory chancellor', n: 4 }], organisations: [], quotes: 11 },
      { id: 'shadow-chancellor', roles: [{ role: 'Tory shadow chancellor', n: 9 }, { role: 'chancellor', n: 9 }, { role: 'Tory Shadow Chancellor', n: 4 }], organisations: [], quotes: 41 },
    ]);
    expect(index.match('the chancellor').map((m) => m.id)).toEqual(['uk-chancellor', 'past-chancellor']);
    expect(index.match('the shadow chancellor').map((m) => m.id)).toEqual(['shadow-chancellor']);
  });
});

describe('role index: "the head of" a body whose head no role calls so', () => {
  const heads = new RoleIndex([
    { id: 'rato', roles: ["Orvex's managing director"], organisations: [] },
    { id: 'dawson', roles: ['Orvex director'], organisations: [] },
    { id: 'deputy', roles: ["Orvex's deputy managing director"], organisations: [] },
    { id: 'asia', roles: ["director of Orvex's Asia department"], organisations: [] },
    { id: 'weingart', roles: ['Teachers Guild president'], organisations: [] },
    { id: 'kell', roles: ['head of the Teachers Guild'], organisations: [] },
  ]);
  const headIds = (phrase: string) => heads.match(phrase).map((m) => m.id);

  it('is the body\'s managing director, president, chief executive: never a plain director, a deputy or a department\'s head', () => {
    expect(headIds('the head of Orvex')).toEqual(['rato']);
    expect(headIds('the Orvex chief')).toEqual(['rato']);
    expect(headIds('the Orvex boss')).toEqual(['rato']);
  });

  it('is not looked up when a role that says "head" itself states the body', () => {
    expect(headIds('the head of the Teachers Guild')).toEqual(['kell']);
  });

  it('needs the body asked: "the head" alone is no top office of anything', () => {
    expect(headIds('the head')).toEqual(['kell']);
  });
});

describe('role index: an executive director heads the body (session 27)', () => {
  const heads = new RoleIndex([
    { id: 'ames', roles: ['executive director of the Clean Rivers Trust'], organisations: [] },
    { id: 'rhee', roles: ['executive director of policy at the Clean Rivers Trust'], organisations: [] },
    { id: 'pell', roles: ['Clean Rivers Trust director'], organisations: [] },
    { id: 'vance', roles: ['deputy executive director of the Clean Rivers Trust'], organisations: [] },
  ]);
  const headIds = (phrase: string) => heads.match(phrase).map((m) => m.id);

  it('is "the head of" its body, as a managing director is; not one of a department, a plain director or a deputy', () => {
    expect(headIds('the head of the Clean Rivers Trust')).toEqual(['ames']);
    expect(headIds('the Clean Rivers Trust chief')).toEqual(['ames']);
  });

  it('is no head where the body\'s managing director or chief executive is on record: a board member then', () => {
    const board = new RoleIndex([
      { id: 'rato', roles: ["Orvex's managing director"], organisations: [] },
      { id: 'lund', roles: ['Orvex executive director'], organisations: [] },
    ]);
    expect(board.match('the head of Orvex').map((m) => m.id)).toEqual(['rato']);
  });
});

describe('role index: an abbreviation asked names one body', () => {
  const bodies = new RoleIndex([
    { id: 'egel', roles: ['head of the UN refugee office'], organisations: [] },
    { id: 'ferg', roles: ['Manchester United boss'], organisations: [] },
    { id: 'audit', roles: ['National Audit Office chief'], organisations: [] },
    { id: 'sola', roles: ['EU foreign policy chief'], organisations: [] },
    { id: 'rugby', roles: ["Rugby Football Union's referees' manager"], organisations: [] },
  ]);
  const bodyIds = (phrase: string) => bodies.match(phrase).map((m) => m.id);

  it('a role holding one word of its expansion ("United", "National", "Union") is another body\'s', () => {
    expect(bodyIds('the UN chief')).toEqual(['egel']);
    expect(bodyIds('the EU boss')).toEqual(['sola']);
  });
});

describe('role index: "VP" is a vice president', () => {
  const vps = new RoleIndex([
    { id: 'okoro', roles: ['vice president of advanced development programs at Halden Aerospace'], organisations: [] },
    { id: 'marsh', roles: ['president of Halden Aerospace'], organisations: [] },
  ]);
  it('"the Halden Aerospace VP" is its vice president, never its president', () => {
    expect(vps.match('the Halden Aerospace VP').map((m) => m.id)).toEqual(['okoro']);
    expect(vps.match('the Halden Aerospace president').map((m) => m.id)).toEqual(['marsh']);
    expect([...(readRole('Halden VP')?.modifiers ?? [])]).toEqual(['vice']);
  });
});

describe('a role joining two offices with "and" (session 16, h-qa29)', () => {
  it('is read as both offices, the words before the first and the tail after the last shared', () => {
    const [gov, admin] = readRoles('former New Jersey governor and Environmental Protection Agency administrator');
    expect(gov?.office).toBe('governor');
    expect([...(gov?.tense ?? [])]).toEqual(['former']);
    expect(admin?.office).toBe('administrator');
    expect(readRoles('president and chief executive of Orvex').map((r) => r.office)).toEqual(['president', 'executive']);
    expect(readRoles('president and chief executive of Orvex').every((r) => r.qualifiers.has('orvex'))).toBe(true);
  });

  it("stays one office where the word before \"and\" is no office, or the \"and\" is in the body's name", () => {
    expect(readRoles('Food and Drug Administration commissioner').map((r) => r.office)).toEqual(['commissioner']);
    expect(readRoles('Secretary of Health and Human Services').map((r) => r.office)).toEqual(['secretary']);
  });

  it('the former governor is found by the governor office of such a role', () => {
    const both = new RoleIndex([
      { id: 'whit', roles: ['former New Jersey governor and Environmental Protection Agency administrator'], organisations: [] },
      { id: 'chris', roles: ['New Jersey Gov'], organisations: [] },
    ]);
    expect(both.match('the former New Jersey governor')[0]?.id).toBe('whit');
  });
});

describe('one office under two spellings (session 20, h-qa40)', () => {
  it('"adviser" and "advisor" are one office: a role written one way answers a question typed the other', () => {
    const asked = readRole('Orvanti chief economic adviser')!;
    expect(readRole('chief economic advisor')?.office).toBe(asked.office);
    expect(roleFit(asked, readRole('chief economic advisor')!)).toBeGreaterThan(0);
    const index = new RoleIndex([{ id: 'vell', roles: ["Orvanti's chief economic advisor"], organisations: [], quotes: 3 }]);
    expect(index.match('the Orvanti chief economic adviser').map((f) => f.id)).toEqual(['vell']);
  });
});

describe('a chief X officer and a shadow spokesman (session 21, h-qa43)', () => {
  const more = new RoleIndex([
    { id: 'asher', roles: ['chief investment officer of Orbel Fund Managers'], organisations: [] },
    { id: 'vance', roles: ['Orbel Fund Managers chief executive'], organisations: [] },
    { id: 'tull', roles: ['chief technology officer at Quillsoft'], organisations: [] },
    { id: 'penn', roles: ['Shadow spokesman for sport'], organisations: [] },
    { id: 'ross', roles: ['shadow chancellor'], organisations: [] },
  ]);
  const found = (phrase: string) => more.match(phrase).map((m) => m.id);

  it('"the investment chief" of a body is its chief investment officer; the body\'s plain chief is not', () => {
    expect(found("Orbel Fund Managers' investment chief")).toEqual(['asher']);
    expect(found('the Orbel Fund Managers chief')).not.toContain('asher');
    expect(found('the Quillsoft chief')).toEqual([]);
    expect(found('the Quillsoft technology chief')).toEqual(['tull']);
  });

  it('a party\'s spokesman is its shadow spokesman; a shadow office of any other kind stays strict', () => {
    expect(found('the Tory sport spokesman')).toEqual(['penn']);
    expect(found('the shadow sport spokesman')).toEqual(['penn']);
    expect(found('the chancellor')).toEqual([]);
  });
});
