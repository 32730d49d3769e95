/** Saves a file the API answered as the browser's download, named as the API's Content-Disposition says. */
export async function saveDownload(response: Response, fallbackName: string): Promise<string> {
  const disposition = response.headers.get("content-disposition") ?? ""
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  return filename
}
