/** Whose orders a list shows: the buyer's purchase orders or the seller's sales orders. */
export type OrderView = 'buyer' | 'seller';
