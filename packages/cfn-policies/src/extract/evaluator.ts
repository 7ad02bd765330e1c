import { TemplateError, type TemplateErrorKind } from '../template/errors.js';
import type { CfnResource, CfnTemplate } from '../template/load-template.js';
import { joinPath, type PositionIndex } from '../template/positions.js';
import { arnPattern, refReturnsArn, type ArnTableMode } from './arn-patterns.js';
import { LookupNotFoundError, type ExternalLookups } from './lookups.js';
import { pyRepr, pyStr } from './py-repr.js';

export interface AccountConfig {
  accountId: string;
  region: string;
  partition: string;
}

/** Behaviour switches, each either the reference's behaviour or ours (see DECISIONS.md). */
export interface EvaluationBehaviour {
  allowDynamicRefWithoutVersion: boolean;
  /** Fall back to a parameter's Default (reference: never). */
  useParameterDefaults: boolean;
  /** Split List parameters and resolve SSM-typed parameters (reference: neither). */
  honourParameterTypes: boolean;
  /** `${!Literal}` renders as `${Literal}` (reference: left as `${!Literal}`). */
  unescapeSubLiterals: boolean;
  /** `${A.B.C}` in Fn::Sub means GetAtt [A, "B.C"] (reference: schema error). */
  subDottedAttributes: boolean;
  /** Fn::Equals compares booleans as CloudFormation does (true == "true"). */
  cfnEquals: boolean;
  /** Fn::FindInMap accepts the LanguageExtensions DefaultValue argument. */
  findInMapDefault: boolean;
  /** Ref AWS::NotificationARNs resolves to an empty list. */
  notificationArnsEmpty: boolean;
  /**
   * Resolve Fn::Base64 / Fn::Length / Fn::ToJsonString and refuse any other unsupported `Fn::X`
   * with an error (reference: left verbatim inside the policy).
   */
  strictFunctions: boolean;
  /**
   * Resolve GetAtt/Ref ARNs with the reference's table only (its gaps and quirks included), and
   * name resources only by the reference's name hints. Default: our extended table and hints.
   */
  referenceArnTable: boolean;
  /**
   * Use documented ARN formats where the reference's are wrong, and name resources after their
   * name property (EXTENDED_NAME_HINTS), as deployed. Off by default: conformance cases are the
   * reference's ARNs. Ignored when referenceArnTable is set.
   */
  documentedArns?: boolean;
  /** Resolve Fn::GetAZs and Fn::Cidr (reference: left verbatim). */
  networkFunctions: boolean;
}

export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

const BASE_FUNCTIONS = new Set([
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::ImportValue',
  'Fn::Split',
  'Fn::Join',
  'Fn::Select',
  'Fn::FindInMap',
  'Fn::If',
]);
const EXTRA_FUNCTIONS = new Set(['Fn::Base64', 'Fn::Length', 'Fn::ToJsonString']);
const NETWORK_FUNCTIONS = new Set(['Fn::GetAZs', 'Fn::Cidr']);

/** Property that holds a resource's name (what Ref returns / what ARNs are built from). */
export const NAME_HINTS: Readonly<Record<string, string>> = {
  'AWS::S3::Bucket': 'BucketName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SSM::Parameter': 'Name',
  'AWS::Backup::BackupVault': 'BackupVaultName',
  'AWS::S3Tables::TableBucket': 'TableBucketName',
  'AWS::ApiGateway::RestApi': 'Name',
  'AWS::CloudTrail::EventDataStore': 'Name',
  'AWS::CloudTrail::Dashboard': 'Name',
  'AWS::S3Express::AccessPoint': 'Name',
};

/**
 * SAM resources (the reference ignores every `AWS::Serverless::*` type): their name property names
 * the generated resource, in default mode too.
 */
const SAM_NAME_HINTS: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'FunctionName',
  'AWS::Serverless::StateMachine': 'Name',
  'AWS::Serverless::LayerVersion': 'LayerName',
  'AWS::Serverless::SimpleTable': 'TableName',
};

/**
 * More name properties, used in default mode so that generated ARNs carry the name the resource
 * will really have (what a `check-access-not-granted --resources` list names), and `Ref` returns
 * the name CloudFormation returns.
 */
export const EXTENDED_NAME_HINTS: Readonly<Record<string, string>> = {
  ...NAME_HINTS,
  ...SAM_NAME_HINTS,
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::DynamoDB::GlobalTable': 'TableName',
  'AWS::Kinesis::Stream': 'Name',
  'AWS::KinesisFirehose::DeliveryStream': 'DeliveryStreamName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::StepFunctions::StateMachine': 'StateMachineName',
  'AWS::StepFunctions::Activity': 'Name',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::Logs::Destination': 'DestinationName',
  'AWS::ECR::Repository': 'RepositoryName',
  'AWS::ECS::Cluster': 'ClusterName',
  'AWS::ECS::Service': 'ServiceName',
  'AWS::EKS::Cluster': 'Name',
  'AWS::Events::Rule': 'Name',
  'AWS::Events::EventBus': 'Name',
  'AWS::Events::Archive': 'ArchiveName',
  'AWS::Events::Connection': 'Name',
  'AWS::Events::ApiDestination': 'Name',
  'AWS::Scheduler::Schedule': 'Name',
  'AWS::Scheduler::ScheduleGroup': 'Name',
  'AWS::Pipes::Pipe': 'Name',
  'AWS::SecretsManager::Secret': 'Name',
  'AWS::CodeBuild::Project': 'Name',
  'AWS::CodeCommit::Repository': 'RepositoryName',
  'AWS::CodeArtifact::Domain': 'DomainName',
  'AWS::CodeArtifact::Repository': 'RepositoryName',
  'AWS::CodePipeline::Pipeline': 'Name',
  'AWS::CloudWatch::Alarm': 'AlarmName',
  'AWS::CloudWatch::CompositeAlarm': 'AlarmName',
  'AWS::CloudTrail::Trail': 'TrailName',
  'AWS::Glue::Registry': 'Name',
  'AWS::Athena::WorkGroup': 'Name',
  'AWS::Batch::JobQueue': 'JobQueueName',
  'AWS::Batch::ComputeEnvironment': 'ComputeEnvironmentName',
  'AWS::OpenSearchService::Domain': 'DomainName',
  'AWS::Elasticsearch::Domain': 'DomainName',
  'AWS::IAM::InstanceProfile': 'InstanceProfileName',
  'AWS::IAM::ServerCertificate': 'ServerCertificateName',
  'AWS::MSK::Cluster': 'ClusterName',
  'AWS::Lambda::LayerVersion': 'LayerName',
  'AWS::Timestream::Database': 'DatabaseName',
  'AWS::Timestream::Table': 'TableName',
  'AWS::MemoryDB::Cluster': 'ClusterName',
  'AWS::S3::AccessPoint': 'Name',
  'AWS::S3Express::DirectoryBucket': 'BucketName',
  'AWS::KMS::Alias': 'AliasName',
  'AWS::SSM::Document': 'Name',
  'AWS::IoT::Thing': 'ThingName',
  'AWS::SageMaker::Model': 'ModelName',
  'AWS::SageMaker::Endpoint': 'EndpointName',
  'AWS::SageMaker::NotebookInstance': 'NotebookInstanceName',
  'AWS::ElastiCache::ServerlessCache': 'ServerlessCacheName',
  'AWS::RDS::DBInstance': 'DBInstanceIdentifier',
  'AWS::RDS::DBCluster': 'DBClusterIdentifier',
  'AWS::AmazonMQ::Broker': 'BrokerName',
  'AWS::WAFv2::WebACL': 'Name',
  'AWS::WAFv2::IPSet': 'Name',
  'AWS::WAFv2::RuleGroup': 'Name',
  'AWS::WAFv2::RegexPatternSet': 'Name',
};

