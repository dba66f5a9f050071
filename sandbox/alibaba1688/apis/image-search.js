// @ts-check
'use strict';

// com.alibaba.fenxiao.crossborder image search: product.image.upload (base64 → imageId) and
// product.search.imageQuery (imageId or imageAddress → offers). Sources: the API pages
// (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/com.alibaba.fenxiao.crossborder.
// product.image.upload-1.md and …product.search.imageQuery-1.md) and fixture
// product.search.imageQuery.success.txt; see /work/research14/products.md §1-2.
// Both answer HTTP 200 with the nested ResultModel {result: {success, code, message, result}}.
// The pages type `success` as a String, so these two print "true"/"false" (keywordQuery's sample
// shows a boolean, which it keeps). Codes '400' / '404' are the sandbox's own (CROSSBORDER_CODES;
// neither page documents an error code).
const { CROSSBORDER_CODES } = require('./business-errors');
const { objectParam, readSearchQuery, searchPage } = require('./offer-search');
const { IMAGE_UPLOAD_MAX_BYTES } = require('../limits');
const {
	offerImagePng,
	productOfImageHash,
	productOfImageAddress,
	pngSize,
	sha256,
} = require('../offer-images');

/** @param {unknown} result @param {string | null} [message] */
const ok = (result, message = null) => ({
	result: { success: 'true', code: CROSSBORDER_CODES.OK, message, result },
});

/** @param {string} code @param {string} message */
const failed = (code, message) => ({ result: { success: 'false', code, message } });

/** @param {{ failure: { result: { success: boolean, code: string, message: string } } }} read */
const asStringFailure = (read) => failed(read.failure.result.code, read.failure.result.message);

/** @param {unknown} v */
const text = (v) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/**
 * uploadImageParam {imageBase64, outMemberId?} → result.result = the imageId (a String).
 * - unreadable parameter, no imageBase64, or text that is not base64 (or decodes to nothing):
 *   success "false", code 400 (sandbox's own);
 * - a `data:…;base64,` prefix, or an image over IMAGE_UPLOAD_MAX_BYTES decoded: success "true" with
 *   imageId "0", as public clients report refused uploads (1688's FAQ as quoted by three Java
 *   clients: "上传图片接口为什么没有imageId返回，或者返回0 … 不需要【data:image/jpeg;base64,】这一串");
 *   the message says why (sandbox's own text);
 * - otherwise a new 16-digit imageId (sandbox's own form), valid for imageQuery in this sandbox.
 * @param {import('./index').ApiContext} ctx
 */
function imageUpload({ params, user, buying, clock }) {
	const read = objectParam(params.uploadImageParam, 'uploadImageParam');
	if ('failure' in read) return asStringFailure(read);
	const raw = typeof read.value.imageBase64 === 'string' ? read.value.imageBase64.trim() : '';
	if (raw === '')
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'uploadImageParam.imageBase64 is required');
	if (/^data:/i.test(raw))
		return ok(
			'0',
			'图片base64不需要data:前缀 / send bare base64, without the data:…;base64, prefix',
		);
	const compact = raw.replace(/\s+/g, '');
	if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) && !/^[A-Za-z0-9_-]+={0,2}$/.test(compact))
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'imageBase64 is not base64 text');
	const bytes = Buffer.from(compact, 'base64');
	if (bytes.length === 0)
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'imageBase64 decodes to no bytes');
	if (bytes.length > IMAGE_UPLOAD_MAX_BYTES)
		return ok(
			'0',
			`图片过大(${bytes.length}字节，上限${IMAGE_UPLOAD_MAX_BYTES}字节) / the image is too large: ${bytes.length} bytes, at most ${IMAGE_UPLOAD_MAX_BYTES}`,
		);
	const hash = sha256(bytes);
	const imageId = buying.newImageId(hash);
	const size = pngSize(bytes);
	buying.images.set(imageId, {
		imageId,
		hash,
		size: bytes.length,
		...size,
		memberId: /** @type {import('../data').Buyer} */ (user).memberId,
		at: clock.now(),
	});
	return ok(imageId);
}

/**
 * A stable pseudo-random order of the products, seeded by the image hash; a known picture puts
 * its offer first, then the offers of the same (leaf) category, then the rest.
 * @param {import('../data').SandboxData} data
 * @param {string} hash
 * @param {import('../data').Product | undefined} match
 */
