// What a wider speaker profile costs the store: for each TOP, the bytes of the `profiles` column (the compact view
// the registry loads: top roles and organisations with role stats) rebuilt from every speaker's full `tallies`, and
// how many speakers hold more roles than TOP. A developer tool over an ingested SQLite index.
// usage: node scripts/profile-top-cost.mjs DATA_DIR/onrecord.db [TOP...]   (TOP: numbers or "all"; default 8 12 16 24 all)
import Database from 'better-sqlite3';

const [db, ...tops] = process.argv.slice(2);
const sizes = (tops.length ? tops : ['8', '12', '16', '24', 'all']).map((t) => (t === 'all' ? Infinity : Number(t)));
const rows = new Database(db, { readonly: true }).prepare('SELECT id, tallies FROM speakers').all();
const top = (tally, n) => Object.entries(tally).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n).map(([v]) => v);
/** The profiles column as speaker-tallies.ts `speakerColumns` writes it, with TOP = n. */
function profiles(tallies, n) {
  const out = {};
  for (const c of Object.keys(tallies).sort()) {
    const t = tallies[c];
    if (t.quotes <= 0) continue;
    const p = { name: t.name, quotes: t.quotes, roles: top(t.roles, n), organisations: top(t.orgs, n) };
    if (p.roles.length > 0) p.roleStats = Object.fromEntries(p.roles.map((r) => { const s = { n: t.roles[r] ?? 0 }; const d = t.roleDates?.[r]; if (d) [s.first, s.last] = d; return [r, s]; }));
    if (t.lastSaid) p.lastSaid = t.lastSaid;
    out[c] = p;
  }
  return out;
}
const parsed = rows.map((r) => JSON.parse(r.tallies ?? '{}'));
const roleCounts = parsed.map((t) => Object.values(t).reduce((n, c) => n + Object.keys(c.roles ?? {}).length, 0)).sort((a, b) => a - b);
const q = (p) => roleCounts[Math.min(roleCounts.length - 1, Math.floor(p * roleCounts.length))];
console.log(`speakers ${rows.length}; distinct roles per speaker: p50 ${q(0.5)}, p90 ${q(0.9)}, p99 ${q(0.99)}, max ${roleCounts.at(-1)}, total ${roleCounts.reduce((a, b) => a + b, 0)}`);
for (const n of sizes) {
  let bytes = 0;
  let over = 0;
  let roles = 0;
  for (const t of parsed) {
    bytes += Buffer.byteLength(JSON.stringify(profiles(t, n)));
    const held = Object.values(t).reduce((k, c) => k + Object.keys(c.roles ?? {}).length, 0);
    if (held > n) over++;
    roles += Object.values(t).reduce((k, c) => k + Math.min(n, Object.keys(c.roles ?? {}).length), 0);
  }
  console.log(`TOP ${n === Infinity ? 'all' : n}: profiles ${bytes} bytes (${(bytes / rows.length).toFixed(1)} per speaker), roles kept ${roles}, speakers cut ${over}`);
}
