import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { isAuthenticPush } from '../Alibaba1688/auth/verify-push';
import { CREDENTIAL_TYPE, readCredentials } from '../Alibaba1688/auth/credential-data';
import type { RememberedMessages } from './message-replay';
import { admitMessage } from './message-replay';
import { MESSAGE_TOPICS } from './message-topics';
import { parseJsonObject } from '../shared/helpers/json';
import { valueText } from '../shared/helpers/text';

const HOUR_MS = 3_600_000;

/**
 * How a message is acknowledged. 1688's message-push manual (open.1688.com/doc/messageDoc.htm) says
 * "收到消息后返回http status code 200即可" and resends a message that got anything else; its tuna
 * SDK answers 204. The two disagree, so the documented 200 is used, here only.
 */
const ACK_STATUS = 200;

function receivedParams(this: IWebhookFunctions): Record<string, string> {
	const request = this.getRequestObject() as unknown as {
		rawBody?: Buffer;
		query?: Record<string, unknown>;
	};
	const params: Record<string, string> = {};
	for (const [key, value] of Object.entries(request.query ?? {})) params[key] = valueText(value);
	// The form is read from the raw body so the signature is checked over the exact text received.
	const raw = request.rawBody?.toString('utf8');
	const body =
		raw !== undefined
			? Object.fromEntries(new URLSearchParams(raw))
			: ((this.getBodyData() ?? {}) as Record<string, string>);
	for (const [key, value] of Object.entries(body)) params[key] = valueText(value);
	return params;
}

/** The Topics parameter as a list, also when an expression gives text ("A, B") or nothing. */
function topicList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String);
	if (typeof value === 'string')
		return value
			.split(',')
			.map((t) => t.trim())
			.filter(Boolean);
	return [];
}

function reply(this: IWebhookFunctions, status: number, text?: string): IWebhookResponseData {
	const response = this.getResponseObject();
	response.status(status);
	if (text === undefined) response.end();
	else response.type('text/plain').send(text);
	return { noWebhookResponse: true };
}

export class Alibaba1688MessageTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: '1688 Message Trigger',
		name: 'alibaba1688MessageTrigger',
		icon: { light: 'file:../../icons/1688.svg', dark: 'file:../../icons/1688.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ $parameter["topics"].length ? $parameter["topics"].join(", ") : "all messages" }}',
		description:
			'Starts the workflow when 1688 pushes a message: orders paid or shipped, logistics, products',
		defaults: { name: '1688 Message Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'alibaba1688OAuth2Api', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				responseCode: `={{ ${ACK_STATUS} }}`,
				responseData: 'noData',
				path: 'messages',
			},
		],
		properties: [
			{
				displayName:
					"In the 1688 open-platform console open your app, 消息订阅 (message subscription), subscribe to the topics and paste this node's Production URL as the push address (推送地址). Every message is checked against the credential's App Secret; unsigned or forged ones are refused.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Topics',
				name: 'topics',
				type: 'multiOptions',
				options: MESSAGE_TOPICS,
				default: [],
				description:
					'Start only for these message types; none chosen means every message 1688 pushes',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Max Message Age (Hours)',
						name: 'maxMessageAgeHours',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 24,
						description:
							'Ignore messages created (gmtBorn) longer ago than this, so a captured message cannot be replayed later. They are acknowledged, so 1688 stops sending them, and start nothing. Messages within it are started once per message ID. 0 turns the age check off.',
					},
				],
			},
		],
	};

	/**
	 * 1688 has no API to register a push address: the user pastes the Production URL into the
	 * console once, so activation has nothing to create or delete on 1688's side.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const params = receivedParams.call(this);
		const { appSecret } = readCredentials(await this.getCredentials(CREDENTIAL_TYPE));
		if (!params.message || !isAuthenticPush(params, appSecret)) {
			// 401 is what 1688's own SDK answers for a bad signature; no workflow starts.
			return reply.call(this, 401, 'invalid _aop_signature');
		}
		const message = parseJsonObject(params.message) as IDataObject | undefined;
		if (!message) return reply.call(this, 400, 'message is not a JSON object');

		const topics = topicList(this.getNodeParameter('topics', []));
		const type = valueText(message.type);
		if (topics.length > 0 && !topics.includes(type)) return reply.call(this, ACK_STATUS);

		const msgId = valueText(message.msgId);
		const { maxMessageAgeHours = 24 } = (this.getNodeParameter('options', {}) ?? {}) as {
			maxMessageAgeHours?: number;
		};
		const verdict = admitMessage(
			this.getWorkflowStaticData('node') as RememberedMessages,
			{ msgId, gmtBorn: message.gmtBorn },
			Date.now(),
			maxMessageAgeHours * HOUR_MS,
		);
		// A redelivery was already handled: acknowledge it so 1688 stops sending it.
		if (verdict === 'duplicate') return reply.call(this, ACK_STATUS);
		if (verdict === 'tooOld') {
			// Any answer but 2xx makes 1688 deliver the message again, and an old message stays old,
			// so it is acknowledged and dropped rather than refused.
			this.logger.info(
				`1688 message ${msgId || '(no msgId)'} (${type}) is older than ${maxMessageAgeHours} h (gmtBorn): acknowledged without starting the workflow`,
			);
			return reply.call(this, ACK_STATUS);
		}
		if (verdict === 'undated') {
			return reply.call(this, 400, 'message has no gmtBorn: its age cannot be checked');
		}

		// A gmtBorn beyond what a date holds (1e20) would make toISOString throw.
		const born = typeof message.gmtBorn === 'number' ? new Date(message.gmtBorn) : undefined;
		const bornAt = born && !Number.isNaN(born.getTime()) ? born.toISOString() : null;
		return {
			workflowData: [
				this.helpers.returnJsonArray({
					...message,
					msgId,
					type,
					receivedAt: new Date().toISOString(),
					bornAt,
				}),
			],
		};
	}
}
