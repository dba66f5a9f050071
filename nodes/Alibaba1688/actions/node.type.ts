/** Every resource of the node and its operations: the router is checked against this map. */
export type Alibaba1688Operations = {
	account: 'getAuthorizationUrl' | 'getBasicInfo';
	address: 'getMany';
	category: 'get';
	customApiCall: 'call';
	logistics: 'getCarriers' | 'getInfo' | 'getTrace';
	myProduct: 'get' | 'getMany' | 'updateStock';
	refund: 'create' | 'get' | 'getMany' | 'getReasons' | 'returnGoods' | 'uploadVoucher';
	/** `get` is version 1's; version 1.1 has it under myProduct. */
	product: 'get' | 'getDetail' | 'search' | 'searchByImage';
	purchaseOrder:
		| 'cancel'
		| 'confirmReceipt'
		| 'create'
		| 'createCrossBorder'
		| 'get'
		| 'getMany'
		| 'getPaymentUrl'
		| 'payWithoutPassword'
		| 'preview';
	salesOrder: 'addMemo' | 'get' | 'getMany' | 'ship';
};
