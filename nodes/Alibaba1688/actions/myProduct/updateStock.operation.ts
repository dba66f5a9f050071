// alibaba.product.modifyStock-1 (com.alibaba.product): 修改产品库存. Sources: the .NET SDK's APIId,
// the PHP SDK's AlibabaProductModifyStockParam / ProductStock / SkuStockBean and the Python SDK's
// copy of its page ("该接口支持增量修改和全量修改，通过入参控制，默认为增量修改");
// research15/seller-products.md §3. The SKU is named by its specId in a field called skuId, so the
// product is read first: a SKU may be given by specId, skuId or its cargo number (the warehouse's
// code), and the output says the stock before and after.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { productIdFields } from '../../descriptions/product';
import { objectAt, objectsAt } from '../../../shared/helpers/reply-objects';
import { valueText } from '../../../shared/helpers/text';
import { readProductId } from '../parameters';
import { fetchOwnProduct, modifyStock } from '../../transport/own-products';

const properties: INodeProperties[] = [
	...productIdFields(
		true,
		'One of your own products: its ID (digits; productId in My Product → Get Many), or its address detail.1688.com/offer/{ID}.html',
	),
	{
		displayName: 'Mode (修改方式)',
		name: 'mode',
		type: 'options',
		options: [
			{
				name: 'Set Stock To',
				value: 'set',
				description:
					'The quantities are the new stock (全量修改), e.g. the count in your warehouse',
			},
			{
				name: 'Add or Subtract',
				value: 'adjust',
				description: 'The quantities are changes (增量修改): 5 adds five, -3 takes three away',
			},
		],
		default: 'set',
		description:
			'How the quantities are read: set (each is the new stock) or adjust (each is a change, negative to take units away)',
	},
	{
		displayName: 'Stock (库存)',
		name: 'stock',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add SKU',
		default: { items: [{ sku: '', quantity: 0 }] },
		options: [
			{
				displayName: 'SKU',
				name: 'items',
				values: [
					{
						displayName: 'SKU (规格)',
						name: 'sku',
						type: 'string',
						default: '',
						placeholder: 'b266e0726506185beaf205cbae88530d',
						description:
							'The SKU: its specId (32 letters and digits), skuId (digits) or cargo number (货号, your own text), as My Product → Get lists them. Leave it empty for a product without SKUs.',
					},
					{
						displayName: 'Quantity (数量)',
						name: 'quantity',
						type: 'number',
						typeOptions: { numberPrecision: 0 },
						default: 0,
						description:
							'A whole number of units: the new stock (Set Stock To, 0 or more) or the change (Add or Subtract, may be negative)',
					},
				],
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['myProduct'], operation: ['updateStock'] } },
	properties,
);

interface SkuChange {
	sku: IDataObject | undefined;
	quantity: number;
}

/** Each row's SKU, found among the product's by specId, skuId or cargo number. */
function matchSkus(
	context: IExecuteFunctions,
	index: number,
	productId: string,
	skus: IDataObject[],
	rows: IDataObject[],
	absolute: boolean,
): SkuChange[] {
	const fail = (message: string, description: string) =>
		new NodeOperationError(context.getNode(), message, { itemIndex: index, description });
	const known = skus
		.map((s) => `${valueText(s.specId)}${s.cargoNumber ? ` (${valueText(s.cargoNumber)})` : ''}`)
		.join(', ');
	return rows.map((row) => {
		const quantity = Number(row.quantity);
		if (!Number.isSafeInteger(quantity) || (absolute && quantity < 0)) {
			throw fail(
				`"${String(row.quantity)}" is not a stock quantity`,
				absolute
					? 'Set Stock To takes a whole number of 0 or more.'
					: 'Add or Subtract takes a whole number, negative to take units away.',
			);
		}
		const given = valueText(row.sku).trim();
		if (skus.length === 0) {
			if (given !== '') {
				throw fail(
					`Product ${productId} has no SKUs, so "${given}" names none`,
					"Leave the SKU empty: the quantity is then the whole product's.",
				);
			}
			return { sku: undefined, quantity };
		}
		const sku =
			skus.find((s) => valueText(s.specId) === given) ??
			skus.find((s) => valueText(s.skuId) === given) ??
			skus.find((s) => given !== '' && valueText(s.cargoNumber) === given);
		if (!sku) {
			throw fail(
				given === ''
					? `Product ${productId} has SKUs: say which one`
					: `Product ${productId} has no SKU "${given}"`,
				`Its SKUs (specId and cargo number) are: ${known}.`,
			);
		}
		return { sku, quantity };
	});
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const productId = readProductId.call(this, index);
	const absolute = (this.getNodeParameter('mode', index, 'set') as string) !== 'adjust';
	const rows = ((this.getNodeParameter('stock', index, {}) as IDataObject).items ??
		[]) as IDataObject[];
	if (rows.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Add at least one SKU and its quantity', {
			itemIndex: index,
		});
	}
	const product = objectAt((await fetchOwnProduct.call(this, productId)).productInfo) ?? {};
	const skus = objectsAt(product.skuInfos);
	const changes = matchSkus(this, index, productId, skus, rows, absolute);
	const noSkus = changes.every((change) => change.sku === undefined);
	const outcome = await modifyStock.call(
		this,
		noSkus
			? { productId, productAmountChange: changes[changes.length - 1].quantity }
			: {
					productId,
					skuStocks: changes.map((c) => ({
						specId: valueText(c.sku?.specId),
						stockChange: c.quantity,
					})),
				},
		absolute,
	);
	if (!outcome.changed) {
		throw new NodeOperationError(
			this.getNode(),
			`1688 did not change the stock of product ${productId}${outcome.code ? ` (${outcome.code}${outcome.desc ? `: ${outcome.desc}` : ''})` : ''}`,
			{
				itemIndex: index,
				description:
					"1688 answers per product. Check the product is one of this account's own and each SKU's specId (My Product → Get); stock cannot go below 0.",
			},
		);
	}
	const before = (sku: IDataObject | undefined) =>
		Number((sku ?? objectAt(product.saleInfo) ?? {}).amountOnSale ?? NaN);
	return [
		{
			json: {
				productId,
				mode: absolute ? 'set' : 'adjust',
				changes: changes.map(({ sku, quantity }) => {
					const was = before(sku);
					return {
						specId: sku ? valueText(sku.specId) : null,
						skuId: sku?.skuId === undefined ? null : valueText(sku.skuId),
						cargoNumber: sku?.cargoNumber === undefined ? null : valueText(sku.cargoNumber),
						stockBefore: Number.isFinite(was) ? was : null,
						stockAfter: absolute ? quantity : Number.isFinite(was) ? was + quantity : null,
					};
				}),
			},
			pairedItem: { item: index },
		},
	];
}
