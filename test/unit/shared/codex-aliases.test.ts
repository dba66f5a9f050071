// n8n's node creator searches a node's codex aliases (`alias` in <Node>.node.json, which n8n's
// directory loader reads for community packages too). People look for these platforms by their
// Chinese names: 蘑菇街 for Mogujie, 阿里巴巴 or 采购 (purchasing) for 1688.
import { readRepoFile } from '../../support/repo-files';

const codex = (node: string) => JSON.parse(readRepoFile(`nodes/${node}/${node}.node.json`));

describe('search aliases of each node (codex)', () => {
	it.each([
		['Alibaba1688', ['1688', '阿里巴巴', 'Alibaba', '采购', '批发', '订单', '供应商']],
		['Alibaba1688Trigger', ['1688', '阿里巴巴', '采购', '订单', '销售订单']],
		['Alibaba1688MessageTrigger', ['1688', '阿里巴巴', '消息', '推送']],
		['Mogujie', ['蘑菇街', '小店', 'Mogujie', '订单']],
		['MogujieTrigger', ['蘑菇街', '小店', 'Mogujie', '订单']],
	])('%s is found by %j', (node, words) => {
		expect(codex(node).alias).toEqual(expect.arrayContaining(words));
	});

	it('names each node type as the package declares it', () => {
		expect(codex('Mogujie').node).toBe('n8n-nodes-1688-mogujie.mogujie');
		expect(codex('Alibaba1688Trigger').node).toBe('n8n-nodes-1688-mogujie.alibaba1688Trigger');
	});
});
