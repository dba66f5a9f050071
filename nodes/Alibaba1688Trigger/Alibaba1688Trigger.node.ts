import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { simplifyField } from '../Alibaba1688/descriptions/common';
import { ALL_ORDER_STATUS_OPTIONS } from '../Alibaba1688/descriptions/order-statuses';
import { changeTriggerProperties } from '../shared/descriptions/change-trigger-fields';
import { pollOrderChanges } from '../shared/triggers/poll-order-changes';
import { purchaseOrderSource } from './purchase-order-source';

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
				statuses: ALL_ORDER_STATUS_OPTIONS,
			}),
			simplifyField,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollOrderChanges.call(this, purchaseOrderSource);
	}
}
