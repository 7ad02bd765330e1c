/**
 * ARN patterns per CloudFormation type and attribute (`Ref` = what Ref returns when it is an ARN),
 * written from the AWS ARN formats (Service Authorization Reference). As in the reference tool,
 * `${Partition}`, `${Region}` and `${Account}` are filled from the target account and every other
 * `${...}` placeholder is replaced by the resource's name: validation only needs a well-formed ARN
 * of the right service and resource type, not the real identifier.
 *
 * Format: one entry per line, `Type Attribute Pattern`; several attributes may share a pattern
 * (`Arn,Ref`).
 */
const TABLE = `
AWS::AccessAnalyzer::Analyzer Arn,Ref arn:\${Partition}:access-analyzer:\${Region}:\${Account}:analyzer/\${AnalyzerName}
AWS::ACMPCA::CertificateAuthority Arn,Ref arn:\${Partition}:acm-pca:\${Region}:\${Account}:certificate-authority/\${CertificateAuthorityId}
AWS::ACMPCA::Certificate Arn arn:\${Partition}:acm:\${Region}:\${Account}:certificate/\${CertificateId}
AWS::ApiGateway::RestApi Arn arn:\${Partition}:apigateway:\${Region}::/restapis/\${RestApiId}
AWS::AppSync::GraphQLApi Arn,Ref,ApiArn arn:\${Partition}:appsync:\${Region}:\${Account}:apis/\${GraphQLAPIId}
AWS::AppSync::DataSource DataSourceArn,Ref arn:\${Partition}:appsync:\${Region}:\${Account}:apis/\${GraphQLAPIId}/datasources/\${DatasourceName}
AWS::AppSync::FunctionConfiguration FunctionArn,Ref arn:\${Partition}:appsync:\${Region}:\${Account}:apis/\${GraphQLAPIId}/functions/\${FunctionId}
AWS::Athena::WorkGroup Arn arn:\${Partition}:athena:\${Region}:\${Account}:workgroup/\${WorkGroupName}
AWS::Backup::BackupPlan BackupPlanArn arn:\${Partition}:backup:\${Region}:\${Account}:backup-plan:\${BackupPlanId}
AWS::Backup::BackupVault BackupVaultArn arn:\${Partition}:backup:\${Region}:\${Account}:backup-vault:\${BackupVaultName}
AWS::Batch::ComputeEnvironment Ref,ComputeEnvironmentArn arn:\${Partition}:batch:\${Region}:\${Account}:compute-environment/\${ComputeEnvironmentName}
AWS::Batch::JobDefinition Ref arn:\${Partition}:batch:\${Region}:\${Account}:job-definition/\${JobDefinitionName}:\${Revision}
AWS::Batch::JobQueue Ref,JobQueueArn arn:\${Partition}:batch:\${Region}:\${Account}:job-queue/\${JobQueueName}
AWS::CertificateManager::Certificate Ref arn:\${Partition}:acm:\${Region}:\${Account}:certificate/\${CertificateId}
AWS::CloudFormation::Stack StackId arn:\${Partition}:cloudformation:\${Region}:\${Account}:stack/\${StackName}/\${Id}
AWS::CloudFront::Distribution Arn arn:\${Partition}:cloudfront::\${Account}:distribution/\${DistributionId}
AWS::CloudTrail::Trail Arn arn:\${Partition}:cloudtrail:\${Region}:\${Account}:trail/\${TrailName}
AWS::CloudTrail::Dashboard DashboardArn arn:\${Partition}:cloudtrail:\${Region}:\${Account}:dashboard/\${DashboardName}
AWS::CloudWatch::Alarm Arn arn:\${Partition}:cloudwatch:\${Region}:\${Account}:alarm:\${AlarmName}
AWS::CloudWatch::CompositeAlarm Arn arn:\${Partition}:cloudwatch:\${Region}:\${Account}:alarm:\${AlarmName}
AWS::CodeArtifact::Domain Arn,Ref arn:\${Partition}:codeartifact:\${Region}:\${Account}:domain/\${DomainName}
AWS::CodeArtifact::Repository Arn,Ref arn:\${Partition}:codeartifact:\${Region}:\${Account}:repository/\${DomainName}/\${RepositoryName}
AWS::CodeBuild::Project Arn arn:\${Partition}:codebuild:\${Region}:\${Account}:project/\${ProjectName}
AWS::CodeBuild::ReportGroup Arn,Ref arn:\${Partition}:codebuild:\${Region}:\${Account}:report-group/\${ReportGroupName}
AWS::CodeCommit::Repository Arn arn:\${Partition}:codecommit:\${Region}:\${Account}:\${RepositoryName}
AWS::CodeStarConnections::Connection ConnectionArn,Ref arn:\${Partition}:codestar-connections:\${Region}:\${Account}:connection/\${ConnectionId}
AWS::Cognito::UserPool Arn arn:\${Partition}:cognito-idp:\${Region}:\${Account}:userpool/\${UserPoolId}
AWS::DynamoDB::Table Arn arn:\${Partition}:dynamodb:\${Region}:\${Account}:table/\${TableName}
AWS::DynamoDB::Table StreamArn arn:\${Partition}:dynamodb:\${Region}:\${Account}:table/\${TableName}/stream/\${StreamLabel}
AWS::DynamoDB::GlobalTable Arn arn:\${Partition}:dynamodb::\${Account}:global-table/\${GlobalTableName}
AWS::DynamoDB::GlobalTable StreamArn arn:\${Partition}:dynamodb:\${Region}:\${Account}:table/\${TableName}/stream/\${StreamLabel}
AWS::EC2::Instance Arn arn:\${Partition}:ec2:\${Region}:\${Account}:instance/\${InstanceId}
AWS::EC2::LaunchTemplate Arn arn:\${Partition}:ec2:\${Region}:\${Account}:launch-template/\${LaunchTemplateId}
AWS::EC2::VPC Arn arn:\${Partition}:ec2:\${Region}:\${Account}:vpc/\${VpcId}
AWS::EC2::Subnet Arn arn:\${Partition}:ec2:\${Region}:\${Account}:subnet/\${SubnetId}
AWS::EC2::SecurityGroup Arn arn:\${Partition}:ec2:\${Region}:\${Account}:security-group/\${SecurityGroupId}
AWS::EC2::TransitGateway Arn arn:\${Partition}:ec2:\${Region}:\${Account}:transit-gateway/\${TransitGatewayId}
AWS::ECR::Repository Arn arn:\${Partition}:ecr:\${Region}:\${Account}:repository/\${RepositoryName}
AWS::ECS::Cluster Arn arn:\${Partition}:ecs:\${Region}:\${Account}:cluster/\${ClusterName}
AWS::ECS::Service Ref,ServiceArn arn:\${Partition}:ecs:\${Region}:\${Account}:service/\${ServiceName}
AWS::ECS::TaskDefinition Ref,TaskDefinitionArn arn:\${Partition}:ecs:\${Region}:\${Account}:task-definition/\${TaskDefinitionFamilyName}:\${TaskDefinitionRevisionNumber}
AWS::EFS::FileSystem Arn arn:\${Partition}:elasticfilesystem:\${Region}:\${Account}:file-system/\${FileSystemId}
AWS::EFS::AccessPoint Arn arn:\${Partition}:elasticfilesystem:\${Region}:\${Account}:access-point/\${AccessPointId}
AWS::EKS::Cluster Arn arn:\${Partition}:eks:\${Region}:\${Account}:cluster/\${ClusterName}
AWS::EKS::Nodegroup Arn arn:\${Partition}:eks:\${Region}:\${Account}:nodegroup/\${ClusterName}/\${NodegroupName}/\${UUID}
AWS::ElastiCache::ReplicationGroup Arn arn:\${Partition}:elasticache:\${Region}:\${Account}:replicationgroup:\${ReplicationGroupId}
AWS::ElasticLoadBalancingV2::LoadBalancer Ref,LoadBalancerArn arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:loadbalancer/app/\${LoadBalancerName}/\${LoadBalancerId}
AWS::ElasticLoadBalancingV2::Listener Ref,ListenerArn arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:listener/app/\${LoadBalancerName}/\${LoadBalancerId}/\${ListenerId}
AWS::ElasticLoadBalancingV2::ListenerRule Ref,RuleArn arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:listener-rule/app/\${LoadBalancerName}/\${LoadBalancerId}/\${ListenerId}/\${ListenerRuleId}
AWS::ElasticLoadBalancingV2::TargetGroup Ref,TargetGroupArn arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:targetgroup/\${TargetGroupName}/\${TargetGroupId}
AWS::ElasticLoadBalancingV2::TargetGroup LoadBalancerArns arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:loadbalancer/app/\${LoadBalancerName}/\${LoadBalancerId}
AWS::Elasticsearch::Domain Arn,DomainArn arn:\${Partition}:es:\${Region}:\${Account}:domain/\${DomainName}
AWS::OpenSearchService::Domain Arn,DomainArn arn:\${Partition}:es:\${Region}:\${Account}:domain/\${DomainName}
AWS::Events::EventBus Arn arn:\${Partition}:events:\${Region}:\${Account}:event-bus/\${EventBusName}
AWS::Events::Rule Arn arn:\${Partition}:events:\${Region}:\${Account}:rule/\${RuleName}
AWS::Events::Archive Arn arn:\${Partition}:events:\${Region}:\${Account}:archive/\${ArchiveName}
AWS::Events::Connection Arn arn:\${Partition}:events:\${Region}:\${Account}:connection/\${ConnectionName}
AWS::Events::ApiDestination Arn arn:\${Partition}:events:\${Region}:\${Account}:api-destination/\${ApiDestinationName}
AWS::EventSchemas::Registry Ref,RegistryArn arn:\${Partition}:schemas:\${Region}:\${Account}:registry/\${RegistryName}
AWS::Glue::Database Arn arn:\${Partition}:glue:\${Region}:\${Account}:database/\${DatabaseName}
AWS::GlobalAccelerator::Accelerator Ref,AcceleratorArn arn:\${Partition}:globalaccelerator::\${Account}:accelerator/\${AcceleratorId}
AWS::IAM::User Arn arn:\${Partition}:iam::\${Account}:user/\${UserNameWithPath}
AWS::IAM::Role Arn arn:\${Partition}:iam::\${Account}:role/\${RoleNameWithPath}
AWS::IAM::Group Arn arn:\${Partition}:iam::\${Account}:group/\${GroupNameWithPath}
AWS::IAM::InstanceProfile Arn arn:\${Partition}:iam::\${Account}:instance-profile/\${InstanceProfileNameWithPath}
AWS::IAM::ManagedPolicy Ref,PolicyArn arn:\${Partition}:iam::\${Account}:policy/\${PolicyNameWithPath}
AWS::IAM::OIDCProvider Ref,Arn arn:\${Partition}:iam::\${Account}:oidc-provider/\${OidcProviderName}
AWS::IAM::SAMLProvider Ref,Arn arn:\${Partition}:iam::\${Account}:saml-provider/\${SamlProviderName}
AWS::IAM::ServerCertificate Arn arn:\${Partition}:iam::\${Account}:server-certificate/\${CertificateNameWithPath}
AWS::IoT::Thing Arn arn:\${Partition}:iot:\${Region}:\${Account}:thing/\${ThingName}
AWS::IoT::TopicRule Arn arn:\${Partition}:iot:\${Region}:\${Account}:rule/\${RuleName}
AWS::Kinesis::Stream Arn arn:\${Partition}:kinesis:\${Region}:\${Account}:stream/\${StreamName}
AWS::Kinesis::StreamConsumer Ref,ConsumerARN arn:\${Partition}:kinesis:\${Region}:\${Account}:\${StreamType}/\${StreamName}/consumer/\${ConsumerName}:\${ConsumerCreationTimpstamp}
AWS::Kinesis::StreamConsumer StreamARN arn:\${Partition}:kinesis:\${Region}:\${Account}:stream/\${StreamName}
AWS::KinesisFirehose::DeliveryStream Arn arn:\${Partition}:firehose:\${Region}:\${Account}:deliverystream/\${DeliveryStreamName}
AWS::KMS::Key Arn arn:\${Partition}:kms:\${Region}:\${Account}:key/\${KeyId}
AWS::KMS::Alias Ref arn:\${Partition}:kms:\${Region}:\${Account}:alias/\${Alias}
AWS::KMS::ReplicaKey Arn arn:\${Partition}:kms:\${Region}:\${Account}:key/\${KeyId}
AWS::Lambda::Function Arn arn:\${Partition}:lambda:\${Region}:\${Account}:function:\${FunctionName}
AWS::Lambda::Alias Ref arn:\${Partition}:lambda:\${Region}:\${Account}:function:\${FunctionName}:\${Alias}
AWS::Lambda::Version Ref arn:\${Partition}:lambda:\${Region}:\${Account}:layer:\${LayerName}:\${LayerVersion}
AWS::Lambda::LayerVersion Ref arn:\${Partition}:lambda:\${Region}:\${Account}:layer:\${LayerName}:\${LayerVersion}
AWS::Lambda::EventSourceMapping EventSourceMappingArn arn:\${Partition}:lambda:\${Region}:\${Account}:event-source-mapping:\${UUID}
AWS::Logs::LogGroup Arn arn:\${Partition}:logs:\${Region}:\${Account}:log-group:\${LogGroupName}
AWS::Logs::Destination Arn arn:\${Partition}:logs:\${Region}:\${Account}:destination:\${DestinationName}
AWS::MSK::Cluster Ref,Arn arn:\${Partition}:kafka:\${Region}:\${Account}:cluster/\${ClusterName}/\${UUID}
AWS::NetworkFirewall::Firewall Ref,FirewallArn arn:\${Partition}:network-firewall:\${Region}:\${Account}:firewall/\${Name}
AWS::NetworkFirewall::FirewallPolicy Ref,FirewallPolicyArn arn:\${Partition}:network-firewall:\${Region}:\${Account}:firewall-policy/\${Name}
AWS::NetworkFirewall::RuleGroup Ref,RuleGroupArn arn:\${Partition}:network-firewall:\${Region}:\${Account}:stateful-rulegroup/\${Name}
AWS::RDS::DBCluster DBClusterArn arn:\${Partition}:rds:\${Region}:\${Account}:cluster:\${DbClusterInstanceName}
AWS::RDS::DBInstance DBInstanceArn arn:\${Partition}:rds:\${Region}:\${Account}:db:\${DbInstanceName}
AWS::RDS::DBProxy DBProxyArn arn:\${Partition}:rds:\${Region}:\${Account}:db-proxy:\${DbProxyId}
AWS::Redshift::Cluster ClusterNamespaceArn arn:\${Partition}:redshift:\${Region}:\${Account}:namespace:\${NamespaceId}
AWS::Route53::HostedZone Arn arn:\${Partition}:route53:::hostedzone/\${Id}
AWS::S3::Bucket Arn arn:\${Partition}:s3:::\${BucketName}
AWS::S3::AccessPoint Arn arn:\${Partition}:s3:\${Region}:\${Account}:accesspoint/\${AccessPointName}
AWS::S3::MultiRegionAccessPoint Arn arn:\${Partition}:s3::\${Account}:accesspoint/\${AccessPointAlias}
AWS::S3::StorageLens StorageLensConfiguration.StorageLensArn arn:\${Partition}:s3:\${Region}:\${Account}:storage-lens/\${ConfigId}
AWS::S3Express::DirectoryBucket Arn arn:\${Partition}:s3express:\${Region}:\${Account}:bucket/\${BucketName}
AWS::S3Express::AccessPoint Arn arn:\${Partition}:s3express:\${Region}:\${Account}:accesspoint/\${AccessPointName}
AWS::S3Tables::TableBucket TableBucketARN arn:\${Partition}:s3tables:\${Region}:\${Account}:bucket/\${TableBucketName}
AWS::SageMaker::Endpoint Ref arn:\${Partition}:sagemaker:\${Region}:\${Account}:endpoint/\${EndpointName}
AWS::SageMaker::Model Ref arn:\${Partition}:sagemaker:\${Region}:\${Account}:model/\${ModelName}
AWS::SageMaker::NotebookInstance Ref arn:\${Partition}:sagemaker:\${Region}:\${Account}:notebook-instance/\${NotebookInstanceName}
AWS::SecretsManager::Secret Ref,Id arn:\${Partition}:secretsmanager:\${Region}:\${Account}:secret:\${SecretId}
AWS::SecretsManager::RotationSchedule Ref arn:\${Partition}:secretsmanager:\${Region}:\${Account}:secret:\${SecretId}
AWS::SecretsManager::SecretTargetAttachment Ref arn:\${Partition}:secretsmanager:\${Region}:\${Account}:secret:\${SecretId}
AWS::SES::ConfigurationSet Arn arn:\${Partition}:ses:\${Region}:\${Account}:configuration-set/\${ConfigurationSetName}
AWS::SNS::Topic Ref,TopicArn arn:\${Partition}:sns:\${Region}:\${Account}:\${TopicName}
AWS::SQS::Queue Arn arn:\${Partition}:sqs:\${Region}:\${Account}:\${QueueName}
AWS::SSM::Parameter Arn arn:\${Partition}:ssm:\${Region}:\${Account}:parameter/\${ParameterNameWithoutLeadingSlash}
AWS::SSM::Document Arn arn:\${Partition}:ssm:\${Region}:\${Account}:document/\${DocumentName}
AWS::SSO::PermissionSet Ref,PermissionSetArn arn:\${Partition}:sso:::permissionSet/\${InstanceId}/\${PermissionSetId}
AWS::StepFunctions::Activity Ref,Arn arn:\${Partition}:states:\${Region}:\${Account}:activity:\${ActivityName}
AWS::StepFunctions::StateMachine Ref,Arn arn:\${Partition}:states:\${Region}:\${Account}:stateMachine:\${StateMachineName}
AWS::Synthetics::Canary Arn arn:\${Partition}:synthetics:\${Region}:\${Account}:canary:\${CanaryName}
AWS::Transfer::Server Ref,Arn arn:\${Partition}:transfer:\${Region}:\${Account}:server/\${ServerId}
AWS::WAFv2::WebACL Arn arn:\${Partition}:wafv2:\${Region}:\${Account}:regional/webacl/\${Name}/\${Id}
AWS::WAFv2::IPSet Arn arn:\${Partition}:wafv2:\${Region}:\${Account}:regional/ipset/\${Name}/\${Id}
AWS::XRay::Group GroupARN,Ref arn:\${Partition}:xray:\${Region}:\${Account}:group/\${GroupName}/\${Id}
`;

export type ArnPatternTable = ReadonlyMap<string, ReadonlyMap<string, string>>;

function buildTable(): ArnPatternTable {
  const table = new Map<string, Map<string, string>>();
  for (const line of TABLE.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const [type, attributes, pattern] = trimmed.split(/\s+/);
    if (!type || !attributes || !pattern) continue;
    let byAttribute = table.get(type);
    if (!byAttribute) {
      byAttribute = new Map();
      table.set(type, byAttribute);
    }
    for (const attribute of attributes.split(',')) byAttribute.set(attribute, pattern);
  }
  return table;
}

export const ARN_PATTERNS: ArnPatternTable = buildTable();

/** Types whose `Ref` returns an ARN (those with a `Ref` pattern above). */
export function refReturnsArn(type: string): boolean {
  return ARN_PATTERNS.get(type)?.has('Ref') ?? false;
}

export function arnPattern(type: string, attribute: string): string | undefined {
  return ARN_PATTERNS.get(type)?.get(attribute);
}
