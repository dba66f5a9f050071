// @ts-check
'use strict';

// How much CPU other processes used while the bench ran (the machine may be shared), apart from
// the bench's own process tree (n8n, its task runner, the clients): every process's CPU time is
// read from /proc once a second and credited to the bench if it descends from this process.
const fs = require('node:fs');
const os = require('node:os');

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** @returns {Map<number, { parent: number, ticks: number }>} */
function readProcesses() {
	const processes = new Map();
	for (const name of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
			// fields after the command name: state ppid … utime(14) stime(15)
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			processes.set(Number(name), {
				parent: Number(fields[1]),
				ticks: Number(fields[11]) + Number(fields[12]),
			});
		} catch {
			// ended meanwhile
		}
	}
	return processes;
}

/** @param {Map<number, { parent: number }>} processes @param {number} pid */
function descendsFrom(processes, pid) {
	for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
		if (p === process.pid) return true;
		const parent = processes.get(p)?.parent;
		if (parent === undefined) return false;
		p = parent;
	}
	return false;
}

/** Starts counting; stop() says how many CPU-seconds the bench's processes and the others used. */
function watchCpuShare({ intervalMs = 1000 } = {}) {
	let previous = readProcesses();
	const began = Date.now();
	let ours = 0;
	let others = 0;
	const take = () => {
		const current = readProcesses();
		for (const [pid, { ticks }] of current) {
			const delta = ticks - (previous.get(pid)?.ticks ?? 0);
			if (delta <= 0) continue;
			if (descendsFrom(current, pid)) ours += delta;
			else others += delta;
		}
		previous = current;
	};
	const timer = setInterval(take, intervalMs);
	timer.unref();
	return {
		/** @returns {{ oursSec: number, othersSec: number, wallSec: number, cpus: number }} */
		stop() {
			clearInterval(timer);
			take();
			return {
				oursSec: ours / TICKS_PER_SECOND,
				othersSec: others / TICKS_PER_SECOND,
				wallSec: (Date.now() - began) / 1000,
				cpus: os.cpus().length,
			};
		},
	};
}

module.exports = { watchCpuShare };
