// Version 1.1 of the 1688 node moved the seller's own product from Product → Get Own Product to
// My Product → Get; version 1.2 made the order and product ids resource locators; version 1.3 gave
// the offer operations a Simplify. A workflow saved by an older version must load with its
// parameters as they were, and run as it did.
import type { INodeParameters } from 'n8n-workflow';

import { Alibaba1688 } from '../../../nodes/Alibaba1688/Alibaba1688.node';
import * as myProductGet from '../../../nodes/Alibaba1688/actions/myProduct/get.operation';
import * as purchaseOrderGet from '../../../nodes/Alibaba1688/actions/purchaseOrder/get.operation';
import { runOperation } from '../../support/operation-context';
import { canvasSubtitle, loadSaved, shownProperties } from '../../support/saved-node';

const type = new Alibaba1688();
const { description } = type;
const load = (typeVersion: number, saved: INodeParameters) => loadSaved(type, typeVersion, saved);

const operationOptions = (typeVersion: number, resource: string) =>
	shownProperties(type, typeVersion, { resource }, 'operation').flatMap((p) =>
		(p.options ?? []).map((o) => (o as { value: string }).value),
	);

const subtitle = (parameters: Record<string, string>) => canvasSubtitle(type, parameters);

describe('1688 node versions', () => {
	it('offers versions 1, 1.1, 1.2 and 1.3, and new nodes get 1.3', () => {
		expect(description.version).toEqual([1, 1.1, 1.2, 1.3]);
		expect(description.defaultVersion).toBe(1.3);
	});

	it('version 1 keeps Product → Get Own Product with its fields; 1.1 has it under My Product only', () => {
		expect(operationOptions(1, 'product')).toContain('get');
		expect(operationOptions(1.1, 'product')).not.toContain('get');
		expect(operationOptions(1.1, 'myProduct')).toEqual(['get', 'getMany', 'updateStock']);
	});

	it('loads a product → get node saved by version 1 with its values', () => {
		const saved = {
			resource: 'product',
			operation: 'get',
			productId: '620201390233',
			scene: 'lst',
		};
		expect(load(1, saved)).toMatchObject({
			resource: 'product',
			operation: 'get',
			productId: '620201390233',
			scene: 'lst',
			webSite: '1688',
		});
	});
});

/** Every [resource, operation, parameter] whose value is one order's or one product's id. */
const ID_PARAMETERS: Array<[string, string, string]> = [
	['purchaseOrder', 'get', 'orderId'],
	['purchaseOrder', 'cancel', 'orderId'],
	['purchaseOrder', 'confirmReceipt', 'orderId'],
	['purchaseOrder', 'payWithoutPassword', 'orderId'],
	['logistics', 'getInfo', 'orderId'],
	['logistics', 'getTrace', 'orderId'],
	['refund', 'create', 'orderId'],
	['refund', 'getReasons', 'orderId'],
	['salesOrder', 'get', 'orderId'],
	['salesOrder', 'addMemo', 'orderId'],
	['salesOrder', 'ship', 'orderId'],
	['myProduct', 'get', 'productId'],
	['myProduct', 'updateStock', 'productId'],
	['product', 'getDetail', 'productId'],
];

/** The parameter `name` the editor shows for a node of `typeVersion` with these values. */
function shownParameter(typeVersion: number, saved: INodeParameters, name: string) {
	const shown = shownProperties(type, typeVersion, saved, name);
	expect(shown).toHaveLength(1);
	return shown[0];
}

