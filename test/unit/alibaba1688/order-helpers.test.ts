import { fenToYuan } from '../../../nodes/shared/helpers/money';
import { parseOrderId } from '../../../nodes/Alibaba1688/helpers/order-ids';
import { isoDate, simplifyOrder } from '../../../nodes/Alibaba1688/helpers/simplify-order';

describe('order helpers', () => {
	it('parseOrderId keeps 19 digits and rejects everything else', () => {
		expect(parseOrderId(' 3298765432109876543 ')).toBe('3298765432109876543');
		expect(parseOrderId(12345)).toBe('12345');
		for (const bad of ['', 'abc', '12-34', '1.5', 1e21, null, undefined, '123456789012345678901']) {
			expect(parseOrderId(bad)).toBeUndefined();
		}
	});

	it('fenToYuan converts 1688 fen amounts', () => {
		expect(fenToYuan(12345)).toBe(123.45);
		expect(fenToYuan('100')).toBe(1);
		expect(fenToYuan(undefined)).toBeNull();
		expect(fenToYuan('x')).toBeNull();
	});

	it('isoDate converts 1688 dates', () => {
		expect(isoDate('20261121080000000+0800')).toBe('2026-11-21T00:00:00.000Z');
		expect(isoDate(undefined)).toBeNull();
	});

	it('simplifyOrder gives the External Order ID a detail carries, and null where the list has none', () => {
		expect(
			simplifyOrder({ baseInfo: { idOfStr: '1', outOrderId: 'shopify-5678901234-1001' } }),
		).toMatchObject({
			outOrderId: 'shopify-5678901234-1001',
		});
		expect(simplifyOrder({ baseInfo: { idOfStr: '1' } }, 'list')).toMatchObject({
			outOrderId: null,
		});
	});

	it('simplifyOrder flattens a TradeInfo', () => {
		const simple = simplifyOrder({
			baseInfo: {
				id: '3298765432109876543',
				idOfStr: '3298765432109876543',
				status: 'waitbuyerreceive',
				createTime: '20261120100000000+0800',
				modifyTime: '20261121100000000+0800',
				totalAmount: 120.5,
				sumProductPayment: 110.5,
				shippingFee: 10,
				sellerID: 'b2b-1',
				sellerLoginId: 'seller',
				receiverInfo: {
					toFullName: '张三',
					toMobile: '13800000000',
					toArea: '浙江省 杭州市',
					toPost: '310000',
				},
			},
			productItems: [
				{
					productID: 620201390233,
					skuID: 1,
					name: '饼干',
					quantity: 2,
					price: 55.25,
					itemAmount: 110.5,
					unit: '箱',
				},
			],
			nativeLogistics: {
				logisticsItems: [
					{
						logisticsCompanyName: '圆通',
						logisticsBillNo: 'YT1',
						status: 'send',
						deliveredTime: '20261121090000000+0800',
					},
				],
			},
		});
		expect(simple).toMatchObject({
			orderId: '3298765432109876543',
			status: 'waitbuyerreceive',
			createTime: '2026-11-20T02:00:00.000Z',
			totalAmountYuan: 120.5,
			shippingFeeYuan: 10,
			receiver: { name: '张三', postCode: '310000' },
			items: [{ productId: '620201390233', name: '饼干', quantity: 2, priceYuan: 55.25 }],
			shipments: [
				{ company: '圆通', trackingNumber: 'YT1', deliveredTime: '2026-11-21T01:00:00.000Z' },
			],
		});
		expect(simple.payTime).toBeNull();
	});
});
