import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LeftoverResource } from './model.js';
import type { ModuleOutcome } from './module-outcome.js';
import { junitDocument, junitForModule, terraformJunitSuites } from './junit.js';
import { testSarif } from './sarif.js';

/**
 * The JUnit report: terraform's own file for modules where it wrote one (≥ 1.11), our
 * equivalent for the rest, merged into one <testsuites>.
 */
export function buildJunit(modules: readonly ModuleOutcome[]): {
  xml: string;
  fromTerraform: number;
} {
  const several = modules.length > 1;
  const suites: string[] = [];
  let fromTerraform = 0;
  for (const m of modules) {
    // terraform's file says nothing about a failed destroy; ours does, so ours wins then.
    const cleanupFailed =
      m.test?.stream.files.some(
        (f) => f.teardownDiagnostics.length > 0 || f.leftovers.length > 0,
      ) ?? false;
    const own =
      m.test?.junitFile && !cleanupFailed
        ? terraformJunitSuites(readFileSync(m.test.junitFile, 'utf8'), several ? m.dir : undefined)
        : undefined;
    if (own !== undefined) {
      fromTerraform++;
      suites.push(...own);
    } else {
      suites.push(...junitForModule(m, { prefixModule: several }));
    }
  }
  // A single module whose file terraform wrote is passed through byte for byte.
  if (modules.length === 1 && fromTerraform === 1)
    return { xml: readFileSync(modules[0]!.test!.junitFile!, 'utf8'), fromTerraform };
  return { xml: junitDocument(suites), fromTerraform };
}

export function writeText(workspace: string, path: string, text: string): string {
  const abs = resolve(workspace, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  return abs;
}

export function writeSarif(
  workspace: string,
  path: string,
  modules: readonly ModuleOutcome[],
): string {
  const tool = modules[0]?.tool ?? 'terraform';
  return writeText(
    workspace,
    path,
    `${JSON.stringify(testSarif(modules, modules[0]?.version, tool), null, 2)}\n`,
  );
}

/** The leftover list as JSON, for a cleanup step or a human with the AWS console open. */
export function writeLeftovers(
  workDir: string,
  modules: readonly ModuleOutcome[],
): string | undefined {
  const items: (LeftoverResource & { module: string })[] = modules.flatMap((m) =>
    m.leftovers.map((r) => ({ module: m.dir, ...r })),
  );
  if (items.length === 0) return undefined;
  const path = join(workDir, 'leftover-resources.json');
  mkdirSync(workDir, { recursive: true });
  writeFileSync(
    path,
    `${JSON.stringify(
      {
        note: 'Resources created by terraform test that were not destroyed. Delete them manually.',
        resources: items.map((r) => ({
          module: r.module,
          file: r.file,
          run: r.run ?? null,
          address: r.address,
          id: r.id ?? null,
          deposed_key: r.deposedKey ?? null,
          reason: r.reason,
        })),
      },
      null,
      2,
    )}\n`,
  );
  return path;
}