/** Types of EXTENDED_NAME_HINTS whose `Ref` returns an id (or a compound value), not the name. */
const REF_RETURNS_ID = new Set([
  'AWS::CodeCommit::Repository',
  'AWS::Glue::Registry',
  'AWS::AmazonMQ::Broker',
  'AWS::WAFv2::WebACL',
  'AWS::WAFv2::IPSet',
  'AWS::WAFv2::RuleGroup',
  'AWS::WAFv2::RegexPatternSet',
]);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isCustomResourceType(type: string): boolean {
  return type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource';
}

export interface EvaluatorInit {
  /** Fn::GetAZs answers per region (default: `<region>a`, `<region>b`, `<region>c`). */
  availabilityZones?: Readonly<Record<string, readonly string[]>>;
  /**
   * `Fn::GetAtt <NestedStack>.Outputs.<Name>`: the output's value computed from the child
   * template, or undefined when the nested stack is not followed.
   */
  nestedStackOutput?: (logicalId: string, output: string, path: string) => Promise<unknown>;
  template: CfnTemplate;
  positions: PositionIndex;
  account: AccountConfig;
  parameterValues: Record<string, string | string[]>;
  lookups: ExternalLookups;
  behaviour: EvaluationBehaviour;
}

/**
 * Evaluates CloudFormation intrinsic functions and pseudo parameters lazily: callers evaluate only
 * the properties they need, as the reference does, so unrelated unresolvable values never fail a
 * run. Every produced object/array remembers the template path it came from (`originOf`), which is
 * how statements are mapped back to source lines after Fn::If / NoValue pruning.
 */
export class Evaluator {
  private readonly origins = new WeakMap<object, string>();
  private readonly resources: Record<string, CfnResource>;
  private readonly parameters: Record<string, unknown>;
  private readonly mappings: Record<string, unknown>;
  private readonly conditions: Record<string, unknown>;
  private readonly conditionCache = new Map<string, Promise<boolean>>();
  private readonly ssmCache = new Map<string, Promise<string>>();
  private exportsCache: Promise<{ Name: string; Value: string }[]> | undefined;
  private restApisCache:
    Promise<{ id: string; name: string; rootResourceId: string }[]> | undefined;
  private canonicalCache: Promise<string> | undefined;

  constructor(private readonly init: EvaluatorInit) {
    const t = init.template;
    this.resources = t.Resources;
    this.parameters = isPlainObject(t.Parameters) ? t.Parameters : {};
    this.mappings = isPlainObject(t.Mappings) ? t.Mappings : {};
    this.conditions = isPlainObject(t.Conditions) ? t.Conditions : {};
  }

  get account(): AccountConfig {
    return this.init.account;
  }

  get behaviour(): EvaluationBehaviour {
    return this.init.behaviour;
  }

  private get arnMode(): ArnTableMode {
    if (this.behaviour.referenceArnTable) return 'reference';
    return this.behaviour.documentedArns ? 'documented' : 'extended';
  }

  /** The property naming a resource of this type, if any. */
  private nameHint(type: string): string | undefined {
    const mode = this.arnMode;
    const hints = mode === 'documented' ? EXTENDED_NAME_HINTS : NAME_HINTS;
    if (Object.hasOwn(hints, type)) return hints[type];
    return mode === 'extended' && Object.hasOwn(SAM_NAME_HINTS, type)
      ? SAM_NAME_HINTS[type]
      : undefined;
  }

  originOf(value: unknown): string | undefined {
    return typeof value === 'object' && value !== null ? this.origins.get(value) : undefined;
  }

  fail(kind: TemplateErrorKind, message: string, path: string): never {
    throw new TemplateError(kind, message, { location: this.init.positions.locate(path) });
  }

  /** A jsonschema-style message with the reference's `, Path: <relative path>` suffix. */
  schemaFail(message: string, relativePath: string, path: string): never {
    return this.fail('schema', `${message}, Path: ${relativePath}`, path);
  }

  /** Evaluates a resource property (`Resources.<id>.Properties.<name>`); NoValue reads as absent. */
  async property(logicalId: string, name: string, visited: string[] = []): Promise<unknown> {
    const props = this.resources[logicalId]?.Properties;
    if (!isPlainObject(props) || !(name in props)) return undefined;
    const value = await this.eval(
      props[name],
      joinPath(joinPath(joinPath('Resources', logicalId), 'Properties'), name),
      visited,
    );
    return value === NO_VALUE ? undefined : value;
  }

