// @ts-check
'use strict';

// Helpers for test/e2e/editor-authorization.test.ts: a new credential created in n8n's editor and
// authorized through a sandbox's consent page, as a user does. Plain JS for the same reason as
// browser.js (the strict n8n lint allows no require or process in TypeScript). Waits on the
// editor's data-test-id selectors (from the n8n-editor-ui bundle of the pinned n8n), never sleeps.
const { DEMO_APP_KEY, DEMO_APP_SECRET } = require('../../sandbox/alibaba1688');
const { requestJson } = require('../../scripts/lib/n8n-rest');

/** @typedef {import('playwright-core').Page} Page */

/**
 * The 1688 sandbox `npm start` runs, read from what it prints ("1688 sandbox: <url>"), and its demo
 * app (the sandbox's own constants; `npm start` does not print the secret).
 * @param {string} output
 */
function sandbox1688(output) {
	const match = /1688 sandbox: (http:\/\/\S+)/.exec(output);
	if (!match) throw new Error('npm start printed no 1688 sandbox address');
	const url = match[1];
	return {
		url,
		demo: {
			appKey: DEMO_APP_KEY,
			appSecret: DEMO_APP_SECRET,
			// the demo app's callback: the sandbox's landing page that shows the code
			redirectUri: `${url}/oauth/code`,
		},
	};
}

const DIALOG = '[data-test-id=credential-edit-dialog]';

/**
 * Opens "Create credential" from the credentials overview (its "Add credential"/"Create" button),
 * picks `typeName` (the credential's display name) in the type search and continues to the
 * credential's modal.
 * @param {Page} page @param {string} baseUrl @param {string} typeName
 */
async function createCredentialFromOverview(page, baseUrl, typeName) {
	await page.goto(`${baseUrl}/home/credentials`);
	await page.waitForLoadState('networkidle').catch(() => undefined);
	// The overview's split button: "Create workflow" with a menu, or a plain "Create credential".
	const add = page.locator(
		'[data-test-id=add-resource-credential], [data-test-id=create-credential]',
	);
	if (await add.first().isVisible()) {
		await add.first().click();
	} else {
		await page.locator('[data-test-id=add-resource-buttons] button').last().click();
		await page.locator('[data-test-id=add-resource-credential]').first().click();
	}
	const select = page.locator('[data-test-id=new-credential-type-select]');
	await select.waitFor({ state: 'visible', timeout: 60_000 });
	const input = select.locator('input').first();
	await input.click();
	await input.fill(typeName);
	const option = page
		.locator('[data-test-id=new-credential-type-select-option]')
		.filter({ hasText: typeName })
		.first();
	await option.waitFor({ state: 'visible', timeout: 60_000 });
	await option.click();
	await page.locator('[data-test-id=new-credential-type-button]').click();
	const dialog = page.locator(DIALOG);
	await dialog.waitFor({ state: 'visible', timeout: 60_000 });
	return dialog;
}

/**
 * Fills a string field of the open credential modal (by its parameter name).
 * @param {Page} page @param {string} name @param {string} value
 */
async function fillCredentialField(page, name, value) {
	const input = page.locator(`${DIALOG} [data-test-id=parameter-input-${name}] input`).first();
	await input.waitFor({ state: 'visible', timeout: 60_000 });
	await input.fill(value);
	// n8n takes the value on input; a blur makes sure it is committed before saving.
	await input.press('Tab');
	return input;
}

/** The value a field of the open credential modal shows. @param {Page} page @param {string} name */
async function credentialFieldValue(page, name) {
	return page
		.locator(`${DIALOG} [data-test-id=parameter-input-${name}] input`)
		.first()
		.inputValue();
}

/**
 * Saves the open credential modal and waits for the connection test n8n runs on save: either the
 * success banner or an error banner. Returns which, and the banner's text.
 * @param {Page} page
 */
async function saveAndReadTest(page, timeoutMs = 120_000) {
	// The Save button is in the modal's header, outside the content that carries the dialog's id.
	// n8n saves, then tests the saved credential (POST /rest/credentials/test): the result on the
	// page is the one of that test only once its reply is in.
	const tested = page.waitForResponse(
		(response) =>
			new URL(response.url()).pathname === '/rest/credentials/test' &&
			response.request().method() === 'POST',
		{ timeout: timeoutMs },
	);
	await page.locator('[data-test-id=credential-save-button]').click();
	await tested;
	return readTestResult(page, timeoutMs);
}

/**
 * The result of the modal's connection test, once it shows: 'success' with the success banner's
 * text, or 'error' with the whole text of the error banner (message and details).
 * @param {Page} page
 */
