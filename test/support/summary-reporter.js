// Prints the plain "N passed, N failed" closing line that CI reads, whatever jest's own summary says.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
		const skipped = results.numPendingTests + results.numTodoTests;
		process.stdout.write(
			`\njest: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`,
		);
	}
}
module.exports = SummaryReporter;
