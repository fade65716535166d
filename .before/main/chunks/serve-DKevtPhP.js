import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
// main/contract/wire.ts
var BYTES_KEY = "$bytes";
function bytesToBase64(bytes) {
	let binary = "";
	const chunk = 32768;
	for (let index = 0; index < bytes.length; index += chunk) binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
	return btoa(binary);
}
function base64ToBytes(text) {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
	return bytes;
}
function encodeWire(value) {
	return JSON.stringify(value, function(key, item) {
		const original = this[key];
		return original instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(original) } : item;
	});
}
function decodeWire(text) {
	return JSON.parse(text, (_key, item) => {
		if (item && typeof item === "object" && !Array.isArray(item)) {
			const record = item;
			const keys = Object.keys(record);
			if (keys.length === 1 && keys[0] === BYTES_KEY && typeof record[BYTES_KEY] === "string") return base64ToBytes(record[BYTES_KEY]);
		}
		return item;
	});
}
/** Uploads are capped by the import schema at 100 MB; base64 adds a third. */
var MAX_BODY_BYTES = 146800640;
var CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"font-src 'self' data:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-ancestors 'none'"
].join("; ");
var MIME = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".svg": "image/svg+xml",
	".png": "image/png",
	".woff2": "font/woff2",
	".ttf": "font/ttf",
	".json": "application/json; charset=utf-8",
	".ico": "image/x-icon"
};
function send(response, status, body, type = "application/json; charset=utf-8") {
	response.writeHead(status, {
		"content-type": type,
		"content-security-policy": CONTENT_SECURITY_POLICY,
		"x-content-type-options": "nosniff",
		"referrer-policy": "no-referrer",
		"cache-control": "no-store"
	});
	response.end(body);
}
function sendError(response, status, code, message) {
	send(response, status, JSON.stringify({
		ok: false,
		error: {
			code,
			message
		}
	}));
}
/** decodeURIComponent that answers undefined for a malformed escape such as `%E0%A4%A`, instead of throwing. */
function decodePath(text) {
	try {
		return decodeURIComponent(text);
	} catch {
		return;
	}
}
/** The request's URL, or undefined where the request line is not a URL at all. */
function requestUrl(request, port) {
	try {
		return new URL(request.url ?? "/", `http://127.0.0.1:${port}`);
	} catch {
		return;
	}
}
/**
* How long a refused upload may go on being sent after its 413 was written: the rest is read and
* thrown away, so the client gets the reply instead of a connection reset, then the connection is
* cut. Ten seconds take the rest of a 1 GB upload over loopback many times over.
*/
var REFUSED_BODY_GRACE_MS = 1e4;
var BodyTooLarge = class extends Error {};
/**
* The body as text, or BodyTooLarge as soon as it is known to pass the cap (its declared length,
* or the bytes so far): from then on what arrives is counted out and dropped, never kept.
*/
function readBody(request) {
	return new Promise((resolve, reject) => {
		if (Number(request.headers["content-length"]) > MAX_BODY_BYTES) return reject(new BodyTooLarge());
		let chunks = [];
		let size = 0;
		request.on("data", (chunk) => {
			size += chunk.length;
			if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
			if (chunks.length > 0) chunks = [];
			reject(new BodyTooLarge());
		});
		request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
		request.on("error", reject);
	});
}
/**
* Answers 413 first and only then stops the upload: the connection stays open while the client
* sends what it still has (read and dropped), and is closed if it has not finished in the grace.
*/
function refuseTooLarge(request, response) {
	response.on("finish", () => {
		if (request.complete) return;
		const cut = setTimeout(() => request.socket.destroy(), REFUSED_BODY_GRACE_MS);
		cut.unref();
		request.on("end", () => clearTimeout(cut)).on("close", () => clearTimeout(cut));
	});
	request.resume();
	sendError(response, 413, "too_large", "Request body is too large");
}
function startBridge(options) {
	const token = options.token ?? randomBytes(24).toString("base64url");
	let port = 0;
	const allowedHosts = () => /* @__PURE__ */ new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
	const allowedOrigins = () => /* @__PURE__ */ new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
	const handle = async (request, response) => {
		if (!allowedHosts().has(request.headers.host ?? "")) return sendError(response, 403, "forbidden", "Foreign Host header refused");
		const origin = request.headers.origin;
		if (origin !== void 0 && !allowedOrigins().has(origin)) return sendError(response, 403, "forbidden", "Foreign Origin refused");
		const url = requestUrl(request, port);
		if (!url) return sendError(response, 400, "bad_input", "The request address is not a URL");
		if (url.pathname.startsWith("/api/")) {
			if (request.method !== "POST") return sendError(response, 405, "bad_input", "API calls must use POST");
			if (request.headers["x-mappa-token"] !== token) return sendError(response, 401, "forbidden", "Missing or wrong session token");
			let args;
			try {
				const body = await readBody(request);
				args = body.trim() === "" ? {} : decodeWire(body);
			} catch (error) {
				if (error instanceof BodyTooLarge) return refuseTooLarge(request, response);
				return sendError(response, 400, "bad_input", "Request body is not valid JSON");
			}
			const channel = decodePath(url.pathname.slice(5));
			if (channel === void 0) return sendError(response, 400, "bad_input", "The channel name has a malformed % escape");
			return send(response, 200, encodeWire(await options.dispatch(channel, args)));
		}
		if (request.method !== "GET" && request.method !== "HEAD") return sendError(response, 405, "bad_input", "Method not allowed");
		const decoded = decodePath(url.pathname);
		if (decoded === void 0) return sendError(response, 400, "bad_input", "The address has a malformed % escape");
		const relative = normalize(decoded).replace(/^([/\\])+/, "");
		const file = join(options.rendererDir, relative === "" ? "index.html" : relative);
		if (!file.startsWith(options.rendererDir + sep) && file !== options.rendererDir) return sendError(response, 403, "forbidden", "Path refused");
		const target = existsSync(file) && statSync(file).isFile() ? file : join(options.rendererDir, "index.html");
		response.writeHead(200, {
			"content-type": MIME[extname(target)] ?? "application/octet-stream",
			"content-security-policy": CONTENT_SECURITY_POLICY,
			"x-content-type-options": "nosniff",
			"referrer-policy": "no-referrer",
			"cache-control": "no-store"
		});
		if (request.method === "HEAD") return void response.end();
		createReadStream(target).on("error", () => response.destroy()).pipe(response);
	};
	const server = createServer((request, response) => {
		handle(request, response).catch(() => {
			if (!response.headersSent) sendError(response, 500, "internal", "The request could not be answered");
			else response.destroy();
		});
	});
	return new Promise((resolve, reject) => {
		server.once("error", reject);
		server.listen(options.port ?? 0, "127.0.0.1", () => {
			port = server.address().port;
			resolve({
				server,
				port,
				token,
				url: `http://127.0.0.1:${port}/?token=${token}`,
				close: () => new Promise((done) => {
					server.close(() => done());
					server.closeAllConnections();
				})
			});
		});
	});
}
export { startBridge as n, CONTENT_SECURITY_POLICY as t };
