// alibaba.trade.uploadRefundVoucher (com.alibaba.trade, version 1): 上传退款退货凭证. Source: the API
// page (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/com.alibaba.trade.alibaba.trade.uploadRefundVoucher-1.md):
// imageData, "小于1M，jpg格式", sent as a multipart file with the token and signature in the query
// string, "imageData部分不参与签名" (also the Python SDK's get_multipart_params). The reply is
// result.result{imageDomain, imageRelativeUrl}; vouchers take "图片域名/相对路径".
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { objectAt } from '../../../shared/helpers/reply-objects';
import { voucherUrl } from '../../helpers/voucher-url';
import { alibaba1688ApiRequest } from '../../transport';

/** The page: "小于1M". */
const MAX_BYTES = 1024 * 1024;

const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field holding the proof image: a JPEG under 1 MB',
		description:
			'A field name such as data, not the image: the image comes from that binary field of the input item',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['refund'], operation: ['uploadVoucher'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const field = this.getNodeParameter('binaryPropertyName', index) as string;
	const binary = this.helpers.assertBinaryData(index, field);
	const image = await this.helpers.getBinaryDataBuffer(index, field);
	if (image.length >= MAX_BYTES) {
		throw new NodeOperationError(
			this.getNode(),
			`The voucher image has ${Math.ceil(image.length / 1024)} KB; 1688 takes less than 1 MB`,
			{
				itemIndex: index,
				description:
					"Make it smaller first, e.g. with n8n's Edit Image node (Resize, then Quality).",
			},
		);
	}
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.uploadRefundVoucher',
		file: {
			field: 'imageData',
			fileName: binary.fileName ?? 'voucher.jpg',
			mimeType: binary.mimeType || 'image/jpeg',
			data: image,
		},
		// an upload changes no refund: a second one only stores the image twice
		retry: 'safe',
		timeoutMs: 120_000,
	});
	const result = objectAt(objectAt(body.result)?.result) ?? {};
	return [
		{
			json: { ...result, voucherUrl: voucherUrl(result.imageDomain, result.imageRelativeUrl) },
			pairedItem: { item: index },
		},
	];
}
