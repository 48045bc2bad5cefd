// Filled in by the trips domain work.
export {};
