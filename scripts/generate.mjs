// `npm run generate`: writes the files generated from the project's one definitions: the Python
// probe's module (src/probes/python/ctg_probe/generated.py) from src/model/scenarios.ts, the protocol
// version and the facts' words (scripts/generate/python-module.ts), and the report file
// validator (src/report/read/report-file.generated.ts) from src/report/model.ts
// (scripts/generate/report-validator.ts). Commit them; the tests compare them with what these
// generators render now. Their sources are TypeScript: scripts/ts-loader.mjs runs them as they are.
import { register } from 'node:module'

register('./ts-loader.mjs', import.meta.url)

const { writePythonTable, PYTHON_TABLE } = await import('./generate/python-module.ts')
const { writeReportValidator, REPORT_VALIDATOR } = await import('./generate/report-validator.ts')
writePythonTable()
console.log(`wrote ${PYTHON_TABLE}`)
writeReportValidator()
console.log(`wrote ${REPORT_VALIDATOR}`)
