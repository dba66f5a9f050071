// @ts-check
'use strict';

// n8n's editor in Debian's Chromium, driven by playwright-core (no browser download), for
// test/e2e/editor-browser.test.ts. Plain JS: the strict n8n lint allows no file system, process or
// timers in TypeScript. Everything waits on the editor's own data-test-id selectors (read from the
// n8n-editor-ui bundle of the pinned n8n), never on fixed sleeps.
const fs = require('node:fs');
const path = require('node:path');
const {
	chromiumPath,
	chromiumMissing,
	browserTestSkipReason,
} = require('../../scripts/lib/chromium');

const root = path.join(__dirname, '..', '..');
const PACKAGE = 'n8n-nodes-1688-mogujie';

/** Where each run's screenshots go (ignored by git); README pictures go to docs/images/. */
const SCREENSHOTS = path.join(root, 'test-output', 'screenshots');
const PICTURES = path.join(root, 'docs', 'images');
const VIEWPORT = { width: 1280, height: 800 };

/** Whether this run also rewrites the README's pictures (UPDATE_PICTURES=1). */
const updatePictures = () => process.env.UPDATE_PICTURES === '1';

/** The example workflows `npm start` imports, with the base name of their file. */
function exampleWorkflows() {
	return fs
		.readdirSync(path.join(root, 'examples'))
		.filter((file) => file.endsWith('.workflow.json'))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(root, 'examples', file), 'utf8'));
			return {
				file: file.replace(/\.workflow\.json$/, ''),
				id: /** @type {string} */ (workflow.id),
				name: /** @type {string} */ (workflow.name),
				/** @type {Array<{name: string, type: string, parameters: Record<string, unknown>}>} */
				nodes: workflow.nodes,
			};
		});
}

/**
 * What a request or console message has to do with this package, by its URL (and, for console
 * messages, its text): 'schema' for the output schemas n8n looks up for the package's nodes
 * (`/schemas/<package>.<node>/<version>/<resource>/<operation>.json`), 'package' for anything else
 * served from the package (its icons under `/icons/<package>/…`, the node and credential types,
 * any URL naming it), '' when it is not the package's.
 * @param {string} text
 */
function packageConcern(text) {
	if (/\/schemas\/n8n-nodes-1688-mogujie\./.test(text)) return 'schema';
	// n8n asks for the schemas of its own nodes too (/schemas/n8n-nodes-base.set/3.4.0.json),
	// and n8n 2.41 ships none: those 404s are n8n's, not the package's.
	if (text.includes('/schemas/')) return '';
	if (text.includes(PACKAGE) || text.includes('/icons/')) return 'package';
	return '';
}

/** Waits until `check` (run in Node) returns a truthy value; for REST reads, not the page. */
async function until(/** @type {() => Promise<any>} */ check, timeoutMs = 60_000, what = '') {
	const started = Date.now();
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/**
 * Opens Chromium with one page per theme ('light', 'dark'; n8n reads the theme from
 * localStorage `N8N_THEME`, or the `?theme=` query), and records, per page, what would show a
 * broken editor: console errors, uncaught page errors, failed requests and HTTP errors.
 * @param {{ baseUrl: string }} options
 */
async function openBrowser({ baseUrl }) {
	const { chromium } = require('playwright-core');
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		// Containers and CI run as root, where Chromium's sandbox cannot start.
		args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=en-US'],
	});
	/** @type {Array<{ theme: string, step: string, kind: string, concern: string, text: string }>} */
	const problems = [];
	let step = 'start';
	/** @type {string[]} every output-schema request for the package's nodes, with its status */
	const schemaRequests = [];

	/** @param {'light' | 'dark'} theme */
	async function themedPage(theme) {
		const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
		await context.addInitScript((value) => {
			/** @type {any} */ (globalThis).localStorage.setItem('N8N_THEME', value);
		}, theme);
		const page = await context.newPage();
		const record = (/** @type {string} */ kind, /** @type {string} */ text, concernOf = text) =>
			problems.push({ theme, step, kind, concern: packageConcern(concernOf), text });
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			const where = message.location()?.url ?? '';
			record('console error', `${message.text()} (${where})`);
		});
		page.on('pageerror', (error) => record('page error', `${error.stack || error.message}`));
		page.on('requestfailed', (request) => {
			const reason = request.failure()?.errorText ?? '';
			// The browser cancels what a page still loads when it navigates away (and images it
			// no longer shows): not a failure of the server. A missing icon is caught by the icon
			// check instead.
			if (reason === 'net::ERR_ABORTED') return;
			record('failed request', `${request.method()} ${request.url()}: ${reason}`, request.url());
		});
		page.on('response', (response) => {
			const url = response.url();
			if (packageConcern(url) === 'schema') schemaRequests.push(`${response.status()} ${url}`);
			if (response.status() < 400) return;
			record('HTTP error', `${response.request().method()} ${url}: ${response.status()}`, url);
		});
		// A "leave without saving?" prompt must not hold a navigation.
		page.on('dialog', (dialog) => dialog.accept().catch(() => undefined));
		return page;
	}

	return {
		browser,
		problems,
		schemaRequests,
		baseUrl,
		themedPage,
		/** Names the step that problems recorded from now on belong to. */
		setStep(/** @type {string} */ name) {
			step = name;
		},
		async close() {
			await browser.close();
		},
	};
}

