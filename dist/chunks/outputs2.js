import { f as fanOut, r as reportFilesSink, t as terminalSink } from './terminal.js';

async function writeCliOutputs(job) {
    await fanOut({ report: job.report, diff: undefined }, [
        reportFilesSink(job.files),
        terminalSink({
            color: job.color,
            lastLineOnly: job.quiet,
            ...(job.columns === undefined ? {} : { columns: job.columns }),
            ...(job.table === undefined ? {} : { table: job.table }),
            write: text => process.stdout.write(`${text}\n`)
        })
    ]);
}

export { writeCliOutputs as w };
