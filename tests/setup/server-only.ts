// Stands in for the `server-only` package in Vitest, which runs everything as server code.
export {};
