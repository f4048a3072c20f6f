import { stem, words } from './tokenize.js';

/**
 * Newsroom abbreviations and synonyms a reporter types in a question. Each maps to phrases it may stand for;
 * the question then matches a quote containing either the word itself or one of its expansions.
 */
const RAW: Record<string, string[]> = {
  intel: ['intelligence'],
  govt: ['government'],
  gov: ['government', 'governor'],
  govts: ['governments'],
  pm: ['prime minister'],
  admin: ['administration'],
  econ: ['economy', 'economic'],
  dept: ['department'],
  depts: ['departments'],
  us: ['united states', 'america', 'american'],
  usa: ['united states', 'america'],
  uk: ['united kingdom', 'britain', 'british'],
  un: ['united nations'],
  eu: ['european union'],
  mp: ['member of parliament'],
  mps: ['members of parliament'],
  pres: ['president'],
  prez: ['president'],
  vp: ['vice president'],
  potus: ['president'],
  sec: ['secretary'],
  secy: ['secretary'],
  min: ['minister'],
  ceo: ['chief executive'],
  cfo: ['chief financial officer'],
  coo: ['chief operating officer'],
  cto: ['chief technology officer'],
  md: ['managing director'],
  fed: ['federal reserve'],
  gop: ['republican', 'republicans'],
  dems: ['democrats'],
  dem: ['democrat', 'democratic'],
  reps: ['republicans', 'representatives'],
  rep: ['representative', 'republican'],
  sen: ['senator'],
  nato: ['north atlantic treaty organization'],
  mil: ['military'],
  natsec: ['national security'],
  infra: ['infrastructure'],
  immig: ['immigration'],
  edu: ['education'],
  env: ['environment'],
  intl: ['international'],
  natl: ['national'],
  ag: ['attorney general'],
  doj: ['justice department', 'department of justice'],
  dod: ['defense department', 'pentagon'],
  dhs: ['homeland security'],
  nhs: ['national health service'],
  wmd: ['weapons of mass destruction'],
  gdp: ['gross domestic product'],
  jobs: ['employment', 'jobs'],
  ceasefire: ['cease fire'],
  // One word, two spellings: news copy long wrote "e-mail" (BBC 2005: 145 lines against 15 "email").
  email: ['e-mail'],
  emails: ['e-mails'],
  healthcare: ['health care'],
};

/** An alternative reading of one question word: index terms that must all appear. */
export type Alternative = string[];

const TABLE: ReadonlyMap<string, Alternative[]> = new Map(
  Object.entries(RAW).map(([abbr, phrases]) => [abbr, phrases.map((p) => words(p).filter((w) => w !== 'of').map(stem))]),
);

/** Expansions of one lower-case question word, as index-term alternatives (empty when none). */
export function expansions(word: string): Alternative[] {
  return TABLE.get(word) ?? [];
}