/**
 * The owner's sign-in as `npm start` prints it ("Sign in:   <email> / <password>").
 * @param {string} output
 */
function printedSignIn(output) {
	const match = /Sign in:\s+(\S+@\S+)\s+\/\s+(\S+)/.exec(output);
	if (!match) throw new Error('npm start printed no sign-in line');
	return { email: match[1], password: match[2] };
}

/** @typedef {import('playwright-core').Page} Page */

/**
 * Signs in through the editor's sign-in form.
 * @param {Page} page @param {string} baseUrl @param {{ email: string, password: string }} owner
 */
async function signIn(page, baseUrl, owner) {
	await page.goto(`${baseUrl}/signin`);
	await page.locator('input[name=emailOrLdapLoginId]').fill(owner.email);
	await page.locator('input[name=password]').fill(owner.password);
	await page.locator('[data-test-id=form-submit-button]').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 60_000 });
	await page.waitForLoadState('networkidle');
}

/** @param {string} name */
const nodeSelector = (name) => `[data-test-id=canvas-node][data-node-name=${JSON.stringify(name)}]`;

const STICKY = 'n8n-nodes-base.stickyNote';

/**
 * Opens a workflow on the canvas and waits until every node and every image on the page is loaded.
 * @param {Page} page @param {string} baseUrl @param {{ id: string, nodes: Array<{ name: string, type: string }> }} workflow
 */
async function openWorkflow(page, baseUrl, workflow) {
	await page.goto(`${baseUrl}/workflow/${workflow.id}`);
	// Sticky notes are drawn on the canvas too, but not as nodes with a name.
	for (const node of workflow.nodes.filter((n) => n.type !== STICKY))
		await page.locator(nodeSelector(node.name)).first().waitFor({ state: 'visible' });
	await settle(page);
}

/** Waits for the network to go quiet and every image of the page to finish (load or fail). */
async function settle(/** @type {Page} */ page) {
	await page.waitForLoadState('networkidle').catch(() => undefined);
	await page.waitForFunction(() =>
		[.../** @type {any} */ (globalThis).document.images].every(
			(/** @type {any} */ image) => image.complete,
		),
	);
}

/**
 * Images of the package (its icons) and every `/icons/` image that did not render: not loaded,
 * or loaded with no size (a 404 or a broken SVG gives naturalWidth 0).
 * @param {Page} page
 */
async function brokenIcons(page) {
	await settle(page);
	return page.evaluate(
		(pkg) =>
			/** @type {any[]} */ ([.../** @type {any} */ (globalThis).document.images])
				.filter((image) => image.src.includes(pkg) || image.src.includes('/icons/'))
				.filter((image) => !image.complete || image.naturalWidth === 0)
				.map((image) => image.src),
		PACKAGE,
	);
}

