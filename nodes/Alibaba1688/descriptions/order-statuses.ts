import type { INodePropertyOptions } from 'n8n-workflow';

/** The statuses Get Many can filter purchase orders by (orderStatus of getBuyerOrderList). */
export const ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Waiting for Payment (等待买家付款)', value: 'waitbuyerpay' },
	{ name: 'Waiting for Shipment (等待卖家发货)', value: 'waitsellersend' },
	{ name: 'Shipped (等待买家收货)', value: 'waitbuyerreceive' },
	{ name: 'Completed (交易成功)', value: 'success' },
	{ name: 'Cancelled (交易取消)', value: 'cancel' },
];

/** Every status an order can be in, for the trigger's status filter: logistics states included. */
export const ALL_ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	...ORDER_STATUS_OPTIONS,
	{ name: 'Waiting for Pickup (等待物流公司揽件)', value: 'waitlogisticstakein' },
	{ name: 'Waiting for Sign-Off (等待买家签收)', value: 'waitbuyersign' },
	{ name: 'Signed (买家已签收)', value: 'signinsuccess' },
	{ name: 'Goods Confirmed (已收货)', value: 'confirm_goods' },
	{ name: 'Terminated (交易终止)', value: 'terminated' },
];
