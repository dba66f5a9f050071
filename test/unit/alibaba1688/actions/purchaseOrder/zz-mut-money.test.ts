// temporary mutation check: fen not converted
jest.mock('../../../../../nodes/shared/helpers/money', () => ({ ...jest.requireActual('../../../../../nodes/shared/helpers/money'), fenToYuan: (v: unknown) => v }));
import './create.test';
import './preview.test';
