import { TemplateError } from '../template/errors.js';
import { loadTemplate, type CfnResource, type LoadedTemplate } from '../template/load-template.js';
import { joinPath } from '../template/positions.js';
import {
  Evaluator,
  isPlainObject,
  validateGetAttShape,
  type EvaluationBehaviour,
} from './evaluator.js';
import { LookupNotFoundError } from './lookups.js';
import {
  fileSystemNestedTemplates,
  isRemoteTemplateLocation,
  nestedParameterValues,
} from './nested-stacks.js';
import { pyRepr } from './py-repr.js';
import type {
  ExtractInput,
  ExtractionResult,
  ExtractedPolicy,
  NotChecked,
  ParseOutput,
  ParseOutputPolicy,
  PrincipalType,
  SkippedResource,
} from './types.js';

interface PolicyRecord {
  name: string;
  document: unknown;
  path: string;
  isAwsManaged: boolean;
  logicalId: string;
  /** Template path used when the document has no origin of its own. */
  docPath: string;
}

interface Principal {
  kind: PrincipalType;
  logicalId: string;
  name: string;
  path: string;
  trust?: PolicyRecord;
  policies: PolicyRecord[];
}

interface ResourceRecord {
  name: string;
  type: string;
  policy: PolicyRecord;
  configuration?: Record<string, unknown>;
  logicalId: string;
}

interface PolicyTargets {
  record: PolicyRecord;
  roles: string[];
  users: string[];
  groups: string[];
}

const ROLE_NAME_PATTERN = /^[\w+=,.@-]+$/;

/** Nested stacks within nested stacks are followed this deep. */
const MAX_NESTING = 10;

interface ResolvedOptions {
  behaviour: EvaluationBehaviour;
  skipFalseConditions: boolean;
  extraTypes: boolean;
  followNestedStacks: boolean;
  exclude: Set<string>;
}

function resolveOptions(input: ExtractInput): ResolvedOptions {
  const o = input.options ?? {};
  const better = !(o.referenceParity ?? false);
  const defaults = o.useParameterDefaults ?? better;
  return {
    behaviour: {
      allowDynamicRefWithoutVersion: o.allowDynamicRefWithoutVersion ?? false,
      useParameterDefaults: defaults,
      honourParameterTypes: defaults,
      unescapeSubLiterals: better,
      subDottedAttributes: better,
      cfnEquals: better,
      findInMapDefault: better,
      notificationArnsEmpty: better,
      strictFunctions: better,
      referenceArnTable: !better,
      documentedArns: o.documentedArns ?? false,
      networkFunctions: better,
    },
    skipFalseConditions: o.skipResourcesWithFalseCondition ?? better,
    extraTypes: o.extractExtraTypes ?? better,
    followNestedStacks: (o.followNestedStacks ?? better) && (o.extractExtraTypes ?? better),
    exclude: new Set((o.excludeResourceTypes ?? []).map((t) => t.trim()).filter((t) => t !== '')),
  };
}

/**
 * Parses a CloudFormation template and extracts every identity, trust and resource policy, with
 * intrinsic functions resolved, in both the reference `parse` JSON shape and a flat list carrying
 * source locations. Everything that is not extracted but bears a policy is listed in `notChecked`.
 * Throws TemplateError only.
 */
export async function parseAndExtract(input: ExtractInput): Promise<ExtractionResult> {
  const loaded = loadTemplate({
    text: input.text,
    file: input.file,
    ...(input.format ? { format: input.format } : {}),
  });
  return extractFromTemplate(loaded, input);
}

export async function extractFromTemplate(
  loaded: LoadedTemplate,
  input: ExtractInput,
): Promise<ExtractionResult> {
  const options = resolveOptions(input);
  // The extractor owns nested-stack templates; the evaluator asks it for their Outputs.
  const owner: { extractor?: Extractor } = {};
  const evaluator = new Evaluator({
    template: loaded.template,
    positions: loaded.positions,
    account: { accountId: input.accountId, region: input.region, partition: input.partition },
    parameterValues: input.parameters ?? {},
    lookups: input.lookups,
    behaviour: options.behaviour,
    ...(input.options?.availabilityZones
      ? { availabilityZones: input.options.availabilityZones }
      : {}),
    ...(options.followNestedStacks
      ? {
          nestedStackOutput: (id: string, output: string, path: string) =>
            owner.extractor
              ? owner.extractor.nestedStackOutput(id, output, path)
              : Promise.resolve(undefined),
        }
      : {}),
  });
  owner.extractor = new Extractor(loaded, evaluator, options, input);
  return owner.extractor.run();
}

class Extractor {
  private readonly principals: Principal[] = [];
  private readonly resources: ResourceRecord[] = [];
  private readonly managedPolicies: { arn: string; targets: PolicyTargets }[] = [];
  private readonly policyAttachments: PolicyTargets[] = [];
  private readonly pendingManagedArns: { principal: Principal; arns: unknown[]; path: string }[] =
    [];
  private readonly bucketAcls: { bucket: string; accessControl: unknown; logicalId: string }[] = [];
  private readonly lambdaPermissions = new Map<
    string,
    { statements: Record<string, unknown>[]; logicalId: string }
  >();
  private readonly layerPermissions = new Map<
    string,
    { statements: Record<string, unknown>[]; logicalId: string }
  >();
  private readonly statementOrigins = new WeakMap<object, string>();
  private readonly notChecked: NotChecked[] = [];
  private readonly skipped: SkippedResource[] = [];
  /** Policies and parse output of followed nested stacks, appended after this template's own. */
  private readonly nestedPolicies: ExtractedPolicy[] = [];
  private readonly nestedOutputs: ParseOutput[] = [];

  constructor(
    private readonly loaded: LoadedTemplate,
    private readonly ev: Evaluator,
    private readonly options: ResolvedOptions,
    private readonly input: ExtractInput,
  ) {}

  async run(): Promise<ExtractionResult> {
    const resources = this.loaded.template.Resources;
    this.precheckShapes(resources);
    for (const [logicalId, resource] of Object.entries(resources)) {
      if (this.options.exclude.has(resource.Type)) continue;
      if (this.options.skipFalseConditions && typeof resource.Condition === 'string') {
        const created = await this.ev.condition(
          resource.Condition,
          joinPath(this.resPath(logicalId), 'Condition'),
        );
        if (!created) {
          this.skipped.push({
            resource: logicalId,
            type: resource.Type,
            reason: `Condition ${resource.Condition} is false for the given parameters, so the resource is not created`,
            location: this.loaded.positions.locate(this.resPath(logicalId)),
          });
          continue;
        }
      }
      try {
        await this.parseResource(logicalId, resource);
      } catch (error) {
        if (error instanceof TemplateError) throw error.locate(undefined, logicalId);
        throw error;
      }
    }
    await this.resolveManagedPolicyArns();
    this.attachPolicies();
    this.mergeBucketAcls();
    this.flushGroupedPermissions();
    return this.output();
  }

