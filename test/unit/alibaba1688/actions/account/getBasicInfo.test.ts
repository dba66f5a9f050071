import { NodeApiError } from 'n8n-workflow';

import * as getBasicInfo from '../../../../../nodes/Alibaba1688/actions/account/getBasicInfo.operation';
import {
	gatewayError1688,
	operationContext,
	runOperation,
} from '../../../../support/operation-context';

// shape: sandbox/alibaba1688/apis/account.js (alibaba.account.basic for the demo buyer)
const ACCOUNT = {
	loginId: 'sandboxbuyer01',
	memberId: 'b2b-2218868801',
	userId: 2218868801,
	maturity: 0,
	categoryName: '日用百货',
	categoryId: 15,
	trustScore: 0,
	enterpriseAccount: true,
	personAccount: false,
	createDate: '20190312160828000+0800',
	joinFrom: 'CJ_COMMON_JOIN_M',
	rateNum: 0,
	buyRate: 3,
	companyName: '沙盒测试采购有限公司',
	supplierName: '沙盒测试采购有限公司',
	memberBizType: 'ENTERPRISE',
	tpYear: 0,
	rateSum: 0,
	fm: false,
};

describe('1688 › Account › Get Basic Info', () => {
	it('calls alibaba.account.basic with the token and returns the account as one item', async () => {
		const { items, sent } = await runOperation(getBasicInfo, {
			platform: '1688',
			parameters: { resource: 'account', operation: 'getBasicInfo' },
			reply: () => ({ result: ACCOUNT, success: true }),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.account:alibaba.account.basic');
		expect(sent[0].version).toBe('1');
		expect(sent[0].params).toEqual({});
		expect(sent[0].withToken).toBe(true);
		// the `result` object itself, not the envelope around it
		expect(items).toEqual([{ json: ACCOUNT, pairedItem: { item: 0 } }]);
	});

	it("names 1688's ACL code and where to apply when the app may not call the API", async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: {},
			// shape: sandbox/alibaba1688/errors.js (gatewayError APIACLDecline)
			reply: () => gatewayError1688('gw.APIACLDecline', 'AppKey is not allowed(acl)'),
		});
		const run = getBasicInfo.execute.call(context, 0);
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toThrow(
			/no permission to call com\.alibaba\.account:alibaba\.account\.basic-1 \(ACL\) \(gw\.APIACLDecline\)\. In the 1688 open-platform console, apply for this API/,
		);
		// a refusal is not retried, even for a read
		expect(sent).toHaveLength(1);
	});
});
