/** A platform reply or node output item of arbitrary shape, walked by test assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;
