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
