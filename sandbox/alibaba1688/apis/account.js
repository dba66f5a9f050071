// @ts-check
'use strict';

const { format1688 } = require('../dates');

/** @param {import('./index').ApiContext} ctx */
function accountBasic({ user }) {
	const u = /** @type {import('../data').Buyer} */ (user);
	return {
		result: {
			loginId: u.loginId,
			memberId: u.memberId,
			userId: u.userId,
			maturity: 0,
			categoryName: u.categoryName,
			categoryId: u.categoryId,
			trustScore: 0,
			enterpriseAccount: true,
			personAccount: false,
			createDate: format1688(u.createDate),
			joinFrom: 'CJ_COMMON_JOIN_M',
			rateNum: 0,
			buyRate: 3,
			companyName: u.companyName,
			supplierName: u.companyName,
			memberBizType: 'ENTERPRISE',
			tpYear: 0,
			rateSum: 0,
			fm: false,
		},
		success: true,
	};
}

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: 'com.alibaba.account',
		name: 'alibaba.account.basic',
		auth: true,
		handle: accountBasic,
	},
];
