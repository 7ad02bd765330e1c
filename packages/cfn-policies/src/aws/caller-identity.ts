import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';

export interface CallerIdentity {
  accountId: string;
  partition: string;
}

/** Account and partition of the caller, as the reference takes them (partition = ARN field 2). */
export async function getCallerIdentity(sts: STSClient): Promise<CallerIdentity> {
  const out = await sts.send(new GetCallerIdentityCommand({}));
  const partition = out.Arn?.split(':')[1];
  if (!out.Account || !partition) {
    throw new Error(
      'STS GetCallerIdentity returned no account or ARN; pass the account id and partition explicitly.',
    );
  }
  return { accountId: out.Account, partition };
}