describe('1688 node version 1.2: order and product ids are resource locators', () => {
	it.each(ID_PARAMETERS)(
		'%s → %s: %s is text up to 1.1 and a locator with By URL and By ID in 1.2',
		(resource, operation, name) => {
			for (const typeVersion of [1, 1.1]) {
				expect(shownParameter(typeVersion, { resource, operation }, name).type).toBe('string');
			}
			const locator = shownParameter(1.2, { resource, operation }, name);
			expect(locator.type).toBe('resourceLocator');
			const modes = (locator.modes ?? []).map((mode) => mode.name);
			expect(modes).toEqual(expect.arrayContaining(['url', 'id']));
			// only another seller's offer has no list (no API lists them)
			expect(modes.includes('list')).toBe(resource !== 'product');
		},
	);

	it('lists purchase orders for the buyer, sales orders for the seller, own products for My Product', () => {
		const method = (resource: string, operation: string, name: string) => {
			const locator = shownParameter(1.2, { resource, operation }, name);
			return locator.modes?.find((mode) => mode.name === 'list')?.typeOptions?.searchListMethod;
		};
		expect(method('purchaseOrder', 'get', 'orderId')).toBe('searchPurchaseOrders');
		expect(method('refund', 'create', 'orderId')).toBe('searchPurchaseOrders');
		expect(method('salesOrder', 'ship', 'orderId')).toBe('searchSalesOrders');
		expect(method('myProduct', 'updateStock', 'productId')).toBe('searchMyProducts');
		const node = new Alibaba1688();
		for (const name of ['searchPurchaseOrders', 'searchSalesOrders', 'searchMyProducts']) {
			expect(typeof node.methods.listSearch[name as keyof typeof node.methods.listSearch]).toBe(
				'function',
			);
		}
	});

	it("By ID's and By URL's editor checks take what the node takes and refuse the rest", () => {
		const modes = shownParameter(
			1.2,
			{ resource: 'purchaseOrder', operation: 'get' },
			'orderId',
		).modes!;
		const check = (mode: string) => {
			const rule = modes.find((m) => m.name === mode)!.validation![0] as unknown as {
				properties: { regex: string };
			};
			return new RegExp(rule.properties.regex);
		};
		expect(check('id').test('3298765432109876543')).toBe(true);
		expect(check('id').test('https://trade.1688.com/order/x.htm?orderId=1')).toBe(false);
		expect(
			check('url').test(
				'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3298765432109876543',
			),
		).toBe(true);
		expect(
			check('url').test(
				'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3298765432109876543&to=x',
			),
		).toBe(true);
		expect(check('url').test('https://detail.1688.com/offer/620201390233.html')).toBe(false);
		const offer = shownParameter(
			1.2,
			{ resource: 'product', operation: 'getDetail' },
			'productId',
		).modes!.find((m) => m.name === 'url')!.validation![0] as unknown as {
			properties: { regex: string };
		};
		const offerUrl = new RegExp(offer.properties.regex);
		expect(offerUrl.test('https://detail.1688.com/offer/620201390233.html?spm=a26')).toBe(true);
		expect(offerUrl.test('https://m.1688.com/offer/620201390233.html')).toBe(true);
		expect(offerUrl.test('https://trade.1688.com/order/x.htm?orderId=1')).toBe(false);
	});

	it('loads nodes saved by 1 and 1.1 with their text ids, and a 1.2 node with its locator', () => {
		expect(
			load(1, { resource: 'purchaseOrder', operation: 'get', orderId: '3298765432109876543' }),
		).toMatchObject({ orderId: '3298765432109876543' });
		expect(
			load(1.1, { resource: 'salesOrder', operation: 'ship', orderId: '={{ $json.orderId }}' }),
		).toMatchObject({ orderId: '={{ $json.orderId }}' });
		const locator = { __rl: true, mode: 'url', value: 'https://trade.1688.com/order/x.htm' };
		expect(
			load(1.2, { resource: 'purchaseOrder', operation: 'get', orderId: locator }),
		).toMatchObject({ orderId: locator });
		// a new 1.2 node starts on From List
		expect(load(1.2, { resource: 'purchaseOrder', operation: 'get' })).toMatchObject({
			orderId: { __rl: true, mode: 'list', value: '' },
		});
	});
});

