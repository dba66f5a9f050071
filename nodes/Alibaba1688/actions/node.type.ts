/** Every resource of the node and its operations: the router is checked against this map. */
export type Alibaba1688Operations = {
	account: 'getAuthorizationUrl' | 'getBasicInfo';
	category: 'get';
	customApiCall: 'call';
	logistics: 'getInfo' | 'getTrace';
	product: 'get' | 'getDetail' | 'search';
	purchaseOrder: 'cancel' | 'create' | 'get' | 'getMany' | 'getPaymentUrl' | 'preview';
};
