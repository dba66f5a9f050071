import * as getCarriers from '../../../../../nodes/Alibaba1688/actions/logistics/getCarriers.operation';
import type { SentRequest } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';

// No reply example of either list was published (research14/refunds.md §6). Shape: the API page's
// field table, result: OpLogisticsCompanyModel[] {id, companyName, companyNo, companyPhone,
// supportPrint, spelling}, with success beside it; the Java SDK's offline model has supportPrint
// as a String, so the offline list here carries "true"/"false".
const ALL = [
	{
		id: 2,
		companyName: '中通快递(ZTO)',
		companyNo: 'ZTO',
		companyPhone: '95311',
		supportPrint: true,
		spelling: 'zhongtongkuaidi',
	},
	{
		id: 7,
		companyName: '圆通速递(YTO)',
		companyNo: 'YTO',
		companyPhone: '95554',
		supportPrint: true,
		spelling: 'yuantongsudi',
	},
	{
		id: 352,
		companyName: '百世快递',
		companyNo: 'HTKY',
		companyPhone: '95320',
		supportPrint: false,
		spelling: 'baishikuaidi',
	},
];
const OFFLINE = [
	{
		id: 2,
		companyName: '中通快递(ZTO)',
		companyNo: 'ZTO',
		supportPrint: 'true',
		spelling: 'zhongtong',
	},
	{ id: 100, companyName: '其他', companyNo: 'OTHER', supportPrint: 'false', spelling: 'qita' },
];

const answer = (request: SentRequest) =>
	request.api.endsWith('.offline')
		? { result: OFFLINE, success: true }
		: { result: ALL, success: true };

describe('1688 › Logistics › Get Carriers', () => {
	it('calls alibaba.logistics.OpQueryLogisticCompanyList with no parameters: one item per carrier', async () => {
		const { items, sent } = await runOperation(getCarriers, {
			platform: '1688',
			parameters: {
				resource: 'logistics',
				operation: 'getCarriers',
				carrierList: 'all',
				returnAll: true,
			},
			reply: answer,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.logistics:alibaba.logistics.OpQueryLogisticCompanyList');
		expect(sent[0].version).toBe('1');
		expect(sent[0].withToken).toBe(true);
		expect(sent[0].params).toEqual({});
		expect(items).toEqual(ALL.map((carrier) => ({ json: carrier, pairedItem: { item: 0 } })));
	});

	it('reads the self-arranged list (自联物流) that Return Goods checks its carrier code against', async () => {
		const { items, sent } = await runOperation(getCarriers, {
			platform: '1688',
			parameters: { carrierList: 'offline', returnAll: true },
			reply: answer,
		});
		expect(sent.map((s) => s.api)).toEqual([
			'com.alibaba.logistics:alibaba.logistics.OpQueryLogisticCompanyList.offline',
		]);
		expect(sent[0].params).toEqual({});
		expect(items.map((item) => item.json)).toEqual(OFFLINE);
	});

	it('keeps only the first Limit carriers', async () => {
		const { items, sent } = await runOperation(getCarriers, {
			platform: '1688',
			parameters: { carrierList: 'all', returnAll: false, limit: 2 },
			reply: answer,
		});
		expect(sent).toHaveLength(1);
		expect(items.map((item) => item.json.companyNo)).toEqual(['ZTO', 'YTO']);
	});

	it('uses the list of all carriers when none is chosen', async () => {
		const { sent } = await runOperation(getCarriers, {
			platform: '1688',
			parameters: { returnAll: true },
			reply: answer,
		});
		expect(sent[0].api).toBe('com.alibaba.logistics:alibaba.logistics.OpQueryLogisticCompanyList');
	});

	it("names 1688's code and message when the list is refused", async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters: { carrierList: 'offline', returnAll: true },
			// the page's reply fields: success, errorCode, errorMessage
			reply: () => ({ success: false, errorCode: '500', errorMessage: '系统异常' }),
		});
		await expect(getCarriers.execute.call(context, 0)).rejects.toThrow(
			/OpQueryLogisticCompanyList\.offline-1 \(500: 系统异常\)/,
		);
	});
});
