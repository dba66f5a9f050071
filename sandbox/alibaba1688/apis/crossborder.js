// @ts-check
'use strict';

// com.alibaba.fenxiao.crossborder product search: keywordQuery and queryProductDetail. Both take
// one JSON-string parameter and always answer HTTP 200 with a nested ResultModel:
//   { result: { success, code, message, result } }
// A missing parameter is gw.ParamMissing (gateway); unreadable JSON, a missing keyword/offerId
// or a bad page size is success:false code '400'; an unknown offer is success:false code '404'.
const { CROSSBORDER_CODES } = require('./business-errors');
const { toProductDetail } = require('./product-info');
const { ok, failed, objectParam, readSearchQuery, searchPage } = require('./offer-search');

/** @param {import('./index').ApiContext} ctx */
function keywordQuery({ params, data }) {
	const read = objectParam(params.offerQueryParam, 'offerQueryParam');
	if ('failure' in read) return read.failure;
	const keyword = typeof read.value.keyword === 'string' ? read.value.keyword.trim() : '';
	if (keyword === '')
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'offerQueryParam.keyword is required');
	const query = readSearchQuery(read.value);
	if ('failure' in query) return query.failure;
	// relevance order: the seeded order
	return ok(searchPage(data, data.products, query.query));
}

/** @param {import('./index').ApiContext} ctx */
function queryProductDetail({ params, data }) {
	const read = objectParam(params.offerDetailParam, 'offerDetailParam');
	if ('failure' in read) return read.failure;
	const raw = read.value.offerId;
	const offerId = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	if (!/^\d+$/.test(offerId))
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'offerDetailParam.offerId is required');
	const product = data.productsById.get(Number(offerId));
	if (!product)
		return failed(CROSSBORDER_CODES.NOT_FOUND, `offer ${offerId} does not exist or is offline`);
	return ok(toProductDetail(product, data));
}

const NAMESPACE = 'com.alibaba.fenxiao.crossborder';

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: NAMESPACE,
		name: 'product.search.keywordQuery',
		auth: true,
		required: ['offerQueryParam'],
		handle: keywordQuery,
	},
	{
		namespace: NAMESPACE,
		name: 'product.search.queryProductDetail',
		auth: true,
		required: ['offerDetailParam'],
		handle: queryProductDetail,
	},
];
