// @ts-check
'use strict';

// Real platform replies kept verbatim under test/fixtures/real/<platform>/<api>.<case>.txt. Each
// file opens with `# key: value` provenance lines (source, what, shortened, edited), then a blank
// line, then the body exactly as published. The body is handed out as text so that tests parse it
// the way the nodes do: 19-digit ids must survive, which JSON.parse alone would round.
// (Plain JS: the strict n8n lint allows no file-system access in TypeScript.)
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', 'fixtures', 'real');

/**
 * @param {'1688' | 'mogujie'} platform
 * @param {string} name the file name without `.txt`, e.g. `alibaba.trade.get.buyerView.success`
 * @returns {{ text: string, provenance: Record<string, string> }}
 */
function realReply(platform, name) {
	const file = fs.readFileSync(path.join(root, platform, `${name}.txt`), 'utf8');
	const lines = file.split('\n');
	/** @type {Record<string, string>} */
	const provenance = {};
	let i = 0;
	for (; i < lines.length && lines[i].startsWith('#'); i++) {
		const match = /^#\s*([a-z]+):\s*(.*)$/.exec(lines[i]);
		if (match) provenance[match[1]] = match[2];
	}
	return { text: lines.slice(i).join('\n').trim(), provenance };
}

/** @param {'1688' | 'mogujie'} platform @returns {string[]} every fixture name of a platform */
function realReplyNames(platform) {
	return fs
		.readdirSync(path.join(root, platform))
		.filter((name) => name.endsWith('.txt'))
		.map((name) => name.slice(0, -'.txt'.length))
		.sort();
}

module.exports = { realReply, realReplyNames };
