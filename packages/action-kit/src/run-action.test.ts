import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './errors.js';
import { recordingRuntime } from './recording-runtime.js';
import { runAction } from './run-action.js';

describe('runAction', () => {
  it('writes outputs and fails once, naming the action, on a failing verdict', async () => {
    const rt = recordingRuntime({});
    await runAction('demo', rt, () =>
      Promise.resolve({
        verdict: { status: 'fail', reason: '2 high findings' },
        outputs: { high: 2 },
      }),
    );
    expect(rt.outputs).toEqual({ high: '2' });
    expect(rt.failures).toEqual(['demo: 2 high findings']);
  });

  it('reports configuration errors without a stack and unexpected ones as such', async () => {
    const rt = recordingRuntime({});
    await runAction('demo', rt, () =>
      Promise.reject(new ConfigurationError('bad input', { hint: 'Fix it.' })),
    );
    await runAction('demo', rt, () => Promise.reject(new TypeError('boom')));
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    await runAction('demo', rt, () => Promise.reject({ code: 42 }));
    expect(rt.failures).toEqual([
      'demo: bad input Fix it.',
      'demo failed unexpectedly: boom',
      'demo failed unexpectedly: {"code":42}',
    ]);
    expect(rt.logger.messages('debug').some((m) => m.includes('TypeError: boom'))).toBe(true);
  });

  it('finishes neutral on a skipped verdict', async () => {
    const rt = recordingRuntime({});
    await runAction('demo', rt, () =>
      Promise.resolve({ verdict: { status: 'skipped', reason: 'fork PR' }, outputs: {} }),
    );
    expect(rt.failures).toEqual([]);
    expect(rt.logger.messages('notice')).toEqual(['demo skipped: fork PR']);
  });
});
