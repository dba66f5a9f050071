// Get Offer: another seller's offer, as a buyer may read it. Two documented routes (research of
// issue 14, the API pages in Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/):
// - product.search.queryProductDetail (com.alibaba.fenxiao.crossborder): any offer, for apps with
//   the 跨境大客户寻源通 solution; translated, with each SKU's specId;
// - alibaba.cross.productInfo (com.alibaba.product): "需要建立跨境铺货关系之后才能获取详情"; the
//   relation is made by alibaba.cross.syncProductListPushed (com.alibaba.product.push, ≤20 ids),
//   not by alibaba.product.follow, which only subscribes to an offer's change messages.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { countryField, offerSimplifyField, productIdFields } from '../../descriptions/product';
import { simplifyOfferDetail } from '../../helpers/simplify-offer';
import { simplifyProduct } from '../../helpers/simplify-product';
import { readProductId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';
import { objectAt } from '../../../shared/helpers/reply-objects';

/** ProductInfo prints its pictures as paths: "使用相对路径，需要增加域名：https://cbu01.alicdn.com/". */
const IMAGE_HOST = 'https://cbu01.alicdn.com/';

const properties: INodeProperties[] = [
	{
		displayName:
			"Reads any seller's offer. Sourcing Detail needs 1688's 跨境大客户寻源通 (cross-border sourcing) solution, which 1688's business team grants on request; Listed Product needs the offer in your cross-border listings (铺货), which this node can add first.",
		name: 'detailNotice',
		type: 'notice',
		default: '',
	},
	...productIdFields(false),
	{
		displayName: 'Source (接口)',
		name: 'offerSource',
		type: 'options',
		options: [
			{
				name: 'Sourcing Detail (多语言商详)',
				value: 'sourcing',
				description:
					"Product.search.queryProductDetail: any offer, translated, with each SKU's specId",
			},
			{
				name: 'Listed Product (跨境铺货商品)',
				value: 'listing',
				description:
					"Alibaba.cross.productInfo: an offer in your cross-border listings, in 1688's product model",
			},
		],
		default: 'sourcing',
		description:
			'Which 1688 API reads the offer: sourcing (the translated sourcing detail, any offer) or listing (an offer in your cross-border listings)',
	},
	{ ...countryField, displayOptions: { show: { offerSource: ['sourcing'] } } },
	{
		displayName: 'Add to My Listings First (加入铺货列表)',
		name: 'addToListings',
		type: 'boolean',
		default: true,
		displayOptions: { show: { offerSource: ['listing'] } },
		description:
			'Whether to add the offer to your cross-border listings (alibaba.cross.syncProductListPushed) before reading it; 1688 reads only listed offers here',
	},
	offerSimplifyField(
		'Whether to return a short summary (ID, titles, unit, minimum order, stock, price ranges in yuan, sales, supplier, addresses of the offer and its pictures, each SKU with its specId, price and stock) instead of the full 1688 data with its description, attributes and parcel sizes',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['getDetail'] } },
	properties,
);

/** Image paths of a ProductInfo as full addresses, beside the paths 1688 printed. */
function withImageUrls(product: IDataObject): IDataObject {
	const images = objectAt(product.image)?.images;
	if (!Array.isArray(images)) return product;
	return {
		...product,
		imageUrls: images.map((path) =>
			/^https?:\/\//i.test(String(path))
				? String(path)
				: `${IMAGE_HOST}${String(path).replace(/^\/+/, '')}`,
		),
	};
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const offerId = readProductId.call(this, index);
	const source = this.getNodeParameter('offerSource', index, 'sourcing') as string;
	// nodes before version 1.3 have no Simplify: their saved workflows keep the raw offer
	const simplify = this.getNodeParameter('simplify', index, false) as boolean;
	if (source === 'listing') {
		if (this.getNodeParameter('addToListings', index, true) as boolean) {
			await alibaba1688ApiRequest.call(this, {
				namespace: 'com.alibaba.product.push',
				apiName: 'alibaba.cross.syncProductListPushed',
				params: { productIdList: `[${offerId}]` },
				// adding an offer already listed changes nothing, so a repeat is safe
				retry: 'safe',
			});
		}
		const body = await alibaba1688ApiRequest.call(this, {
			namespace: 'com.alibaba.product',
			apiName: 'alibaba.cross.productInfo',
			params: { productId: offerId },
			retry: 'safe',
		});
		const product = withImageUrls(objectAt(body.productInfo) ?? {});
		// simplifyProduct keeps ProductInfo's image paths; the view gets the full addresses
		const json = simplify
			? { ...simplifyProduct(product), imageUrls: product.imageUrls ?? [] }
			: product;
		return [{ json, pairedItem: { item: index } }];
	}
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.fenxiao.crossborder',
		apiName: 'product.search.queryProductDetail',
		// offerId is a Long: its digits go into the JSON as a bare number.
		params: {
			offerDetailParam: `{"offerId":${offerId},"country":${JSON.stringify(this.getNodeParameter('country', index))}}`,
		},
		retry: 'safe',
	});
	const detail = objectAt(objectAt(body.result)?.result) ?? {};
	return [{ json: simplify ? simplifyOfferDetail(detail) : detail, pairedItem: { item: index } }];
}
