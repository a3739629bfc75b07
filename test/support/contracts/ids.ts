// Ids unique to one test, so contract suites can share one emulator (and one fake per test) without clashes.
let counter = 0;

export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
