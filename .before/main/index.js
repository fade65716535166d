import { r as createDesk } from "./chunks/app-BWIFkLlT.js";
import { n as oneLine } from "./chunks/errors-D5rubfHc.js";
import { r as readImportFile } from "./chunks/files-D-K67Z7z.js";
import { c as resolveDbPath } from "./chunks/writer-lock-BVEuZlFt.js";
import { t as CONTENT_SECURITY_POLICY } from "./chunks/serve-DKevtPhP.js";
import { BrowserWindow, Menu, app, dialog, ipcMain, session } from "electron";
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// main/index.ts
var here = dirname(fileURLToPath(import.meta.url));
var desk;
var window;
function flag(name) {
	const index = process.argv.indexOf(name);
	return index >= 0 ? process.argv[index + 1] : void 0;
}
/** better-sqlite3 built for Electron's ABI, kept apart from the Node build (see scripts/electron-native.mjs). */
function sqliteBinding() {
	if (process.env.MAPPA_SQLITE_BINDING) return process.env.MAPPA_SQLITE_BINDING;
	const local = join(app.getAppPath(), ".native", `electron-${process.versions.electron}`, "better_sqlite3.node");
	return existsSync(local) ? local : void 0;
}
function emit(name, payload) {
	window?.webContents.send("mappa:event", name, payload);
}
var EXPORT_FILTERS = {
	png: {
		name: "PNG image",
		extensions: ["png"]
	},
	svg: {
		name: "SVG drawing",
		extensions: ["svg"]
	},
	pdf: {
		name: "PDF document",
		extensions: ["pdf"]
	},
	csv: {
		name: "CSV table",
		extensions: ["csv"]
	},
	xlsx: {
		name: "Excel workbook",
		extensions: ["xlsx"]
	},
	html: {
		name: "HTML table",
		extensions: ["html"]
	},
	md: {
		name: "Markdown table",
		extensions: ["md"]
	},
	idtt: {
		name: "InDesign tagged text",
		extensions: ["txt"]
	}
};
/** Chart and table exports: the native save dialog, opened in the last export folder with a name from the title. */
async function saveDialog(request) {
	if (!window) return null;
	const title = request.format === "png" || request.format === "svg" || request.format === "pdf" ? "Export chart" : "Export table";
	const choice = await dialog.showSaveDialog(window, {
		title,
		defaultPath: request.defaultPath,
		filters: [EXPORT_FILTERS[request.format]]
	});
	return choice.canceled || !choice.filePath ? null : choice.filePath;
}
async function importWithDialog() {
	const core = desk?.core();
	if (!window || !core) return;
	const choice = await dialog.showOpenDialog(window, {
		title: "Import spreadsheet",
		properties: ["openFile", "multiSelections"],
		filters: [{
			name: "Spreadsheets",
			extensions: [
				"xlsx",
				"xls",
				"ods",
				"csv"
			]
		}, {
			name: "All files",
			extensions: ["*"]
		}]
	});
	for (const path of choice.filePaths) try {
		const { jobId } = core.jobs.start(basename(path), readImportFile(path));
		emit("import:job", {
			jobId,
			fileName: basename(path)
		});
	} catch (error) {
		emit("app:error", { message: `${basename(path)}: ${oneLine(error)}` });
	}
}
function buildMenu() {
	const isMac = process.platform === "darwin";
	const template = [
		...isMac ? [{ role: "appMenu" }] : [],
		{
			label: "File",
			submenu: [
				{
					label: "Import…",
					accelerator: "CmdOrCtrl+O",
					click: () => void importWithDialog()
				},
				{
					label: "Open sample data",
					click: () => emit("menu:sample", {})
				},
				{
					label: "Export…",
					accelerator: "CmdOrCtrl+E",
					click: () => emit("menu:export", {})
				},
				{ type: "separator" },
				isMac ? { role: "close" } : { role: "quit" }
			]
		},
		{
			label: "Edit",
			submenu: [
				{
					label: "Undo",
					accelerator: "CmdOrCtrl+Z",
					click: () => emit("menu:undo", {})
				},
				{
					label: "Redo",
					accelerator: isMac ? "Shift+Cmd+Z" : "Ctrl+Shift+Z",
					click: () => emit("menu:redo", {})
				},
				{ type: "separator" },
				{ role: "cut" },
				{ role: "copy" },
				{ role: "paste" },
				{ role: "selectAll" }
			]
		},
		{
			label: "View",
			submenu: [
				{ role: "resetZoom" },
				{ role: "zoomIn" },
				{ role: "zoomOut" },
				{ type: "separator" },
				{ role: "togglefullscreen" },
				...app.isPackaged ? [] : [{ role: "toggleDevTools" }]
			]
		},
		{
			label: "Help",
			submenu: [{
				label: "About MAPPA Desk",
				click: () => void dialog.showMessageBox({
					type: "info",
					title: "About MAPPA Desk",
					message: `MAPPA Desk ${app.getVersion()}`,
					detail: `Offline analysis of the Ministry of Justice MAPPA annual tables.\nDatabase: ${desk?.dbPath ?? ""}`
				})
			}]
		}
	];
	return Menu.buildFromTemplate(template);
}
function createWindow() {
	const created = new BrowserWindow({
		width: 1360,
		height: 860,
		minWidth: 900,
		minHeight: 600,
		title: "MAPPA Desk",
		show: false,
		webPreferences: {
			preload: join(here, "../preload/index.cjs"),
			contextIsolation: true,
			sandbox: true,
			nodeIntegration: false,
			webSecurity: true,
			spellcheck: false,
			disableBlinkFeatures: "Auxclick"
		}
	});
	created.once("ready-to-show", () => created.show());
	created.webContents.on("will-navigate", (event) => event.preventDefault());
	created.webContents.setWindowOpenHandler(() => ({ action: "deny" }));
	if (process.env.ELECTRON_RENDERER_URL) created.loadURL(process.env.ELECTRON_RENDERER_URL);
	else created.loadFile(join(here, "../renderer/index.html"));
	return created;
}
function start() {
	const dbPath = resolveDbPath(flag("--db"));
	try {
		desk = createDesk({
			dbPath,
			mode: "electron",
			nativeBinding: sqliteBinding(),
			log: (line) => console.error(line),
			chooseSavePath: saveDialog
		});
	} catch (error) {
		dialog.showErrorBox("MAPPA Desk cannot open its database", oneLine(error));
		app.exit(1);
		return;
	}
	const dispatch = desk.dispatch;
	ipcMain.handle("mappa:invoke", (event, channel, args) => {
		if (!window || event.sender !== window.webContents || event.senderFrame !== window.webContents.mainFrame) return {
			ok: false,
			error: {
				code: "bad_input",
				message: "Call from an unknown frame refused"
			}
		};
		return dispatch(channel, args);
	});
	session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
		callback({ responseHeaders: {
			...details.responseHeaders,
			"Content-Security-Policy": [CONTENT_SECURITY_POLICY]
		} });
	});
	session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
		callback({ cancel: !(details.url.startsWith("file://") || details.url.startsWith("devtools://") || details.url.startsWith(process.env.ELECTRON_RENDERER_URL ?? "file://")) });
	});
	session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
	Menu.setApplicationMenu(buildMenu());
	window = createWindow();
}
if (!app.requestSingleInstanceLock()) app.quit();
app.on("second-instance", () => {
	if (!window) return;
	if (window.isMinimized()) window.restore();
	window.show();
	window.focus();
});
app.on("web-contents-created", (_event, contents) => {
	contents.on("will-attach-webview", (event) => event.preventDefault());
	contents.setWindowOpenHandler(() => ({ action: "deny" }));
});
app.on("window-all-closed", () => {
	desk?.close();
	app.quit();
});
if (app.hasSingleInstanceLock()) app.whenReady().then(start);
export {};
