/** One file to send as a multipart/form-data part. */
export interface MultipartFile {
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

/**
 * A multipart/form-data body holding one file, built here rather than with a FormData object:
 * n8n's request helpers of the 1.x and 2.x lines treat FormData differently, a Buffer the same.
 */
export function multipartBody(file: MultipartFile): { contentType: string; body: Buffer } {
	const boundary = `----n8n1688${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
	const safeName = file.fileName.replace(/["\r\n]/g, '_');
	const head =
		`--${boundary}\r\n` +
		`Content-Disposition: form-data; name="${file.field}"; filename="${safeName}"\r\n` +
		`Content-Type: ${file.mimeType}\r\n\r\n`;
	return {
		contentType: `multipart/form-data; boundary=${boundary}`,
		body: Buffer.concat([
			Buffer.from(head, 'utf8'),
			file.data,
			Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
		]),
	};
}
