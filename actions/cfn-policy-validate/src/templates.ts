import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigurationError } from '@devsecops-gates/action-kit';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { TemplateSource } from './run-command.js';

/**
 * Resolves `template-path` entries (files or globs, relative to the workspace) to template
 * texts, in a stable order without duplicates. A literal path that does not exist, or a glob
 * that matches nothing, is an error: a gate must not pass because it looked at nothing.
 */
export async function loadTemplates(
  patterns: readonly string[],
  workspace: string,
): Promise<TemplateSource[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matched = (
        await glob(pattern, { cwd: workspace, onlyFiles: true, absolute: true, dot: false })
      ).sort();
      if (matched.length === 0) {
        throw new ConfigurationError(
          `template-path '${pattern}' matched no files in ${workspace}.`,
          {
            hint: 'Check the glob, or run after the step that synthesizes the templates (e.g. cdk synth).',
          },
        );
      }
      files.push(...matched);
    } else {
      files.push(isAbsolute(pattern) ? pattern : resolve(workspace, pattern));
    }
  }
  const unique = [...new Set(files)];
  return Promise.all(
    unique.map(async (path) => {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        throw new ConfigurationError(`CloudFormation template not found: ${path}`, {
          hint: 'Fix template-path.',
        });
      }
      const rel = relative(workspace, path);
      const file =
        rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
      return { file, text };
    }),
  );
}
