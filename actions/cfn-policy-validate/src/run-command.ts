import {
  accessInputs,
  checkAccessNotGranted,
  checkNoNewAccess,
  checkNoPublicAccess,
  parseAndExtract,
  parseBlockingTypes,
  parseReferencePolicyType,
  validatePolicies,
  type AnalyzerContext,
  type CommandResult,
  type ExternalLookups,
  type ExtractionResult,
  type ExtractOptions,
  type Finding,
  type NotCheckedItem,
  type ParseOutput,
} from '@devsecops-gates/cfn-policies';

export const COMMANDS = [
  'parse',
  'validate',
  'check-no-new-access',
  'check-access-not-granted',
  'check-no-public-access',
] as const;
export type CfnCommand = (typeof COMMANDS)[number];

export interface TemplateSource {
  /** Path as shown to the user (relative to the workspace), used in locations. */
  file: string;
  text: string;
}

export interface CommandOptions {
  excludeResourceTypes?: string[];
  allowDynamicRefWithoutVersion?: boolean;
  /** Reproduce the reference's extraction exactly (see DECISIONS.md). */
  referenceParity?: boolean;
  ignoreFinding?: string[];
  treatFindingTypeAsBlocking?: string[];
  allowExternalPrincipals?: string[];
  treatFindingsAsNonBlocking?: boolean;
  /** check-no-new-access: the reference policy text, sent verbatim. */
  referencePolicy?: string;
  referencePolicyType?: string;
  actions?: string[];
  resources?: string[];
}

export interface CommandRequest {
  command: CfnCommand;
  templates: TemplateSource[];
  parameters: Record<string, string | string[]>;
  accountId: string;
  region: string;
  partition: string;
  options: CommandOptions;
  lookups: ExternalLookups;
  /** Needed by every command except `parse`. */
  analyzer?: Omit<AnalyzerContext, 'accountId' | 'region' | 'partition'>;
}

export interface CommandOutcome {
  command: CfnCommand;
  extractions: ExtractionResult[];
  /** Undefined for `parse`. */
  result?: CommandResult;
  notChecked: NotCheckedItem[];
  /** Resources left out on purpose (their `Condition` is false), shown so nothing vanishes silently. */
  skipped: NotCheckedItem[];
}

/** Option errors the reference reports before any Access Analyzer call. */
function checkOptions(request: CommandRequest): void {
  const o = request.options;
  if (request.command === 'validate') parseBlockingTypes(o.treatFindingTypeAsBlocking);
  if (request.command === 'check-access-not-granted') accessInputs(o.actions, o.resources);
  if (request.command === 'check-no-new-access')
    parseReferencePolicyType(o.referencePolicyType ?? '');
}

/**
 * Extracts every template, then runs one command over all their policies together (so a
 * document shared by several templates is sent once). Throws TemplateError / InvalidOptionError
 * / AnalysisError where the reference exits 1.
 */
export async function runCommand(request: CommandRequest): Promise<CommandOutcome> {
  const { options: o } = request;
  const extractOptions: ExtractOptions = {
    ...(o.excludeResourceTypes ? { excludeResourceTypes: o.excludeResourceTypes } : {}),
    ...(o.allowDynamicRefWithoutVersion ? { allowDynamicRefWithoutVersion: true } : {}),
    ...(o.referenceParity ? { referenceParity: true } : {}),
  };
  const extractions: ExtractionResult[] = [];
  for (const template of request.templates) {
    extractions.push(
      await parseAndExtract({
        text: template.text,
        file: template.file,
        parameters: request.parameters,
        accountId: request.accountId,
        region: request.region,
        partition: request.partition,
        options: extractOptions,
        lookups: request.lookups,
      }),
    );
  }
  const notChecked: NotCheckedItem[] = extractions.flatMap((e) => e.notChecked);
  const skipped: NotCheckedItem[] = extractions.flatMap((e) => e.skipped);
  if (request.command === 'parse') return { command: 'parse', extractions, notChecked, skipped };

  checkOptions(request);
  if (!request.analyzer) throw new Error(`${request.command} needs an Access Analyzer client`);
  const ctx: AnalyzerContext = {
    ...request.analyzer,
    accountId: request.accountId,
    region: request.region,
    partition: request.partition,
  };
  const policies = extractions.flatMap((e) => e.policies);
  const reporting = {
    ...(o.ignoreFinding ? { ignoreFinding: o.ignoreFinding } : {}),
    notChecked,
  };
  let result: CommandResult;
  switch (request.command) {
    case 'validate':
      result = await validatePolicies(policies, ctx, {
        ...reporting,
        ...(o.treatFindingTypeAsBlocking
          ? { treatFindingTypeAsBlocking: o.treatFindingTypeAsBlocking }
          : {}),
        ...(o.allowExternalPrincipals
          ? { allowExternalPrincipals: o.allowExternalPrincipals }
          : {}),
      });
      break;
    case 'check-no-new-access':
      result = await checkNoNewAccess(policies, ctx, {
        ...reporting,
        referencePolicy: o.referencePolicy ?? '',
        referencePolicyType: o.referencePolicyType ?? '',
        ...(o.treatFindingsAsNonBlocking ? { treatFindingsAsNonBlocking: true } : {}),
      });
      break;
    case 'check-access-not-granted':
      result = await checkAccessNotGranted(policies, ctx, {
        ...reporting,
        ...(o.actions ? { actions: o.actions } : {}),
        ...(o.resources ? { resources: o.resources } : {}),
        ...(o.treatFindingsAsNonBlocking ? { treatFindingsAsNonBlocking: true } : {}),
      });
      break;
    case 'check-no-public-access':
      result = await checkNoPublicAccess(policies, ctx, {
        ...reporting,
        ...(o.treatFindingsAsNonBlocking ? { treatFindingsAsNonBlocking: true } : {}),
      });
      break;
  }
  return { command: request.command, extractions, result, notChecked: result.notChecked, skipped };
}

/** The reference CLI's stdout JSON: the parse output, or the report. */
export function referenceJson(
  outcome: CommandOutcome,
  options: { locations?: boolean } = {},
): unknown {
  if (outcome.command === 'parse') {
    const outputs: ParseOutput[] = outcome.extractions.map((e) => e.parseOutput);
    return outputs.length === 1 ? outputs[0] : outputs;
  }
  const strip = (f: Finding): Finding => {
    if (options.locations) return f;
    const { location: _location, ...rest } = f;
    return rest;
  };
  const report = outcome.result!.report;
  return {
    BlockingFindings: report.BlockingFindings.map(strip),
    NonBlockingFindings: report.NonBlockingFindings.map(strip),
  };
}
