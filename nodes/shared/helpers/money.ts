/** Platforms print some amounts in fen (分, 1/100 yuan): Mogujie everywhere, 1688 when creating orders. */
export function fenToYuan(fen: unknown): number | null {
	const n = typeof fen === 'string' ? Number(fen) : fen;
	return typeof n === 'number' && Number.isFinite(n) ? Math.round(n) / 100 : null;
}

/** Adds `<field>Yuan` beside each fen amount present in the object. */
export function withYuanAmounts<T extends Record<string, unknown>>(
	value: T,
	fenFields: readonly string[],
): T {
	const result: Record<string, unknown> = { ...value };
	for (const field of fenFields) {
		if (field in value) result[`${field}Yuan`] = fenToYuan(value[field]);
	}
	return result as T;
}

/** Yuan as printed on 1688 orders (53.6) in fen (5360), or null. */
export function yuanToFen(yuan: unknown): number | null {
	const n = typeof yuan === 'string' ? Number(yuan) : yuan;
	return typeof n === 'number' && Number.isFinite(n) ? Math.round(n * 100) : null;
}