function rank(data, hash, match) {
	const key = new Map(data.products.map((p) => [p, sha256(`${hash} ${p.productID}`)]));
	const byKey = (
		/** @type {import('../data').Product} */ a,
		/** @type {import('../data').Product} */ b,
	) => (/** @type {string} */ (key.get(a)) < /** @type {string} */ (key.get(b)) ? -1 : 1);
	const shuffled = [...data.products].sort(byKey);
	if (!match) return shuffled;
	const same = shuffled.filter((p) => p !== match && p.categoryId === match.categoryId);
	const rest = shuffled.filter((p) => p !== match && p.categoryId !== match.categoryId);
	return [match, ...same, ...rest];
}

/**
 * picRegionInfo {currentRegion, yoloCropRegion} (page: example "265,597,326,764" and
 * "265,597,326,764;443,783,154,595"). The meaning of the four numbers is not documented; the
 * sandbox's own boxes are x,y,width,height within the picture (PNG size when known, else 800×800):
 * the main subject (the middle 80%) and its upper-left quarter. A valid `region` is echoed as
 * currentRegion.
 * @param {{ width: number, height: number }} size @param {string | undefined} region
 */
function regions({ width, height }, region) {
	const main = [0.1 * width, 0.1 * height, 0.8 * width, 0.8 * height].map(Math.round).join(',');
	const quarter = [0, 0, width / 2, height / 2].map(Math.round).join(',');
	return { currentRegion: region ?? main, yoloCropRegion: `${main};${quarter}` };
}

/**
 * offerQueryParam {imageId | imageAddress, beginPage, pageSize ≤ 50, country, region?, keyword?
 * ("在结果中搜索"), categoryId?, priceStart?, priceEnd?, sort?, …}. imageId wins when both are given.
 * - neither given, a bad page size / price / category / region: success "false", code 400;
 * - an imageId this sandbox never handed out (or "0"): success "false", code 404 (sandbox's own);
 * - otherwise the PageInfo keywordQuery prints (same offer lines, filters, sort and paging:
 *   offer-search.js) plus picRegionInfo. Ranking (sandbox's own): an upload whose bytes are a seeded
 *   offer's main picture (GET /img/offer/<id>.png), or an imageAddress that is one of its picture
 *   URLs, lists that offer first, then its category; any other image a stable pseudo-random order
 *   seeded by the bytes' (or address's) SHA-256.
 * @param {import('./index').ApiContext} ctx
 */
function imageQuery({ params, data, buying }) {
	const read = objectParam(params.offerQueryParam, 'offerQueryParam');
	if ('failure' in read) return asStringFailure(read);
	const q = read.value;
	const imageId = text(q.imageId);
	const imageAddress = text(q.imageAddress);
	if (imageId === '' && imageAddress === '')
		return failed(
			CROSSBORDER_CODES.BAD_REQUEST,
			'offerQueryParam.imageId or imageAddress is required',
		);
	const region = text(q.region);
	if (region !== '' && !/^\d+,\d+,\d+,\d+$/.test(region))
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'region must be four integers x,y,w,h');
	const query = readSearchQuery(q);
	if ('failure' in query) return asStringFailure(query);

	let hash;
	let match;
	/** @type {{ width: number, height: number }} */
	let size = { width: 800, height: 800 };
	if (imageId !== '') {
		const image = buying.images.get(imageId);
		if (!image)
			return failed(
				CROSSBORDER_CODES.NOT_FOUND,
				`imageId ${imageId} does not exist: upload the image first`,
			);
		hash = image.hash;
		match = productOfImageHash(data, hash);
		if (image.width !== undefined && image.height !== undefined)
			size = { width: image.width, height: image.height };
	} else {
		match = productOfImageAddress(data, imageAddress);
		if (match) {
			const png = offerImagePng(match.productID);
			hash = sha256(png);
			size = /** @type {{ width: number, height: number }} */ (pngSize(png));
		} else hash = sha256(imageAddress);
	}
	const page = searchPage(data, rank(data, hash, match), query.query);
	return ok({ ...page, picRegionInfo: regions(size, region === '' ? undefined : region) });
}

const NAMESPACE = 'com.alibaba.fenxiao.crossborder';

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: NAMESPACE,
		name: 'product.image.upload',
		auth: true,
		required: ['uploadImageParam'],
		handle: imageUpload,
	},
	{
		namespace: NAMESPACE,
		name: 'product.search.imageQuery',
		auth: true,
		required: ['offerQueryParam'],
		handle: imageQuery,
	},
];
