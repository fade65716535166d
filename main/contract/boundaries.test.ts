import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const contractDir = join(root, 'main', 'contract')
const mainDir = join(root, 'main')

interface ImportSite {
  specifier: string
  isTypeOnly: boolean
}

/** Every import, re-export and dynamic import() in a source file, and whether it brings only types. */
function importsOf(fileName: string, text: string): ImportSite[] {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  )
  const sites: ImportSite[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const bindings = clause?.namedBindings
      const isTypeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((element) => element.isTypeOnly)))
      sites.push({ specifier: node.moduleSpecifier.text, isTypeOnly })
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      sites.push({ specifier: node.moduleSpecifier.text, isTypeOnly: node.isTypeOnly })
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      sites.push({ specifier: node.arguments[0].text, isTypeOnly: false })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return sites
}

const HOST_GLOBALS = new Set([
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename'
])

/** Browser or Node globals a file reads (not property names that happen to share the name). */
function hostGlobalsOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const found = new Set<string>()
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && HOST_GLOBALS.has(node.text)) {
      const parent = node.parent
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ts.isPropertySignature(parent)
      if (!isPropertyName) found.add(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return [...found]
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name))
    .map((name) => join(folder, name))
}

const resolveFrom = (file: string, specifier: string) => (specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined)
const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep)

const isNodeModule = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier)
const NODE_GLOBALS = new Set(['process', 'Buffer', 'require', '__dirname', '__filename'])

/**
 * Renderer code that would need Node or the core at run time: imports of Node modules or of main/
 * outside main/contract/, and Node's globals. Types are fine: they vanish in the build (the web
 * type-check sees Node's types, as the handlers' result types reach into main).
 */
function rendererViolations(file: string, text: string): string[] {
  const imports = importsOf(file, text)
    .filter((site) => !site.isTypeOnly)
    .filter((site) => {
      if (isNodeModule(site.specifier)) return true
      const target = resolveFrom(file, site.specifier)
      return target !== undefined && isInside(target, mainDir) && !isInside(target, contractDir)
    })
    .map((site) => `${relative(root, file)} imports ${site.specifier}`)
  const globals = hostGlobalsOf(file, text)
    .filter((name) => NODE_GLOBALS.has(name))
    .map((name) => `${relative(root, file)} uses ${name}`)
  return [...imports, ...globals]
}

/**
 * Packages the contract may use: pure JavaScript that runs the same in Node and the renderer,
 * touching neither the file system nor the DOM (zod validates chart specs on both sides).
 */
const PURE_PACKAGES = new Set(['zod'])

/** Contract imports of anything outside main/contract/ (Node, Electron, other packages, the rest of main), and host globals. */
function contractViolations(file: string, text: string): string[] {
  const imports = importsOf(file, text)
    .filter((site) => {
      const target = resolveFrom(file, site.specifier)
      if (target === undefined) return !PURE_PACKAGES.has(site.specifier)
      return !isInside(target, contractDir)
    })
    .map((site) => `${relative(root, file)} imports ${site.specifier}${isNodeModule(site.specifier) ? ' (Node)' : ''}`)
  const globals = hostGlobalsOf(file, text).map((name) => `${relative(root, file)} uses ${name}`)
  return [...imports, ...globals]
}

describe('what runs on both sides stays in main/contract', () => {
  it('the renderer runs no Node and no code from main/ outside main/contract/', () => {
    const violations = sourceFiles(join(root, 'renderer', 'src')).flatMap((file) => rendererViolations(file, readFileSync(file, 'utf8')))
    expect(violations).toEqual([])
  })

  it('main/contract imports nothing from Node, the DOM or the rest of main', () => {
    const files = sourceFiles(contractDir)
    expect(files.length).toBeGreaterThan(4)
    expect(files.flatMap((file) => contractViolations(file, readFileSync(file, 'utf8')))).toEqual([])
  })

  it('the store takes no types from the importer', () => {
    const violations = sourceFiles(join(mainDir, 'store')).flatMap((file) =>
      importsOf(file, readFileSync(file, 'utf8'))
        .filter((site) => isInside(resolveFrom(file, site.specifier) ?? '', join(mainDir, 'import')))
        .map((site) => `${relative(root, file)} imports ${site.specifier}`)
    )
    expect(violations).toEqual([])
  })

  it('catches each kind of breach it is there for', () => {
    const rendererFile = join(root, 'renderer', 'src', 'state', 'example.ts')
    expect(
      rendererViolations(
        rendererFile,
        `import { readCell } from '../../../main/domain/markers'
         import type { Figure } from '../../../main/store/figures'
         import { type Db } from '../../../main/store/database'
         import { oneLine } from '../../../main/contract/errors'
         export { oneLine as again } from '../../../main/errors'
         const lazy = () => import('../../../main/import/analyse')
         import type { ResultOf } from '../../../main/ipc/handlers'
         import { readFileSync } from 'node:fs'
         const home = process.env.HOME
         const message = { process: 'running' }`
      )
    ).toEqual([
      'renderer/src/state/example.ts imports ../../../main/domain/markers',
      'renderer/src/state/example.ts imports ../../../main/errors',
      'renderer/src/state/example.ts imports ../../../main/import/analyse',
      'renderer/src/state/example.ts imports node:fs',
      'renderer/src/state/example.ts uses process'
    ])
    const contractFile = join(contractDir, 'example.ts')
    expect(
      contractViolations(
        contractFile,
        `import { readFileSync } from 'node:fs'
         import path from 'path'
         import type { Place } from '../domain/derived'
         import type { CellStatus } from './markers'
         export const width = () => window.innerWidth + document.body.clientWidth
         export const shape = { window: 1 }`
      )
    ).toEqual([
      'main/contract/example.ts imports node:fs (Node)',
      'main/contract/example.ts imports path (Node)',
      'main/contract/example.ts imports ../domain/derived',
      'main/contract/example.ts uses window',
      'main/contract/example.ts uses document'
    ])
  })
})
