// The carriers 1688 knows (com.alibaba.logistics, version 1). Sources: the API page
// alibaba.logistics.OpQueryLogisticCompanyList-1 (物流公司列表-所有的物流公司; no parameters; reply
// result[] {id, companyName, companyNo, companyPhone, supportPrint, spelling}) and the Java and
// Python SDKs' …OpQueryLogisticCompanyList.offline (自联物流, the list returnGoods' page names for
// its carrier code). No reply example of either was published.
import type { IDataObject } from 'n8n-workflow';

import type { RequestContext } from '../../shared/transport/context';
import { objectsAt } from '../../shared/helpers/reply-objects';
import { alibaba1688ApiRequest } from './index';

export type CarrierList = 'all' | 'offline';

const API_NAMES: Record<CarrierList, string> = {
	all: 'alibaba.logistics.OpQueryLogisticCompanyList',
	offline: 'alibaba.logistics.OpQueryLogisticCompanyList.offline',
};

export async function fetchCarriers(
	this: RequestContext,
	list: CarrierList = 'all',
): Promise<IDataObject[]> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.logistics',
		apiName: API_NAMES[list],
		retry: 'safe',
	});
	return objectsAt(body.result);
}
