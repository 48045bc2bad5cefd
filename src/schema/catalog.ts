// Filled in by the catalog domain work.
export {};
