// @ts-check
'use strict';

// Local simulators of the marketplaces' open platforms, one folder each.
const { start1688Sandbox } = require('./alibaba1688');

module.exports = { start1688Sandbox };