  // ------------------------------------------------------------------ helpers

  private resPath(logicalId: string): string {
    return joinPath('Resources', logicalId);
  }

  private propPath(logicalId: string, prop: string): string {
    return joinPath(joinPath(this.resPath(logicalId), 'Properties'), prop);
  }

  private async prop(logicalId: string, name: string): Promise<unknown> {
    return this.ev.property(logicalId, name);
  }

  private fail(
    kind: 'schema' | 'invalid_value' | 'unsupported_type' | 'lookup_failed',
    message: string,
    path: string,
  ): never {
    return this.ev.fail(kind, message, path);
  }

  private async str(
    logicalId: string,
    name: string,
    required = false,
  ): Promise<string | undefined> {
    const v = await this.prop(logicalId, name);
    if (v === undefined) {
      if (required) this.required(logicalId, name);
      return undefined;
    }
    if (typeof v !== 'string') {
      this.fail(
        'schema',
        `${pyRepr(v)} is not of type 'string', Path: ${this.propPath(logicalId, name)}`,
        this.propPath(logicalId, name),
      );
    }
    return v;
  }

  private required(logicalId: string, name: string): never {
    const at = joinPath(this.resPath(logicalId), 'Properties');
    return this.fail('schema', `'${name}' is a required property, Path: ${at}`, at);
  }

  private async strList(logicalId: string, name: string, minItems = 0): Promise<string[]> {
    const v = await this.prop(logicalId, name);
    const path = this.propPath(logicalId, name);
    if (v === undefined) return [];
    if (!Array.isArray(v))
      return this.fail('schema', `${pyRepr(v)} is not of type 'array', Path: ${path}`, path);
    if (v.length < minItems)
      return this.fail('schema', `${pyRepr(v)} is too short, Path: ${path}`, path);
    v.forEach((item, i) => {
      if (typeof item !== 'string')
        this.fail(
          'schema',
          `${pyRepr(item)} is not of type 'string', Path: ${path}.${i}`,
          joinPath(path, i),
        );
    });
    return v as string[];
  }

  /** A policy document: must be an object (ours: a JSON string is parsed, as CloudFormation allows). */
  private async document(logicalId: string, name: string, required: boolean): Promise<unknown> {
    const path = this.propPath(logicalId, name);
    const v = await this.prop(logicalId, name);
    if (v === undefined) {
      if (required) this.required(logicalId, name);
      return undefined;
    }
    return this.checkDocument(v, path);
  }

  private checkDocument(v: unknown, path: string): unknown {
    if (typeof v === 'string' && this.options.extraTypes) {
      try {
        const parsed: unknown = JSON.parse(v);
        if (isPlainObject(parsed)) return parsed;
      } catch {
        return this.fail(
          'invalid_value',
          `Invalid policy document: the string is not valid JSON, Path: ${path}`,
          path,
        );
      }
    }
    if (!isPlainObject(v))
      return this.fail('schema', `${pyRepr(v)} is not of type 'object', Path: ${path}`, path);
    return v;
  }

  private record(
    name: string,
    document: unknown,
    logicalId: string,
    docPath: string,
    path = '/',
    isAwsManaged = false,
  ): PolicyRecord {
    return { name, document, path, isAwsManaged, logicalId, docPath };
  }

  private addResource(
    logicalId: string,
    name: string,
    type: string,
    policyName: string,
    document: unknown,
    docPath: string,
    configuration?: Record<string, unknown>,
  ): void {
    const r: ResourceRecord = {
      name,
      type,
      policy: this.record(policyName, document, logicalId, docPath),
      logicalId,
    };
    if (configuration && Object.keys(configuration).length > 0) r.configuration = configuration;
    this.resources.push(r);
  }

  private addNotChecked(logicalId: string, type: string, reason: string, path?: string): void {
    const item: NotChecked = {
      resource: logicalId,
      type,
      reason,
      location: this.loaded.positions.locate(path ?? this.resPath(logicalId)),
    };
    const cdk = this.cdkPath(logicalId);
    if (cdk) item.cdkPath = cdk;
    this.notChecked.push(item);
  }

  private cdkPath(logicalId: string): string | undefined {
    const meta = this.loaded.template.Resources[logicalId]?.Metadata;
    const p = isPlainObject(meta) ? meta['aws:cdk:path'] : undefined;
    return typeof p === 'string' ? p : undefined;
  }

  /**
   * The reference shape-checks every Fn::GetAtt / Fn::Sub / Ref in Resources up front (its dependency
   * sort walks them), so a malformed one fails the run even outside policies.
   */
  private precheckShapes(resources: Record<string, CfnResource>): void {
    const walk = (node: unknown, path: string, depth: number): void => {
      if (depth > 200) return;
      if (Array.isArray(node)) {
        node.forEach((item, i) => walk(item, joinPath(path, i), depth + 1));
        return;
      }
      if (!isPlainObject(node)) return;
      const first = Object.keys(node)[0];
      if (first === 'Fn::GetAtt') validateGetAttShape(node[first], joinPath(path, first), this.ev);
      if (first === 'Ref' && typeof node.Ref !== 'string') {
        this.ev.schemaFail(
          `${pyRepr(node.Ref)} is not of type 'string'`,
          'Ref',
          joinPath(path, 'Ref'),
        );
      }
      if (first === 'Fn::Sub') {
        const a = node[first];
        const ok =
          typeof a === 'string' ||
          (Array.isArray(a) && a.length === 2 && typeof a[0] === 'string' && isPlainObject(a[1]));
        if (!ok)
          this.ev.schemaFail(
            `${pyRepr(a)} is not valid under any of the given schemas`,
            'Fn::Sub',
            joinPath(path, first),
          );
      }
      for (const [k, v] of Object.entries(node)) walk(v, joinPath(path, k), depth + 1);
    };
    for (const [id, r] of Object.entries(resources)) {
      if (this.options.exclude.has(r.Type)) continue;
      walk(r, this.resPath(id), 0);
    }
  }

  // ------------------------------------------------------------------ dispatch

