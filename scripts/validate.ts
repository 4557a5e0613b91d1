import { resolve } from 'node:path';
import { validateDataDir } from './validate-data';

const dir = resolve(process.argv[2] ?? 'data');
const reports = validateDataDir(dir);
for (const report of reports) {
  console.log(`${report.ok ? '✓' : '✗'} ${report.file}`);
  for (const line of report.lines) console.log(`    ${line}`);
}
const failed = reports.filter((r) => !r.ok).length;
console.log(
  failed
    ? `\n${failed} data file${failed === 1 ? '' : 's'} with problems in ${dir}`
    : `\nAll data files in ${dir} are valid.`,
);
process.exit(failed ? 1 : 0);
