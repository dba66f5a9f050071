// product.search.imageQuery (com.alibaba.fenxiao.crossborder, version 1). Source: the API page
// (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/com.alibaba.fenxiao.crossborder.product.search.imageQuery-1.md)
// and the aop Python SDK's ProductSearchImageQueryParam: offerQueryParam with imageId (from
// product.image.upload) or imageAddress, which the page says works only for 1688's own images.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import {
	maxConcurrentRequestsField,
	optionsCollection,
	returnAllOrLimit,
} from '../../../shared/descriptions/operation-fields';
import { readLimit } from '../../../shared/actions/limit';
import { concurrencyOption } from '../../../shared/helpers/concurrency';
import { offerSearchOptions, offerSimplifyField } from '../../descriptions/product';
import { isPlatformImageUrl } from '../../helpers/image-urls';
import { offerQueryFilters } from '../../helpers/offer-query';
import { simplifyImageOffer } from '../../helpers/simplify-offer';
import { uploadSearchImage } from '../../transport/image-upload';
import { searchOffers } from '../../transport/offer-search';

const properties: INodeProperties[] = [
	{
		displayName: 'Image Source (图片来源)',
		name: 'imageSource',
		type: 'options',
		options: [
			{
				name: 'Binary File',
				value: 'binary',
				description: 'An image in the input item, e.g. from Read/Write Files or an HTTP Request',
			},
			{
				name: 'Image URL',
				value: 'url',
				description:
					'A picture address: 1688 images (alicdn.com) are searched directly, others are downloaded and uploaded first',
			},
		],
		default: 'url',
		description:
			'Where the picture comes from: URL (the image address below) or binary (a file in the input item)',
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field holding the image (JPEG or PNG, about 100 KB works best)',
		description:
			'A field name such as data, not the image: the image comes from that binary field of the input item',
		displayOptions: { show: { imageSource: ['binary'] } },
	},
	{
		displayName: 'Image URL (图片地址)',
		name: 'imageUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://cbu01.alicdn.com/img/ibank/O1CN01….jpg',
		description:
			'The address of the picture to search with; a 1688 image (alicdn.com) is searched directly, any other is downloaded and uploaded to 1688 first',
		displayOptions: { show: { imageSource: ['url'] } },
	},
	...returnAllOrLimit,
	offerSimplifyField(
		"Whether to return a short summary of each offer (ID, titles, prices in yuan, minimum order, 30-day sales, repurchase rate, trade score, seller badges, the supplier's name and place, offer and image addresses) instead of the full 1688 data, several times as large",
	),
	optionsCollection([
		...offerSearchOptions,
		{
			displayName: 'Keyword in Results (结果内搜索)',
			name: 'keyword',
			type: 'string',
			default: '',
			description: 'Only offers among the image matches whose title contains this text',
		},
		maxConcurrentRequestsField('1688'),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['searchByImage'] } },
	properties,
);

/** The image as 1688's search takes it: imageAddress for its own pictures, else an uploaded imageId. */
async function imageQuery(this: IExecuteFunctions, index: number): Promise<IDataObject> {
	const source = this.getNodeParameter('imageSource', index) as string;
	if (source === 'binary') {
		const field = this.getNodeParameter('binaryPropertyName', index) as string;
		this.helpers.assertBinaryData(index, field);
		const image = await this.helpers.getBinaryDataBuffer(index, field);
		return { imageId: await uploadSearchImage.call(this, image, index) };
	}
	const url = String(this.getNodeParameter('imageUrl', index) ?? '').trim();
	if (!/^https?:\/\//i.test(url)) {
		throw new NodeOperationError(this.getNode(), `"${url}" is not an image address`, {
			itemIndex: index,
			description: 'Give a full address starting with https://, or choose Binary File.',
		});
	}
	if (isPlatformImageUrl(url)) return { imageAddress: url };
	const image = (await this.helpers.httpRequest({
		method: 'GET',
		url,
		encoding: 'arraybuffer',
		json: false,
	})) as ArrayBuffer | Buffer;
	return {
		imageId: await uploadSearchImage.call(
			this,
			Buffer.isBuffer(image) ? image : Buffer.from(image),
			index,
		),
	};
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const query: IDataObject = {
		...(await imageQuery.call(this, index)),
		...offerQueryFilters(options),
		...(options.keyword ? { keyword: options.keyword } : {}),
	};
	const offers = await searchOffers.call(
		this,
		'product.search.imageQuery',
		query,
		limit,
		concurrencyOption(options.maxConcurrentRequests),
	);
	// nodes before version 1.3 have no Simplify: their saved workflows keep the raw offers
	const simplify = this.getNodeParameter('simplify', index, false) as boolean;
	return offers.map((offer) => ({
		json: simplify ? simplifyImageOffer(offer) : offer,
		pairedItem: { item: index },
	}));
}
