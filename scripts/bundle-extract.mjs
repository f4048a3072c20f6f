// Bundles the CLI's `extract` command (dist/adapters/cli/commands/extract.js and every module of dist/ it imports)
// into one CommonJS script beside it, extract.bundle.cjs, and its second thread likewise (extract-thread.bundle.cjs).
// The evaluation starts `onrecord extract` once per 200 files, and resolving and compiling ~100 small ES modules is a
// tenth of each start; one script loads faster, and a classic script (not a module) can be compiled through
// `vm.Script` with V8's code cache (src/adapters/cli/cached-bundle.ts), which Node 20 offers for nothing else.
// Packages stay external, except those only an `import` can load (ES-module-only packages such as stemmer), which
// a CommonJS script cannot require on Node 20. Optional: without esbuild (an install without devDependencies) the
// bundles are removed and the CLI loads the compiled modules (src/adapters/cli/extract-loader.ts), so a bundle never
// outlives the code it was made from; each bundle's code cache goes with it. The code-cache runner is bundled as
// CommonJS too (cached-bundle.bundle.cjs) for the second thread, which then starts without Node's ES-module loader.
import fs from 'node:fs';
import path from 'node:path';

const COMMANDS = path.join('dist', 'adapters', 'cli', 'commands');
/** Entry points (their compiled modules in COMMANDS, or elsewhere in dist/) and the bundles' names. */
const ENTRIES = [
  { name: 'extract', in: path.join(COMMANDS, 'extract.js') },
  { name: 'extract-thread', in: path.join(COMMANDS, 'extract-thread.js') },
  { name: 'cached-bundle', in: path.join('dist', 'adapters', 'cli', 'cached-bundle.js') },
];
/** What the build leaves per entry: the bundle, its source map, the code cache made on first use, and older names. */
const OUTPUTS = ['.bundle.cjs', '.bundle.cjs.map', '.bundle.cjs.v8cache', '.bundle.js', '.bundle.js.map'];

/** Writes the bundles; returns false (and leaves none) when esbuild is missing or fails. */
export async function bundleExtract(root) {
  const dir = path.join(root, COMMANDS);
  const removeAll = () => ENTRIES.forEach(({ name }) => OUTPUTS.forEach((ext) => fs.rmSync(path.join(dir, name + ext), { force: true })));
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
      entryPoints: ENTRIES.map((entry) => ({ in: path.join(root, entry.in), out: `${entry.name}.bundle` })),
      outdir: dir,
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      // Not 'node20': esbuild then rewrites every \p{...} regex literal as `new RegExp(...)`, built again on each call
      // (several times slower in the tokenizer's hot paths); ES2022 is what Node 20 runs natively.
      target: 'es2022',
      plugins: [externalUnlessModuleOnly(root)],
      // The modules find their neighbours (the thread's script, packages) from import.meta.url: the bundle's own.
      define: { 'import.meta.url': '__bundleUrl' },
      banner: { js: '"use strict";\nvar __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
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

/** Packages stay outside the bundle (required at run time) unless `require` cannot load them: those are bundled. */
function externalUnlessModuleOnly(root) {
  return {
    name: 'external-unless-module-only',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:')) return { external: true };
        return moduleOnly(root, args.path) ? undefined : { external: true };
      });
    },
  };
}

/** True for a package that declares itself an ES module and offers no `require` entry. */
function moduleOnly(root, specifier) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  let pkg;
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
  } catch {
    return false; // a built-in module or a package not installed here: leave it to run time
  }
  return pkg.type === 'module' && !JSON.stringify(pkg.exports ?? {}).includes('"require"');
}
