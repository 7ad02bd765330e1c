import { ConfigurationError } from '@devsecops-gates/action-kit';

/**
 * `--parameters K=V ...`: each item is split on its FIRST `=` only (so `A=1,B=2` gives A =
 * `1,B=2`, as in the reference). Unlike the reference, an item without `=` is a clear error.
 */
export function parseParameterItems(
  items: readonly string[],
  source = '--parameters',
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) {
      throw new ConfigurationError(`${source}: '${item}' is not KEY=VALUE.`, {
        hint: 'Write each parameter as Name=Value, e.g. Environment=prod.',
      });
    }
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/**
 * A template-configuration file in any of the three shapes the reference accepts (decided by the
 * first element / top-level shape): CodePipeline `{"Parameters": {...}}`, CloudFormation CLI
 * `[{"ParameterKey","ParameterValue"}]`, or `["K=V", ...]`.
 */
export function parseTemplateConfiguration(text: string, file: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigurationError(
      `Template configuration file ${file} is not valid JSON: ${(error as Error).message}.`,
    );
  }
  const fail = (what: string): never => {
    throw new ConfigurationError(`Template configuration file ${file}: ${what}`, {
      hint: 'Use {"Parameters": {"Name": "Value"}}, [{"ParameterKey": "Name", "ParameterValue": "Value"}] or ["Name=Value"].',
    });
  };
  if (Array.isArray(data)) {
    if (data.length === 0) return {};
    if (typeof data[0] === 'string') {
      return parseParameterItems(
        data.map((item, i) =>
          typeof item === 'string' ? item : fail(`item ${i} must be a "Name=Value" string.`),
        ),
        `Template configuration file ${file}`,
      );
    }
    const out: Record<string, string> = {};
    data.forEach((item, i) => {
      const entry = item as { ParameterKey?: unknown; ParameterValue?: unknown } | null;
      if (
        !entry ||
        typeof entry !== 'object' ||
        typeof entry.ParameterKey !== 'string' ||
        entry.ParameterValue === undefined
      ) {
        fail(`item ${i} must be an object with ParameterKey and ParameterValue.`);
      }
      out[entry!.ParameterKey as string] = String(entry!.ParameterValue);
    });
    return out;
  }
  if (data && typeof data === 'object') {
    const parameters = (data as { Parameters?: unknown }).Parameters;
    if (parameters === undefined) return {};
    if (!parameters || typeof parameters !== 'object' || Array.isArray(parameters))
      fail('"Parameters" must be an object.');
    return Object.fromEntries(
      Object.entries(parameters as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
    );
  }
  return fail('expected an object or a list.');
}
