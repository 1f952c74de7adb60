import { describe, expect, it } from 'vitest';
import { stoppingLine } from '../../src/cli/batch.js';

// kpi batch runs from cron or a service as often as at a terminal: the line said on the first signal names
// what was received, and says Ctrl+C only when that is what the user pressed.
describe('kpi batch: the line said when a signal stops it', () => {
  it('Ctrl+C at a terminal', () => {
    expect(stoppingLine('SIGINT')).toBe('kpi: 收到 Ctrl+C,正在停止:正在评分的文件不写结果,下次运行时评分…(再按一次 Ctrl+C 立即退出)');
  });
  it('SIGTERM from kill, cron or systemd: no Ctrl+C', () => {
    const line = stoppingLine('SIGTERM');
    expect(line).toBe('kpi: 收到停止信号 SIGTERM,正在停止:正在评分的文件不写结果,下次运行时评分…(再发送一次 SIGTERM 立即退出)');
    expect(line).not.toContain('Ctrl+C');
  });
  it('while waiting for another run\'s lock (--wait): no 「current file」, the wait ends', () => {
    expect(stoppingLine('SIGINT', true)).toBe('kpi: 收到 Ctrl+C,不再等待另一个批量评分,不评分');
    expect(stoppingLine('SIGTERM', true)).toBe('kpi: 收到停止信号 SIGTERM,不再等待另一个批量评分,不评分');
  });
});
