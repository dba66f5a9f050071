// @ts-check
'use strict';

// Local simulators of the marketplaces' open platforms, one folder each; sandbox/common holds
// what they share (HTTP server, request parsing, clock, PRNG, faults, pages).
const { start1688Sandbox } = require('./alibaba1688');
const { startMogujieSandbox } = require('./mogujie');

module.exports = { start1688Sandbox, startMogujieSandbox };
