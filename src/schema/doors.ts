// Filled in by the doors domain work.
export {};
