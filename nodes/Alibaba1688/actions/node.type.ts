import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	account: 'getAuthorizationUrl' | 'getBasicInfo';
	category: 'get';
	customApiCall: 'call';
	logistics: 'getInfo' | 'getTrace';
	product: 'get' | 'getDetail' | 'search';
	purchaseOrder: 'cancel' | 'create' | 'get' | 'getMany' | 'getPaymentUrl' | 'preview';
};

export type Alibaba1688Type = AllEntities<NodeMap>;
