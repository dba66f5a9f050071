/** Every resource of the node and its operations: the router is checked against this map. */
export type MogujieOperations = {
	category: 'getMany';
	customApiCall: 'call';
	item: 'get' | 'getMany' | 'updateSkuStock';
	order: 'get' | 'getMany' | 'ship';
};
