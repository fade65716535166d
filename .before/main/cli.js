import { n as oneLine, t as AppError } from "./chunks/errors-D5rubfHc.js";
import { n as terminalText } from "./chunks/safe-text-B1drZhbS.js";
import { a as writeFileWhole } from "./chunks/write-3upzu9tP.js";
import { basename } from "node:path";
import { parseArgs } from "node:util";
// main/cli/io.ts
var UsageError = class extends Error {};
var consoleIo = {
	out: (line) => process.stdout.write(`${line}\n`),
	err: (line) => process.stderr.write(`${line}\n`)
};
/**
* The streams a command prints to, with C0 and C1 controls (ESC, CSI, carriage return, backspace…)
* dropped from every line: a header, file name or note from an imported file is shown, never obeyed.
*/
function terminalIo(io) {
	return {
		out: (line) => io.out(terminalText(line)),
		err: (line) => io.err(terminalText(line))
	};
}
function parse(config) {
	try {
		return parseArgs({
			...config,
			strict: true
		});
	} catch (error) {
		throw new UsageError(oneLine(error).replace(/\. To specify a positional argument.*$/, ""));
	}
}
/**
* Writes a file named on the command line, whole or not at all (files/write.ts). An --out that
* names the database, a folder or a name too long is a bad argument (exit 2); a full or read-only
* disk is a failure (exit 1). Either way one line, naming the folder.
*/
function writeOutFile(path, contents) {
	try {
		writeFileWhole(path, contents);
	} catch (error) {
		if (error instanceof AppError && error.code === "bad_input") throw new UsageError(error.message);
		throw error;
	}
}
var USAGE = `Usage: npm run mappa -- <command> [options]

Commands:
  import FILE... [--db PATH] [--json]   import spreadsheets (.xlsx, .xls, .ods, .csv)
  figures [--db PATH] [--area SLUG] [--measure ID] [--period 2021/22] [--json]
                                        list current figures with their sources
  revisions [--db PATH] [--area SLUG] [--measure ID] [--json]
                                        list figures a later edition restated
  sentences [--db PATH] --area SLUG --period P [--json]
                                        the story's sentences, each figure with its cell
  check [--db PATH] --area SLUG --period P FILE [--json]
                                        check every figure in a draft (.txt, .md, .docx)
  leads [--db PATH] [--period P] [--area SLUG ...] [--json]
                                        what is new in an edition, ranked, each lead with its cells,
                                        and the restatements to check (--area takes areas or regions)
  localise [--db PATH] --spec FILE.json --out DIR [--areas SLUG,...]
                                        a pack (chart, table, story.txt) for each of the 42 areas
  releases [--db PATH] [--json]         list imported releases in precedence order
  remove RELEASE_ID [--db PATH]         remove a release and its figures (edits and notes are kept)
  backups [--db PATH] [--json]          list this database's backups (in backups/ beside it)
  restore [--db PATH] [--from BACKUP]   put its latest good backup (or the one named) in its place
  serve [--db PATH] [--port N]          run MAPPA Desk in the browser on 127.0.0.1
  verify [--db PATH] [--json]          check every stored figure against its cell in the kept source file
  chart --spec FILE.json [--db PATH] --format png|svg|pdf [--cmyk] --out FILE [--json]
                                        draw a chart spec to a print-ready file
  table --measure ID [--area SLUG ...] [--period 2021/22 ...] [--derived change,percentChange,share,rate,oneInN,rank]
        [--title TEXT] --format csv|xlsx|html|md|idtt --out FILE [--db PATH]
                                        write an article-ready table with its source line and notes
  help                                  show this help

The database defaults to the user's data folder; --db PATH or MAPPA_DB=PATH choose another.`;
// main/cli.ts
/** Every command, by name, loading its module on first use. */
var COMMANDS = /* @__PURE__ */ new Map([
	["import", async (argv, io) => (await import("./chunks/import-Ci0QVrOa.js")).commandImport(argv, io)],
	["figures", async (argv, io) => (await import("./chunks/figures-BzpZ_8gB.js")).commandFigures(argv, io)],
	["revisions", async (argv, io) => (await import("./chunks/figures-BzpZ_8gB.js")).commandRevisions(argv, io)],
	["sentences", async (argv, io) => (await import("./chunks/story-W16mzl18.js")).commandSentences(argv, io)],
	["check", async (argv, io) => (await import("./chunks/story-W16mzl18.js")).commandCheck(argv, io)],
	["leads", async (argv, io) => (await import("./chunks/leads-DCalqj2K.js")).commandLeads(argv, io)],
	["localise", async (argv, io) => (await import("./chunks/localise-BKuYipud.js")).commandLocalise(argv, io)],
	["releases", async (argv, io) => (await import("./chunks/releases-C83dn9RE.js")).commandReleases(argv, io)],
	["remove", async (argv, io) => (await import("./chunks/releases-C83dn9RE.js")).commandRemove(argv, io)],
	["backups", async (argv, io) => (await import("./chunks/backups-B3tAAVgi.js")).commandBackups(argv, io)],
	["restore", async (argv, io) => (await import("./chunks/backups-B3tAAVgi.js")).commandRestore(argv, io)],
	["serve", async (argv, io) => (await import("./chunks/serve-CApeBg3d.js")).commandServe(argv, io)],
	["chart", async (argv, io) => (await import("./chunks/chart-CzkWbWt7.js")).commandChart(argv, {
		out: io.out,
		parse,
		usage: (message) => new UsageError(message)
	})],
	["table", async (argv, io) => (await import("./chunks/table-CWgyJ4oS.js")).commandTable(argv, io)],
	["verify", async (argv, io) => (await import("./chunks/verify-BMu_DgDh.js")).commandVerify(argv, io)]
]);
var HELP = /* @__PURE__ */ new Set([
	void 0,
	"help",
	"--help",
	"-h"
]);
async function runCli(argv, streams = consoleIo) {
	const io = terminalIo(streams);
	const [command, ...rest] = argv;
	try {
		if (HELP.has(command)) {
			io.out(USAGE);
			return command === void 0 ? 2 : 0;
		}
		const run = COMMANDS.get(command);
		if (!run) throw new UsageError(`Unknown command "${command}": use import, figures, revisions, releases, remove, backups, restore, verify, chart, table, sentences, check, leads, localise or serve (see npm run mappa -- help)`);
		return await run(rest, io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`mappa: ${error.message}`);
			return 2;
		}
		io.err(`mappa: ${oneLine(error)}`);
		return 1;
	}
}
var isEntryPoint = process.argv[1] !== void 0 && /cli\.(?:ts|js|mjs)$/.test(basename(process.argv[1]));
/**
* `mappa figures | head -1`: once the reader has what it wants and closes the pipe, the rest of
* the output has nowhere to go. That is the reader's choice, not a failure: stop quietly, exit 0.
*/
function stopQuietlyWhenThePipeCloses(stream) {
	stream.on("error", (error) => {
		if (error.code === "EPIPE") process.exit(0);
		throw error;
	});
}
if (isEntryPoint) {
	stopQuietlyWhenThePipeCloses(process.stdout);
	stopQuietlyWhenThePipeCloses(process.stderr);
	runCli(process.argv.slice(2)).then((code) => {
		if (code !== 0) process.exitCode = code;
	});
}
export { USAGE, UsageError, writeOutFile as n, runCli, parse as t };
