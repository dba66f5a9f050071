import * as getMany from '../../../../../nodes/Alibaba1688/actions/address/getMany.operation';
import { realReply } from '../../../../support/real-replies';
import type { Reply } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';

// the API page's own reply example: six saved addresses, none with isDefault, one with phone ""
const REAL: Reply = {
	statusCode: 200,
	body: realReply('1688', 'alibaba.trade.receiveAddress.get.success').text,
};

describe('1688 › Address › Get Many', () => {
	it('calls alibaba.trade.receiveAddress.get with no parameters and simplifies each address', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: '1688',
			parameters: { resource: 'address', operation: 'getMany', returnAll: true, simplify: true },
			reply: () => REAL,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.receiveAddress.get');
		expect(sent[0].version).toBe('1');
		expect(sent[0].withToken).toBe(true);
		expect(sent[0].params).toEqual({});
		expect(items).toHaveLength(6);
		expect(items.map((item) => item.pairedItem)).toEqual(Array(6).fill({ item: 0 }));
		expect(items[0].json).toEqual({
			addressId: '560954849',
			isDefault: false,
			fullName: 'b2b-测试账号006',
			mobile: '13071801119',
			phone: '',
			provinceText: '青海省',
			cityText: '海东市',
			areaText: '民和回族土族自治县',
			townText: '川口镇',
			address: 'AAAAb2b-测试账号00613071801119',
			postCode: '810600',
			districtCode: '632122',
			townCode: '630222100',
			addressText: '青海省 海东市 民和回族土族自治县 川口镇 AAAAb2b-测试账号00613071801119',
		});
		// "eeee " and "ccccc ": trimmed
		expect(items[3].json).toMatchObject({
			addressId: '561960001',
			fullName: 'eeee',
			address: 'ccccc',
			provinceText: '北京',
			cityText: '北京市',
			areaText: '西城区',
		});
		// "广东省 东莞市": a city without districts leaves areaText empty
		expect(items[5].json).toMatchObject({
			addressId: '584414269',
			provinceText: '广东省',
			cityText: '东莞市',
			areaText: '',
			townText: '南城街道',
		});
	});

	it("returns 1688's raw items when Simplify is off", async () => {
		const { items } = await runOperation(getMany, {
			platform: '1688',
			parameters: { returnAll: true, simplify: false },
			reply: () => REAL,
		});
		expect(items).toHaveLength(6);
		expect(items[1]).toEqual({
			json: {
				id: 547009002,
				fullName: '2323',
				address: '所得税负担',
				post: '000000',
				mobilePhone: '15678906543',
				addressCode: '420203',
				addressCodeText: '湖北省 黄石市 西塞山区',
				townCode: '420203402',
				townName: '西塞山工业园区管委会',
			},
			pairedItem: { item: 0 },
		});
	});

	it('keeps only the first Limit addresses, from the one unpaged reply', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: '1688',
			parameters: { returnAll: false, limit: 2, simplify: true },
			reply: () => REAL,
		});
		expect(sent).toHaveLength(1);
		expect(items.map((item) => item.json.addressId)).toEqual(['560954849', '547009002']);
	});

	it('reads isDefault, which live replies carry, as true or "true"', async () => {
		const { items } = await runOperation(getMany, {
			platform: '1688',
			parameters: { returnAll: true, simplify: true },
			reply: () => ({
				result: {
					receiveAddressItems: [
						{ id: 1, fullName: 'A', addressCodeText: '浙江省 杭州市 滨江区', isDefault: true },
						{ id: 2, fullName: 'B', addressCodeText: '浙江省 杭州市 滨江区', isDefault: 'true' },
						{ id: 3, fullName: 'C', addressCodeText: '浙江省 杭州市 滨江区', isDefault: false },
					],
				},
				success: true,
			}),
		});
		expect(items.map((item) => item.json.isDefault)).toEqual([true, true, false]);
	});

	it('returns nothing for an empty address book', async () => {
		const { items } = await runOperation(getMany, {
			platform: '1688',
			parameters: { returnAll: true, simplify: true },
			reply: () => ({ result: { receiveAddressItems: [] }, success: true }),
		});
		expect(items).toEqual([]);
	});

	it("names 1688's code when the call is refused", async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters: { returnAll: true, simplify: true },
			// the page's field table: code 400, message "api need authorized"
			reply: () => ({ success: false, code: '400', message: 'api need authorized' }),
		});
		await expect(getMany.execute.call(context, 0)).rejects.toThrow(
			/receiveAddress\.get-1 \(400: api need authorized\)/,
		);
	});

	it('refuses a Limit that is not a whole number before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { returnAll: false, limit: 0, simplify: true },
			reply: () => REAL,
		});
		await expect(getMany.execute.call(context, 0)).rejects.toThrow(
			'"Limit" must be a whole number of 1 or more, not 0',
		);
		expect(sent).toEqual([]);
	});
});
