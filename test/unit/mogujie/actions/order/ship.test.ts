import { NodeApiError } from 'n8n-workflow';

import * as ship from '../../../../../nodes/Mogujie/actions/order/ship.operation';
import { mogujieReply, runOperation } from '../../../../support/operation-context';

const ORDER_ID = '93182337647084';
const PARAMETERS = {
	resource: 'order',
	operation: 'ship',
	orderId: ORDER_ID,
	expressCode: 'zhongtong',
	expressId: ' 73110012345678 ',
};
// `result.data.hasShipSuccess` of xiaodian.logistics.online.send (protocol §6.2, sandbox methods/logistics.js).
const SHIPPED = mogujieReply({ hasShipSuccess: true });

describe('Mogujie › Order › Ship', () => {
	it('sends xiaodian.logistics.online.send once with the order id as a bare JSON number', async () => {
		const { items, sent } = await runOperation(ship, {
			platform: 'mogujie',
			parameters: PARAMETERS,
			reply: () => SHIPPED,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('xiaodian.logistics.online.send');
		expect(Object.keys(sent[0].params)).toEqual(['openAPIOrderConsignReqDTO']);
		const consign = sent[0].params.openAPIOrderConsignReqDTO;
		expect(consign).toContain(`"shopOrderId":${ORDER_ID},`);
		expect(JSON.parse(consign)).toEqual({
			shipType: 0,
			shopOrderId: Number(ORDER_ID),
			expressCode: 'zhongtong',
			expressId: '73110012345678',
			// one parcel for the whole order, as a real client (the eladmin ERP) sends it
			needSplit: false,
		});
		expect(items).toEqual([
			{
				json: {
					orderId: ORDER_ID,
					expressCode: 'zhongtong',
					expressId: '73110012345678',
					hasShipSuccess: true,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it("sends a refused shipment once and names Mogujie's code", async () => {
		// Business error envelope of sandbox/mogujie/codes.js ORDER_NOT_SHIPPABLE (methods/logistics.js ship).
		const reply = jest.fn(() => mogujieReply({}, '1300001', '订单状态不允许发货：ORDER_SHIPPED'));
		const run = runOperation(ship, { platform: 'mogujie', parameters: PARAMETERS, reply });
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toThrow(
			"Mogujie returned an error for xiaodian.logistics.online.send (1300001: 订单状态不允许发货：ORDER_SHIPPED). See Mogujie's message; check the parameters of this call.",
		);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it('does not resend after a gateway failure, and says the shipment may have been made', async () => {
		// The nginx 502 page of sandbox/common/faults.js (fault kind html502).
		const body =
			'<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
		const reply = jest.fn(() => ({ statusCode: 502, body }));
		const run = runOperation(ship, { platform: 'mogujie', parameters: PARAMETERS, reply });
		await expect(run).rejects.toThrow(
			/xiaodian\.logistics\.online\.send .*HTTP 502.*check in Mogujie before running it again/,
		);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it.each([
		[
			'an order id with letters',
			{ orderId: 'MG93182337647084' },
			'"MG93182337647084" is not a Mogujie order ID',
		],
		[
			'a courier code with spaces',
			{ expressCode: 'zhong tong' },
			'Give a courier code (e.g. zhongtong) and the tracking number',
		],
		[
			'an empty tracking number',
			{ expressId: '   ' },
			'Give a courier code (e.g. zhongtong) and the tracking number',
		],
	])('refuses %s before calling Mogujie', async (_case, change, message) => {
		const reply = jest.fn(() => SHIPPED);
		const run = runOperation(ship, {
			platform: 'mogujie',
			parameters: { ...PARAMETERS, ...change },
			reply,
		});
		await expect(run).rejects.toThrow(message);
		await expect(run).rejects.not.toBeInstanceOf(NodeApiError);
		expect(reply).not.toHaveBeenCalled();
	});
});

describe('Mogujie › Order › Ship, node version 1.1 (Order is a resource locator)', () => {
	it('ships the order picked From List', async () => {
		const { sent } = await runOperation(ship, {
			platform: 'mogujie',
			parameters: { ...PARAMETERS, orderId: { __rl: true, mode: 'list', value: ORDER_ID } },
			reply: () => SHIPPED,
		});
		expect(sent[0].params.openAPIOrderConsignReqDTO).toContain(`"shopOrderId":${ORDER_ID},`);
	});
});
