/** The kit's version, stamped on every element class so two copies on one page can be told apart. */
export const VERSION = '0.1.0';