  async eval(value: unknown, path: string, visited: readonly string[] = []): Promise<unknown> {
    let result: unknown;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++)
        out.push(await this.eval(value[i], joinPath(path, i), visited));
      this.origins.set(out, path);
      result = out;
    } else if (isPlainObject(value)) {
      const keys = Object.keys(value);
      const first = keys[0];
      if (first !== undefined && this.isFunction(first)) {
        result = await this.evalFunction(first, value[first], joinPath(path, first), visited);
      } else {
        if (first !== undefined && this.behaviour.strictFunctions && first.startsWith('Fn::')) {
          this.fail(
            'unsupported_function',
            `Unsupported intrinsic function ${first}: it cannot be resolved before deployment, so the policy cannot be validated.`,
            joinPath(path, first),
          );
        }
        const out: Record<string, unknown> = {};
        for (const key of keys) {
          Object.defineProperty(out, key, {
            value: await this.eval(value[key], joinPath(path, key), visited),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        this.origins.set(out, path);
        result = out;
      }
    } else {
      result = value;
    }
    if (typeof result === 'string' && result.includes('{{resolve:ssm:')) {
      result = await this.resolveDynamicReferences(result, path);
    }
    return pruneNoValue(result);
  }

  private isFunction(name: string): boolean {
    return (
      BASE_FUNCTIONS.has(name) ||
      (this.behaviour.strictFunctions && EXTRA_FUNCTIONS.has(name)) ||
      (this.behaviour.networkFunctions && NETWORK_FUNCTIONS.has(name))
    );
  }

  private async evalFunction(
    name: string,
    arg: unknown,
    path: string,
    visited: readonly string[],
  ): Promise<unknown> {
    switch (name) {
      case 'Ref':
        return this.ref(arg, path, visited);
      case 'Fn::GetAtt':
        return this.getAtt(arg, path, visited);
      case 'Fn::Sub':
        return this.sub(arg, path, visited);
      case 'Fn::ImportValue':
        return this.importValue(arg, path, visited);
      case 'Fn::Split':
        return this.split(arg, path, visited);
      case 'Fn::Join':
        return this.join(arg, path, visited);
      case 'Fn::Select':
        return this.select(arg, path, visited);
      case 'Fn::FindInMap':
        return this.findInMap(arg, path, visited);
      case 'Fn::If':
        return this.fnIf(arg, path, visited);
      case 'Fn::Base64': {
        const s = await this.eval(arg, path, visited);
        if (typeof s !== 'string')
          this.schemaFail(`${pyRepr(s)} is not of type 'string'`, 'Fn::Base64', path);
        return Buffer.from(s, 'utf8').toString('base64');
      }
      case 'Fn::Length': {
        const list = await this.eval(arg, path, visited);
        if (!Array.isArray(list))
          this.schemaFail(`${pyRepr(list)} is not of type 'array'`, 'Fn::Length', path);
        return list.length;
      }
      case 'Fn::ToJsonString': {
        const v = await this.eval(arg, path, visited);
        return JSON.stringify(v);
      }
      case 'Fn::GetAZs': {
        const region = await this.eval(arg, path, visited);
        if (typeof region !== 'string')
          return this.schemaFail(`${pyRepr(region)} is not of type 'string'`, 'Fn::GetAZs', path);
        const zones = availabilityZones(region === '' ? this.account.region : region, this.init);
        const out = [...zones];
        this.origins.set(out, path);
        return out;
      }
      case 'Fn::Cidr': {
        const args = await this.eval(arg, path, visited);
        if (!Array.isArray(args) || args.length !== 3)
          return this.schemaFail(
            `${pyRepr(args)} is not valid under any of the given schemas`,
            'Fn::Cidr',
            path,
          );
        const [block, count, bits] = args as [unknown, unknown, unknown];
        const result = cidrSubnets(block, count, bits);
        if (typeof result === 'string')
          return this.fail('invalid_value', `Fn::Cidr: ${result}`, path);
        this.origins.set(result, path);
        return result;
      }
      default:
        return this.fail('unsupported_function', `Unsupported intrinsic function ${name}`, path);
    }
  }

  // ---------------------------------------------------------------- Ref

  private async ref(arg: unknown, path: string, visited: readonly string[]): Promise<unknown> {
    if (typeof arg !== 'string')
      this.schemaFail(`${pyRepr(arg)} is not of type 'string'`, 'Ref', path);
    const { accountId, partition, region } = this.account;
    switch (arg) {
      case 'AWS::AccountId':
        return accountId;
      case 'AWS::Partition':
        return partition;
      case 'AWS::Region':
        return region;
      case 'AWS::StackName':
        return 'StackName';
      case 'AWS::StackId':
        return `arn:${partition}:cloudformation:${region}:${accountId}:stack/StackName/00000000-0000-0000-0000-000000000000`;
      case 'AWS::URLSuffix':
        return region === 'cn-north-1' || region === 'cn-northwest-1'
          ? 'amazonaws.com.cn'
          : 'amazonaws.com';
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::NotificationARNs':
        if (this.behaviour.notificationArnsEmpty) return [];
        break;
      default:
        break;
    }
    const resource = Object.hasOwn(this.resources, arg) ? this.resources[arg] : undefined;
    if (resource) return this.refResource(arg, resource, path, visited);
    if (Object.hasOwn(this.parameters, arg)) return this.parameterValue(arg, path);
    return this.fail(
      'unresolved_reference',
      `Unable to find a referenced resource or parameter in template: ${arg}`,
      path,
    );
  }

  private async refResource(
    logicalId: string,
    resource: CfnResource,
    path: string,
    visited: readonly string[],
  ): Promise<unknown> {
    const type = resource.Type;
    const mode = this.arnMode;
    if (refReturnsArn(type, mode)) {
      // The reference names a Ref-generated ARN after the logical id; CloudFormation (and our
      // default) after the resource's name property.
      let name = logicalId;
      const hint = mode === 'documented' ? this.nameHint(type) : undefined;
      if (hint) {
        const hinted = await this.nameProperty(logicalId, hint, path, visited);
        if (typeof hinted === 'string') name = hinted;
      }
      const arn = await this.generateArn(name, logicalId, resource, 'Ref', path, visited);
      // The reference returns None (null in the policy) for listed types it has no pattern for.
      if (arn !== undefined || mode === 'reference') return arn ?? null;
    }
    if (type === 'AWS::SQS::Queue') {
      const name = await this.nameProperty(logicalId, 'QueueName', path, visited);
      return `https://sqs.${this.account.region}.amazonaws.com/${this.account.accountId}/${name === undefined ? logicalId : pyStr(name)}`;
    }
    if (type === 'AWS::ApiGateway::RestApi') {
      const name = (await this.nameProperty(logicalId, 'Name', path, visited)) ?? logicalId;
      const api = (await this.restApis(path)).find((a) => a.name === name);
      if (!api)
        this.fail('lookup_failed', `No rest api found with logical name: ${pyStr(name)}`, path);
      return api.id;
    }
    const hint = REF_RETURNS_ID.has(type) ? NAME_HINTS[type] : this.nameHint(type);
    // (nameHint is the reference's list unless documentedArns is set.)
    if (hint) {
      const name = await this.nameProperty(logicalId, hint, path, visited);
      if (name !== undefined) return name;
    }
    return logicalId;
  }

  /** Evaluates a name-hint property of another resource, guarding against reference cycles. */
  private async nameProperty(
    logicalId: string,
    property: string,
    path: string,
    visited: readonly string[],
  ): Promise<unknown> {
    const props = this.resources[logicalId]?.Properties;
    if (!isPlainObject(props) || props[property] === undefined) return undefined;
    const next = this.enter(logicalId, property, path, visited);
    const value = await this.eval(
      props[property],
      `Resources.${logicalId}.Properties.${property}`,
      next,
    );
    return value === NO_VALUE ? undefined : value;
  }

  private enter(
    logicalId: string,
    property: string,
    path: string,
    visited: readonly string[],
  ): string[] {
    const key = `${logicalId}\u0000${property}`;
    if (visited.includes(key))
      this.fail('cycle', `Cycle detected for ${logicalId} and ${property}.`, path);
    return [...visited, key];
  }

  private async parameterValue(name: string, path: string): Promise<unknown> {
    const declared = this.parameters[name];
    let value: unknown = Object.hasOwn(this.init.parameterValues, name)
      ? this.init.parameterValues[name]
      : undefined;
    if (
      value === undefined &&
      this.behaviour.useParameterDefaults &&
      isPlainObject(declared) &&
      'Default' in declared
    ) {
      const d = declared.Default;
      value = typeof d === 'number' || typeof d === 'boolean' ? String(d) : d;
    }
    if (value === undefined || value === null) {
      this.fail(
        'missing_parameter',
        `No value passed for referenced parameter: ${name}.\nParameters are passed using the --parameters flag.`,
        path,
      );
    }
    if (Array.isArray(value)) return [...(value as unknown[])];
    if (
      !this.behaviour.honourParameterTypes ||
      !isPlainObject(declared) ||
      typeof declared.Type !== 'string'
    )
      return value;
    const type = declared.Type;
    const ssm = /^AWS::SSM::Parameter::Value<(.+)>$/.exec(type);
    if (ssm && typeof value === 'string') {
      const resolved = await this.ssm(
        value,
        path,
        `SSM parameter type of template parameter ${name}`,
      );
      return /^(List<|CommaDelimitedList)/.test(ssm[1] ?? '') ? resolved.split(',') : resolved;
    }
    if ((type === 'CommaDelimitedList' || type.startsWith('List<')) && typeof value === 'string')
      return value.split(',');
    return value;
  }

  // ---------------------------------------------------------------- GetAtt / ARNs

  private async getAtt(arg: unknown, path: string, visited: readonly string[]): Promise<unknown> {
    validateGetAttShape(arg, path, this);
    const [logicalId, rawAttribute] = arg as [string, unknown];
    let attribute = rawAttribute;
    if (typeof attribute !== 'string') {
      attribute = await this.eval(attribute, joinPath(path, 1), visited);
      if (typeof attribute !== 'string')
        this.schemaFail(`${pyRepr(attribute)} is not of type 'string'`, 'Fn::GetAtt.1', path);
    }
    const attr = attribute;
    const resource = Object.hasOwn(this.resources, logicalId)
      ? this.resources[logicalId]
      : undefined;
    if (!resource) {
      this.fail(
        'unresolved_reference',
        `Unable to find referenced resource for GetAtt reference to ${logicalId}.${attr}`,
        path,
      );
    }
    const type = resource.Type;
    if (isCustomResourceType(type)) {
      this.fail(
        'custom_resource',
        `Unable to resolve Fn::GetAtt for custom resource: ${logicalId}.${attr}. Custom resource return values are defined by the backing Lambda function and cannot be resolved. If this resource is referenced in an IAM policy, you can exclude it from validation using --exclude-resource-types ${type}`,
        path,
      );
    }
    const hint = this.nameHint(type);
    const hinted = hint ? await this.nameProperty(logicalId, hint, path, visited) : undefined;
    const resourceName = hinted === undefined ? logicalId : pyStr(hinted);
    const arn = await this.generateArn(resourceName, logicalId, resource, attr, path, visited);
    if (arn !== undefined) return arn;

    const special = await this.specialAttribute(logicalId, resource, attr, path, visited);
    if (special !== undefined) return special;

    const props = isPlainObject(resource.Properties) ? resource.Properties : {};
    if (props[attr] !== undefined) {
      const next = this.enter(logicalId, attr, path, visited);
      return this.eval(props[attr], `Resources.${logicalId}.Properties.${attr}`, next);
    }
    if (attr.includes('.')) {
      let node: unknown = props;
      for (const segment of attr.split('.')) node = isPlainObject(node) ? node[segment] : undefined;
      if (node !== undefined) {
        const next = this.enter(logicalId, attr, path, visited);
        return this.eval(node, `Resources.${logicalId}.Properties.${attr}`, next);
      }
    }
    return this.fail(
      'unsupported_getatt',
      `Call to GetAtt not supported for: ${logicalId}.${attr}`,
      path,
    );
  }

  private async specialAttribute(
    logicalId: string,
    resource: CfnResource,
    attr: string,
    path: string,
    visited: readonly string[],
  ): Promise<unknown> {
    const type = resource.Type;
    if (
      this.init.nestedStackOutput &&
      (type === 'AWS::CloudFormation::Stack' || type === 'AWS::Serverless::Application') &&
      attr.startsWith('Outputs.')
    ) {
      const value = await this.init.nestedStackOutput(logicalId, attr.slice(8), path);
      if (value !== undefined) return value;
    }
    if (
      type === 'AWS::CloudFront::CloudFrontOriginAccessIdentity' &&
      attr === 'S3CanonicalUserId'
    ) {
      this.canonicalCache ??= this.init.lookups.getCanonicalUserId();
      try {
        return await this.canonicalCache;
      } catch (error) {
        return this.lookupFailure(
          error,
          'Unable to look up the canonical user id of the account',
          path,
        );
      }
    }
    if (
      type === 'AWS::ApiGateway::RestApi' &&
      (attr === 'RestApiId' || attr === 'RootResourceId')
    ) {
      const name = (await this.nameProperty(logicalId, 'Name', path, visited)) ?? logicalId;
      const api = (await this.restApis(path)).find((a) => a.name === name);
      if (!api)
        this.fail('lookup_failed', `No rest api found with logical name: ${pyStr(name)}`, path);
      return attr === 'RestApiId' ? api.id : api.rootResourceId;
    }
    if (type === 'AWS::CodeArtifact::Domain' && (attr === 'Name' || attr === 'Owner')) {
      if (attr === 'Owner') return this.account.accountId;
      return (await this.nameProperty(logicalId, 'DomainName', path, visited)) ?? logicalId;
    }
    if (type === 'AWS::S3Express::AccessPoint' && attr === 'NetworkOrigin') {
      const vpc = await this.nameProperty(logicalId, 'VpcConfiguration', path, visited);
      return vpc === undefined ? 'Internet' : 'VPC';
    }
    return undefined;
  }

  /**
   * Builds an ARN from the pattern table. Undefined when the type/attribute has no pattern.
   * Throws for malformed types and CloudFormation modules, as the reference does.
   */
  async generateArn(
    resourceName: string,
    logicalId: string,
    resource: CfnResource,
    attribute: string,
    path: string,
    visited: readonly string[],
  ): Promise<string | undefined> {
    const type = resource.Type;
    const parts = type.split('::');
    if (parts.length !== 3) {
      if (parts.length === 4 && parts[3]?.toLowerCase() === 'module') {
        this.fail(
          'unsupported_type',
          `Unable to resolve ${type}. CloudFormation modules are not yet supported.`,
          path,
        );
      }
      this.fail('unsupported_type', `Invalid resource type: ${type}`, path);
    }
    let pattern = arnPattern(type, attribute, this.arnMode);
    if (pattern === undefined) return undefined;
    const { accountId, partition, region } = this.account;
    pattern = pattern
      .replaceAll('${Partition}', partition)
      .replaceAll('${Region}', region)
      .replaceAll('${Account}', accountId);
    const str = async (prop: string): Promise<string | undefined> => {
      const v = await this.nameProperty(logicalId, prop, path, visited);
      if (v === undefined) return undefined;
      if (typeof v !== 'string') {
        this.schemaFail(
          `${pyRepr(v)} is not of type 'string'`,
          `Resources.${logicalId}.Properties.${prop}`,
          path,
        );
      }
      return v;
    };
    const withPath = async (nameProp: string, placeholder: string): Promise<void> => {
      const p = (await str('Path')) ?? '/';
      const name = (await str(nameProp)) ?? logicalId;
      pattern = pattern!.replace(placeholder, p.slice(1) + name);
    };
    switch (type) {
      case 'AWS::IAM::Role':
        await withPath('RoleName', '${RoleNameWithPath}');
        break;
      case 'AWS::IAM::User':
        await withPath('UserName', '${UserNameWithPath}');
        break;
      case 'AWS::IAM::ManagedPolicy':
        await withPath('ManagedPolicyName', '${PolicyNameWithPath}');
        break;
      case 'AWS::ElasticLoadBalancingV2::LoadBalancer': {
        const lbType = (await str('Type')) ?? 'application';
        if (lbType === 'network')
          pattern = pattern.replace('loadbalancer/app/', 'loadbalancer/net/');
        else if (lbType === 'gateway')
          pattern = pattern.replace('loadbalancer/app/', 'loadbalancer/gwy/');
        break;
      }
      case 'AWS::ElasticLoadBalancingV2::Listener': {
        const protocol = await str('Protocol');
        if (protocol === undefined) pattern = pattern.replace('listener/app/', 'listener/gwy/');
        else if (protocol !== 'HTTP' && protocol !== 'HTTPS')
          pattern = pattern.replace('listener/app/', 'listener/net/');
        break;
      }
      case 'AWS::ElasticLoadBalancingV2::TargetGroup': {
        const protocol = await str('Protocol');
        if (protocol === 'GENEVE')
          pattern = pattern.replace('loadbalancer/app/', 'loadbalancer/gwy/');
        else if (protocol !== undefined && protocol !== 'HTTP' && protocol !== 'HTTPS') {
          pattern = pattern.replace('loadbalancer/app/', 'loadbalancer/net/');
        }
        break;
      }
      case 'AWS::NetworkFirewall::RuleGroup': {
        const kind = await str('Type');
        if (kind !== 'STATEFUL')
          pattern = pattern.replace(':stateful-rulegroup/', ':stateless-rulegroup/');
        break;
      }
      default:
        if (this.arnMode !== 'reference')
          pattern = await this.extendedArnParts(type, pattern, str, this.arnMode === 'documented');
        break;
    }
    return pattern.replace(/\$\{[^}]*\}/g, () => resourceName);
  }

  /** Property-dependent parts of ARNs that only our extended table knows about. */
  private async extendedArnParts(
    type: string,
    pattern: string,
    str: (prop: string) => Promise<string | undefined>,
    documented: boolean,
  ): Promise<string> {
    // Schedules are not in the reference's table: their group is always part of the ARN.
    if (type === 'AWS::Scheduler::Schedule')
      return pattern.replace('${GroupName}', (await str('GroupName')) ?? 'default');
    // The others correct ARNs the reference also produces, so only with documentedArns.
    if (!documented) return pattern;
    const withPath = async (nameProp: string, placeholder: string): Promise<string> => {
      const p = (await str('Path')) ?? '/';
      const name = await str(nameProp);
      return name === undefined ? pattern : pattern.replace(placeholder, p.slice(1) + name);
    };
    switch (type) {
      case 'AWS::IAM::Group':
        return withPath('GroupName', '${GroupNameWithPath}');
      case 'AWS::IAM::InstanceProfile':
        return withPath('InstanceProfileName', '${InstanceProfileNameWithPath}');
      case 'AWS::IAM::ServerCertificate':
        return withPath('ServerCertificateName', '${CertificateNameWithPath}');
      case 'AWS::WAFv2::WebACL':
      case 'AWS::WAFv2::IPSet':
      case 'AWS::WAFv2::RuleGroup':
      case 'AWS::WAFv2::RegexPatternSet': {
        // CloudFront-scoped WAF resources live in us-east-1 under "global".
        const scope = await str('Scope');
        if (scope === 'CLOUDFRONT') {
          return pattern
            .replace('${Scope}', 'global')
            .replace(/^(arn:[^:]*:wafv2:)[^:]*:/, '$1us-east-1:');
        }
        return pattern.replace('${Scope}', 'regional');
      }
      case 'AWS::Events::Rule': {
        // Rules on a custom bus are named `rule/<bus>/<rule>`; the bus may be given by ARN.
        const bus = await str('EventBusName');
        const busName = bus?.slice(bus.lastIndexOf('/') + 1);
        if (busName && busName !== 'default')
          return pattern.replace('rule/${RuleName}', `rule/${busName}/\${RuleName}`);
        return pattern;
      }
      default:
        return pattern;
    }
  }

  // ---------------------------------------------------------------- Sub, Join, Split, Select, FindInMap, If

  private async sub(arg: unknown, path: string, visited: readonly string[]): Promise<string> {
    let text: string;
    let variables: Record<string, unknown> = {};
    if (typeof arg === 'string') text = arg;
    else if (
      Array.isArray(arg) &&
      arg.length === 2 &&
      typeof arg[0] === 'string' &&
      isPlainObject(arg[1])
    ) {
      text = arg[0];
      variables = arg[1];
    } else {
      return this.schemaFail(
        `${pyRepr(arg)} is not valid under any of the given schemas`,
        'Fn::Sub',
        path,
      );
    }
    const matches = [...text.matchAll(/\$\{([^}]*)\}/g)];
    const replacements: string[] = [];
    for (const match of matches) {
      const name = match[1] ?? '';
      if (name.startsWith('!')) {
        replacements.push(this.behaviour.unescapeSubLiterals ? `\${${name.slice(1)}}` : match[0]);
        continue;
      }
      let value: unknown;
      if (Object.hasOwn(variables, name)) {
        value = await this.eval(variables[name], joinPath(joinPath(path, 1), name), visited);
      } else if (name.includes('.')) {
        const dot = name.indexOf('.');
        const parts = this.behaviour.subDottedAttributes
          ? [name.slice(0, dot), name.slice(dot + 1)]
          : name.split('.');
        value = await this.getAtt(parts, joinPath(path, 'Fn::GetAtt'), visited);
      } else {
        value = await this.ref(name, path, visited);
      }
      if (typeof value !== 'string')
        this.schemaFail(`${pyRepr(value)} is not of type 'string'`, 'Fn::Sub', path);
      replacements.push(value);
    }
    let out = '';
    let last = 0;
    matches.forEach((match, i) => {
      out += text.slice(last, match.index) + (replacements[i] ?? '');
      last = (match.index ?? 0) + match[0].length;
    });
    return out + text.slice(last);
  }

  private async join(arg: unknown, path: string, visited: readonly string[]): Promise<string> {
    if (!Array.isArray(arg))
      return this.schemaFail(`${pyRepr(arg)} is not of type 'array'`, 'Fn::Join', path);
    if (arg.length !== 2)
      return this.schemaFail(`${pyRepr(arg)} does not have exactly 2 items`, 'Fn::Join', path);
    const [delimiter, list] = arg as [unknown, unknown];
    if (typeof delimiter !== 'string')
      this.schemaFail(`${pyRepr(delimiter)} is not of type 'string'`, 'Fn::Join.0', path);
    const values = await this.eval(list, joinPath(path, 1), visited);
    if (!Array.isArray(values))
      return this.schemaFail(`${pyRepr(values)} is not of type 'array'`, 'Fn::Join.1', path);
    values.forEach((v, i) => {
      if (typeof v !== 'string')
        this.schemaFail(
          `${pyRepr(v)} is not of type 'string'`,
          `Fn::Join.1.${i}`,
          joinPath(joinPath(path, 1), i),
        );
    });
    return (values as string[]).join(delimiter);
  }

  private async split(arg: unknown, path: string, visited: readonly string[]): Promise<string[]> {
    if (!Array.isArray(arg) || arg.length !== 2) {
      return this.schemaFail(
        `${pyRepr(arg)} is not valid under any of the given schemas`,
        'Fn::Split',
        path,
      );
    }
    const [delimiter, source] = arg as [unknown, unknown];
    if (typeof delimiter !== 'string')
      this.schemaFail(`${pyRepr(delimiter)} is not of type 'string'`, 'Fn::Split.0', path);
    const value = await this.eval(source, joinPath(path, 1), visited);
    if (typeof value !== 'string')
      this.schemaFail(`${pyRepr(value)} is not of type 'string'`, 'Fn::Split.1', path);
    const out = value.split(delimiter);
    this.origins.set(out, path);
    return out;
  }

  private async select(arg: unknown, path: string, visited: readonly string[]): Promise<unknown> {
    if (!Array.isArray(arg) || arg.length !== 2) {
      return this.schemaFail(
        `${pyRepr(arg)} is not valid under any of the given schemas`,
        'Fn::Select',
        path,
      );
    }
    const rawIndex = await this.eval(arg[0], joinPath(path, 0), visited);
    let index: number;
    if (typeof rawIndex === 'number' && Number.isFinite(rawIndex)) index = Math.trunc(rawIndex);
    else if (typeof rawIndex === 'string' && /^\s*[+-]?\d+\s*$/.test(rawIndex))
      index = Number.parseInt(rawIndex, 10);
    else {
      return this.fail(
        'schema',
        `The first value for Fn::Select must be an integer. Invalid value: ${pyStr(rawIndex)}`,
        path,
      );
    }
    const list = await this.eval(arg[1], joinPath(path, 1), visited);
    if (!Array.isArray(list))
      return this.schemaFail(`${pyRepr(list)} is not of type 'array'`, 'Fn::Select.1', path);
    if (index < 0 || index >= list.length) {
      return this.fail(
        'out_of_bounds',
        `Fn::Select index is out of bounds of the list.  Invalid value: ${pyRepr(arg)}`,
        path,
      );
    }
    return list[index];
  }

  private async findInMap(
    arg: unknown,
    path: string,
    visited: readonly string[],
  ): Promise<unknown> {
    if (!Array.isArray(arg))
      return this.schemaFail(`${pyRepr(arg)} is not of type 'array'`, 'Fn::FindInMap', path);
    let defaultValue: { value: unknown } | undefined;
    if (
      arg.length === 4 &&
      this.behaviour.findInMapDefault &&
      isPlainObject(arg[3]) &&
      'DefaultValue' in arg[3]
    ) {
      defaultValue = { value: arg[3].DefaultValue };
    } else if (arg.length > 3) {
      return this.schemaFail(
        `Additional items are not allowed (${arg.slice(3).map(pyRepr).join(', ')} was unexpected)`,
        'Fn::FindInMap',
        path,
      );
    } else if (arg.length < 3) {
      return this.schemaFail(`${pyRepr(arg)} is too short`, 'Fn::FindInMap', path);
    }
    const keys: string[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await this.eval(arg[i], joinPath(path, i), visited);
      if (typeof v !== 'string')
        this.schemaFail(`${pyRepr(v)} is not of type 'string'`, `Fn::FindInMap.${i}`, path);
      keys.push(v);
    }
    const [m, k1, k2] = keys as [string, string, string];
    const level1 = Object.hasOwn(this.mappings, m) ? this.mappings[m] : undefined;
    const level2 = isPlainObject(level1) && Object.hasOwn(level1, k1) ? level1[k1] : undefined;
    const found = isPlainObject(level2) && Object.hasOwn(level2, k2) ? level2[k2] : undefined;
    if (found === undefined) {
      if (defaultValue) return this.eval(defaultValue.value, joinPath(path, 3), visited);
      return this.fail(
        'lookup_failed',
        `Fn::FindInMap lookup failed. Unable to find value in Mappings.  Value: ${pyRepr(keys)}`,
        path,
      );
    }
    return this.eval(found, `Mappings.${m}.${k1}.${k2}`, visited);
  }

  private async fnIf(arg: unknown, path: string, visited: readonly string[]): Promise<unknown> {
    if (!Array.isArray(arg) || arg.length !== 3) {
      return this.schemaFail(
        `${pyRepr(arg)} is not valid under any of the given schemas`,
        'Fn::If',
        path,
      );
    }
    if (typeof arg[0] !== 'string')
      this.schemaFail(`${pyRepr(arg[0])} is not of type 'string'`, 'Fn::If.0', path);
    const chosen = (await this.condition(arg[0], path)) ? 1 : 2;
    return this.eval(arg[chosen], joinPath(path, chosen), visited);
  }

  private async importValue(
    arg: unknown,
    path: string,
    visited: readonly string[],
  ): Promise<string> {
    const name = await this.eval(arg, path, visited);
    if (typeof name !== 'string')
      return this.schemaFail(`${pyRepr(name)} is not of type 'string'`, 'Fn::ImportValue', path);
    this.exportsCache ??= this.init.lookups.listExports();
    let exports: { Name: string; Value: string }[];
    try {
      exports = await this.exportsCache;
    } catch (error) {
      return this.lookupFailure(error, 'Unable to list CloudFormation exports', path);
    }
    const found = exports.find((e) => e.Name === name);
    if (!found) {
      return this.fail(
        'lookup_failed',
        `Unable to resolve Fn::ImportValue. Could not find a stack export to import with value ${name}.`,
        path,
      );
    }
    return found.Value;
  }

  // ---------------------------------------------------------------- Conditions

  /** Evaluates a named condition (cached; cycles are errors). */
  async condition(name: string, path: string, stack: readonly string[] = []): Promise<boolean> {
    if (!Object.hasOwn(this.conditions, name)) {
      this.fail(
        'unresolved_condition',
        `Unable to find referenced condition in template: ${name}`,
        path,
      );
    }
    if (stack.includes(name)) this.fail('cycle', `Cycle detected for condition ${name}.`, path);
    let cached = this.conditionCache.get(name);
    if (!cached) {
      cached = this.conditionExpression(this.conditions[name], `Conditions.${name}`, [
        ...stack,
        name,
      ]);
      this.conditionCache.set(name, cached);
    }
    return cached;
  }

  private async conditionExpression(
    expr: unknown,
    path: string,
    stack: readonly string[],
  ): Promise<boolean> {
    if (typeof expr === 'boolean') return expr;
    if (isPlainObject(expr)) {
      const fn = Object.keys(expr)[0];
      const args = fn === undefined ? undefined : expr[fn];
      const fnPath = fn === undefined ? path : joinPath(path, fn);
      switch (fn) {
        case 'Fn::Equals': {
          if (!Array.isArray(args) || args.length !== 2) {
            return this.schemaFail(
              `${pyRepr(args)} is not valid under any of the given schemas`,
              'Fn::Equals',
              fnPath,
            );
          }
          const a = await this.eval(args[0], joinPath(fnPath, 0));
          const b = await this.eval(args[1], joinPath(fnPath, 1));
          return this.equalsText(a) === this.equalsText(b);
        }
        case 'Fn::And':
        case 'Fn::Or': {
          const short = fn.slice(4);
          if (!Array.isArray(args) || args.length < 2 || args.length > 10) {
            return this.fail(
              'schema',
              `Could not evaluate ${fn}. ${short} must have between 2 and 10 operands. Invalid value: ${pyRepr(args)}`,
              fnPath,
            );
          }
          const values: boolean[] = [];
          for (let i = 0; i < args.length; i++) {
            const v = await this.conditionOperand(args[i], joinPath(fnPath, i), stack);
            if (v === undefined) {
              return this.fail(
                'schema',
                `Could not evaluate ${fn}. The evaluated value of every ${short} operand must be a boolean. Value does not evaluate to a boolean: ${pyRepr(args)}`,
                fnPath,
              );
            }
            values.push(v);
          }
          return fn === 'Fn::And' ? values.every(Boolean) : values.some(Boolean);
        }
        case 'Fn::Not': {
          const operand =
            Array.isArray(args) && args.length === 1
              ? await this.conditionOperand(args[0], joinPath(fnPath, 0), stack)
              : undefined;
          if (operand === undefined) {
            return this.fail(
              'schema',
              `Could not evaluate Fn::Not. The evaluated value of a Not function must be a boolean. Value does not evaluate to a boolean: ${pyRepr(args)}`,
              fnPath,
            );
          }
          return !operand;
        }
        case 'Condition':
          if (typeof args !== 'string')
            return this.schemaFail(`${pyRepr(args)} is not of type 'string'`, 'Condition', fnPath);
          return this.condition(args, fnPath, stack);
        default:
          break;
      }
    }
    const v = await this.conditionOperand(expr, path, stack);
    if (v === undefined)
      return this.fail('schema', `Condition does not evaluate to a boolean: ${pyRepr(expr)}`, path);
    return v;
  }

  /** A condition operand: a nested condition function, a boolean, or (ours) "true"/"false". */
  private async conditionOperand(
    operand: unknown,
    path: string,
    stack: readonly string[],
  ): Promise<boolean | undefined> {
    if (typeof operand === 'boolean') return operand;
    if (isPlainObject(operand)) {
      const fn = Object.keys(operand)[0];
      if (
        fn === 'Fn::Equals' ||
        fn === 'Fn::And' ||
        fn === 'Fn::Or' ||
        fn === 'Fn::Not' ||
        fn === 'Condition'
      ) {
        return this.conditionExpression(operand, path, stack);
      }
      const v = await this.eval(operand, path);
      if (typeof v === 'boolean') return v;
      if (this.behaviour.cfnEquals && (v === 'true' || v === 'false')) return v === 'true';
      return undefined;
    }
    if (this.behaviour.cfnEquals && (operand === 'true' || operand === 'false'))
      return operand === 'true';
    return undefined;
  }

  private equalsText(value: unknown): string {
    if (this.behaviour.cfnEquals && typeof value === 'boolean') return value ? 'true' : 'false';
    return pyStr(value);
  }

  // ---------------------------------------------------------------- lookups

  private async resolveDynamicReferences(text: string, path: string): Promise<string> {
    const pattern = /\{\{resolve:ssm:([a-zA-Z0-9_./-]+)(?::(\d+))?\}\}/g;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) return text;
    const values: string[] = [];
    for (const match of matches) {
      const name = match[1] ?? '';
      const version = match[2];
      if (version === undefined && !this.behaviour.allowDynamicRefWithoutVersion) {
        this.fail(
          'dynamic_ref_version',
          `Dynamic references to SSM parameters must include a version number to ensure the value does not change between validation and deployment. Use the --allow-dynamic-ref-without-version flag if you want to disable this check for a version number. Invalid dynamic reference: ${match[0]}`,
          path,
        );
      }
      values.push(
        await this.ssm(
          version === undefined ? name : `${name}:${version}`,
          path,
          'dynamic reference',
        ),
      );
    }
    let out = '';
    let last = 0;
    matches.forEach((match, i) => {
      out += text.slice(last, match.index) + (values[i] ?? '');
      last = (match.index ?? 0) + match[0].length;
    });
    return out + text.slice(last);
  }

  private async ssm(key: string, path: string, what: string): Promise<string> {
    let cached = this.ssmCache.get(key);
    if (!cached) {
      cached = this.init.lookups.getSsmParameter(key);
      this.ssmCache.set(key, cached);
    }
    try {
      return await cached;
    } catch (error) {
      const region = this.account.region;
      if (error instanceof LookupNotFoundError && error.code === 'ParameterVersionNotFound') {
        const colon = key.lastIndexOf(':');
        return this.fail(
          'lookup_failed',
          `Could not find version ${key.slice(colon + 1)} of SSM parameter ${key.slice(0, colon)} referenced by ${what} in region ${region}.`,
          path,
        );
      }
      if (error instanceof LookupNotFoundError) {
        return this.fail(
          'lookup_failed',
          `Could not find SSM parameter referenced by ${what} in region ${region}: ${key}`,
          path,
        );
      }
      return this.lookupFailure(error, `Unable to read SSM parameter ${key}`, path);
    }
  }

  private async restApis(
    path: string,
  ): Promise<{ id: string; name: string; rootResourceId: string }[]> {
    this.restApisCache ??= this.init.lookups.getRestApis();
    try {
      return await this.restApisCache;
    } catch (error) {
      return this.lookupFailure(error, 'Unable to list API Gateway REST APIs', path);
    }
  }

  lookupFailure(error: unknown, what: string, path: string): never {
    if (error instanceof TemplateError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    return this.fail('lookup_failed', `${what}: ${detail}`, path);
  }
}

