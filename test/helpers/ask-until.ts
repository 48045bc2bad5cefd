/**
 * Asks again until `wanted` holds of the answer, at most `tries` times, and gives the last answer.
 * For the simulator's per-record faults: a rate of 0.5 breaks some records of an answer and keeps
 * others most of the time, not every time, and which draws a test gets depends on the calls before.
 */
export async function askUntil<T>(ask: () => Promise<T>, wanted: (answer: T) => boolean, tries = 20): Promise<T> {
  let answer = await ask();
  for (let attempt = 1; attempt < tries && !wanted(answer); attempt++) answer = await ask();
  return answer;
}
