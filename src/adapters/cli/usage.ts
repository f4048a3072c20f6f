/** The CLI's help text; the contract it documents is relied on by the evaluation tooling: keep it stable. */
export const USAGE = `onrecord: newsroom quote lookup

usage:
  onrecord ask [--data DIR] [--collection NAME] [--json] [--limit N] [--format text|json|slack|discord] [QUESTION]
      Answer QUESTION, or each line of standard input when no QUESTION is given.
  onrecord ingest [--data DIR] [--collection NAME] [--quiet] PATH|URL...
      Add article files, folders (recursively) and web pages to the index. Re-ingesting updates in place.
  onrecord extract --json FILE...
      Print the quotes found in each file, one JSON object per line (no index involved).
  onrecord correct [--data DIR] [--collection NAME] QUOTE_ID --speaker NAME|--not-a-quote --by WHO [--reason TEXT]
      Correct a quote's speaker (an editor's override, kept through every re-ingest of the article).
  onrecord correct [--data DIR] --undo CORRECTION_ID [--by WHO]
      Undo a correction: the extractor's speaker comes back.
  onrecord corrections [--data DIR] [--collection NAME] [--json]
      The audit log of corrections, newest first: who, when, before, after, why, and undos.
  onrecord help

options:
  --data DIR          index folder (default: data/, built from data/articles on first use)
  --collection NAME   collection to read or write (default: "default")
  --json              one JSON object per answer line: {"question", "answers": [...], "took_ms"}
  --format FORMAT     text (default), json, or the exact Slack (Block Kit) / Discord message payload
  --limit N           answers per question (default 3, at most 50)

exit codes: 0 success (a "no quote found" answer included), 2 bad usage or unreadable input, 1 when the index
fails (in a standard-input batch: when any question failed).
`;