/** The shape the reference accepts for Fn::GetAtt: [string, attribute]. */
export function validateGetAttShape(
  arg: unknown,
  path: string,
  evaluator: Pick<Evaluator, 'schemaFail'>,
): void {
  if (!Array.isArray(arg))
    evaluator.schemaFail(`${pyRepr(arg)} is not of type 'array'`, 'Fn::GetAtt', path);
  const list = arg as unknown[];
  if (list.length > 2) {
    evaluator.schemaFail(
      `Additional items are not allowed (${list.slice(2).map(pyRepr).join(', ')} was unexpected)`,
      'Fn::GetAtt',
      path,
    );
  }
  if (list.length < 2) evaluator.schemaFail(`${pyRepr(list)} is too short`, 'Fn::GetAtt', path);
  if (typeof list[0] !== 'string')
    evaluator.schemaFail(`${pyRepr(list[0])} is not of type 'string'`, 'Fn::GetAtt.0', path);
}

function pruneNoValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) if (value[i] === NO_VALUE) value.splice(i, 1);
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) if (value[key] === NO_VALUE) delete value[key];
  }
  return value;
}

function availabilityZones(region: string, init: EvaluatorInit): readonly string[] {
  const injected = init.availabilityZones?.[region];
  return injected ?? [`${region}a`, `${region}b`, `${region}c`];
}

