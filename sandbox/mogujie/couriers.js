// @ts-check
'use strict';

// The courier codes a seller can ship with (protocol §6.2: a static list in a production ERP;
// kuaidi100-style codes). No API lists them, so this is also what the sandbox accepts.

const EXPRESS_COMPANIES = Object.freeze([
	{ code: 'shunfeng', name: '顺丰速运' },
	{ code: 'yunda', name: '韵达快运' },
	{ code: 'yuantong', name: '圆通速递' },
	{ code: 'shentong', name: '申通快递' },
	{ code: 'zhongtong', name: '中通速递' },
	{ code: 'tiantian', name: '天天快递' },
	{ code: 'huitongkuaidi', name: '汇通快运' },
	{ code: 'ems', name: 'EMS' },
	{ code: 'emsguoji', name: 'EMS国际' },
	{ code: 'youzhengguonei', name: '邮政包裹' },
	{ code: 'youshuwuliu', name: '优速快递' },
	{ code: 'guotongkuaidi', name: '国通快递' },
	{ code: 'quanfengkuaidi', name: '全峰快递' },
	{ code: 'zhaijisong', name: '宅急送' },
	{ code: 'kuaijiesudi', name: '快捷速递' },
]);

const EXPRESS_CODES = Object.freeze(EXPRESS_COMPANIES.map((c) => c.code));

/** @param {string} code */
const expressCompany = (code) => EXPRESS_COMPANIES.find((c) => c.code === code);

module.exports = { EXPRESS_COMPANIES, EXPRESS_CODES, expressCompany };
