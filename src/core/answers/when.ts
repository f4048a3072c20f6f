/**
 * The one "when" phrase every renderer shows for a quote's said-on date, so the CLI, Slack and Discord say the
 * same thing: the article's words, with the resolved date beside them only when it adds the year; a yearless
 * day says so rather than showing the `--MM-DD` form ("September 20 (year unknown)").
 */
export function whenPhrase(saidOn: { text?: string; date?: string } | undefined): string | undefined {
  const text = saidOn?.text?.trim() || undefined;
  const date = saidOn?.date?.trim() || undefined;
  if (date && /^--\d{2}-\d{2}$/.test(date)) return `${text ?? date.slice(2)} (year unknown)`;
  if (date) return text && !text.includes(date.slice(0, 4)) ? `${text} (${date})` : (text ?? date);
  return text;
}
