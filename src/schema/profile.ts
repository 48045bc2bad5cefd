// Filled in by the profile domain work.
export {};
