/**
 * A minimal XML writer for TwiML. We build the XML ourselves rather than with twilio's
 * VoiceResponse because the prompts module hands us SSML as a string (prosody rate, say-as),
 * which the builder would escape as text. Text and attribute values are always escaped here;
 * only `ssml()` passes markup through, and it is the prompts module's escaped output.
 */

/** Markup inserted as is (already escaped SSML). */
export interface Raw {
  raw: string;
}

export type Node = string | Raw;
export type Attributes = Record<string, string | number | boolean | undefined>;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

export function ssml(markup: string): Raw {
  return { raw: markup };
}

/** `<name a="1">children</name>`, or `<name a="1"/>` without children; undefined attributes are left out. */
export function element(name: string, attributes: Attributes = {}, children: Node[] = []): Raw {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  if (children.length === 0) return { raw: `<${name}${attrs}/>` };
  const inner = children.map((child) => (typeof child === 'string' ? escapeXml(child) : child.raw)).join('');
  return { raw: `<${name}${attrs}>${inner}</${name}>` };
}

/** A complete TwiML document. */
export function response(verbs: Raw[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${element('Response', {}, verbs).raw}`;
}
