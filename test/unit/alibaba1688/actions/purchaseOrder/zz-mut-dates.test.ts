// temporary mutation check: 1688 dates formatted in UTC instead of Beijing time
jest.mock('../../../../../nodes/Alibaba1688/helpers/dates', () => {
	const actual = jest.requireActual('../../../../../nodes/Alibaba1688/helpers/dates');
	return { ...actual, formatGatewayDate: (ms: number) => actual.formatGatewayDate(ms - 8 * 3600_000) };
});
import './getMany.test';
