// Runs the jobs of .github/workflows/e2e.yml locally, so `pnpm test` proves what the e2e
// workflow asserts before it ever reaches GitHub: `uses: ./actions/<name>` steps go through the
// runner-level harness (the committed bundle, INPUT_* from `with:`), `run:` steps through
// bash, sharing one workspace per job. Only what e2e.yml needs is supported: `steps.<id>.outputs.<n>`
// and `steps.<id>.outcome` expressions, `continue-on-error`, and skipping third-party setup
// actions (their tools, e.g. terraform, must already be on PATH). Jobs gated on `vars.*` are
// reported as skipped: they need cloud credentials.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  annotationsOf,
  parseWorkflowCommands,
  runBundledAction,
} from '../../test/fakes/src/harness/index.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}

interface Job {
  if?: string;
  steps?: Step[];
}

export interface SimulatedStep {
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  detail: string;
}

export interface SimulatedJob {
  job: string;
  /** Why the whole job was not run, when it was not. */
  skipped?: string;
  steps: SimulatedStep[];
  /** `success` unless a step failed without continue-on-error. */
  conclusion: 'success' | 'failure' | 'skipped';
}

interface StepResult {
  outcome: 'success' | 'failure';
  outputs: Record<string, string>;
}

/** Substitutes the `${{ }}` expressions e2e.yml uses; anything else is an error naming it. */
export function substitute(
  text: string,
  results: ReadonlyMap<string, StepResult>,
  where: string,
): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_m, expression: string) => {
    const outcome = /^steps\.([\w-]+)\.outcome$/.exec(expression);
    if (outcome) return results.get(outcome[1]!)?.outcome ?? '';
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return results.get(output[1]!)?.outputs[output[2]!] ?? '';
    throw new Error(`${where}: the e2e simulation cannot evaluate \${{ ${expression} }}`);
  });
}

function asText(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';
}

export async function simulateWorkflow(
  root: string,
  workflowText: string,
  options: { copy: string[]; only?: string[] },
): Promise<SimulatedJob[]> {
  const workflow = parse(workflowText) as { jobs?: Record<string, Job> };
  const out: SimulatedJob[] = [];
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    if (options.only && !options.only.includes(jobName)) continue;
    if (job.if !== undefined) {
      out.push({
        job: jobName,
        skipped: `gated on \`${job.if}\``,
        steps: [],
        conclusion: 'skipped',
      });
      continue;
    }
    const workspace = mkdtempSync(join(tmpdir(), `e2e-${jobName}-`));
    const results = new Map<string, StepResult>();
    const steps: SimulatedStep[] = [];
    let failed = false;
    try {
      for (const path of options.copy)
        cpSync(join(root, path), join(workspace, path), { recursive: true });
      for (const [index, step] of (job.steps ?? []).entries()) {
        const name = step.name ?? step.id ?? step.uses ?? `step ${index + 1}`;
        const where = `${jobName} / ${name}`;
        if (failed) {
          steps.push({ name, outcome: 'skipped', detail: 'an earlier step failed' });
          continue;
        }
        let result: StepResult;
        let detail: string;
        const local = step.uses ? /^\.\/actions\/([^/@]+)\/?$/.exec(step.uses) : null;
        if (step.uses && !local) {
          steps.push({
            name,
            outcome: 'skipped',
            detail: `third-party ${step.uses.split('@')[0]} (its tools must be on PATH)`,
          });
          continue;
        } else if (local) {
          const inputs = Object.fromEntries(
            Object.entries(step.with ?? {}).map(([k, v]) => [
              k,
              substitute(asText(v), results, where),
            ]),
          );
          const r = await runBundledAction(local[1]!, {
            cwd: workspace,
            inputs,
            env: { PATH: process.env.PATH },
            timeoutMs: 120_000,
          });
          result = { outcome: r.exitCode === 0 ? 'success' : 'failure', outputs: r.outputs };
          detail = r.annotations
            .filter((a) => a.level === 'error')
            .map((a) => a.message.split('\n')[0])
            .join(' | ');
        } else {
          const env: Record<string, string> = {
            PATH: process.env.PATH ?? '/usr/bin:/bin',
            HOME: workspace,
          };
          for (const [k, v] of Object.entries(step.env ?? {}))
            env[k] = substitute(asText(v), results, where);
          // The runner's default shell on Linux: `bash -e {0}`.
          const r = spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', step.run ?? ''], {
            cwd: workspace,
            env,
            encoding: 'utf8',
          });
          result = { outcome: r.status === 0 ? 'success' : 'failure', outputs: {} };
          const errors = annotationsOf(parseWorkflowCommands(r.stdout ?? '')).filter(
            (a) => a.level === 'error',
          );
          detail =
            errors.map((a) => a.message).join(' | ') || (r.stderr ?? '').trim().slice(0, 500);
        }
        if (step.id) results.set(step.id, result);
        steps.push({ name, outcome: result.outcome, detail });
        if (result.outcome === 'failure' && step['continue-on-error'] !== true) failed = true;
      }
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
    out.push({ job: jobName, steps, conclusion: failed ? 'failure' : 'success' });
  }
  return out;
}
