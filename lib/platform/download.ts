/** Save text as a file through the browser's own download (extension pages). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const stamp = (d = new Date()) => d.toISOString().slice(0, 10).replace(/-/g, "");
