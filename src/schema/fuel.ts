// Filled in by the fuel domain work.
export {};
