import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { ORDER_STATUS_OPTIONS } from '../Alibaba1688/actions/purchaseOrder/getMany.operation';
import { simplifyField } from '../Alibaba1688/descriptions/common';
import { fetchOrderVersions, modifiedBetween } from '../Alibaba1688/transport/order-versions';
import { simplifyOrder } from '../Alibaba1688/helpers/simplify-order';
import { changeTriggerProperties } from '../shared/descriptions/change-trigger-fields';
import { pollOrderChanges } from '../shared/triggers/poll-order-changes';

const DAY_MS = 86_400_000;

export class Alibaba1688Trigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: '1688 Trigger',
		name: 'alibaba1688Trigger',
		icon: { light: 'file:../../icons/1688.svg', dark: 'file:../../icons/1688.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].join(", ") }}',
		description: 'Starts the workflow when a 1688 purchase order is placed or changes (polls 1688)',
		defaults: { name: '1688 Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'alibaba1688OAuth2Api', required: true }],
		properties: [
			...changeTriggerProperties({
				newLabel: 'New Purchase Order',
				updatedLabel: 'Purchase Order Updated',
				statuses: [
					...ORDER_STATUS_OPTIONS,
					{ name: 'Waiting for Pickup (等待物流公司揽件)', value: 'waitlogisticstakein' },
					{ name: 'Waiting for Sign-Off (等待买家签收)', value: 'waitbuyersign' },
					{ name: 'Signed (买家已签收)', value: 'signinsuccess' },
					{ name: 'Goods Confirmed (已收货)', value: 'confirm_goods' },
					{ name: 'Terminated (交易终止)', value: 'terminated' },
				],
			}),
			simplifyField,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollOrderChanges.call(this, {
			// ERPs that integrate 1688 read order changes one day at a time.
			windowMs: DAY_MS,
			fetch: async function (this: IPollFunctions, start, end) {
				return await fetchOrderVersions.call(this, modifiedBetween(start, end));
			},
			sample: async function (this: IPollFunctions) {
				const [latest] = await fetchOrderVersions.call(this, {}, 1);
				return latest;
			},
			toJson: function (this: IPollFunctions, version, event) {
				const simplify = this.getNodeParameter('simplify', true) as boolean;
				return { event, ...(simplify ? simplifyOrder(version.order) : version.order) };
			},
		});
	}
}
