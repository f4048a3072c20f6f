/** The four forms of an English verb: base, third person singular, past, present participle. */
export interface VerbForms {
  base: string;
  third: string;
  past: string;
  ing: string;
}

/** Forms that do not follow the rules, declared beside the base ("say" -> "said"). */
export type IrregularForms = Partial<Omit<VerbForms, 'base'>>;

/**
 * The inflections of an English verb from its base form: "scoff" -> scoff scoffs scoffed scoffing,
 * "criticise" -> criticises criticised criticising, "cry" -> cries cried crying, "agree" -> agreeing, "quip" ->
 * quipped quipping (a doubled final consonant is declared by writing the base with a trailing "+": "quip+").
 * Irregular forms are passed beside the base and win over the rules ("say" with `{ past: 'said' }`).
 */
export function verbForms(declared: string, irregular: IrregularForms = {}): VerbForms {
  const double = declared.endsWith('+');
  const base = double ? declared.slice(0, -1) : declared;
  const stem = double ? base + base[base.length - 1] : base;
  let regular: Omit<VerbForms, 'base'>;
  if (base.endsWith('ee')) regular = { third: `${base}s`, past: `${base}d`, ing: `${base}ing` };
  else if (base.endsWith('e')) regular = { third: `${base}s`, past: `${base}d`, ing: `${base.slice(0, -1)}ing` };
  else if (/[^aeiou]y$/.test(base)) regular = { third: `${base.slice(0, -1)}ies`, past: `${base.slice(0, -1)}ied`, ing: `${base}ing` };
  else regular = { third: /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`, past: `${stem}ed`, ing: `${stem}ing` };
  return { base, ...regular, ...irregular };
}

/** The distinct forms of `verbForms` as a list: base, third person, past, participle. */
export function inflect(declared: string, irregular: IrregularForms = {}): string[] {
  const f = verbForms(declared, irregular);
  return [...new Set([f.base, f.third, f.past, f.ing])];
}
