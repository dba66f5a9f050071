// product.image.upload (com.alibaba.fenxiao.crossborder, version 1): the image search's upload.
// Source: the API page (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/
// com.alibaba.fenxiao.crossborder.product.image.upload-1.md) and the aop Python SDK's
// ProductImageUploadParam: one form field uploadImageParam = {"imageBase64": …}, no multipart;
// the reply's result.result is the imageId.
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { valueText } from '../../shared/helpers/text';
import { objectAt } from '../../shared/helpers/reply-objects';
import { alibaba1688ApiRequest } from './index';
import { CROSS_BORDER_NAMESPACE } from './offer-search';

/** Uploads an image for the image search and returns its imageId. */
export async function uploadSearchImage(
	this: IExecuteFunctions,
	image: Buffer,
	index: number,
): Promise<string> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: CROSS_BORDER_NAMESPACE,
		apiName: 'product.image.upload',
		// bare base64: clients quote 1688's FAQ, "不需要【data:image/jpeg;base64,】这一串"
		params: { uploadImageParam: { imageBase64: image.toString('base64') } },
		// an upload creates nothing a user sees; sending it twice only yields a second imageId
		retry: 'safe',
		timeoutMs: 120_000,
	});
	const result = objectAt(body.result) ?? {};
	const imageId = valueText(result.result);
	// public clients treat an imageId of "0" as a refused upload (1688's FAQ: image too large)
	const refused = String(result.success) === 'false';
	if (imageId === '' || imageId === '0' || refused) {
		throw new NodeOperationError(
			this.getNode(),
			`1688 did not accept the image for search${refused ? ` (${valueText(result.code)}: ${valueText(result.message)})` : ''}`,
			{
				itemIndex: index,
				description:
					"1688's FAQ asks for a JPEG or PNG of about 100 KB: make the image smaller (e.g. with n8n's Edit Image node: Resize, then Quality) and try again.",
			},
		);
	}
	return imageId;
}
