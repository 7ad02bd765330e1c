// Stand-in for the terraform / tofu executables, FOR TESTS ONLY (never bundled into dist/).
// Terraform cannot be installed where these tests run, so this prints output that real
// terraform recorded (see ../fixtures/README.md) for the arguments it is given.
//
// TF_REPLAY=<manifest.json>:
//   { "version": {...`version -json` document...},
//     "commands": [ { "args": ["test"], "cwd": "modules/a", "stdout": "file", "stderr": "file",
//                     "exit": 0, "junit": "file", "chunkBytes": 7, "writes": { "name": "file" } } ] }
// An entry matches when every one of its `args` occurs in the invocation and, if given, the
// process cwd ends with `cwd`; the entry with most args wins. File names are relative to the
// manifest; a relative TF_REPLAY is resolved against GITHUB_WORKSPACE. TF_REPLAY_LOG=<file> receives one JSON line per invocation (cwd, args, cache dir).
import { Buffer } from 'node:buffer';
import { appendFileSync, copyFileSync, readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import process from 'node:process';
import { setImmediate } from 'node:timers';

const [tool, ...args] = process.argv.slice(2);
const manifestPath = process.env.TF_REPLAY;
if (!manifestPath) {
  process.stderr.write(`${tool} (test stand-in): TF_REPLAY is not set\n`);
  process.exit(2);
}
// A relative TF_REPLAY is read from the repository root, like a file a workflow checked out.
const manifestFile = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), manifestPath);
const base = dirname(manifestFile);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const cwd = process.cwd();

if (process.env.TF_REPLAY_LOG) {
  appendFileSync(
    process.env.TF_REPLAY_LOG,
    `${JSON.stringify({ tool, cwd, args, pluginCache: process.env.TF_PLUGIN_CACHE_DIR ?? null, inAutomation: process.env.TF_IN_AUTOMATION ?? null })}\n`,
  );
}

if (args[0] === 'version' || args[0] === '-version' || args[0] === '--version') {
  const v = manifest.version ?? {
    terraform_version: '1.15.9',
    platform: 'linux_amd64',
    provider_selections: {},
    terraform_outdated: false,
  };
  if (args.includes('-json')) process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
  else
    process.stdout.write(
      `${tool === 'tofu' ? 'OpenTofu' : 'Terraform'} v${v.terraform_version}\non ${v.platform}\n`,
    );
  process.exit(0);
}

const normCwd = cwd.split(sep).join('/');
const candidates = (manifest.commands ?? []).filter(
  (c) =>
    c.args.every((a) => args.includes(a)) &&
    (c.cwd === undefined || c.cwd === '.' || normCwd.endsWith(`/${c.cwd}`)),
);
candidates.sort((a, b) => b.args.length + (b.cwd ? 1 : 0) - (a.args.length + (a.cwd ? 1 : 0)));
const entry = candidates[0];
if (!entry) {
  process.stderr.write(
    `${tool} (test stand-in): no recording for \`${args.join(' ')}\` in ${cwd}\n`,
  );
  process.exit(2);
}

const junitArg = args.find((a) => a.startsWith('-junit-xml='));
if (entry.junit && junitArg)
  copyFileSync(resolve(base, entry.junit), resolve(cwd, junitArg.slice('-junit-xml='.length)));

// Files the real tool leaves in the module directory (OpenTofu's errored_test.tfstate).
for (const [name, src] of Object.entries(entry.writes ?? {}))
  copyFileSync(resolve(base, src), resolve(cwd, name));

const write = async (stream, text, chunk) => {
  if (!chunk) {
    stream.write(text);
    return;
  }
  // Small writes split lines and UTF-8 sequences across chunks, as a pipe may.
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += chunk) {
    stream.write(bytes.subarray(i, i + chunk));
    if (i % (chunk * 64) === 0) await new Promise((r) => setImmediate(r));
  }
};
if (entry.stdout)
  await write(process.stdout, readFileSync(resolve(base, entry.stdout), 'utf8'), entry.chunkBytes);
if (entry.stderr)
  await write(process.stderr, readFileSync(resolve(base, entry.stderr), 'utf8'), entry.chunkBytes);
process.exitCode = entry.exit ?? 0;
