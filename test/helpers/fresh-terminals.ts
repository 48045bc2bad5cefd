import type { Terminal } from '../../src/simulator/fleet.ts';

/**
 * Hands out terminals of a simulator's world that no earlier test of the file has touched, so
 * tests that change a terminal (bind, unbind, door commands) do not see each other's writes.
 * `terminals` is read at each call: the world exists only once the stack has started.
 */
export function freshTerminals(terminals: () => readonly Terminal[]): (predicate: (terminal: Terminal) => boolean) => Terminal {
  const used = new Set<string>();
  return (predicate) => {
    const terminal = terminals().find((candidate) => !used.has(candidate.esn) && predicate(candidate));
    if (!terminal) throw new Error('the simulator world has no terminal left for this test');
    used.add(terminal.esn);
    return terminal;
  };
}
