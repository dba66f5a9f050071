import type { INodeProperties } from 'n8n-workflow';

import * as getAuthorizationUrl from './getAuthorizationUrl.operation';
import * as getBasicInfo from './getBasicInfo.operation';

export { getAuthorizationUrl, getBasicInfo };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Get Authorization URL',
				value: 'getAuthorizationUrl',
				description:
					'Build the link that authorizes this credential for a 1688 account (获取授权链接)',
				action: 'Get the authorization URL',
			},
			{
				name: 'Get Basic Info',
				value: 'getBasicInfo',
				description:
					'Get the login ID and basic details of the authorized 1688 account (账号基本信息)',
				action: 'Get basic account info',
			},
		],
		default: 'getBasicInfo',
	},
	...getAuthorizationUrl.description,
	...getBasicInfo.description,
];
