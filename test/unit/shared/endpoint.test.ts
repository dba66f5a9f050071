import { normalizeBaseUrl } from '../../../nodes/shared/helpers/base-url';
import { redact } from '../../../nodes/shared/helpers/redact';

describe('normalizeBaseUrl', () => {
	it('accepts https anywhere and http only on loopback', () => {
		expect(normalizeBaseUrl('https://gw.open.1688.com/', 'Gateway URL', 'x')).toBe(
			'https://gw.open.1688.com',
		);
		for (const ok of [
			'http://127.0.0.1:8688',
			'http://localhost:1',
			'http://[::1]:2',
			'http://127.1.2.3',
		]) {
			expect(normalizeBaseUrl(ok, 'Gateway URL', 'x')).toBe(ok);
		}
		for (const bad of [
			'http://gw.open.1688.com',
			'http://10.0.0.1',
			'ftp://localhost',
			'not a url',
		]) {
			expect(() => normalizeBaseUrl(bad, 'Gateway URL', 'x')).toThrow(/Gateway URL/);
		}
	});

	it('uses the fallback for empty values', () => {
		expect(normalizeBaseUrl('', 'Gateway URL', 'https://gw.open.1688.com')).toBe(
			'https://gw.open.1688.com',
		);
		expect(normalizeBaseUrl(undefined, 'Gateway URL', 'https://a.b')).toBe('https://a.b');
	});
});

describe('redact', () => {
	it('removes secrets in plain and URL-encoded form', () => {
		expect(redact('x?client_secret=s3cr%2Bt&t=tok-1234', ['s3cr+t', 'tok-1234', '', 'ab'])).toBe(
			'x?client_secret=[redacted]&t=[redacted]',
		);
	});
});
