#!/usr/bin/env node
// Signal handlers before anything is loaded: a Ctrl+C or SIGTERM while node is still loading modules
// (seconds on a busy machine) would otherwise get the default action. Nothing is written yet then.
const early = (signal) => {
  process.stderr.write(`\nkpi: 收到 ${signal},已停止;未完成的输出已删除,原始文件未改动。\n`);
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', early);
process.on('SIGTERM', early);

const { installSignalHandlers, main } = await import('../dist/cli/main.js');
process.off('SIGINT', early);
process.off('SIGTERM', early);
installSignalHandlers();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`kpi: 内部错误:${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
