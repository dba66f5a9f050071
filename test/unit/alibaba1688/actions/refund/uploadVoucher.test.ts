import * as uploadVoucher from '../../../../../nodes/Alibaba1688/actions/refund/uploadVoucher.operation';
import { aopSignature, signingPath } from '../../../../../nodes/Alibaba1688/auth/signature';
import type { Reply } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';
import type { Json } from '../../../../support/json';

const UPLOAD_API = 'com.alibaba.trade:alibaba.trade.uploadRefundVoucher';
// a JPEG's first bytes and some that are not text, so a body re-encoded as UTF-8 would show
const IMAGE = Buffer.from([
	0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x80, 0xfe, 0x0d, 0x0a,
]);
// No reply example was published (research14/refunds.md §4). Shape: the page's and the Java
// SDK's result, result{code, message, success, result{imageDomain, imageRelativeUrl}}; the path
// is that of the createRefund page's example voucher.
const uploaded = (imageDomain: string, imageRelativeUrl: string): Reply => ({
	result: {
		code: null,
		message: null,
		success: true,
		result: { imageDomain, imageRelativeUrl },
	},
});
const UPLOADED = uploaded('cbu01.alicdn.com', '/img/ibank/2019/901/930/11848039109.jpg');

const withImage = (data: Buffer, extra: Json = {}) => [
	{
		json: {},
		binary: {
			voucher: {
				data: data.toString('base64'),
				mimeType: 'image/jpeg',
				fileName: 'parcel.jpg',
				...extra,
			},
		},
	},
];

const parameters: Json = {
	resource: 'refund',
	operation: 'uploadVoucher',
	binaryPropertyName: 'voucher',
};

describe('1688 › Refund › Upload Voucher', () => {
	it('sends the image as a multipart part named imageData, with the token and signature in the query', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters,
			input: withImage(IMAGE),
			reply: () => UPLOADED,
		});
		const items = await uploadVoucher.execute.call(context, 0);
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe(UPLOAD_API);
		expect(sent[0].version).toBe('1');
		expect(sent[0].method).toBe('POST');
		// no business parameter besides the file
		expect(sent[0].params).toEqual({});

		const { contentType, text } = sent[0].multipart ?? { contentType: '', text: '' };
		expect(contentType.startsWith('multipart/form-data')).toBe(true);
		const boundary = /boundary=(.+)$/.exec(contentType)?.[1] ?? '';
		expect(boundary).not.toBe('');
		expect(text).toBe(
			`--${boundary}\r\n` +
				'Content-Disposition: form-data; name="imageData"; filename="parcel.jpg"\r\n' +
				'Content-Type: image/jpeg\r\n\r\n' +
				IMAGE.toString('latin1') +
				`\r\n--${boundary}--\r\n`,
		);

		// the token and the signature travel in the query; the image is not signed ("imageData部分不参与签名")
		const query = sent[0].query ?? {};
		expect(Object.keys(query).sort()).toEqual(['_aop_signature', '_aop_timestamp', 'access_token']);
		expect(sent[0].withToken).toBe(true);
		const { appSecret } = (await context.getCredentials('alibaba1688OAuth2Api')) as Json;
		const { _aop_signature: signature, ...signed } = query;
		expect(signature).toBe(aopSignature(signingPath(sent[0].url) ?? '', signed, appSecret));
		expect(text).not.toContain(query.access_token);
		expect(text).not.toContain(signature);

		expect(items).toEqual([
			{
				json: {
					imageDomain: 'cbu01.alicdn.com',
					imageRelativeUrl: '/img/ibank/2019/901/930/11848039109.jpg',
					// "图片域名/相对路径", with one slash and https://
					voucherUrl: 'https://cbu01.alicdn.com/img/ibank/2019/901/930/11848039109.jpg',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it.each([
		['https://cbu01.alicdn.com/', 'img/ibank/a.jpg', 'https://cbu01.alicdn.com/img/ibank/a.jpg'],
		['http://cbu01.alicdn.com', '/img/ibank/a.jpg', 'http://cbu01.alicdn.com/img/ibank/a.jpg'],
		['cbu01.alicdn.com', '', null],
	])('joins domain %j and path %j as %j', async (domain, path, url) => {
		const { items } = await runOperation(uploadVoucher, {
			platform: '1688',
			parameters,
			input: withImage(IMAGE),
			reply: () => uploaded(domain, path),
		});
		expect(items[0].json.voucherUrl).toBe(url);
	});

	it('names the part voucher.jpg, image/jpeg, when the binary has no name or type', async () => {
		const { sent } = await runOperation(uploadVoucher, {
			platform: '1688',
			parameters,
			input: withImage(IMAGE, { fileName: undefined, mimeType: '' }),
			reply: () => UPLOADED,
		});
		expect(sent[0].multipart?.text).toContain(
			'Content-Disposition: form-data; name="imageData"; filename="voucher.jpg"\r\nContent-Type: image/jpeg\r\n',
		);
	});

	it('sends an image just under 1 MB', async () => {
		const { sent } = await runOperation(uploadVoucher, {
			platform: '1688',
			parameters,
			input: withImage(Buffer.alloc(1024 * 1024 - 1, 0xff)),
			reply: () => UPLOADED,
		});
		expect(sent).toHaveLength(1);
	});

	it('refuses an image of 1 MB or more before sending it, saying how to shrink it', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters,
			input: withImage(Buffer.alloc(1024 * 1024, 0xff)),
			reply: () => UPLOADED,
		});
		await expect(uploadVoucher.execute.call(context, 0)).rejects.toMatchObject({
			message: 'The voucher image has 1024 KB; 1688 takes less than 1 MB',
			description: expect.stringContaining('Edit Image'),
		});
		expect(sent).toEqual([]);
	});

	it('names the missing binary field before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { ...parameters, binaryPropertyName: 'photo' },
			input: withImage(IMAGE),
			reply: () => UPLOADED,
		});
		await expect(uploadVoucher.execute.call(context, 0)).rejects.toThrow("binary file 'photo'");
		expect(sent).toEqual([]);
	});

	it("names 1688's code 4000 when it refuses the image", async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters,
			input: withImage(IMAGE),
			// the page's error table: 4000, imageData not passed correctly
			reply: () => ({
				result: { success: false, code: '4000', message: '上传凭证失败', result: null },
			}),
		});
		await expect(uploadVoucher.execute.call(context, 0)).rejects.toThrow(
			/uploadRefundVoucher-1 \(4000: 上传凭证失败\)/,
		);
	});
});
