// The command line's help text, on its own so `help` and a usage error load nothing else.
// Text only: no command logic and no imports.

const CHART_USAGE = `  chart --spec FILE.json [--db PATH] --format png|svg|pdf [--cmyk] --out FILE [--json]
                                        draw a chart spec to a print-ready file`

const VERIFY_USAGE = `  verify [--db PATH] [--json]          check every stored figure against its cell in the kept source file`

export const USAGE = `Usage: npm run mappa -- <command> [options]

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
${VERIFY_USAGE}
${CHART_USAGE}
  table --measure ID [--area SLUG ...] [--period 2021/22 ...] [--derived change,percentChange,share,rate,oneInN,rank]
        [--title TEXT] --format csv|xlsx|html|md|idtt --out FILE [--db PATH]
                                        write an article-ready table with its source line and notes
  help                                  show this help

The database defaults to the user's data folder; --db PATH or MAPPA_DB=PATH choose another.`
