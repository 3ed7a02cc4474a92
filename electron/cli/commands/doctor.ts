import path from 'node:path';
import { examineGarden } from '../../garden/doctor';
import type { CliIo } from '../io';

/** `pln doctor <garden> [--json]`: read-only; exit 0 when clean, 1 with findings. */
export function doctorCommand(root: string, json: boolean, io: CliIo): number {
  const report = examineGarden(root);
  if (json) {
    io.out(JSON.stringify(report));
  } else {
    const counts = `${report.files} files, ${report.plants} plants, ${report.seeds} ${report.seeds === 1 ? 'seed' : 'seeds'}`;
    const n = report.findings.length;
    io.out(`${path.basename(report.garden)}: ${n === 0 ? 'no problems found' : `${n} ${n === 1 ? 'problem' : 'problems'}`} (${counts})`);
    const width = Math.max(0, ...report.findings.map((f) => f.kind.length));
    for (const finding of report.findings) io.out(`  ${finding.kind.padEnd(width)}  ${finding.path}: ${finding.message}`);
  }
  return report.findings.length === 0 ? 0 : 1;
}
