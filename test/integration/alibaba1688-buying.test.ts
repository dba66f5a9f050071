// Cross-border buying through the node, over loopback HTTP against the sandbox: the saved
// addresses, search by image (a picture downloaded and uploaded), a cross-border order placed with
// an address ID, paid without a password, and receipt confirmed; and the refusals a user meets.
import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { start1688Sandbox } from '../../sandbox';
import type { Json } from '../support/json';
import { runNode } from '../../scripts/lib/n8n-context';
import { signedInCredential } from '../support/signed-in-credential';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const credentialType = new Alibaba1688OAuth2Api();
let sb: Sandbox;
let tokens: Record<string, string>;
let ex: Json;

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 300 });
	tokens = sb.issueTokens({ appKey: sb.demo.appKey });
	ex = sb.data.examples;
});
afterAll(async () => {
	await sb.close();
});

async function run(parameters: Json): Promise<Json[]> {
	const { output } = await runNode(Alibaba1688, {
		credentialType,
		store: signedInCredential(sb, tokens),
		parameters,
	});
	return output.map((item: { json: Json }) => item.json);
}

async function fails(parameters: Json): Promise<Error & Json> {
	return await run(parameters).then(
		() => {
			throw new Error('expected the node to fail');
		},
		(error: Error & Json) => error,
	);
}

const calls = (api: string) => sb.requests.filter((r: Json) => r.api === api);

async function placeCrossOrder(outOrderId: string, skipIfPlaced = false): Promise<Json> {
	const [address] = await run({
		resource: 'address',
		operation: 'getMany',
		returnAll: true,
		simplify: true,
	});
	const [order] = await run({
		resource: 'purchaseOrder',
		operation: 'createCrossBorder',
		address: { addressId: address.addressId },
		cargo: { items: [{ offerId: ex.productId, specId: ex.specIds[0], quantity: 2 }] },
		flow: 'general',
		message: '',
		outOrderId,
		skipIfPlaced,
		tradeType: '',
		invoice: {},
		crossOptions: { isvBizType: 'cross', dropshipping: true },
	});
	return order;
}

it('Address → Get Many gives the saved addresses with the Delivery Address field names', async () => {
	const addresses = await run({
		resource: 'address',
		operation: 'getMany',
		returnAll: true,
		simplify: true,
	});
	expect(addresses.length).toBeGreaterThan(0);
	expect(addresses[0]).toMatchObject({
		addressId: String(ex.addressId),
		isDefault: true,
		fullName: expect.any(String),
		provinceText: expect.any(String),
		districtCode: expect.stringMatching(/^\d{6}$/),
	});
});

it('Search by Image downloads a picture from another site, uploads it, and finds its offer first', async () => {
	const url = `${sb.url}/img/offer/${ex.productId}.png`;
	const offers = await run({
		resource: 'product',
		operation: 'searchByImage',
		imageSource: 'url',
		imageUrl: url,
		returnAll: false,
		limit: 5,
		options: {},
	});
	expect(String(offers[0].offerId)).toBe(String(ex.productId));
	expect(calls('com.alibaba.fenxiao.crossborder:product.image.upload')).toHaveLength(1);
});

it('places a cross-border order once per External Order ID, pays it without a password, and confirms receipt', async () => {
	const order = await placeCrossOrder('shop-1001');
	expect(order.orderId).toMatch(/^\d{18,19}$/);
	expect(order.totalSuccessAmountYuan).toBeGreaterThan(0);
	const again = await placeCrossOrder('shop-1001');
	expect(again.orderId).toBe(order.orderId);
	// Skip If Already Placed finds it first (list filtered by outOrderId, confirmed by the detail)
	const creates = calls('com.alibaba.trade:alibaba.trade.createCrossOrder').length;
	const skipped = await placeCrossOrder('shop-1001', true);
	expect(skipped).toMatchObject({ orderId: order.orderId, alreadyPlaced: true });
	expect(calls('com.alibaba.trade:alibaba.trade.createCrossOrder')).toHaveLength(creates);

	const [paid] = await run({
		resource: 'purchaseOrder',
		operation: 'payWithoutPassword',
		orderId: order.orderId,
		payChannel: 'alipay',
		options: { payAmount: order.totalSuccessAmountYuan },
	});
	expect(paid).toMatchObject({ orderId: order.orderId, paid: true });
	const [detail] = await run({
		resource: 'purchaseOrder',
		operation: 'get',
		orderId: order.orderId,
		simplify: true,
		options: {},
	});
	expect(detail.status).toBe('waitsellersend');

	const [confirmed] = await run({
		resource: 'purchaseOrder',
		operation: 'confirmReceipt',
		orderId: ex.shippedOrderId,
		orderEntryIds: '',
	});
	expect(confirmed).toMatchObject({ orderId: ex.shippedOrderId, confirmed: true });
});

it('stops with the signing link when password-free pay is not open, and sends no payment', async () => {
	sb.setProtocolPay(sb.demo.memberId, { ALIPAY: { signed: false }, SHEGOU: { signed: false } });
	try {
		const before = calls('com.alibaba.trade:alibaba.trade.pay.protocolPay.preparePay').length;
		const error = await fails({
			resource: 'purchaseOrder',
			operation: 'payWithoutPassword',
			orderId: ex.unpaidOrderIds[0],
			payChannel: '',
			options: {},
		});
		expect(error.message).toBe('The 1688 account has not opened password-free pay (免密支付)');
		expect(error.description).toContain('/protocol-pay/sign');
		expect(calls('com.alibaba.trade:alibaba.trade.pay.protocolPay.preparePay')).toHaveLength(
			before,
		);
	} finally {
		sb.setProtocolPay(sb.demo.memberId, { ALIPAY: { signed: true, bound: true } });
	}
});

it("reports a refused payment with 1688's message and what to check", async () => {
	sb.setBalance(sb.demo.memberId, 1);
	try {
		const error = await fails({
			resource: 'purchaseOrder',
			operation: 'payWithoutPassword',
			orderId: ex.unpaidOrderIds[1],
			payChannel: 'alipay',
			options: {},
		});
		expect(error.message).toContain('PROTOCOL_PAY_BALANCE_NOT_ENOUGH');
		expect(error.message).toContain('balance');
	} finally {
		sb.setBalance(sb.demo.memberId, 1_000_000_000);
	}
});

it('Get Offer from the listings: refused before the offer is listed, read once the node adds it', async () => {
	const offer = {
		resource: 'product',
		operation: 'getDetail',
		productId: String(ex.productId),
		offerSource: 'listing',
	};
	const refused = await fails({ ...offer, addToListings: false });
	expect(refused.message).toContain('没有该商品的查询权限');
	const [product] = await run({ ...offer, addToListings: true });
	expect(String(product.productID)).toBe(String(ex.productId));
	expect(product.skuInfos.map((sku: Json) => sku.specId)).toEqual(ex.specIds);
});
