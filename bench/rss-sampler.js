// @ts-check
'use strict';

// Resident memory of a process and all its descendants (n8n and the task runner it starts),
// read from /proc every few milliseconds. Linux only, like the rest of the bench.
const fs = require('node:fs');

/** @param {number} pid @returns {number | undefined} VmRSS in bytes */
function rssOf(pid) {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
		return match ? Number(match[1]) * 1024 : undefined;
	} catch {
		return undefined;
	}
}

/** @param {number} pid @returns {number | undefined} */
function parentOf(pid) {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		// the command name (field 2) may contain spaces and parentheses: read after its last ')'
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return Number(fields[1]);
	} catch {
		return undefined;
	}
}

/** `root` and every process below it. @param {number} root @returns {number[]} */
function processTree(root) {
	/** @type {Map<number, number[]>} */
	const children = new Map();
	for (const name of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const pid = Number(name);
		const parent = parentOf(pid);
		if (parent === undefined) continue;
		const list = children.get(parent) ?? [];
		list.push(pid);
		children.set(parent, list);
	}
	const tree = [root];
	for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
	return tree;
}

/** Summed RSS of `root`'s process tree now. @param {number} root */
function treeRss(root) {
	return processTree(root).reduce((sum, pid) => sum + (rssOf(pid) ?? 0), 0);
}

/**
 * Samples the tree's summed RSS every `intervalMs` until stop(). The list of processes is read
 * again every `rescanMs` (a task runner may start during a run). Each sample is [epoch ms, bytes].
 * @param {number} root
 * @param {{ intervalMs?: number, rescanMs?: number }} [options]
 */
function sampleTreeRss(root, { intervalMs = 20, rescanMs = 500 } = {}) {
	/** @type {Array<[number, number]>} */
	const samples = [];
	let pids = processTree(root);
	let scannedAt = Date.now();
	const take = () => {
		const now = Date.now();
		if (now - scannedAt >= rescanMs) {
			pids = processTree(root);
			scannedAt = now;
		}
		samples.push([now, pids.reduce((sum, pid) => sum + (rssOf(pid) ?? 0), 0)]);
	};
	take();
	const timer = setInterval(take, intervalMs);
	return {
		samples,
		/** Stops sampling; returns the samples. */
		stop() {
			clearInterval(timer);
			take();
			return samples;
		},
	};
}

/**
 * The largest sample taken from `from` to `to` (epoch ms), or undefined if none was.
 * @param {Array<[number, number]>} samples @param {number} from @param {number} to
 */
function peakBetween(samples, from, to) {
	let peak;
	for (const [at, bytes] of samples) {
		if (at >= from && at <= to && (peak === undefined || bytes > peak)) peak = bytes;
	}
	return peak;
}

module.exports = { rssOf, processTree, treeRss, sampleTreeRss, peakBetween };
