import { setupName, type LevelSummary } from './run-load-levels';
import { metCell, type TargetRow } from './target-row';

export function targetsTable(rows: TargetRow[]): string {
  return ['| Figure | Value | Target | Met? |', '| --- | ---: | ---: | --- |', ...rows.map((row) => `| ${row.figure} | ${row.value} | ${row.target} | ${metCell(row)} |`)].join('\n');
}

export function levelsTable(levels: LevelSummary[]): string {
  const cpu = (level: LevelSummary) => (level.cpu ? [level.cpu.server, level.cpu.postgres, level.cpu.bench, level.cpu.other].map((share) => share.toFixed(0)).join(' / ') : 'n/a');
  // A share of a core is CPU milliseconds per second, so divided by saves per second it is CPU per save.
  const perSave = (level: LevelSummary) =>
    level.cpu && level.savesPerSecond > 0 ? [level.cpu.server, level.cpu.postgres].map((share) => ((share * 10) / level.savesPerSecond).toFixed(1)).join(' / ') : 'n/a';
  return [
    '| Server | Clients | Saves/s | p50 ms | p99 ms | max ms | non-2xx | errors | timeouts | CPU % of a core: server / postgres / autocannon / other | CPU ms per save: server / postgres |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...levels.map(
      (level) =>
        `| ${setupName(level)} | ${level.connections} | ${level.savesPerSecond.toFixed(0)} | ${level.p50Ms} | ${level.p99Ms} | ${level.maxMs} | ${level.non2xx} | ${level.errors} | ${level.timeouts} | ${cpu(level)} | ${perSave(level)} |`,
    ),
  ].join('\n');
}
