let electron = require("electron");
var CHANNELS = [
	"app:info",
	"releases:list",
	"tables:grid",
	"import:file",
	"sample:open",
	"figures:list",
	"import:start",
	"import:status",
	"import:cancel",
	"import:commit",
	"import:discard",
	"revisions:list",
	"areas:list",
	"measures:list",
	"pivot:measure",
	"pivot:area",
	"edits:apply",
	"edits:revert",
	"edits:list",
	"history:list",
	"history:undo",
	"history:redo",
	"history:state",
	"annotations:list",
	"annotations:create",
	"annotations:update",
	"annotations:delete",
	"settings:get",
	"settings:set",
	"story:sentences",
	"story:check",
	"story:read-copy",
	"story:style",
	"story:set-style",
	"leads:list",
	"leads:confirm",
	"leads:unconfirm",
	"localise:start",
	"localise:status",
	"localise:cancel",
	"localise:index",
	"releases:impact",
	"releases:remove",
	"edits:keep",
	"aliases:list",
	"aliases:forget",
	"backups:list",
	"backups:create",
	"backups:restore",
	"charts:render",
	"charts:export",
	"charts:list",
	"charts:save",
	"charts:duplicate",
	"charts:delete",
	"templates:list",
	"templates:save",
	"templates:delete",
	"tables:formats",
	"tables:preview",
	"tables:export",
	"tables:save",
	"figures:editions",
	"figures:cite",
	"verify:start",
	"verify:status"
];
var EVENTS = [
	"menu:import",
	"menu:sample",
	"menu:undo",
	"menu:redo",
	"import:job",
	"store:changed",
	"app:error",
	"menu:export"
];
// preload/index.ts
var INVOKE = "mappa:invoke";
var EVENT = "mappa:event";
electron.contextBridge.exposeInMainWorld("api", {
	invoke(channel, args) {
		if (!CHANNELS.includes(channel)) return Promise.resolve({
			ok: false,
			error: {
				code: "unknown_channel",
				message: `Unknown channel: ${channel}`
			}
		});
		return electron.ipcRenderer.invoke(INVOKE, channel, args);
	},
	onEvent(name, callback) {
		if (!EVENTS.includes(name)) throw new Error(`Unknown event: ${name}`);
		const listener = (_event, eventName, payload) => {
			if (eventName === name) callback(payload);
		};
		electron.ipcRenderer.on(EVENT, listener);
		return () => electron.ipcRenderer.removeListener(EVENT, listener);
	},
	pathForFile(file) {
		return electron.webUtils.getPathForFile(file);
	}
});
