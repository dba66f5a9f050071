/**
 * Whether an image address is one of 1688's own (its image CDN, alicdn.com, or 1688.com): the
 * image search page says imageAddress "仅使用1688图片链接查询场景，其他不保证有数据返回".
 */
export function isPlatformImageUrl(url: string): boolean {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return false;
	}
	return ['alicdn.com', '1688.com'].some(
		(domain) => host === domain || host.endsWith(`.${domain}`),
	);
}
