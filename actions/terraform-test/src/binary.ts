import { accessSync, constants, statSync } from 'node:fs';
import { basename, delimiter, isAbsolute, join } from 'node:path';
import { ConfigurationError } from '@devsecops-gates/action-kit';
import type { CommandRunner } from './command-runner.js';
import type { TestTool } from './model.js';

export interface ResolvedBinary {
  /** What to spawn: an absolute path when found on PATH. */
  path: string;
  tool: TestTool;
}

/** Returns the path of an executable, or undefined. Injected in tests. */
export type ExecutableLookup = (name: string, env: NodeJS.ProcessEnv) => string | undefined;

export const findOnPath: ExecutableLookup = (name, env) => {
  const exts =
    process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  const candidates =
    isAbsolute(name) || name.includes('/') || name.includes('\\')
      ? [name]
      : (env.PATH ?? env.Path ?? '')
          .split(delimiter)
          .filter(Boolean)
          .map((d) => join(d, name));
  for (const base of candidates) {
    for (const ext of exts) {
      const file = base + ext;
      try {
        if (!statSync(file).isFile()) continue;
        if (process.platform !== 'win32') accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not there or not executable: try the next one
      }
    }
  }
  return undefined;
};

const SETUP_HINT =
  'Install one first, e.g. with `uses: hashicorp/setup-terraform@<sha>` (with terraform_wrapper: false) or `uses: opentofu/setup-opentofu@<sha>` (with tofu_wrapper: false), or set the `binary` input to its path.';

/**
 * `binary` input: `terraform`, `tofu` or a path. Without it, terraform wins over tofu when both
 * are on PATH, as most workflows that install tofu do not also install terraform.
 */
export function resolveBinary(
  input: string | undefined,
  env: NodeJS.ProcessEnv,
  lookup: ExecutableLookup = findOnPath,
): ResolvedBinary {
  if (input !== undefined) {
    const path = lookup(input, env);
    if (!path) {
      throw new ConfigurationError(
        `Input 'binary' is '${input}', but no such executable was found${input.includes('/') ? '' : ' on PATH'}.`,
        {
          hint: SETUP_HINT,
        },
      );
    }
    return { path, tool: toolOf(input) };
  }
  for (const name of ['terraform', 'tofu'] as const) {
    const path = lookup(name, env);
    if (path) return { path, tool: name };
  }
  throw new ConfigurationError('Neither terraform nor tofu was found on PATH.', {
    hint: SETUP_HINT,
  });
}

function toolOf(name: string): TestTool {
  return /tofu/i.test(basename(name)) ? 'tofu' : 'terraform';
}

export interface BinaryVersion {
  tool: TestTool;
  version: string | undefined;
}

/** `terraform version -json` (1.x) / `tofu version -json`; text as a fallback. */
export async function detectVersion(
  runner: CommandRunner,
  bin: ResolvedBinary,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<BinaryVersion> {
  const result = await runner.run(bin.path, ['version', '-json'], { cwd, env });
  let version: string | undefined;
  let tool = bin.tool;
  try {
    const doc = JSON.parse(result.stdout) as Record<string, unknown>;
    const v = doc.tofu_version ?? doc.terraform_version;
    if (typeof v === 'string') version = v;
    if (typeof doc.tofu_version === 'string') tool = 'tofu';
  } catch {
    const m = /(Terraform|OpenTofu) v?(\d+\.\d+\.\d+[^\s]*)/.exec(
      `${result.stdout}\n${result.stderr}`,
    );
    if (m) {
      version = m[2];
      tool = m[1] === 'OpenTofu' ? 'tofu' : 'terraform';
    }
  }
  return { tool, version };
}

/** What this binary supports, from the timeline in the upstream changelogs. */
export interface Capabilities {
  /** `test -junit-xml=path`: GA in terraform 1.11 (alpha-only before); OpenTofu has none. */
  junitXml: boolean;
  /** `test -parallelism=n`: terraform 1.12+; OpenTofu has none. */
  parallelism: boolean;
}

export function capabilities(v: BinaryVersion): Capabilities {
  if (v.tool === 'tofu' || v.version === undefined) return { junitXml: false, parallelism: false };
  return { junitXml: atLeast(v.version, 1, 11), parallelism: atLeast(v.version, 1, 12) };
}

/** True when `version` ≥ major.minor; pre-releases of that minor count (1.11.0-alpha has the flag). */
export function atLeast(version: string, major: number, minor: number): boolean {
  const m = /^v?(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const [maj, min] = [Number(m[1]), Number(m[2])];
  return maj > major || (maj === major && min >= minor);
}
