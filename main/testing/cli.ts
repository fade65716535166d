// Runs a CLI command in this process for tests, collecting what it prints on stdout and stderr.

import { runCli, type Io } from '../cli'

export async function runCommand(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line) }
  const code = await runCli(argv, io)
  return { code, out, err }
}
