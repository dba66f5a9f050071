// The real replies under test/fixtures/real are evidence: each must say where it came from and
// whether it was changed, and its body must be a JSON object the nodes can read.
import { parseJsonObject } from '../../../nodes/shared/helpers/json';
import { realReply, realReplyNames } from '../../support/real-replies';

const fixtures = (['1688', 'mogujie'] as const).flatMap((platform) =>
	realReplyNames(platform).map((name) => [platform, name] as const),
);

describe('real reply fixtures', () => {
	it('are there for both platforms', () => {
		expect(fixtures.filter(([platform]) => platform === '1688').length).toBeGreaterThan(10);
		expect(fixtures.filter(([platform]) => platform === 'mogujie').length).toBeGreaterThan(1);
	});

	it.each(fixtures)(
		'%s/%s names its source and whether it was shortened or edited',
		(platform, name) => {
			const { provenance, text } = realReply(platform, name);
			expect(provenance.source).toMatch(/\S{10,}/);
			expect(provenance.what).toMatch(/\S/);
			expect(provenance.shortened).toMatch(/^(no|yes\b.*\S)/);
			expect(provenance.edited).toMatch(/^(no|yes\b.*\S)/);
			expect(parseJsonObject(text)).toBeDefined();
		},
	);
});
