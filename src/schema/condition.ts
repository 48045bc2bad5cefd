// Filled in by the condition domain work.
export {};
