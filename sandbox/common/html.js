// @ts-check
'use strict';

/** @param {unknown} value */
const escapeHtml = (value) =>
	String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A minimal, self-contained page. `body` must already be escaped.
 * @param {string} title @param {string} body
 * @param {string} [accent] the marketplace's colour (headings, buttons); 1688 orange by default
 */
const page = (title, body, accent = '#ff6a00') => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",Arial,sans-serif;background:#f5f5f5;margin:0;padding:40px 16px;color:#333}
.card{max-width:520px;margin:0 auto;background:#fff;border-radius:8px;padding:28px 32px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
h1{font-size:20px;margin:0 0 16px;color:${accent}}
.muted{color:#888;font-size:13px}
code,.code{font-family:Menlo,Consolas,monospace;background:#fff4e8;padding:2px 6px;border-radius:4px}
.code{display:block;font-size:18px;padding:12px;margin:12px 0;word-break:break-all;user-select:all}
button{background:${accent};color:#fff;border:0;border-radius:4px;padding:10px 28px;font-size:15px;cursor:pointer}
select{padding:6px;font-size:14px}
.error{color:#d93026}
</style>
</head>
<body><div class="card">${body}</div></body>
</html>`;

module.exports = { escapeHtml, page };
