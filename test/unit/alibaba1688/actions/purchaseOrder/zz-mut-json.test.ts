// temporary mutation check: replies parsed with plain JSON.parse (long ids rounded)
jest.mock('../../../../../nodes/shared/helpers/json', () => ({ ...jest.requireActual('../../../../../nodes/shared/helpers/json'), parseJsonObject: (t: string) => { try { return JSON.parse(t); } catch { return undefined; } } }));
import './create.test';
import './getMany.test';
import './getPaymentUrl.test';
