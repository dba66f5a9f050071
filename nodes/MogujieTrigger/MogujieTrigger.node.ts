import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { ORDER_STATUSES } from '../Mogujie/actions/order/getMany.operation';
import { yuanField } from '../Mogujie/descriptions/common';
import { orderWithYuan } from '../Mogujie/helpers/amounts';
import { fetchOrderVersions } from '../Mogujie/transport/order-versions';
import { WINDOW_MS } from '../Mogujie/helpers/windows';
import { changeTriggerProperties } from '../shared/descriptions/change-trigger-fields';
import { pollOrderChanges } from '../shared/triggers/poll-order-changes';

export class MogujieTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mogujie Trigger',
		name: 'mogujieTrigger',
		icon: { light: 'file:../../icons/mogujie.svg', dark: 'file:../../icons/mogujie.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].join(", ") }}',
		description:
			'Starts the workflow when a Mogujie shop order is placed or changes (polls Mogujie)',
		defaults: { name: 'Mogujie Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mogujieOAuth2Api', required: true }],
		properties: [
			...changeTriggerProperties({
				newLabel: 'New Order',
				updatedLabel: 'Order Updated',
				statuses: ORDER_STATUSES,
			}),
			yuanField,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollOrderChanges.call(this, {
			windowMs: WINDOW_MS,
			fetch: async function (this: IPollFunctions, start, end) {
				return await fetchOrderVersions.call(this, { start, end });
			},
			sample: async function (this: IPollFunctions) {
				const [latest] = await fetchOrderVersions.call(this, undefined, 1);
				return latest;
			},
			toJson: function (this: IPollFunctions, version, event) {
				const addYuan = this.getNodeParameter('addYuan', true) as boolean;
				return { event, ...(addYuan ? orderWithYuan(version.order) : version.order) };
			},
		});
	}
}
