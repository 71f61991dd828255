const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`);

export type HostInput = { ok: true; host: string } | { ok: false; error: string };

/**
 * Reads a host name as typed by the user: "Example.com", "www.example.com." and a pasted
 * "https://example.com/news" all give their host name; anything else is refused with a reason.
 */
export function parseHost(input: string): HostInput {
  const typed = input.trim().toLowerCase();
  if (!typed) return { ok: false, error: 'Enter a host name such as example.com.' };
  const host = (typed.includes('://') ? hostOfUrl(typed) : typed)?.replace(/\.$/, '');
  if (!host || !HOST_NAME.test(host)) {
    return { ok: false, error: `“${input.trim()}” is not a host name. Enter one such as example.com.` };
  }
  return { ok: true, host };
}

function hostOfUrl(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}
