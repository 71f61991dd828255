/** Long enough for the browser to start reading the file before its object URL goes. */
const REVOKE_AFTER_MS = 10_000;

/** Saves text as a file in the user's downloads, from an object URL: nothing goes over the network. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