/**
 * Fn::Cidr [ipBlock, count, cidrBits]: the first `count` subnets of `ipBlock` whose host part is
 * `cidrBits` bits wide (`/24` for cidrBits 8 in IPv4), in address order, as CloudFormation returns
 * them. IPv4 and IPv6. Returns an error sentence for invalid arguments.
 */
export function cidrSubnets(block: unknown, count: unknown, bits: unknown): string[] | string {
  const toInt = (v: unknown): number | undefined => {
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v.trim());
    return undefined;
  };
  const n = toInt(count);
  const hostBits = toInt(bits);
  if (typeof block !== 'string') return `ipBlock must be a string, got ${pyRepr(block)}`;
  if (n === undefined || n < 1 || n > 256)
    return `count must be an integer from 1 to 256, got ${pyRepr(count)}`;
  const slash = block.indexOf('/');
  const address = slash < 0 ? block : block.slice(0, slash);
  const prefix = slash < 0 ? undefined : toInt(block.slice(slash + 1));
  const v6 = address.includes(':');
  const width = v6 ? 128 : 32;
  const parsed = v6 ? parseIpv6(address) : parseIpv4(address);
  if (parsed === undefined || prefix === undefined || prefix > width)
    return `${block} is not a valid CIDR block`;
  if (hostBits === undefined || hostBits < 0 || hostBits > width - prefix)
    return `cidrBits must be an integer from 0 to ${width - prefix} for ${block}, got ${pyRepr(bits)}`;
  const newPrefix = width - hostBits;
  const available = 1n << BigInt(newPrefix - prefix);
  if (BigInt(n) > available)
    return `${block} has room for ${available} subnets of /${newPrefix}, not ${n}`;
  const mask = ((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - prefix)) - 1n);
  const network = parsed & mask;
  const step = 1n << BigInt(hostBits);
  const out: string[] = [];
  for (let i = 0n; i < BigInt(n); i++) {
    const a = network + i * step;
    out.push(`${v6 ? formatIpv6(a) : formatIpv4(a)}/${newPrefix}`);
  }
  return out;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(p));
  }
  return value;
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join('.');
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string): string[] => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let value = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    value = (value << 16n) | BigInt(Number.parseInt(g, 16));
  }
  return value;
}

/** RFC 5952 text form (lowercase, longest run of zero groups compressed). */
function formatIpv6(value: bigint): string {
  const groups: number[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(Number((value >> s) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}