async function readTestResult(page, timeoutMs = 120_000) {
	const dialog = page.locator(DIALOG);
	const success = dialog.locator('[data-test-id=credentials-config-container-test-success]');
	await page.waitForFunction(
		() => {
			const doc = /** @type {any} */ (globalThis).document;
			const d = doc.querySelector('[data-test-id=credential-edit-dialog]');
			if (!d) return false;
			const ok = d.querySelector('[data-test-id=credentials-config-container-test-success]');
			if (ok && ok.getClientRects().length > 0) return true;
			return /Couldn.t connect|Problem with connection/.test(d.innerText);
		},
		undefined,
		{ timeout: timeoutMs },
	);
	if (await success.isVisible()) {
		await success.scrollIntoViewIfNeeded();
		return { result: 'success', text: await success.innerText() };
	}
	// n8n folds the test's message away behind "More details".
	const more = dialog.getByText('More details', { exact: true });
	if (await more.isVisible()) {
		await more.click();
		await more.waitFor({ state: 'hidden' });
	}
	// The banner: from the element that says "Couldn't connect…", up to the first ancestor that
	// also holds the details (a line besides that one and the banner's buttons).
	await dialog.evaluate((element) => {
		const walker = /** @type {any} */ (globalThis).document.createTreeWalker(element, 4);
		const ownLines = /^(Couldn.t connect.*|Problem with connection.*|Retry|Retrying|More details)$/;
		while (walker.nextNode()) {
			if (!/Couldn.t connect|Problem with connection/.test(walker.currentNode.data)) continue;
			let banner = walker.currentNode.parentElement;
			const more = () =>
				banner.innerText
					.split('\n')
					.map((/** @type {string} */ line) => line.trim())
					.filter((/** @type {string} */ line) => line !== '' && !ownLines.test(line)).length;
			while (banner !== element && more() === 0) banner = banner.parentElement;
			banner.setAttribute('data-test-banner', 'credential-test-error');
			return;
		}
	});
	const banner = dialog.locator('[data-test-banner=credential-test-error]');
	await banner.scrollIntoViewIfNeeded();
	return { result: 'error', text: await banner.innerText(), banner };
}

/**
 * Approves an authorization on a sandbox's consent page in a new tab of the same browser context:
 * picks the account whose option shows `account` in the page's `<select name=…>`, presses
 * 同意授权 / Authorize and returns the tab once it landed on the redirect page (`landing`).
 * @param {Page} page @param {string} url the authorization URL
 * @param {{ account: string, select: string, landing: RegExp, atConsent?: (tab: Page) => Promise<void> }} how
 */
async function approveOnConsentPage(page, url, { account, select, landing, atConsent }) {
	const tab = await page.context().newPage();
	await tab.goto(url);
	const accounts = tab.locator(`select[name=${select}]`);
	await accounts.waitFor({ state: 'visible', timeout: 60_000 });
	const value = await accounts
		.locator('option')
		.filter({ hasText: account })
		.first()
		.getAttribute('value');
	if (!value) throw new Error(`the consent page lists no account ${account}`);
	await accounts.selectOption(value);
	if (atConsent) await atConsent(tab);
	await Promise.all([
		tab.waitForURL(landing, { timeout: 60_000 }),
		tab.getByRole('button', { name: /同意授权|Authorize/ }).click(),
	]);
	await tab.locator('#code').waitFor({ state: 'visible' });
	return tab;
}

/**
 * Approves on the 1688 sandbox's consent page as the account `loginId`; lands on /oauth/code.
 * @param {Page} page @param {string} url @param {string} loginId
 * @param {(tab: Page) => Promise<void>} [atConsent] called on the consent page (for a screenshot)
 */
const approve1688 = (page, url, loginId, atConsent) =>
	approveOnConsentPage(page, url, {
		account: loginId,
		select: 'memberId',
		landing: /\/oauth\/code\?/,
		atConsent,
	});

/**
 * The Mogujie sandbox `npm start` runs ("Mogujie sandbox: <url>") and its demo app. The app's
 * secret is not printed: it depends only on the sandbox's seed, so a Mogujie sandbox started here
 * with the same (default) seed as `npm start`'s has the same demo app; it is closed right away.
 * @param {string} output
 */
async function sandboxMogujie(output) {
	const match = /Mogujie sandbox: (http:\/\/\S+)/.exec(output);
	if (!match) throw new Error('npm start printed no Mogujie sandbox address');
	const url = match[1];
	const { startMogujieSandbox } = require('../../sandbox');
	const twin = await startMogujieSandbox({ port: 0, host: '127.0.0.1' });
	try {
		return {
			url,
			demo: {
				appKey: /** @type {string} */ (twin.demo.appKey),
				appSecret: /** @type {string} */ (twin.demo.appSecret),
				userId: /** @type {string} */ (twin.demo.userId),
				redirectUri: `${url}/code`,
			},
		};
	} finally {
		await twin.close();
	}
}

/**
 * Approves on the Mogujie sandbox's consent page as the shop `userId`; lands on /code.
 * @param {Page} page @param {string} url @param {string} userId
 */
const approveMogujie = (page, url, userId) =>
	approveOnConsentPage(page, url, { account: userId, select: 'userId', landing: /\/code\?/ });

/**
 * The editor's REST API as the owner, for what the editor's UI does not show: reading a credential
 * and running a workflow with it.
 * @param {string} baseUrl @param {{ email: string, password: string }} owner
 */
