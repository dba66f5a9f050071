// temporary mutation check: replies parsed with plain JSON.parse (long ids rounded), paging always 50
jest.mock('../../../../../nodes/shared/helpers/json', () => ({ ...jest.requireActual('../../../../../nodes/shared/helpers/json'), quoteUnsafeIntegers: (t: string) => t }));
import './create.test';
import './getMany.test';
