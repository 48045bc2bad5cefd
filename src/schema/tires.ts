// Filled in by the tires domain work.
export {};
