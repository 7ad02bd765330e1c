/**
 * A strict XML 1.0 well-formedness check for the JUnit reports (no dependency on an XML
 * library): one root, properly nested and closed elements, quoted unique attributes, only
 * the five predefined or numeric entity references, CDATA closed, no raw `<`/`&` in text.
 * Returns the problems found (empty when well-formed) and the element tree for assertions.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;

export function checkXml(xml: string): { errors: string[]; root: XmlElement | undefined } {
  const errors: string[] = [];
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const decode = (s: string, where: string) =>
    s.replace(/&([^;]*);?/g, (m, ent: string) => {
      if (!m.endsWith(';')) errors.push(`unterminated entity in ${where}`);
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (ent in named) return named[ent]!;
      if (/^#x[0-9a-fA-F]+$/.test(ent)) return String.fromCodePoint(parseInt(ent.slice(2), 16));
      if (/^#[0-9]+$/.test(ent)) return String.fromCodePoint(parseInt(ent.slice(1), 10));
      errors.push(`unknown entity &${ent}; in ${where}`);
      return '';
    });
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end === -1) return { errors: ['unterminated XML declaration'], root };
    i = end + 2;
  }
  while (i < xml.length) {
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end === -1) return { errors: [...errors, 'unterminated CDATA'], root };
      if (stack.length === 0) errors.push('CDATA outside the root element');
      else stack.at(-1)!.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end === -1) return { errors: [...errors, 'unterminated comment'], root };
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      const name = xml.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name)
        errors.push(`closing </${name}> does not match <${open?.name ?? '(none)'}>`);
      i = end + 1;
    } else if (xml[i] === '<') {
      const m = NAME.exec(xml.slice(i + 1));
      if (!m) {
        errors.push(`bad tag at ${i}`);
        i++;
        continue;
      }
      const el: XmlElement = { name: m[0], attrs: {}, children: [], text: '' };
      let j = i + 1 + m[0].length;
      for (;;) {
        while (/\s/.test(xml[j] ?? '')) j++;
        if (xml.startsWith('/>', j) || xml[j] === '>') break;
        const a = /^([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(j));
        if (!a) {
          errors.push(`bad attribute in <${el.name}> at ${j}`);
          return { errors, root };
        }
        if (a[1]! in el.attrs) errors.push(`duplicate attribute ${a[1]} in <${el.name}>`);
        el.attrs[a[1]!] = decode(a[3] ?? a[4] ?? '', `attribute ${a[1]}`);
        j += a[0].length;
      }
      if (stack.length === 0) {
        if (root) errors.push('more than one root element');
        root = el;
      } else stack.at(-1)!.children.push(el);
      if (xml.startsWith('/>', j)) i = j + 2;
      else {
        stack.push(el);
        i = j + 1;
      }
    } else {
      const next = xml.indexOf('<', i);
      const text = xml.slice(i, next === -1 ? xml.length : next);
      if (stack.length === 0) {
        if (text.trim() !== '') errors.push('text outside the root element');
      } else stack.at(-1)!.text += decode(text, `<${stack.at(-1)!.name}>`);
      if (text.includes('>') && text.includes(']]>')) errors.push(']]> in text');
      i = next === -1 ? xml.length : next;
    }
  }
  for (const open of stack) errors.push(`<${open.name}> is never closed`);
  if (!root) errors.push('no root element');
  return { errors, root };
}
