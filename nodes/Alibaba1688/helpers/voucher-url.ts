import { valueText } from '../../shared/helpers/text';

/**
 * The address a voucher is passed as: "图片域名/相对路径" (createRefund's page), joined with exactly
 * one slash, with https:// when the domain comes without a scheme; null when either part is missing.
 */
export function voucherUrl(domain: unknown, relative: unknown): string | null {
	const host = valueText(domain).trim().replace(/\/+$/, '');
	const path = valueText(relative).trim().replace(/^\/+/, '');
	if (host === '' || path === '') return null;
	return `${/^https?:\/\//i.test(host) ? host : `https://${host}`}/${path}`;
}
