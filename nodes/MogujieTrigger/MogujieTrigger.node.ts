import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { yuanField } from '../Mogujie/descriptions/common';
import { ORDER_STATUS_OPTIONS } from '../Mogujie/descriptions/order-statuses';
import { changeTriggerProperties } from '../shared/descriptions/change-trigger-fields';
import { pollOrderChanges } from '../shared/triggers/poll-order-changes';
import { shopOrderSource } from './shop-order-source';

export class MogujieTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mogujie Trigger',
		name: 'mogujieTrigger',
		icon: { light: 'file:../../icons/mogujie.svg', dark: 'file:../../icons/mogujie.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].join(", ") }}',
		// n8n's node creator folds this trigger into the "Mogujie" entry and shows this text for it,
		// so it speaks for the whole app, actions and trigger
		description:
			'Mogujie (蘑菇街) shops: orders, shipping, items and stock; starts a workflow when a shop order is placed or changes',
		defaults: { name: 'Mogujie Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mogujieOAuth2Api', required: true }],
		properties: [
			...changeTriggerProperties({
				newLabel: 'New Order',
				updatedLabel: 'Order Updated',
				statuses: ORDER_STATUS_OPTIONS,
			}),
			yuanField,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollOrderChanges.call(this, shopOrderSource);
	}
}
