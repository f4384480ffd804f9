// Ends the test output with a plain "Tests: N passed, N failed" line that any CI can read.
class ClosingLine {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    process.stdout.write(
      `\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`
    )
  }
}
module.exports = ClosingLine
