import { r as createDesk } from "./app-BWIFkLlT.js";
import { s as rendererDir } from "./writer-lock-BVEuZlFt.js";
import { n as startBridge } from "./serve-DKevtPhP.js";
import { UsageError, t as parse } from "../cli.js";
import { t as dbPathFor } from "./common-C8OXZ_v4.js";
// main/cli/serve.ts
async function commandServe(argv, io) {
	const { values } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			port: { type: "string" }
		}
	});
	const port = values.port === void 0 ? 0 : Number(values.port);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${values.port}" is not a port number`);
	const desk = createDesk({
		dbPath: dbPathFor(values.db, io),
		mode: "browser",
		log: io.err
	});
	const bridge = await startBridge({
		dispatch: desk.dispatch,
		rendererDir: rendererDir(),
		port
	});
	io.out(`MAPPA Desk is running in browser mode. Open this address (it holds this session's key):`);
	io.out(bridge.url);
	io.out(`Database: ${desk.dbPath}   Stop with Ctrl+C.`);
	if (!desk.core()) io.err("The database is damaged: the window offers the latest good backup.");
	const stop = () => {
		bridge.close().then(() => {
			desk.close();
			process.exit(0);
		});
	};
	process.once("SIGINT", stop);
	process.once("SIGTERM", stop);
	return new Promise(() => void 0);
}
export { commandServe };