  private async parseResource(id: string, r: CfnResource): Promise<void> {
    switch (r.Type) {
      case 'AWS::IAM::Role':
        return this.principal(id, 'Role');
      case 'AWS::IAM::User':
        return this.principal(id, 'User');
      case 'AWS::IAM::Group':
        return this.principal(id, 'Group');
      case 'AWS::SSO::PermissionSet':
        return this.permissionSet(id);
      case 'AWS::IAM::ManagedPolicy':
        return this.managedPolicy(id);
      case 'AWS::IAM::Policy':
        return this.inlinePolicy(id);
      case 'AWS::IAM::RolePolicy':
        return this.principalPolicy(id, 'RoleName', 'roles');
      case 'AWS::IAM::UserPolicy':
        return this.principalPolicy(id, 'UserName', 'users');
      case 'AWS::IAM::GroupPolicy':
        return this.principalPolicy(id, 'GroupName', 'groups');
      case 'AWS::S3::Bucket':
        return this.bucket(id);
      case 'AWS::S3::BucketPolicy': {
        const bucket = (await this.str(id, 'Bucket', true))!;
        const doc = await this.document(id, 'PolicyDocument', true);
        return this.addResource(
          id,
          bucket,
          'AWS::S3::Bucket',
          'BucketPolicy',
          doc,
          this.propPath(id, 'PolicyDocument'),
        );
      }
      case 'AWS::S3::AccessPoint':
        return this.accessPoint(id, 'AWS::S3::AccessPoint', 'AccessPointPolicy');
      case 'AWS::S3Express::AccessPoint':
        return this.accessPoint(id, 'AWS::S3Express::AccessPoint', 'Policy');
      case 'AWS::S3::MultiRegionAccessPointPolicy': {
        const name = (await this.str(id, 'MrapName', true))!;
        const doc = await this.document(id, 'Policy', true);
        return this.addResource(
          id,
          name,
          'AWS::S3::MultiRegionAccessPoint',
          'MultiRegionAccessPointPolicy',
          doc,
          this.propPath(id, 'Policy'),
        );
      }
      case 'AWS::S3Tables::TableBucketPolicy':
        return this.tableBucketPolicy(id);
      case 'AWS::SQS::QueuePolicy': {
        const queues = await this.strList(id, 'Queues', 1);
        if (queues.length === 0) this.required(id, 'Queues');
        const doc = await this.document(id, 'PolicyDocument', true);
        for (const url of queues) {
          this.addResource(
            id,
            this.queueName(url, this.propPath(id, 'Queues')),
            'AWS::SQS::Queue',
            'QueuePolicy',
            doc,
            this.propPath(id, 'PolicyDocument'),
          );
        }
        return;
      }
      case 'AWS::SNS::TopicPolicy': {
        const topics = await this.strList(id, 'Topics', 1);
        if (topics.length === 0) this.required(id, 'Topics');
        const doc = await this.document(id, 'PolicyDocument', true);
        for (const arn of topics) {
          this.addResource(
            id,
            arn.split(':').at(-1) ?? arn,
            'AWS::SNS::Topic',
            'TopicPolicy',
            doc,
            this.propPath(id, 'PolicyDocument'),
          );
        }
        return;
      }
      case 'AWS::KMS::Key': {
        const doc = await this.document(id, 'KeyPolicy', !this.options.extraTypes);
        if (doc === undefined) return;
        return this.addResource(
          id,
          id,
          'AWS::KMS::Key',
          'KeyPolicy',
          doc,
          this.propPath(id, 'KeyPolicy'),
        );
      }
      case 'AWS::Lambda::Permission':
        return this.lambdaPermission(id);
      case 'AWS::Lambda::LayerVersionPermission':
        return this.layerPermission(id);
      case 'AWS::SecretsManager::ResourcePolicy':
        return this.secretPolicy(id);
      case 'AWS::ApiGateway::RestApi': {
        if ((await this.prop(id, 'Policy')) === undefined) return;
        const name = (await this.str(id, 'Name', true))!;
        const doc = await this.document(id, 'Policy', true);
        return this.addResource(
          id,
          name,
          'AWS::ApiGateway::RestApi',
          'Policy',
          doc,
          this.propPath(id, 'Policy'),
        );
      }
      case 'AWS::CodeArtifact::Domain': {
        const doc = await this.document(id, 'PermissionsPolicyDocument', false);
        if (doc === undefined) return;
        const name = (await this.str(id, 'DomainName', true))!;
        return this.addResource(
          id,
          name,
          'AWS::CodeArtifact::Domain',
          'PermissionsPolicyDocument',
          doc,
          this.propPath(id, 'PermissionsPolicyDocument'),
        );
      }
      case 'AWS::Backup::BackupVault': {
        const doc = await this.document(id, 'AccessPolicy', false);
        if (doc === undefined) return;
        const name = (await this.str(id, 'BackupVaultName', true))!;
        return this.addResource(
          id,
          name,
          'AWS::Backup::BackupVault',
          'AccessPolicy',
          doc,
          this.propPath(id, 'AccessPolicy'),
        );
      }
      case 'AWS::CloudTrail::ResourcePolicy':
        return this.cloudTrailPolicy(id);
      default:
        return this.parseOtherResource(id, r);
    }
  }

  // ------------------------------------------------------------------ identity

