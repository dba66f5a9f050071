// One sales order as its seller sees it: alibaba.trade.get.sellerView-1 (com.alibaba.trade). No
// copy of its API page is stored; the official SDKs give it (PHP facade APIId version 1, param
// class AlibabaTradeGetSellerViewParam: webSite, orderId, includeFields; reply
// {result: TradeInfo, errorCode, errorMessage, success}), research15/seller-orders.md §2. Its
// includeFields add CanSendCheck (子订单是否可以发货) to buyerView's, and are on by default.
import type { IDataObject } from 'n8n-workflow';

import type { RequestContext } from '../../shared/transport/context';
import { objectAt } from '../../shared/helpers/reply-objects';
import { alibaba1688ApiRequest } from './index';

export async function fetchSellerOrder(
	this: RequestContext,
	orderId: string,
	includeFields?: string[],
): Promise<IDataObject> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.get.sellerView',
		params: {
			webSite: '1688',
			orderId,
			includeFields: includeFields?.length ? includeFields.join(',') : undefined,
		},
		retry: 'safe',
	});
	return objectAt(body.result) ?? {};
}
