import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	category: 'getMany';
	customApiCall: 'call';
	item: 'get' | 'getMany' | 'updateSkuStock';
	order: 'get' | 'getMany' | 'ship';
};

export type MogujieType = AllEntities<NodeMap>;
