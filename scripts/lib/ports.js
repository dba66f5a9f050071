// @ts-check
// Free TCP ports on the loopback interface: ask the kernel for port 0, read what it gave, close.
// Ports already handed out by this process are never handed out again, so one process cannot
// give the same port to two n8n children that start at the same time.
const net = require('node:net');

/** @type {Set<number>} */
const handedOut = new Set();

/**
 * Ask the kernel for a free port on 127.0.0.1.
 * @returns {Promise<number>}
 */
function probe() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
			const address = server.address();
			const port = address && typeof address === 'object' ? address.port : 0;
			server.close((err) => {
				if (err) reject(err);
				else if (!port) reject(new Error('could not read the port the kernel assigned'));
				else resolve(port);
			});
		});
	});
}

/**
 * `count` distinct free ports, none of them handed out before by this process.
 * @param {number} [count]
 * @returns {Promise<number[]>}
 */
async function freePorts(count = 1) {
	/** @type {number[]} */
	const ports = [];
	for (let attempts = 0; ports.length < count; attempts++) {
		if (attempts > count * 50) throw new Error(`could not find ${count} free ports`);
		const port = await probe();
		if (handedOut.has(port)) continue;
		handedOut.add(port);
		ports.push(port);
	}
	return ports;
}

/**
 * One free port on 127.0.0.1 (free at the moment of the call), never the same twice per process.
 * @returns {Promise<number>}
 */
async function freePort() {
	const [port] = await freePorts(1);
	return port;
}

/**
 * Whether something accepts TCP connections on 127.0.0.1:port right now.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function isListening(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host: '127.0.0.1' });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

module.exports = { freePort, freePorts, isListening };
