import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_CONCURRENT_REQUESTS, MAX_CONCURRENT_REQUESTS } from '../helpers/concurrency';

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

/** How many pages a paged Get Many requests at once (read with `concurrencyOption`). */
export function maxConcurrentRequestsField(platform: string): INodeProperties {
	return {
		displayName: 'Max Concurrent Requests',
		name: 'maxConcurrentRequests',
		type: 'number',
		default: DEFAULT_MAX_CONCURRENT_REQUESTS,
		typeOptions: { minValue: 1, maxValue: MAX_CONCURRENT_REQUESTS },
		description: `How many pages to request from ${platform} at the same time once the first page tells how many results there are. A rate limit or gateway failure halves it for the rest of the run; lower it if ${platform} often answers with rate limits, for example when several workflows use the same app.`,
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
			description: `How long to wait for ${platform} to answer, in seconds`,
		},
	]);
}