/**
 * The package's icons on the page, as loaded (their URLs), to show the check saw them.
 * @param {Page} page
 */
async function packageIcons(page) {
	return page.evaluate(
		(pkg) =>
			/** @type {any[]} */ ([.../** @type {any} */ (globalThis).document.images])
				.filter((image) => image.src.includes(pkg))
				.map((image) => new URL(image.src).pathname),
		PACKAGE,
	);
}

/**
 * Chinese characters under `selector` that render as boxes. Each visible Han character is drawn
 * on a canvas in its element's font family (Chromium falls back across fonts on a canvas as it does
 * in the page); a character no installed font has comes out as the same "tofu" box as a codepoint
 * that is assigned to nothing (U+0378 and U+0BFF here), and all such characters come out alike.
 * Returns the characters that drew as tofu or identical to another character, and how many it
 * looked at (so a test can tell that there was Chinese text to check).
 * @param {Page} page @param {string} selector
 */
async function cjkBoxes(page, selector) {
	return page.evaluate((rootSelector) => {
		const { document, getComputedStyle, NodeFilter } = /** @type {any} */ (globalThis);
		const rootElement = document.querySelector(rootSelector) ?? document.body;
		const walker = document.createTreeWalker(rootElement, NodeFilter.SHOW_TEXT);
		/** @type {Map<string, string>} character → font family */
		const chars = new Map();
		/** @type {string[]} */
		const labels = [];
		while (walker.nextNode()) {
			const text = walker.currentNode;
			const found = text.data.match(/\p{Script=Han}/gu);
			const element = text.parentElement;
			if (!found || !element || element.getClientRects().length === 0) continue;
			const family = getComputedStyle(element).fontFamily;
			labels.push(text.data.trim());
			for (const char of found) if (!chars.has(char)) chars.set(char, family);
		}
		const canvas = document.createElement('canvas');
		canvas.width = 48;
		canvas.height = 48;
		const context = canvas.getContext('2d', { willReadFrequently: true });
		/** @param {string} char @param {string} family */
		const draw = (char, family) => {
			context.clearRect(0, 0, 48, 48);
			context.font = `32px ${family}`;
			context.textBaseline = 'top';
			context.fillStyle = '#000';
			context.fillText(char, 4, 4);
			const pixels = context.getImageData(0, 0, 48, 48).data;
			let hash = 0;
			let ink = 0;
			for (let i = 3; i < pixels.length; i += 4) {
				hash = (Math.imul(hash, 31) + pixels[i]) >>> 0;
				ink += pixels[i] > 0 ? 1 : 0;
			}
			return { hash, ink };
		};
		/** @type {string[]} */
		const boxes = [];
		/** @type {Map<number, string>} */
		const seen = new Map();
		for (const [char, family] of chars) {
			const tofu = new Set(['\u0378', '\u0bff'].map((c) => draw(c, family).hash));
			const glyph = draw(char, family);
			if (glyph.ink === 0 || tofu.has(glyph.hash)) boxes.push(char);
			else if (seen.has(glyph.hash)) boxes.push(`${char} (drawn like ${seen.get(glyph.hash)})`);
			else seen.set(glyph.hash, char);
		}
		return { checked: chars.size, labels: labels.slice(0, 8), boxes };
	}, selector);
}

/**
 * Saves a screenshot of the page into test-output/screenshots/, and with UPDATE_PICTURES=1 also as
 * the README picture `docs/images/<picture>` when one is named.
 * @param {Page} page @param {string} name @param {string} [picture]
 */
async function screenshot(page, name, picture) {
	fs.mkdirSync(SCREENSHOTS, { recursive: true });
	const file = path.join(SCREENSHOTS, `${name}.png`);
	await page.screenshot({ path: file });
	if (picture && updatePictures()) {
		fs.mkdirSync(PICTURES, { recursive: true });
		fs.copyFileSync(file, path.join(PICTURES, picture));
	}
	return file;
}

