// Bundles the CLI's `extract` command (dist/adapters/cli/commands/extract.js and every module of dist/ it imports)
// into one module beside it, extract.bundle.js, and its second thread likewise (extract-thread.bundle.js). The evaluation starts `onrecord extract` once per 200 files, and
// resolving and compiling ~100 small ES modules is a tenth of each start; one module loads faster. Packages stay
// external. Optional: without esbuild (an install without devDependencies) the bundle is removed and the CLI loads
// the compiled modules (src/adapters/cli/extract-loader.ts), so a bundle never outlives the code it was made from.
import fs from 'node:fs';
import path from 'node:path';

const COMMANDS = path.join('dist', 'adapters', 'cli', 'commands');
const ENTRIES = ['extract', 'extract-thread'];

/** Writes the bundles; returns false (and leaves none) when esbuild is missing or fails. */
export async function bundleExtract(root) {
  const dir = path.join(root, COMMANDS);
  const removeAll = () => ENTRIES.forEach((name) => fs.rmSync(path.join(dir, `${name}.bundle.js`), { force: true }));
  removeAll();
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: ENTRIES.map((name) => ({ in: path.join(dir, `${name}.js`), out: `${name}.bundle` })),
      outdir: dir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: true,
      logLevel: 'silent',
    });
    return true;
  } catch (e) {
    removeAll();
    process.stderr.write(`onrecord: extract bundle not built (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); the CLI loads the compiled modules\n`);
    return false;
  }
}
