// Filled in by the diagnostics domain work.
export {};