/**
 * Opens a node's panel (NDV) by double-clicking it on the canvas and waits for its parameters.
 * @param {Page} page @param {string} name
 */
async function openNodePanel(page, name) {
	await page.locator(nodeSelector(name)).first().dblclick();
	const ndv = page.locator('[data-test-id=ndv]');
	await ndv.waitFor({ state: 'visible' });
	await ndv.locator('[data-test-id=node-parameters]').waitFor({ state: 'visible' });
	await settle(page);
	return {
		title: (await ndv.locator('[data-test-id=node-title-container]').innerText()).trim(),
		text: await ndv.innerText(),
	};
}

/**
 * The value an options parameter of the open panel shows (e.g. "Purchase Order" for `resource`).
 * @param {Page} page @param {string} parameter
 */
async function shownOption(page, parameter) {
	return page
		.locator(`[data-test-id=ndv] [data-test-id=parameter-input-${parameter}] input`)
		.first()
		.inputValue();
}

/** Closes the open node panel. @param {Page} page */
async function closeNodePanel(page) {
	await page.locator('[data-test-id=ndv-close-button]').click();
	await page.locator('[data-test-id=ndv]').waitFor({ state: 'hidden' });
}

/**
 * Opens a saved credential's modal (the editor's /home/credentials/<id> route) and waits for its
 * fields and the connection test n8n runs when it opens.
 * @param {Page} page @param {string} baseUrl @param {string} id
 */
async function openCredentialModal(page, baseUrl, id) {
	await page.goto(`${baseUrl}/home/credentials/${id}`);
	const dialog = page.locator('[data-test-id=credential-edit-dialog]');
	await dialog.waitFor({ state: 'visible' });
	await dialog.locator('[data-test-id=parameter-input-appKey]').waitFor({ state: 'visible' });
	await settle(page);
	// The name is in the modal's header, an inline editor (its text, or an input while edited).
	const name = page.locator('[data-test-id=credential-name]').first();
	await name.waitFor({ state: 'visible' });
	return {
		name: await name.evaluate(
			(element) => element.querySelector('input')?.value || (element.textContent ?? '').trim(),
		),
		text: await dialog.innerText(),
	};
}

/**
 * Searches the node creator (opened from the canvas' "+" button) and returns what it lists:
 * name, description and node type of each entry.
 * @param {Page} page @param {string} query
 */
async function searchNodeCreator(page, query) {
	const creator = page.locator('[data-test-id=node-creator]');
	if (!(await creator.isVisible())) {
		await page.locator('[data-test-id=node-creator-plus-button]').click();
		await creator.waitFor({ state: 'visible' });
	}
	const input = page.locator(
		'[data-test-id=node-creator-search-bar] input, input[data-test-id=node-creator-search-bar]',
	);
	await input.first().fill(query);
	// Before the query the creator lists categories; after it, node entries or "no results".
	await page.waitForFunction(() =>
		/** @type {any} */ (globalThis).document.querySelector(
			'[data-test-id=node-creator] [data-keyboard-nav-type=node], [data-test-id=node-creator-no-results]',
		),
	);
	await settle(page);
	return creator.locator('[data-test-id=item-iterator-item]').evaluateAll((items) =>
		items.map((item) => ({
			name: item.querySelector('[data-test-id=node-creator-item-name]')?.textContent?.trim() ?? '',
			description:
				item.querySelector('[data-test-id=node-creator-item-description]')?.textContent?.trim() ??
				'',
			// "<node type>-<uuid>" for node entries
			type: (item.getAttribute('data-keyboard-nav-id') ?? '').replace(/-[0-9a-f-]{36}$/, ''),
		})),
	);
}

/** Closes the node creator. @param {Page} page */
async function closeNodeCreator(page) {
	const creator = page.locator('[data-test-id=node-creator]');
	if (!(await creator.isVisible())) return;
	await page.keyboard.press('Escape');
	if (await creator.isVisible()) await page.keyboard.press('Escape');
	await creator.waitFor({ state: 'hidden' });
}

