/** 1688 prints order amounts in yuan (元) but order creation amounts in fen (分): 1 yuan = 100 fen. */
export function fenToYuan(fen: unknown): number | null {
	const n = typeof fen === 'string' ? Number(fen) : fen;
	return typeof n === 'number' && Number.isFinite(n) ? Math.round(n) / 100 : null;
}
