// @ts-check
/**
 * How many examples a property test tries: its usual count, times FUZZ_RUNS_SCALE (default 1).
 * `FUZZ_RUNS_SCALE=50 npx jest test/unit --selectProjects unit -t ...` soaks the properties for
 * counterexamples that a normal run, with its random seed, meets only now and then.
 * @param {number} count
 * @returns {number}
 */
function runs(count) {
	const scale = Number(process.env.FUZZ_RUNS_SCALE ?? 1);
	return Number.isFinite(scale) && scale > 0 ? Math.max(1, Math.ceil(count * scale)) : count;
}

module.exports = { runs };