/**
 * Runs the open workflow from the editor as a user does, with the canvas' "Execute workflow"
 * button (it starts from the workflow's manual trigger), then waits until `nodeName` shows a run
 * status on the canvas and the run has finished.
 * @param {Page} page @param {{ nodeName: string, timeoutMs?: number }} options
 */
async function executeFromEditor(page, { nodeName, timeoutMs = 120_000 }) {
	const node = page.locator(nodeSelector(nodeName)).first();
	await page.locator('[data-test-id=execute-workflow-button]').click();
	await node
		.locator('[data-test-id=canvas-node-status-success], [data-test-id=canvas-node-status-error]')
		.first()
		.waitFor({ state: 'visible', timeout: timeoutMs });
	// While a run lasts, a "Stop" button shows beside "Execute workflow".
	await page
		.locator('[data-test-id=stop-execution-button]')
		.waitFor({ state: 'hidden', timeout: timeoutMs });
	return (await node.locator('[data-test-id=canvas-node-status-success]').count()) > 0
		? 'success'
		: 'error';
}

/**
 * What the open panel's output shows: its item count line and its text in the given view.
 * @param {Page} page @param {'table' | 'json' | 'schema'} view
 */
async function panelOutput(page, view) {
	const output = page.locator('[data-test-id=output-panel]');
	await output.locator(`[data-test-id=radio-button-${view}]`).click();
	await output
		.locator('[data-test-id=ndv-items-count], [data-test-id=run-data-item-count]')
		.first()
		.waitFor();
	await settle(page);
	return {
		count: (
			await output
				.locator('[data-test-id=ndv-items-count], [data-test-id=run-data-item-count]')
				.first()
				.innerText()
		).trim(),
		text: await output.innerText(),
	};
}

module.exports = {
	PACKAGE,
	SCREENSHOTS,
	browserTestSkipReason,
	chromiumMissing,
	cjkBoxes,
	closeNodeCreator,
	closeNodePanel,
	brokenIcons,
	executeFromEditor,
	exampleWorkflows,
	openBrowser,
	openCredentialModal,
	openNodePanel,
	openWorkflow,
	packageConcern,
	packageIcons,
	panelOutput,
	printedSignIn,
	screenshot,
	searchNodeCreator,
	settle,
	signIn,
	until,
	updatePictures,
};

/**
 * The items a node output in the workflow's newest execution, read through the editor's REST API
 * (to compare with what the panel shows).
 * @param {{ get: (path: string) => Promise<any> }} stack @param {string} workflowId @param {string} nodeName
 */
async function lastRunItems(stack, workflowId, nodeName) {
	const { flattedParse } = require('./n8n-executions');
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const list = await stack.get(`/rest/executions?filter=${filter}&limit=1`);
	const newest = list.results?.[0] ?? list[0];
	if (!newest) throw new Error(`no execution of ${workflowId}`);
	const execution = await stack.get(`/rest/executions/${newest.id}`);
	const data = typeof execution.data === 'string' ? flattedParse(execution.data) : execution.data;
	const runs = data.resultData.runData[nodeName];
	return {
		mode: execution.mode,
		status: execution.status,
		items: (runs?.[runs.length - 1]?.data?.main?.[0] ?? []).map(
			(/** @type {{ json: unknown }} */ item) => item.json,
		),
	};
}

/**
 * Text values of an item (depth first, strings of 4 to 60 characters): what the panel must show.
 * @param {unknown} value @returns {string[]}
 */
function textLeaves(value) {
	if (typeof value === 'string') return value.length >= 4 && value.length <= 60 ? [value] : [];
	if (value && typeof value === 'object') return Object.values(value).flatMap(textLeaves);
	return [];
}

/** The theme the editor shows (n8n sets `data-theme` on the body). @param {Page} page */
async function shownTheme(page) {
	return page.evaluate(() =>
		/** @type {any} */ (globalThis).document.body.getAttribute('data-theme'),
	);
}

module.exports.shownTheme = shownTheme;
module.exports.shownOption = shownOption;
module.exports.lastRunItems = lastRunItems;
module.exports.textLeaves = textLeaves;
