import type { IPollFunctions } from 'n8n-workflow';

import type { OrderChangeSource } from '../shared/triggers/poll-order-changes';
import type { OrderView } from '../Alibaba1688/helpers/order-view';
import { simplifyOrder, simplifySalesOrder } from '../Alibaba1688/helpers/simplify-order';
import { orderVersionsOf } from '../Alibaba1688/transport/order-versions';

const DAY_MS = 86_400_000;

/** Where the 1688 Trigger reads order changes from, and how it outputs them. */
function orderSource(view: OrderView): OrderChangeSource {
	const simplified = view === 'buyer' ? simplifyOrder : simplifySalesOrder;
	return {
		// ERPs that integrate 1688 read order changes one day at a time.
		windowMs: DAY_MS,
		fetchVersions: orderVersionsOf(view),
		toJson(this: IPollFunctions, version, event) {
			const simplify = this.getNodeParameter('simplify', true) as boolean;
			return { event, ...(simplify ? simplified(version.order, 'list') : version.order) };
		},
	};
}

/** The buyer's purchase orders (getBuyerOrderList). */
export const purchaseOrderSource = orderSource('buyer');

/** The seller's sales orders (getSellerOrderList). */
export const salesOrderSource = orderSource('seller');
