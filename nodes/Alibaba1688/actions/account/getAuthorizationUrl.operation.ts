import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { authorizationInstructions, buildAuthorizationUrl } from '../../auth/authorization-url';
import { CREDENTIAL_TYPE, readCredentials } from '../../auth/credential-data';

const properties: INodeProperties[] = [
	{
		displayName:
			'Builds the link a 1688 account owner opens to authorize this credential. No call is made to 1688.',
		name: 'authorizationNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getAuthorizationUrl'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const credentials = readCredentials(await this.getCredentials(CREDENTIAL_TYPE));
	if (!credentials.appKey || !credentials.redirectUri) {
		throw new NodeOperationError(this.getNode(), authorizationInstructions(credentials), {
			itemIndex: index,
		});
	}
	const authorizationUrl = buildAuthorizationUrl(credentials);
	return [
		{
			json: {
				authorizationUrl,
				redirectUri: credentials.redirectUri,
				state: new URL(authorizationUrl).searchParams.get('state'),
				instructions: authorizationInstructions(credentials),
			},
			pairedItem: { item: index },
		},
	];
}
