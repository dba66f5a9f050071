// A Gateway URL is pasted in several forms. Each form must reach the same address from every
// path: the nodes' calls, the token endpoint (1688), and the credential's Test.
import type { ICredentialTestRequest, IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { Alibaba1688OAuth2Api } from '../../../credentials/Alibaba1688OAuth2Api.credentials';
import { MogujieOAuth2Api } from '../../../credentials/MogujieOAuth2Api.credentials';
import * as getBasicInfo from '../../../nodes/Alibaba1688/actions/account/getBasicInfo.operation';
import { renewTokens } from '../../../nodes/Alibaba1688/auth/renew-tokens';
import * as itemGet from '../../../nodes/Mogujie/actions/item/get.operation';
import { resolveExpression } from '../../../scripts/lib/expression';
import { mogujieReply, runOperation } from '../../support/operation-context';

/** The URL n8n's declarative credential test requests for these credential fields. */
function credentialTestUrl(test: ICredentialTestRequest, fields: IDataObject): string {
	const $credentials = { $credentials: fields };
	const base = resolveExpression(test.request.baseURL ?? '', $credentials) as string;
	return base + (resolveExpression(test.request.url ?? '', $credentials) as string);
}

describe('1688 Gateway URL forms', () => {
	const ROOT = 'https://gw.open.1688.com';
	const API = `${ROOT}/openapi/param2/1/com.alibaba.account/alibaba.account.basic/8688001`;

	describe.each([ROOT, `${ROOT}/`, `${ROOT}/openapi`, `${ROOT}/openapi/`, ` ${ROOT}/openapi// `])(
		'"%s"',
		(gatewayUrl) => {
			it('the nodes call the same API URL', async () => {
				const { sent } = await runOperation(getBasicInfo, {
					platform: '1688',
					parameters: {},
					credentials: { gatewayUrl },
					reply: () => ({ result: { loginId: 'buyer' } }),
				});
				expect(sent[0].url).toBe(API);
			});

			it('the credential test calls the same API URL', () => {
				const test = new Alibaba1688OAuth2Api().test;
				expect(credentialTestUrl(test, { gatewayUrl, appKey: '8688001' })).toBe(API);
			});

			it('the token endpoint is under the same root', async () => {
				const urls: string[] = [];
				const httpRequest = async (options: IHttpRequestOptions) => {
					urls.push(options.url);
					return {
						statusCode: 200,
						headers: {},
						body: JSON.stringify({ access_token: 'a', refresh_token: 'r', expires_in: '36000' }),
					};
				};
				await renewTokens(httpRequest as never, {
					appKey: '8688001',
					appSecret: 'secret',
					refreshToken: 'r',
					gatewayUrl,
				});
				expect(urls[0]).toBe(`${ROOT}/openapi/param2/1/system.oauth2/getToken/8688001`);
			});
		},
	);
});

describe('Mogujie Gateway URL forms', () => {
	const GATEWAY = 'https://openapi.mogujie.com/invoke';

	describe.each([GATEWAY, `${GATEWAY}/`, ` ${GATEWAY}// `])('"%s"', (gatewayUrl) => {
		it('the nodes and the credential test post to the same URL', async () => {
			const { sent } = await runOperation(itemGet, {
				platform: 'mogujie',
				parameters: { itemId: '1ltdroo', addYuan: false },
				credentials: { gatewayUrl },
				reply: () => mogujieReply({ itemId: '1ltdroo' }),
			});
			expect(sent[0].url).toBe(GATEWAY);
			expect(credentialTestUrl(new MogujieOAuth2Api().test, { gatewayUrl })).toBe(GATEWAY);
		});
	});
});
