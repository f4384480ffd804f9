/** The JSON report: the report object as it is, indented, with a closing newline. */
import type { Report } from '../report/model.js'

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
