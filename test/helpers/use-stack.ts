import { afterAll, beforeAll, beforeEach } from 'vitest';
import { DEFAULT_FAULTS } from '../../src/simulator/faults.ts';
import { type Stack, type StackOptions, startStack } from './stack.ts';

/**
 * One stack for a test file: started before its tests and closed after them. Before each test
 * the simulator's faults are switched off and its call stats zeroed, so no test leaks into the next.
 */
export function useStack(options?: StackOptions | (() => StackOptions)): Stack {
  const stack = {} as Stack;
  beforeAll(async () => {
    Object.assign(stack, await startStack(typeof options === 'function' ? options() : options));
  });
  afterAll(async () => {
    if ('close' in stack) await stack.close();
  });
  beforeEach(async () => {
    stack.simulator.setFaults(DEFAULT_FAULTS);
    await stack.resetStats();
  });
  return stack;
}
