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
import type { PollState } from '../shared/helpers/order-changes';
import { purchaseOrderSource, salesOrderSource } from './order-sources';

export class Alibaba1688Trigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: '1688 Trigger',
		name: 'alibaba1688Trigger',
		icon: { light: 'file:../../icons/1688.svg', dark: 'file:../../icons/1688.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].join(", ") }}',
		// n8n's node creator folds this trigger into the "1688" entry and shows this text for it,
		// so it speaks for the whole app, actions and trigger
		description:
			'1688 (Alibaba wholesale): purchase and sales orders, shipping, products and stock; starts a workflow when an order is placed or changes',
		defaults: { name: '1688 Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'alibaba1688OAuth2Api', required: true }],
		properties: [
			{
				displayName: 'Orders (订单)',
				name: 'orderView',
				type: 'options',
				options: [
					{
						name: 'Purchase Orders (采购订单)',
						value: 'buyer',
						description: 'Orders the authorized account placed as a buyer (getBuyerOrderList)',
					},
					{
						name: 'Sales Orders (销售订单)',
						value: 'seller',
						description:
							'Orders buyers placed with the authorized account as a supplier (getSellerOrderList)',
					},
				],
				default: 'buyer',
			},
			...changeTriggerProperties({
				newLabel: 'New Order',
				updatedLabel: 'Order Updated',
				statuses: ALL_ORDER_STATUS_OPTIONS,
			}),
			simplifyField,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const view = this.getNodeParameter('orderView', 'buyer') as string;
		// the cursor and the orders seen belong to one list: switching lists starts afresh ("Fetch
		// test event" reads a sample and leaves the state alone)
		if (this.getMode() !== 'manual') {
			const state = this.getWorkflowStaticData('node') as PollState & { orderView?: string };
			if ((state.orderView ?? 'buyer') !== view) {
				for (const key of Object.keys(state)) delete state[key as keyof typeof state];
			}
			state.orderView = view;
		}
		return await pollOrderChanges.call(
			this,
			view === 'seller' ? salesOrderSource : purchaseOrderSource,
		);
	}
}