  private async inlinePolicies(id: string, principal: Principal): Promise<void> {
    const v = await this.prop(id, 'Policies');
    const path = this.propPath(id, 'Policies');
    if (v === undefined) return;
    if (!Array.isArray(v))
      this.fail('schema', `${pyRepr(v)} is not of type 'array', Path: ${path}`, path);
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      const itemPath = this.ev.originOf(item) ?? joinPath(path, i);
      if (!isPlainObject(item))
        this.fail(
          'schema',
          `${pyRepr(item)} is not of type 'object', Path: ${path}.${i}`,
          itemPath,
        );
      if (item.PolicyName === undefined)
        this.fail('schema', `'PolicyName' is a required property, Path: ${path}.${i}`, itemPath);
      if (item.PolicyDocument === undefined)
        this.fail(
          'schema',
          `'PolicyDocument' is a required property, Path: ${path}.${i}`,
          itemPath,
        );
      if (typeof item.PolicyName !== 'string') {
        this.fail(
          'schema',
          `${pyRepr(item.PolicyName)} is not of type 'string', Path: ${path}.${i}.PolicyName`,
          itemPath,
        );
      }
      const docPath = joinPath(itemPath, 'PolicyDocument');
      const doc = this.checkDocument(item.PolicyDocument, docPath);
      principal.policies.push(this.record(item.PolicyName, doc, id, docPath));
    }
  }

  private async principal(id: string, kind: 'Role' | 'User' | 'Group'): Promise<void> {
    const nameProp = `${kind}Name`;
    const path = (await this.str(id, 'Path')) ?? '/';
    let trust: PolicyRecord | undefined;
    if (kind === 'Role') {
      if (!isPlainObject(this.loaded.template.Resources[id]?.Properties)) {
        this.fail(
          'schema',
          `'Properties' is a required property, Path: ${this.resPath(id)}`,
          this.resPath(id),
        );
      }
      const doc = await this.document(id, 'AssumeRolePolicyDocument', true);
      trust = this.record('TrustPolicy', doc, id, this.propPath(id, 'AssumeRolePolicyDocument'));
    }
    const name = (await this.str(id, nameProp)) ?? id;
    if (kind === 'Role' && !ROLE_NAME_PATTERN.test(name)) {
      const p = this.propPath(id, nameProp);
      this.fail('schema', `${pyRepr(name)} does not match '^([\\\\w+=,.@-]+)$', Path: ${p}`, p);
    }
    const principal: Principal = { kind, logicalId: id, name, path, policies: [] };
    if (trust) principal.trust = trust;
    await this.inlinePolicies(id, principal);
    const arns = await this.prop(id, 'ManagedPolicyArns');
    if (arns !== undefined) {
      const p = this.propPath(id, 'ManagedPolicyArns');
      if (!Array.isArray(arns))
        this.fail('schema', `${pyRepr(arns)} is not of type 'array', Path: ${p}`, p);
      this.pendingManagedArns.push({ principal, arns, path: p });
    }
    this.principals.push(principal);
    if (this.options.extraTypes && (await this.prop(id, 'PermissionsBoundary')) !== undefined) {
      this.addNotChecked(
        id,
        this.loaded.template.Resources[id]?.Type ?? kind,
        'Permissions boundary is not validated here (it limits, not grants, permissions); validate the boundary policy itself',
        this.propPath(id, 'PermissionsBoundary'),
      );
    }
  }

  private async permissionSet(id: string): Promise<void> {
    const name = (await this.str(id, 'Name', true))!;
    const principal: Principal = {
      kind: 'PermissionSet',
      logicalId: id,
      name,
      path: '/',
      policies: [],
    };
    const doc = await this.document(id, 'InlinePolicy', false);
    if (doc !== undefined)
      principal.policies.push(
        this.record('InlinePolicy', doc, id, this.propPath(id, 'InlinePolicy')),
      );
    const arns = await this.prop(id, 'ManagedPolicies');
    if (arns !== undefined) {
      const p = this.propPath(id, 'ManagedPolicies');
      if (!Array.isArray(arns))
        this.fail('schema', `${pyRepr(arns)} is not of type 'array', Path: ${p}`, p);
      this.pendingManagedArns.push({ principal, arns, path: p });
    }
    this.principals.push(principal);
    if (this.options.extraTypes) {
      for (const prop of ['CustomerManagedPolicyReferences', 'PermissionsBoundary']) {
        if ((await this.prop(id, prop)) !== undefined) {
          this.addNotChecked(
            id,
            'AWS::SSO::PermissionSet',
            `${prop} of a permission set refers to policies outside this template and is not validated`,
            this.propPath(id, prop),
          );
        }
      }
    }
  }

  private async targets(id: string, record: PolicyRecord): Promise<PolicyTargets> {
    return {
      record,
      roles: await this.strList(id, 'Roles'),
      users: await this.strList(id, 'Users'),
      groups: await this.strList(id, 'Groups'),
    };
  }

  private async managedPolicy(id: string): Promise<void> {
    const name = (await this.str(id, 'ManagedPolicyName')) ?? id;
    const path = (await this.str(id, 'Path')) ?? '/';
    const doc = await this.document(id, 'PolicyDocument', true);
    const record = this.record(name, doc, id, this.propPath(id, 'PolicyDocument'), path);
    const resource = this.loaded.template.Resources[id]!;
    const arn = (await this.ev.generateArn(name, id, resource, 'Ref', this.resPath(id), []))!;
    this.managedPolicies.push({ arn, targets: await this.targets(id, record) });
  }

  private async inlinePolicy(id: string): Promise<void> {
    const name = (await this.str(id, 'PolicyName', true))!;
    const doc = await this.document(id, 'PolicyDocument', true);
    this.policyAttachments.push(
      await this.targets(id, this.record(name, doc, id, this.propPath(id, 'PolicyDocument'))),
    );
  }

  private async principalPolicy(
    id: string,
    nameProp: string,
    kind: 'roles' | 'users' | 'groups',
  ): Promise<void> {
    const name = (await this.str(id, 'PolicyName', true))!;
    const doc = await this.document(id, 'PolicyDocument', true);
    const target = (await this.str(id, nameProp, true))!;
    const t: PolicyTargets = {
      record: this.record(name, doc, id, this.propPath(id, 'PolicyDocument')),
      roles: [],
      users: [],
      groups: [],
    };
    t[kind].push(target);
    this.policyAttachments.push(t);
  }

  /** Principal-side ManagedPolicyArns: in-template managed policies first, else fetched from IAM. */
  private async resolveManagedPolicyArns(): Promise<void> {
    const byArn = new Map<string, (typeof this.managedPolicies)[number]>();
    for (const m of this.managedPolicies) if (!byArn.has(m.arn)) byArn.set(m.arn, m);
    for (const pending of this.pendingManagedArns) {
      for (let i = 0; i < pending.arns.length; i++) {
        const arn = pending.arns[i];
        const p = joinPath(pending.path, i);
        if (typeof arn !== 'string')
          this.fail('schema', `${pyRepr(arn)} is not of type 'string', Path: ${p}`, p);
        const local = byArn.get(arn);
        if (local) {
          pending.principal.policies.push(local.targets.record);
          continue;
        }
        try {
          const fetched = await this.input.lookups.getManagedPolicy(arn);
          const account = arn.split(':')[4];
          pending.principal.policies.push(
            this.record(
              fetched.PolicyName,
              fetched.Document,
              pending.principal.logicalId,
              p,
              fetched.Path,
              account === 'aws',
            ),
          );
        } catch (error) {
          if (error instanceof LookupNotFoundError) {
            this.fail(
              'lookup_failed',
              `Could not find managed policy with ${arn} in template or in environment.`,
              p,
            );
          }
          this.ev.lookupFailure(error, `Unable to read managed policy ${arn}`, p);
        }
      }
    }
  }

  /** Policy-side attachments by principal name; policies attached to nothing become orphaned. */
  private attachPolicies(): void {
    const index = new Map<string, Principal>();
    for (const p of this.principals)
      if (!index.has(`${p.kind}:${p.name}`)) index.set(`${p.kind}:${p.name}`, p);
    const find = (kind: PrincipalType, name: string): Principal | undefined =>
      index.get(`${kind}:${name}`);
    const attach = (t: PolicyTargets): boolean => {
      let attached = false;
      const pairs: [PrincipalType, string[]][] = [
        ['Role', t.roles],
        ['User', t.users],
        ['Group', t.groups],
      ];
      for (const [kind, names] of pairs) {
        for (const name of names) {
          const principal = find(kind, name);
          if (principal) {
            principal.policies.push(t.record);
            attached = true;
          }
        }
      }
      return attached;
    };
    const attachedManaged = new Set<PolicyRecord>();
    for (const p of this.principals) for (const r of p.policies) attachedManaged.add(r);
    this.orphans = [];
    const order = [...this.managedPolicies.map((m) => m.targets), ...this.policyAttachments].sort(
      (a, b) => this.resourceIndex(a.record.logicalId) - this.resourceIndex(b.record.logicalId),
    );
    for (const t of order) {
      const attached = attach(t);
      if (!attached && !attachedManaged.has(t.record)) this.orphans.push(t.record);
    }
  }

  private orphans: PolicyRecord[] = [];

  private indexCache: Map<string, number> | undefined;

  private resourceIndex(id: string): number {
    this.indexCache ??= new Map(Object.keys(this.loaded.template.Resources).map((k, i) => [k, i]));
    return this.indexCache.get(id) ?? -1;
  }

  // ------------------------------------------------------------------ resource policies

  private async bucket(id: string): Promise<void> {
    const acl = await this.prop(id, 'AccessControl');
    if (acl === undefined) return;
    const name = (await this.str(id, 'BucketName')) ?? id;
    this.bucketAcls.push({ bucket: name, accessControl: acl, logicalId: id });
  }

  private mergeBucketAcls(): void {
    for (const acl of this.bucketAcls) {
      const match = this.resources.find(
        (r) =>
          r.type === 'AWS::S3::Bucket' && r.name === acl.bucket && r.policy.name === 'BucketPolicy',
      );
      if (match) {
        match.configuration = { ...match.configuration, AccessControl: acl.accessControl };
      } else {
        this.resources.push({
          name: acl.bucket,
          type: 'AWS::S3::Bucket',
          policy: this.record(
            'BucketAcl',
            null,
            acl.logicalId,
            this.propPath(acl.logicalId, 'AccessControl'),
          ),
          configuration: { AccessControl: acl.accessControl },
          logicalId: acl.logicalId,
        });
      }
    }
  }

  private async accessPoint(id: string, type: string, policyName: string): Promise<void> {
    const doc = await this.document(id, 'Policy', false);
    if (doc === undefined) return;
    const name = (await this.str(id, 'Name')) ?? id;
    const vpc = await this.prop(id, 'VpcConfiguration');
    const configuration: Record<string, unknown> = {};
    if (isPlainObject(vpc) && vpc.VpcId !== undefined) configuration.VpcId = vpc.VpcId;
    this.addResource(id, name, type, policyName, doc, this.propPath(id, 'Policy'), configuration);
  }

  private async tableBucketPolicy(id: string): Promise<void> {
    const arn = (await this.str(id, 'TableBucketARN', true))!;
    const doc = await this.document(id, 'ResourcePolicy', true);
    const m = /^arn:[^:]+:s3tables:[^:]*:[^:]*:bucket\/(.+)$/.exec(arn);
    if (!m) {
      const p = this.propPath(id, 'TableBucketARN');
      this.fail(
        'invalid_value',
        `Invalid value for ${p}. Must be a valid TableBucket ARN. TableBucketARN value: ${arn}`,
        p,
      );
    }
    this.addResource(
      id,
      m[1]!,
      'AWS::S3Tables::TableBucket',
      'TableBucketPolicy',
      doc,
      this.propPath(id, 'ResourcePolicy'),
    );
  }

  private queueName(url: string, path: string): string {
    const parts = url.split('/');
    const name = parts.length >= 5 && /^https?:$/.test(parts[0] ?? '') ? parts[4] : undefined;
    if (!name)
      this.fail(
        'invalid_value',
        `Invalid queue URL. Unable to parse name from URL. Invalid value: "${url}"`,
        path,
      );
    return name;
  }

  private async secretPolicy(id: string): Promise<void> {
    const secretId = (await this.str(id, 'SecretId', true))!;
    const doc = await this.document(id, 'ResourcePolicy', true);
    const idx = secretId.indexOf('secret:');
    let name: string;
    if (secretId.startsWith('arn:') && idx >= 0) name = secretId.slice(idx + 'secret:'.length);
    else if (this.options.extraTypes) name = secretId;
    else {
      const p = this.propPath(id, 'SecretId');
      return this.fail(
        'invalid_value',
        `Invalid value for ${p}. Must be a valid Secret ARN. SecretId value: ${secretId}`,
        p,
      );
    }
    this.addResource(
      id,
      name,
      'AWS::SecretsManager::Secret',
      'ResourcePolicy',
      doc,
      this.propPath(id, 'ResourcePolicy'),
    );
  }

  private async cloudTrailPolicy(id: string): Promise<void> {
    const arn = (await this.str(id, 'ResourceArn', true))!;
    const doc = await this.document(id, 'ResourcePolicy', true);
    const partition = this.options.extraTypes ? '[^:]+' : 'aws';
    const m = new RegExp(`^arn:${partition}:cloudtrail:[^:]*:[^:]*:([^/]+)/(.+)$`).exec(arn);
    const p = this.propPath(id, 'ResourceArn');
    if (!m)
      return this.fail(
        'invalid_value',
        `Invalid value for ${p}. Must be a valid CloudTrail ARN. ResourceArn value: ${arn}`,
        p,
      );
    const types: Record<string, string> = {
      dashboard: 'AWS::CloudTrail::Dashboard',
      eventdatastore: 'AWS::CloudTrail::EventDataStore',
    };
    const type = Object.hasOwn(types, m[1]!) ? types[m[1]!] : undefined;
    if (!type) return this.fail('unsupported_type', `Unsupported resource type ${m[1]}`, p);
    this.addResource(id, m[2]!, type, 'ResourcePolicy', doc, this.propPath(id, 'ResourcePolicy'));
  }

  private async lambdaPermission(id: string): Promise<void> {
    const action = (await this.str(id, 'Action', true))!;
    const functionName = (await this.str(id, 'FunctionName', true))!;
    const principal = (await this.str(id, 'Principal', true))!;
    const sourceAccount = await this.str(id, 'SourceAccount');
    const sourceArn = await this.str(id, 'SourceArn');
    const { partition, region, accountId } = this.ev.account;
    const statement: Record<string, unknown> = { Effect: 'Allow', Action: action };
    statement.Principal = principal.includes('amazonaws')
      ? { Service: principal }
      : { AWS: principal };
    let resource: string;
    if (functionName.startsWith('arn:')) resource = functionName;
    else if (functionName.includes('function:')) {
      const parts = functionName.split(':');
      const before: string[] = [];
      for (const part of parts) {
        if (part.toLowerCase() === 'function') break;
        before.push(part);
      }
      const full = ['arn', partition, 'lambda', region, accountId];
      resource = `${full.slice(0, full.length - before.length).join(':')}:${functionName}`;
    } else resource = `arn:${partition}:lambda:${region}:${accountId}:function:${functionName}`;
    statement.Resource = resource;
    const condition: Record<string, Record<string, string>> = {};
    if (sourceAccount !== undefined)
      condition.StringEquals = { 'AWS:SourceAccount': sourceAccount };
    if (sourceArn !== undefined) condition.ArnLike = { 'AWS:SourceArn': sourceArn };
    if (this.options.extraTypes) {
      const org = await this.str(id, 'PrincipalOrgID');
      const auth = await this.str(id, 'FunctionUrlAuthType');
      if (org !== undefined)
        condition.StringEquals = { ...condition.StringEquals, 'aws:PrincipalOrgID': org };
      if (auth !== undefined)
        condition.StringEquals = { ...condition.StringEquals, 'lambda:FunctionUrlAuthType': auth };
    }
    if (Object.keys(condition).length > 0) statement.Condition = condition;
    this.statementOrigins.set(statement, this.resPath(id));
    const group = this.lambdaPermissions.get(resource) ?? { statements: [], logicalId: id };
    group.statements.push(statement);
    this.lambdaPermissions.set(resource, group);
  }

  private async layerPermission(id: string): Promise<void> {
    const action = (await this.str(id, 'Action', true))!;
    const arn = (await this.str(id, 'LayerVersionArn', true))!;
    const principal = (await this.str(id, 'Principal', true))!;
    const org = await this.str(id, 'OrganizationId');
    const statement: Record<string, unknown> = {
      Effect: 'Allow',
      Action: action,
      Resource: arn,
      Principal: { AWS: principal },
    };
    if (org !== undefined) statement.Condition = { StringEquals: { 'aws:PrincipalOrgID': org } };
    this.statementOrigins.set(statement, this.resPath(id));
    const group = this.layerPermissions.get(arn) ?? { statements: [], logicalId: id };
    group.statements.push(statement);
    this.layerPermissions.set(arn, group);
  }

  private flushGroupedPermissions(): void {
    for (const [arn, group] of this.lambdaPermissions) {
      const parts = arn.split(':');
      const i = parts.indexOf('function');
      const name = i >= 0 ? (parts[i + 1] ?? arn) : arn;
      const doc = { Version: '2012-10-17', Statement: group.statements };
      this.addResource(
        group.logicalId,
        name,
        'AWS::Lambda::Function',
        'PermissionsPolicy',
        doc,
        this.resPath(group.logicalId),
      );
    }
    for (const [arn, group] of this.layerPermissions) {
      const parts = arn.split(':');
      const i = parts.indexOf('layer');
      const name = i >= 0 ? parts.slice(i + 1).join(':') : arn;
      const doc = { Version: '2012-10-17', Statement: group.statements };
      this.addResource(
        group.logicalId,
        name,
        'AWS::Lambda::LayerVersion',
        'LayerVersionPermission',
        doc,
        this.resPath(group.logicalId),
      );
    }
  }

  // ------------------------------------------------------------------ nested stacks

  /**
   * Follows a nested stack whose template is a local file next to the parent template: the child
   * is parsed and extracted with the parameters the parent passes, and its policies are reported
   * with the nested stack's logical id and the child file. Anything else is listed as not checked.
   */
  private async nestedStack(id: string, type: string, locationProp: string): Promise<void> {
    const found = await this.nestedChild(id, type, locationProp);
    if ('notChecked' in found) {
      return this.addNotChecked(id, type, found.notChecked, this.propPath(id, locationProp));
    }
    const result = await parseAndExtract({
      ...this.input,
      text: found.text,
      file: found.file,
      format: undefined,
      parameters: found.parameters,
      nestedChain: [...(this.input.nestedChain ?? []), this.input.file],
    });
    const prefix = (inner?: string): string => (inner ? `${id}/${inner}` : id);
    for (const policy of result.policies)
      this.nestedPolicies.push({ ...policy, nestedStack: prefix(policy.nestedStack) });
    for (const n of result.notChecked)
      this.notChecked.push({ ...n, nestedStack: prefix(n.nestedStack) });
    for (const n of result.skipped) this.skipped.push({ ...n, nestedStack: prefix(n.nestedStack) });
    this.nestedOutputs.push(result.parseOutput);
  }

  private readonly nestedChildren = new Map<
    string,
    Promise<
      | { file: string; text: string; parameters: Record<string, string | string[]> }
      | { notChecked: string }
    >
  >();

  /** The child template of a nested stack and the parameters passed to it (once per stack). */
  private nestedChild(
    id: string,
    type: string,
    locationProp: string,
  ): Promise<
    | { file: string; text: string; parameters: Record<string, string | string[]> }
    | { notChecked: string }
  > {
    let cached = this.nestedChildren.get(id);
    if (!cached) {
      cached = this.findNestedChild(id, type, locationProp);
      this.nestedChildren.set(id, cached);
    }
    return cached;
  }

  private async findNestedChild(
    id: string,
    type: string,
    locationProp: string,
  ): Promise<
    | { file: string; text: string; parameters: Record<string, string | string[]> }
    | { notChecked: string }
  > {
    if (!this.options.followNestedStacks)
      return {
        notChecked:
          'Nested stack: its template is not followed; validate the child template separately',
      };
    const location = await this.prop(id, locationProp);
    if (typeof location !== 'string') {
      return {
        notChecked:
          type === 'AWS::Serverless::Application'
            ? 'Serverless application from the Serverless Application Repository: its template is not available before deployment and is not validated'
            : `Nested stack: ${locationProp} does not resolve to a string, so its template cannot be read`,
      };
    }
    if (isRemoteTemplateLocation(location))
      return {
        notChecked: `Nested stack template ${location} is remote: validate the child template separately`,
      };
    const chain = this.input.nestedChain ?? [];
    if (chain.length >= MAX_NESTING)
      return { notChecked: `Nested stacks deeper than ${MAX_NESTING} levels are not followed` };
    const resolver = this.input.resolveNestedTemplate ?? fileSystemNestedTemplates;
    const child = await resolver(location, this.input.file);
    if (!child) {
      return {
        notChecked: `Nested stack template ${location} was not found next to ${this.input.file}: validate the child template separately`,
      };
    }
    if (chain.includes(child.file) || child.file === this.input.file)
      return { notChecked: `Nested stack template ${child.file} includes itself` };
    // Parameters may use other nested stacks' outputs, but not this stack's own.
    this.resolvingParameters.add(id);
    let passed: unknown;
    try {
      passed = await this.prop(id, 'Parameters');
    } finally {
      this.resolvingParameters.delete(id);
    }
    const params = nestedParameterValues(passed);
    if ('problem' in params) {
      return this.fail(
        'invalid_value',
        `Nested stack ${id}: ${params.problem}`,
        this.propPath(id, 'Parameters'),
      );
    }
    return { file: child.file, text: child.text, parameters: params.values };
  }

  private readonly resolvingParameters = new Set<string>();

  /**
   * `Fn::GetAtt <NestedStack>.Outputs.<Name>`: evaluates the child's `Outputs.<Name>.Value` with
   * the parameters the parent passes. Undefined when the stack is not followed or has no such
   * output (the GetAtt then fails as unsupported).
   */
  async nestedStackOutput(id: string, output: string, path: string): Promise<unknown> {
    const resource = this.loaded.template.Resources[id];
    if (!resource) return undefined;
    const locationProp =
      resource.Type === 'AWS::Serverless::Application' ? 'Location' : 'TemplateURL';
    if (this.resolvingParameters.has(id)) {
      return this.ev.fail(
        'cycle',
        `Cycle detected: the parameters of nested stack ${id} depend on its own outputs`,
        path,
      );
    }
    const found = await this.nestedChild(id, resource.Type, locationProp);
    if ('notChecked' in found) return undefined;
    const child = loadTemplate({ text: found.text, file: found.file });
    const outputs = child.template.Outputs;
    const entry = isPlainObject(outputs) ? outputs[output] : undefined;
    if (!isPlainObject(entry) || !('Value' in entry)) return undefined;
    const evaluator = new Evaluator({
      template: child.template,
      positions: child.positions,
      account: {
        accountId: this.input.accountId,
        region: this.input.region,
        partition: this.input.partition,
      },
      parameterValues: found.parameters,
      lookups: this.input.lookups,
      behaviour: this.options.behaviour,
      ...(this.input.options?.availabilityZones
        ? { availabilityZones: this.input.options.availabilityZones }
        : {}),
    });
    return await evaluator.eval(entry.Value, `Outputs.${output}.Value`);
  }

  // ------------------------------------------------------------------ types the reference ignores

  private async parseOtherResource(id: string, r: CfnResource): Promise<void> {
    if (!this.options.extraTypes) return;
    const type = r.Type;
    const resourcePolicy = async (
      prop: string,
      resourceType: string,
      policyName: string,
      nameProp?: string,
    ): Promise<void> => {
      const doc = await this.document(id, prop, false);
      if (doc === undefined) return;
      const name = (nameProp ? await this.str(id, nameProp) : undefined) ?? id;
      this.addResource(id, name, resourceType, policyName, doc, this.propPath(id, prop));
    };
    switch (type) {
      case 'AWS::SQS::QueueInlinePolicy': {
        const url = (await this.str(id, 'Queue', true))!;
        const doc = await this.document(id, 'PolicyDocument', true);
        return this.addResource(
          id,
          this.queueName(url, this.propPath(id, 'Queue')),
          'AWS::SQS::Queue',
          'QueuePolicy',
          doc,
          this.propPath(id, 'PolicyDocument'),
        );
      }
      case 'AWS::SNS::TopicInlinePolicy': {
        const arn = (await this.str(id, 'TopicArn', true))!;
        const doc = await this.document(id, 'PolicyDocument', true);
        return this.addResource(
          id,
          arn.split(':').at(-1) ?? arn,
          'AWS::SNS::Topic',
          'TopicPolicy',
          doc,
          this.propPath(id, 'PolicyDocument'),
        );
      }
      case 'AWS::ECR::Repository':
        return resourcePolicy(
          'RepositoryPolicyText',
          type,
          'RepositoryPolicyText',
          'RepositoryName',
        );
      case 'AWS::ECR::RegistryPolicy':
        return resourcePolicy('PolicyText', type, 'PolicyText');
      case 'AWS::Events::EventBus':
        return resourcePolicy('Policy', type, 'Policy', 'Name');
      case 'AWS::Events::EventBusPolicy': {
        const statement = await this.prop(id, 'Statement');
        if (statement === undefined) {
          return this.addNotChecked(
            id,
            type,
            'Legacy EventBusPolicy form (Action/Principal) is not validated; use the Statement property',
          );
        }
        const sPath = this.propPath(id, 'Statement');
        if (!isPlainObject(statement))
          return void this.fail(
            'schema',
            `${pyRepr(statement)} is not of type 'object', Path: ${sPath}`,
            sPath,
          );
        const bus = (await this.str(id, 'EventBusName')) ?? 'default';
        return this.addResource(
          id,
          bus,
          'AWS::Events::EventBus',
          'EventBusPolicy',
          { Version: '2012-10-17', Statement: [statement] },
          sPath,
        );
      }
      case 'AWS::Logs::ResourcePolicy':
        return resourcePolicy('PolicyDocument', type, 'PolicyDocument', 'PolicyName');
      case 'AWS::Logs::Destination':
        return resourcePolicy('DestinationPolicy', type, 'DestinationPolicy', 'DestinationName');
      case 'AWS::OpenSearchService::Domain':
      case 'AWS::Elasticsearch::Domain':
        return resourcePolicy('AccessPolicies', type, 'AccessPolicies', 'DomainName');
      case 'AWS::Serverless::Function':
        return this.samFunction(id);
      case 'AWS::Organizations::Policy':
      case 'AWS::Organizations::ResourcePolicy':
        return this.addNotChecked(
          id,
          type,
          'Organizations policy (SCP/RCP/resource policy) is not an identity, trust or resource policy of this account and is not validated',
          this.propPath(id, 'Content'),
        );
      case 'AWS::CloudFormation::Stack':
        return this.nestedStack(id, type, 'TemplateURL');
      case 'AWS::Serverless::Application':
        return this.nestedStack(id, type, 'Location');
      case 'AWS::Lambda::Url': {
        const auth = await this.prop(id, 'AuthType');
        if (auth === 'NONE')
          this.addNotChecked(
            id,
            type,
            'Function URL with AuthType NONE is publicly invokable; its implicit resource policy is not validated',
          );
        return;
      }
      default:
        break;
    }
    const props = isPlainObject(r.Properties) ? r.Properties : {};
    const policyProps = Object.keys(props).filter((k) =>
      /polic(y|ies)|AccessPolicies|KeyPolicy/i.test(k),
    );
    if (policyProps.length > 0) {
      this.addNotChecked(
        id,
        type,
        `Resource type ${type} is not supported: its ${policyProps.join(', ')} ${policyProps.length > 1 ? 'are' : 'is'} not validated`,
        this.propPath(id, policyProps[0]!),
      );
    }
  }

  /** SAM function Policies: inline statements become identity policies of the generated role. */
  private async samFunction(id: string): Promise<void> {
    const raw = await this.prop(id, 'Policies');
    if (raw === undefined) return;
    const basePath = this.propPath(id, 'Policies');
    if ((await this.prop(id, 'Role')) !== undefined) {
      return this.addNotChecked(
        id,
        'AWS::Serverless::Function',
        'Policies are ignored by SAM because Role is set',
        basePath,
      );
    }
    const items = Array.isArray(raw) ? raw : [raw];
    const role: Principal = {
      kind: 'Role',
      logicalId: id,
      name: `${id}Role`,
      path: '/',
      trust: this.record(
        'TrustPolicy',
        {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'lambda.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ],
        },
        id,
        this.resPath(id),
      ),
      policies: [],
    };
    items.forEach((item: unknown, i) => {
      const p = Array.isArray(raw) ? joinPath(basePath, i) : basePath;
      if (isPlainObject(item) && 'Statement' in item) {
        role.policies.push(
          this.record(`${id}RolePolicy${i}`, item, id, this.ev.originOf(item) ?? p),
        );
      } else if (typeof item === 'string') {
        this.addNotChecked(
          id,
          'AWS::Serverless::Function',
          `Managed policy ${item} of a SAM function is not validated (expand the template with sam build / a change set)`,
          p,
        );
      } else {
        const name = isPlainObject(item) ? Object.keys(item)[0] : undefined;
        this.addNotChecked(
          id,
          'AWS::Serverless::Function',
          `SAM policy template ${name ?? pyRepr(item)} is not expanded or validated`,
          p,
        );
      }
    });
    if (role.policies.length > 0) this.principals.push(role);
  }

  // ------------------------------------------------------------------ output

  private toParsePolicy(r: PolicyRecord): ParseOutputPolicy {
    return { Name: r.name, Policy: r.document, Path: r.path, IsAWSManagedPolicy: r.isAwsManaged };
  }

  private locate(r: PolicyRecord): {
    location: ExtractedPolicy['location'];
    statementLocations: ExtractedPolicy['location'][];
  } {
    const positions = this.loaded.positions;
    const docPath = this.ev.originOf(r.document) ?? r.docPath;
    const statements = isPlainObject(r.document) ? r.document.Statement : undefined;
    const list = Array.isArray(statements)
      ? statements
      : statements === undefined
        ? []
        : [statements];
    const statementLocations = list.map((s: unknown, i) => {
      const origin =
        (typeof s === 'object' && s !== null
          ? (this.statementOrigins.get(s) ?? this.ev.originOf(s))
          : undefined) ??
        (Array.isArray(statements)
          ? joinPath(joinPath(docPath, 'Statement'), i)
          : joinPath(docPath, 'Statement'));
      return positions.locate(origin);
    });
    return { location: positions.locate(docPath), statementLocations };
  }

  private item(
    r: PolicyRecord,
    base: Omit<
      ExtractedPolicy,
      'location' | 'statementLocations' | 'logicalId' | 'document' | 'policy_name'
    >,
  ): ExtractedPolicy {
    const out: ExtractedPolicy = {
      ...base,
      policy_name: r.name,
      document: r.document,
      ...this.locate(r),
      logicalId: r.logicalId,
    };
    const cdk = this.cdkPath(r.logicalId);
    if (cdk) out.cdkPath = cdk;
    return out;
  }

  private output(): ExtractionResult {
    const byName =
      <T>(key: (t: T) => string) =>
      (a: T, b: T) =>
        key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    const kind = (k: PrincipalType) => this.principals.filter((p) => p.kind === k);
    const roles = kind('Role');
    const users = kind('User');
    const groups = kind('Group');
    const sets = kind('PermissionSet');
    const parseOutput: ParseOutput = {
      Region: this.input.region,
      Account: this.input.accountId,
      Partition: this.input.partition,
      Roles: roles
        .map((p) => ({
          RoleName: p.name,
          RolePath: p.path,
          TrustPolicy: p.trust?.document,
          Policies: p.policies.map((r) => this.toParsePolicy(r)),
        }))
        .sort(byName((x) => x.RoleName)),
      PermissionSets: sets
        .map((p) => ({ Name: p.name, Policies: p.policies.map((r) => this.toParsePolicy(r)) }))
        .sort(byName((x) => x.Name)),
      Users: users
        .map((p) => ({
          UserName: p.name,
          UserPath: p.path,
          Policies: p.policies.map((r) => this.toParsePolicy(r)),
        }))
        .sort(byName((x) => x.UserName)),
      Groups: groups
        .map((p) => ({
          GroupName: p.name,
          GroupPath: p.path,
          Policies: p.policies.map((r) => this.toParsePolicy(r)),
        }))
        .sort(byName((x) => x.GroupName)),
      Resources: this.resources
        .map((r) => ({
          ResourceName: r.name,
          ResourceType: r.type,
          Policy: this.toParsePolicy(r.policy),
          ...(r.configuration ? { Configuration: r.configuration } : {}),
        }))
        .sort(byName((x) => x.ResourceName)),
      OrphanedPolicies: this.orphans.map((r) => this.toParsePolicy(r)).sort(byName((x) => x.Name)),
    };

    const policies: ExtractedPolicy[] = [];
    for (const r of this.orphans) {
      policies.push(
        this.item(r, {
          policy_type: 'identity',
          attached_to: { type: null, name: null, path: null },
          policy_path: r.path,
          is_aws_managed: r.isAwsManaged,
        }),
      );
    }
    for (const p of [...roles, ...users, ...groups, ...sets]) {
      const attached = {
        type: p.kind,
        name: p.name,
        path: p.kind === 'PermissionSet' ? null : p.path,
      };
      if (p.trust)
        policies.push(this.item(p.trust, { policy_type: 'trust', attached_to: attached }));
      for (const r of p.policies) {
        policies.push(
          this.item(r, {
            policy_type: 'identity',
            attached_to: attached,
            policy_path: r.path,
            is_aws_managed: r.isAwsManaged,
          }),
        );
      }
    }
    for (const r of this.resources) {
      const resource: NonNullable<ExtractedPolicy['resource']> = { name: r.name, type: r.type };
      if (r.configuration) resource.configuration = r.configuration;
      policies.push(this.item(r.policy, { policy_type: 'resource', resource }));
    }
    policies.push(...this.nestedPolicies);
    for (const child of this.nestedOutputs) {
      parseOutput.Roles.push(...child.Roles);
      parseOutput.PermissionSets.push(...child.PermissionSets);
      parseOutput.Users.push(...child.Users);
      parseOutput.Groups.push(...child.Groups);
      parseOutput.Resources.push(...child.Resources);
      parseOutput.OrphanedPolicies.push(...child.OrphanedPolicies);
    }
    return {
      file: this.loaded.file,
      format: this.loaded.format,
      parseOutput,
      policies,
      notChecked: this.notChecked,
      skipped: this.skipped,
    };
  }
}

/** Drops the location extras so an item can be compared with the corpus `expected.policies`. */
export function toComparablePolicy(
  p: ExtractedPolicy,
): Omit<ExtractedPolicy, 'location' | 'statementLocations' | 'logicalId' | 'cdkPath'> {
  const { location: _l, statementLocations: _s, logicalId: _id, cdkPath: _c, ...rest } = p;
  return rest;
}
