/**
 * A small reader for the TwiML this project emits (Response, Say with SSML inside, Gather,
 * Pause, Hangup, Enqueue, Redirect, Record): well-formed XML without DTDs or CDATA. Enough for
 * the terminal phone and the tests to act as Twilio; not a general XML parser.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class TwimlError extends Error {}

const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[entity]!;
  });
}

/** The <Response> element of a TwiML document; throws TwimlError when it is not well formed. */
export function parseTwiml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name, rawAttributes, selfClosing, text, stray] = match;
    const parent = stack[stack.length - 1]!;
    if (stray) throw new TwimlError(`stray '<' at ${match.index}`);
    if (text !== undefined) {
      if (/&(?!(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);)/.test(text)) throw new TwimlError(`unescaped '&' in ${JSON.stringify(text)}`);
      parent.children.push(decodeEntities(text));
    } else if (name === undefined) {
      continue; // declaration or comment
    } else if (closing) {
      if (parent.name !== name || stack.length === 1) throw new TwimlError(`</${name}> closes <${parent.name}>`);
      stack.pop();
    } else {
      const attributes: Record<string, string> = {};
      for (const [, key, double, single] of (rawAttributes ?? '').matchAll(ATTRIBUTE)) attributes[key!] = decodeEntities(double ?? single ?? '');
      const element: XmlElement = { name, attributes, children: [] };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new TwimlError(`<${stack[stack.length - 1]!.name}> is not closed`);
  const elements = root.children.filter(isElement);
  if (elements.length !== 1 || elements[0]!.name !== 'Response' || root.children.some((c) => typeof c === 'string' && c.trim())) {
    throw new TwimlError('a TwiML document is one <Response> element');
  }
  return elements[0]!;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** The element children of an element (the verbs of a Response, the Says of a Gather). */
export function elements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(isElement).filter((e) => name === undefined || e.name === name);
}

/** All the text inside an element, markup removed (what a <Say> says). */
export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** The first element of that name at any depth, e.g. the <prosody> inside a <Say>. */
export function find(element: XmlElement, name: string): XmlElement | null {
  for (const child of elements(element)) {
    if (child.name === name) return child;
    const found = find(child, name);
    if (found) return found;
  }
  return null;
}
