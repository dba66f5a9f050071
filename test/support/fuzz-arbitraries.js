// @ts-check
'use strict';

// fast-check generators of bad input for the fuzz tests: odd node parameters (text, numbers, dates,
// wrong types) and odd platform replies (garbage, HTML, truncated or deeply nested JSON).
const fc = require('fast-check');

/** Text a user or an expression can put anywhere: empty, unicode, control characters, long. */
const weirdText = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.stringMatching(/^\d{1,30}$/),
	fc.constantFrom(
		'',
		' ',
		'\u0000',
		'\uFFFD',
		'\uD800',
		'💥',
		'饼干',
		'蘑菇街 中文',
		'null',
		'undefined',
		'NaN',
		'-1',
		'0',
		'1e309',
		'3298765432109876543',
		'99999999999999999999999',
		'<html><body>hi</body></html>',
		'{"a":',
		'{}',
		'[]',
		'a,b;;c  d',
		'${}',
		'={{ $json }}',
		"'; DROP TABLE orders; --",
		'%00%ff',
		'__proto__',
	),
	fc.string({ minLength: 2000, maxLength: 5000 }),
);

/** Numbers, including the ones no field expects. */
const weirdNumber = fc.oneof(
	fc.integer(),
	fc.double(),
	fc.constantFrom(
		0,
		-0,
		-1,
		0.5,
		1e20,
		-1e20,
		2 ** 53 + 2,
		Number.MAX_VALUE,
		Number.MIN_VALUE,
		Number.NaN,
		Number.POSITIVE_INFINITY,
		Number.NEGATIVE_INFINITY,
		8.64e15,
		8.64e15 + 1,
	),
);

/** A value of any type a parameter can hold when it is set by an expression. */
const weirdValue = fc.oneof(
	{ depthSize: 'small' },
	weirdText,
	weirdNumber,
	fc.boolean(),
	fc.constant(null),
	fc.constant(undefined),
	fc.array(fc.oneof(weirdText, weirdNumber), { maxLength: 3 }),
	fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(weirdText, weirdNumber), {
		maxKeys: 3,
		noNullPrototype: true,
	}),
	fc.jsonValue({ maxDepth: 3 }),
);

/** Mostly `plausible`, sometimes anything. */
const mostly = (/** @type {fc.Arbitrary<unknown>} */ plausible) =>
	fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 2, arbitrary: weirdValue });

/** What a date parameter can hold: the picker's wall time, ISO with offset, epoch ms, typos, junk. */
const dateValue = fc.oneof(
	fc
		.date({
			min: new Date('2000-01-01T00:00:00Z'),
			max: new Date('2035-01-01T00:00:00Z'),
			noInvalidDate: true,
		})
		.map((d) => d.toISOString()),
	fc
		.date({
			min: new Date('2000-01-01T00:00:00Z'),
			max: new Date('2035-01-01T00:00:00Z'),
			noInvalidDate: true,
		})
		.map((d) => d.toISOString().slice(0, 19)),
	fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
	fc.date({ noInvalidDate: true }).map((d) => d.getTime()),
	fc.constantFrom(
		'0202-01-01',
		'1970-01-01T00:00:00',
		'2026-02-30T00:00:00',
		'2026-13-01',
		'9999-12-31T23:59:59',
		'+275760-09-13T00:00:00Z',
		'-271821-04-20T00:00:00Z',
		'yesterday',
		'2026-01-01T00:00:00+25:00',
		-8.64e15,
		-1e20,
		1e20,
	),
	weirdValue,
);

/** 1688's and Mogujie's reply field names, so generated objects hit the fields the nodes read. */
const REPLY_KEYS = [
	'success',
	'succes',
	'isSuccess',
	'result',
	'error_code',
	'error_message',
	'errorCode',
	'errorMessage',
	'errorMsg',
	'code',
	'message',
	'exception',
	'totalRecord',
	'totalRecords',
	'data',
	'status',
	'msg',
	'items',
	'total',
	'hasNext',
	'totalNum',
	'openApiOrderDetailResDtos',
	'baseInfo',
	'idOfStr',
	'createTime',
	'modifyTime',
	'gmtBorn',
	'shopOrderId',
	'createdStr',
	'updatedStr',
	'orderStatus',
	'productInfo',
	'categoryInfo',
	'logisticsTrace',
	'logisticsSteps',
	'orderPreviewResuslt',
	'sumPayment',
	'payUrl',
	'access_token',
	'refresh_token',
	'expires_in',
	'refresh_token_timeout',
	'access_expires_in',
	'refresh_expires_in',
	'statusCode',
	'error',
	'error_description',
	'memberId',
	'aliId',
	'resource_owner',
	'userId',
	'price',
	'skus',
	'itemOrderInfos',
	'toString',
	'valueOf',
	'__proto__',
];

/** A scalar a platform might put in a field: right or wrong type, huge, empty. */
const replyScalar = fc.oneof(
	weirdText,
	weirdNumber.filter((n) => Number.isFinite(n)),
	fc.boolean(),
	fc.constant(null),
	fc.constantFrom(
		'false',
		'true',
		'0000000',
		'0000001',
		'0000010',
		'0000011',
		'401',
		'gw.SignatureInvalid',
		'gw.QosAppFrequencyLimit',
		'20261121101010000+0800',
		'2026-11-21 10:10:10',
		'86400',
		'9999999999',
	),
);

/** A JSON reply object built from the fields the nodes read, nested to a few levels. */
const replyObject = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		replyScalar,
		tie('object'),
		fc.array(tie('value'), { maxLength: 4 }),
	),
	object: fc.dictionary(
		fc.oneof(fc.constantFrom(...REPLY_KEYS), fc.string({ maxLength: 6 })),
		tie('value'),
		{
			maxKeys: 6,
			noNullPrototype: true,
		},
	),
})).object;

/** JSON text of a reply with unsafe integers written as bare digits (as 1688 prints order ids). */
const replyJsonText = fc.oneof(
	replyObject.map((o) => JSON.stringify(o)),
	fc
		.tuple(replyObject, fc.stringMatching(/^-?[1-9]\d{15,25}$/))
		.map(([o, digits]) => JSON.stringify({ ...o, big: 'BIG' }).replace('"BIG"', digits)),
);

/** Reply bodies that are not the JSON the nodes expect. */
const garbageBody = fc.oneof(
	weirdText,
	replyJsonText.map((text) => text.slice(0, Math.max(1, Math.floor(text.length / 2)))),
	fc.jsonValue().map((v) => JSON.stringify(v)),
	fc.nat({ max: 2000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
	fc.nat({ max: 2000 }).map((depth) => `{"a":${'{"a":'.repeat(depth)}1${'}'.repeat(depth + 1)}`),
	fc.constantFrom(
		'',
		'<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
		'<html><body>Service Unavailable</body></html>',
		'null',
		'"just a string"',
		'12345678901234567890',
		'{"result": [',
		'{"a":1}{"b":2}',
		'\uFEFF{"success":true}',
		'{"a":1e999999}',
		'{"a":"\\ud800"}',
	),
);

/** A content type a gateway might send. */
const contentType = fc.constantFrom(
	'application/json;charset=UTF-8',
	'application/json',
	'text/html; charset=utf-8',
	'text/plain',
	'application/octet-stream',
	'',
);

module.exports = {
	weirdText,
	weirdNumber,
	weirdValue,
	mostly,
	dateValue,
	replyScalar,
	replyObject,
	replyJsonText,
	garbageBody,
	contentType,
};
