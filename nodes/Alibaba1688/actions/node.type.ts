import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	account: 'getAuthorizationUrl' | 'getBasicInfo';
	customApiCall: 'call';
};

export type Alibaba1688Type = AllEntities<NodeMap>;