describe('1688 node version 1.3: the offer operations simplify', () => {
	const OFFER_OPERATIONS = ['search', 'searchByImage', 'getDetail'];

	it('gives Product → Search, Search by Image and Get Offer a Simplify, on by default, from 1.3 only', () => {
		for (const operation of OFFER_OPERATIONS) {
			expect(load(1.3, { resource: 'product', operation })).toMatchObject({ simplify: true });
			for (const typeVersion of [1, 1.1, 1.2]) {
				expect(load(typeVersion, { resource: 'product', operation })).not.toHaveProperty(
					'simplify',
				);
			}
		}
	});

	it('keeps the 1.2 resource locators', () => {
		for (const [resource, operation, name] of ID_PARAMETERS) {
			expect(shownParameter(1.3, { resource, operation }, name).type).toBe('resourceLocator');
		}
	});
});

describe('1688 node canvas and resource names', () => {
	it('reads "Get Many: Purchase Order", in the dropdowns\' words', () => {
		expect(subtitle({ resource: 'purchaseOrder', operation: 'getMany' })).toBe(
			'Get Many: Purchase Order',
		);
		expect(subtitle({ resource: 'product', operation: 'getDetail' })).toBe('Get Offer: Product');
		expect(subtitle({ resource: 'customApiCall', operation: 'call' })).toBe('Call API by Name');
		expect(subtitle({ resource: 'logistics', operation: 'getTrace' })).toMatch(/: Logistics/);
		// version 1's moved operation still reads as its dropdown did
		expect(subtitle({ resource: 'product', operation: 'get' })).toBe(
			'Get Own Product (Moved to My Product): Product',
		);
	});

	it('names Logistics in the plural, and its own API call apart from n8n\'s "Custom API Call"', () => {
		const resource = description.properties.find((p) => p.name === 'resource')!;
		const names = Object.fromEntries(
			(resource.options as Array<{ name: string; value: string }>).map((o) => [o.value, o.name]),
		);
		expect(names.logistics).toMatch(/^Logistics\b/);
		expect(names.customApiCall).not.toBe('Custom API Call');
		expect(names.customApiCall).toMatch(/Call API by Name/);
	});
});

describe('1688 nodes saved by older versions run as they did', () => {
	const ORDER_ID = '3298765432109876543';
	const BUYER_VIEW = `{"success":true,"result":{"baseInfo":{"idOfStr":"${ORDER_ID}","status":"waitbuyerreceive"}}}`;

	it.each([1, 1.1])(
		'a Purchase Order → Get saved by %s, its text order ID included, asks 1688 for that order',
		async (typeVersion) => {
			const parameters = load(typeVersion, {
				resource: 'purchaseOrder',
				operation: 'get',
				orderId: ` ${ORDER_ID}`,
			});
			const { sent, items } = await runOperation(purchaseOrderGet, {
				platform: '1688',
				parameters,
				reply: () => ({ statusCode: 200, body: BUYER_VIEW }),
			});
			expect(sent[0].params.orderId).toBe(ORDER_ID);
			expect(items[0].json).toMatchObject({ orderId: ORDER_ID });
		},
	);

	it('a version 1.1 My Product → Get still takes the offer address in its text field', async () => {
		const parameters = load(1.1, {
			resource: 'myProduct',
			operation: 'get',
			productId: 'https://detail.1688.com/offer/620201390233.html',
		});
		const { sent } = await runOperation(myProductGet, {
			platform: '1688',
			parameters,
			reply: () => ({ productInfo: { productID: 620201390233 }, success: true }),
		});
		expect(sent[0].params.productID).toBe('620201390233');
	});

	it('a version 1.2 node runs with the locator it saved (By URL)', async () => {
		const parameters = load(1.2, {
			resource: 'purchaseOrder',
			operation: 'get',
			orderId: {
				__rl: true,
				mode: 'url',
				value: `https://trade.1688.com/order/new_step_order_detail.htm?orderId=${ORDER_ID}`,
			},
		});
		const { sent } = await runOperation(purchaseOrderGet, {
			platform: '1688',
			parameters,
			reply: () => ({ statusCode: 200, body: BUYER_VIEW }),
		});
		expect(sent[0].params.orderId).toBe(ORDER_ID);
	});
});
