// Filled in by the binding domain work.
export {};
