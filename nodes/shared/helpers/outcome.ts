import type { IDataObject } from 'n8n-workflow';

export type Retryable = 'transient' | 'rateLimit' | false;

export interface Failure {
	code: string;
	message: string;
	/** What happened, without the next step: for a write, the next step depends on whether it ran. */
	summary?: string;
	description: string;
	httpCode: string;
	retryable: Retryable;
	body?: IDataObject;
}

/** What one platform reply means: data, a token to renew, or a failure a user can act on. */
export type Outcome =
	| { kind: 'ok'; body: IDataObject }
	| { kind: 'tokenRejected'; failure: Failure }
	| { kind: 'failed'; failure: Failure };
