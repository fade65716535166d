// Browser mode's way to save a file: the bytes handed to the browser as a download through a
// short-lived Blob link. The desktop saves through the core's native dialog instead.

/** Revoking frees the bytes; the browser reads them at the click, so ten seconds is generous even for a large PDF. */
const KEEP_URL_MS = 10_000

export function downloadBytes(fileName: string, mimeType: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS)
}