async function ownerRest(baseUrl, owner) {
	const headers = { 'browser-id': 'editor-authorization-test', cookie: '' };
	const login = await requestJson(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers,
		body: { emailOrLdapLoginId: owner.email, password: owner.password },
	});
	if (!login.ok) throw new Error(`REST sign-in failed: ${login.status} ${login.text}`);
	headers.cookie = `n8n-auth=${login.cookies['n8n-auth']}`;
	/** @param {string} method @param {string} urlPath @param {unknown} [body] */
	const call = async (method, urlPath, body) => {
		const reply = await requestJson(`${baseUrl}${urlPath}`, { method, headers, body });
		if (!reply.ok) throw new Error(`${method} ${urlPath}: ${reply.status} ${reply.text}`);
		return reply.body.data;
	};
	return {
		get: (/** @type {string} */ urlPath) => call('GET', urlPath),
		post: (/** @type {string} */ urlPath, /** @type {unknown} */ body) =>
			call('POST', urlPath, body),
		del: (/** @type {string} */ urlPath) => call('DELETE', urlPath),
	};
}

/**
 * Saves a workflow "Manual trigger → 1688 Account → Get Basic Info" using the credential, for a
 * run that shows the credential holds working tokens.
 * @param {{ post: (path: string, body: unknown) => Promise<any> }} rest
 * @param {{ id: string, name: string }} credential
 */
async function basicInfoWorkflow(rest, credential) {
	const workflow = await rest.post('/rest/workflows', {
		name: `1688 basic info with ${credential.name}`,
		nodes: [
			{
				id: 'e0a1b2c3-0000-4000-8000-000000000001',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'e0a1b2c3-0000-4000-8000-000000000002',
				name: 'Basic Info',
				type: 'n8n-nodes-1688-mogujie.alibaba1688',
				typeVersion: 1.1,
				position: [220, 0],
				parameters: { resource: 'account', operation: 'getBasicInfo' },
				credentials: { alibaba1688OAuth2Api: { id: credential.id, name: credential.name } },
			},
		],
		connections: { Start: { main: [[{ node: 'Basic Info', type: 'main', index: 0 }]] } },
		settings: {},
		active: false,
	});
	return /** @type {string} */ (workflow.id);
}

/**
 * The text node of the open error banner that contains `marker` (the credential test's message,
 * n8n's "details"): its raw text (with the message's line breaks) and how the page lays out
 * `pieceOf(raw)`: whether its element lets it be selected and clips it, whether every line box of
 * it is inside the modal, and on how many lines it wraps.
 * @param {Page} page @param {string} marker @param {(text: string) => string} pieceOf
 */
async function bannerDetails(page, marker, pieceOf) {
	const banner = page.locator(`${DIALOG} [data-test-banner=credential-test-error]`);
	const raw = await banner.evaluate((element, wanted) => {
		const walker = /** @type {any} */ (globalThis).document.createTreeWalker(element, 4);
		while (walker.nextNode())
			if (walker.currentNode.data.includes(wanted)) return walker.currentNode.data;
		return '';
	}, marker);
	const piece = pieceOf(raw);
	const layout = await banner.evaluate(
		(element, { wanted, part }) => {
			const g = /** @type {any} */ (globalThis);
			const walker = g.document.createTreeWalker(element, 4);
			while (walker.nextNode()) {
				const node = walker.currentNode;
				if (!node.data.includes(wanted)) continue;
				const holder = node.parentElement;
				const start = node.data.lastIndexOf(part);
				const range = g.document.createRange();
				range.setStart(node, start);
				range.setEnd(node, start + part.length);
				const box = holder.getBoundingClientRect();
				const modal = holder.closest('[role=dialog], .el-dialog') ?? g.document.body;
				const area = modal.getBoundingClientRect();
				const rects = [...range.getClientRects()];
				return {
					userSelect: g.getComputedStyle(holder).userSelect,
					whiteSpace: g.getComputedStyle(holder).whiteSpace,
					clipped:
						holder.scrollHeight > holder.clientHeight + 1 ||
						holder.scrollWidth > holder.clientWidth + 1,
					inside:
						rects.length > 0 &&
						rects.every(
							(r) =>
								r.left >= Math.min(box.left, area.left) - 1 &&
								r.right <= Math.max(box.right, area.right) + 1 &&
								r.top >= area.top - 1 &&
								r.bottom <= area.bottom + 1,
						),
					lines: new Set(rects.map((r) => Math.round(r.top))).size,
				};
			}
			return undefined;
		},
		{ wanted: marker, part: piece },
	);
	return { raw, piece, layout };
}

module.exports = {
	approve1688,
	approveMogujie,
	sandboxMogujie,
	bannerDetails,
	basicInfoWorkflow,
	createCredentialFromOverview,
	credentialFieldValue,
	fillCredentialField,
	ownerRest,
	readTestResult,
	saveAndReadTest,
	sandbox1688,
};
