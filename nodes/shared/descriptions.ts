import type { INodeProperties } from 'n8n-workflow';

export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		default: 50,
		typeOptions: { minValue: 1 },
		displayOptions: { show: { returnAll: [false] } },
		description: 'Max number of results to return',
	},
];

/** The "Options" collection every operation with optional settings has. */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}

/** The options of a Custom API Call: retries are opt-in because the call may be a write. */
export function customCallOptions(platform: string): INodeProperties {
	return optionsCollection([
		{
			displayName: 'Retry Transient Errors',
			name: 'retry',
			type: 'boolean',
			default: false,
			description:
				'Whether to retry rate limits, gateway failures and dropped connections with backoff. Turn on only for read APIs: a retried write could run twice.',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			default: 60,
			typeOptions: { minValue: 1 },
			description: `How long to wait for ${platform} to answer`,
		},
	]);
}
