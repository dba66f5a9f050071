// Version 1.1 of the Mogujie node made the order ID a resource locator. A workflow saved by version
// 1 must load with its text order ID and run as it did.
import type { INodeParameters } from 'n8n-workflow';

import { Mogujie } from '../../../nodes/Mogujie/Mogujie.node';
import * as get from '../../../nodes/Mogujie/actions/order/get.operation';
import * as ship from '../../../nodes/Mogujie/actions/order/ship.operation';
import { mogujieReply, runOperation } from '../../support/operation-context';
import { canvasSubtitle, loadSaved, shownProperties } from '../../support/saved-node';

const type = new Mogujie();
const { description } = type;
const load = (typeVersion: number, saved: INodeParameters) => loadSaved(type, typeVersion, saved);

function shownOrderId(typeVersion: number, operation: string) {
	const shown = shownProperties(type, typeVersion, { resource: 'order', operation }, 'orderId');
	expect(shown).toHaveLength(1);
	return shown[0];
}

const ORDER_ID = '93182337647084';

const subtitle = (parameters: Record<string, string>) => canvasSubtitle(type, parameters);

describe('Mogujie node versions', () => {
	it('offers versions 1 and 1.1, and new nodes get 1.1', () => {
		expect(description.version).toEqual([1, 1.1]);
		expect(description.defaultVersion).toBe(1.1);
	});

	it.each(['get', 'ship'])(
		'order → %s: the order ID is text in 1 and a locator (From List, By ID) in 1.1',
		(operation) => {
			expect(shownOrderId(1, operation).type).toBe('string');
			const locator = shownOrderId(1.1, operation);
			expect(locator.type).toBe('resourceLocator');
			expect(locator.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
			expect(locator.modes?.[0].typeOptions?.searchListMethod).toBe('searchOrders');
			expect(typeof new Mogujie().methods.listSearch.searchOrders).toBe('function');
		},
	);

	it('loads a ship node saved by version 1 and runs it with its text order ID', async () => {
		const saved = {
			resource: 'order',
			operation: 'ship',
			orderId: ORDER_ID,
			expressCode: 'yunda',
			expressId: '4312345678901',
		};
		const parameters = load(1, saved);
		expect(parameters).toMatchObject(saved);
		const { sent, items } = await runOperation(ship, {
			platform: 'mogujie',
			parameters,
			reply: () => mogujieReply({ hasShipSuccess: true }),
		});
		expect(JSON.parse(sent[0].params.openAPIOrderConsignReqDTO)).toMatchObject({
			shopOrderId: Number(ORDER_ID),
			expressCode: 'yunda',
		});
		expect(items[0].json).toMatchObject({ orderId: ORDER_ID, hasShipSuccess: true });
	});

	it('loads a get node saved by version 1.1 with a locator and runs it', async () => {
		const parameters = load(1.1, {
			resource: 'order',
			operation: 'get',
			orderId: { __rl: true, mode: 'list', value: ORDER_ID, cachedResultName: ORDER_ID },
		});
		const { sent } = await runOperation(get, {
			platform: 'mogujie',
			parameters,
			reply: () => mogujieReply({ shopOrderId: ORDER_ID }),
		});
		expect(JSON.parse(sent[0].params.openApiOrderDetailReqDto)).toEqual({ shopOrderId: ORDER_ID });
	});

	it('subtitles the canvas in the dropdowns\' words, and tells its API call from n8n\'s "Custom API Call"', () => {
		expect(subtitle({ resource: 'order', operation: 'getMany' })).toBe('Get Many: Order');
		expect(subtitle({ resource: 'item', operation: 'updateSkuStock' })).toMatch(/: Item$/);
		expect(subtitle({ resource: 'customApiCall', operation: 'call' })).toBe('Call API by Name');
		const resource = description.properties.find((p) => p.name === 'resource')!;
		const names = (resource.options as Array<{ name: string; value: string }>).map((o) => o.name);
		expect(names).not.toContain('Custom API Call');
		expect(names).toContain('Call API by Name (按接口名调用)');
	});
});
