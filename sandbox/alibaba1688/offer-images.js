// @ts-check
'use strict';

// The pictures behind the image search (sandbox's own; 1688 serves offer pictures from
// cbu01.alicdn.com). Every seeded product has a main picture the sandbox serves itself at
// GET /img/offer/<offerId>.png: a small valid PNG (16×16, two colours drawn from the offer id,
// and a tEXt chunk naming the offer, so no two offers share the bytes). product.image.upload of
// exactly those bytes, or product.search.imageQuery with imageAddress equal to one of the
// offer's picture URLs (the alicdn URL the searches print as imageUrl, or this sandbox URL),
// finds that offer first.
const { createHash } = require('node:crypto');
const { deflateSync } = require('node:zlib');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_TYPE = 'image/png';
const SIDE = 16;
const PATH = /^\/img\/offer\/(\d+)\.png$/;

/** @type {number[]} */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} body */
function chunk(type, body) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(body.length);
	const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typed));
	return Buffer.concat([length, typed, crc]);
}

/** @param {string | Buffer} value */
const sha256 = (value) => createHash('sha256').update(value).digest('hex');

/** @type {Map<number, Buffer>} */
const pngCache = new Map();

/**
 * The offer's main picture as PNG bytes (deterministic: the same offer id, the same bytes).
 * @param {number} offerId
 * @returns {Buffer}
 */
function offerImagePng(offerId) {
	const cached = pngCache.get(offerId);
	if (cached) return cached;
	const seed = createHash('sha256').update(`offer ${offerId}`).digest();
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(SIDE, 0);
	ihdr.writeUInt32BE(SIDE, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 2; // colour type RGB
	const rows = [];
	for (let y = 0; y < SIDE; y++) {
		const row = Buffer.alloc(1 + SIDE * 3); // filter byte 0 (None), then RGB pixels
		for (let x = 0; x < SIDE; x++) {
			const base = (x >> 2) % 2 === (y >> 2) % 2 ? 0 : 3;
			seed.copy(row, 1 + x * 3, base, base + 3);
		}
		rows.push(row);
	}
	const png = Buffer.concat([
		PNG_SIGNATURE,
		chunk('IHDR', ihdr),
		chunk('tEXt', Buffer.from(`Comment\u00001688 sandbox offer ${offerId}`, 'latin1')),
		chunk('IDAT', deflateSync(Buffer.concat(rows))),
		chunk('IEND', Buffer.alloc(0)),
	]);
	pngCache.set(offerId, png);
	return png;
}

/** The sandbox URL of an offer's main picture. @param {string} baseUrl @param {number} offerId */
const offerImageUrl = (baseUrl, offerId) => `${baseUrl}/img/offer/${offerId}.png`;

/** @type {WeakMap<import('./data').SandboxData, Map<string, import('./data').Product>>} */
const byHashCache = new WeakMap();

/**
 * The seeded product whose main picture has exactly these bytes (by SHA-256), if any.
 * @param {import('./data').SandboxData} data
 * @param {string} hash hex SHA-256 of the bytes
 */
function productOfImageHash(data, hash) {
	let index = byHashCache.get(data);
	if (!index) {
		index = new Map(data.products.map((p) => [sha256(offerImagePng(p.productID)), p]));
		byHashCache.set(data, index);
	}
	return index.get(hash);
}

/**
 * The seeded product one of whose picture URLs this is: its alicdn pictures (imageUrl,
 * productImage.images) or /img/offer/<id>.png on this sandbox (any host, so localhost and
 * 127.0.0.1 both work).
 * @param {import('./data').SandboxData} data
 * @param {string} address
 */
function productOfImageAddress(data, address) {
	const trimmed = address.trim();
	let pathname = '';
	try {
		pathname = new URL(trimmed).pathname;
	} catch {
		return undefined;
	}
	const m = PATH.exec(pathname);
	if (m) {
		const own = data.productsById.get(Number(m[1]));
		if (own) return own;
	}
	return data.products.find((p) => p.image === trimmed || p.images.includes(trimmed));
}

/**
 * Width and height of a PNG (IHDR) or undefined for other formats.
 * @param {Buffer} bytes
 */
function pngSize(bytes) {
	if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * GET /img/offer/<offerId>.png: the picture, or undefined when the path is not one (the router
 * then answers 404).
 * @param {string} pathname
 * @param {import('./data').SandboxData} data
 * @returns {import('./replies').Reply | undefined}
 */
function offerImageReply(pathname, data) {
	const m = PATH.exec(pathname);
	const product = m ? data.productsById.get(Number(m[1])) : undefined;
	if (!product) return undefined;
	// common/server.js writes Buffer.from(reply.body): a Buffer body goes out byte for byte
	const body = /** @type {string} */ (/** @type {unknown} */ (offerImagePng(product.productID)));
	return {
		status: 200,
		contentType: PNG_TYPE,
		body,
		headers: { 'cache-control': 'public, max-age=86400' },
	};
}

module.exports = {
	offerImagePng,
	offerImageUrl,
	offerImageReply,
	productOfImageHash,
	productOfImageAddress,
	pngSize,
	sha256,
};
