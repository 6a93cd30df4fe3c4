import { inflateSync } from "node:zlib";

/**
 * Just enough of a PDF reader for tests of the PDFs pdfkit writes: inflates the streams,
 * reads each font's ToUnicode map and returns the text of every `TJ`/`Tj` in drawing order,
 * one string per text operation. Kerning offsets inside a `TJ` array are ignored.
 */

interface PdfObject {
  id: number;
  dictionary: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (const match of source.matchAll(pattern)) {
    const body = match[2]!;
    const streamAt = body.indexOf("stream");
    let dictionary = body;
    let stream: Buffer | null = null;
    if (streamAt !== -1 && body.slice(0, streamAt).includes("<<")) {
      dictionary = body.slice(0, streamAt);
      const start = body[streamAt + 6] === "\r" ? streamAt + 8 : streamAt + 7;
      const end = body.lastIndexOf("endstream");
      const raw = Buffer.from(body.slice(start, end).replace(/\r?\n$/, ""), "latin1");
      stream = dictionary.includes("/FlateDecode") ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), { id: Number(match[1]), dictionary, stream });
  }
  return objects;
}

/** code (hex) → text, from `bfchar` and `bfrange` sections of a ToUnicode CMap. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(pair[1]!.toLowerCase(), unicode(pair[2]!));
    }
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const entries = section[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    );
    for (const [, fromHex, toHex, target] of entries) {
      const from = parseInt(fromHex!, 16);
      const to = parseInt(toHex!, 16);
      const width = fromHex!.length;
      const targets = target!.startsWith("[")
        ? [...target!.matchAll(/<([0-9a-fA-F]+)>/g)].map((item) => unicode(item[1]!))
        : null;
      for (let code = from; code <= to; code += 1) {
        const key = code.toString(16).padStart(width, "0");
        if (targets) map.set(key, targets[code - from] ?? "");
        else {
          const base = parseInt(target!.slice(1, -1), 16);
          map.set(key, String.fromCodePoint(base + code - from));
        }
      }
    }
  }
  return map;
}

export function pdfText(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  // Font resource names (/F1 …) → the font's ToUnicode map (null: a standard font, Latin-1).
  const fonts = new Map<string, Map<string, string> | null>();
  for (const object of objects.values()) {
    for (const match of object.dictionary.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(match[2]));
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font?.dictionary ?? "");
      const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
      fonts.set(match[1]!, cmap ? readCMap(cmap.toString("latin1")) : null);
    }
  }

  const texts: string[] = [];
  for (const object of objects.values()) {
    if (!object.stream || object.dictionary.includes("/Length1")) continue;
    const content = object.stream.toString("latin1");
    if (!/T[Jj]/.test(content)) continue;
    let font: Map<string, string> | null = null;
    const operations = /\/(F\d+)\s+[\d.]+\s+Tf|(\[[^\]]*\])\s*TJ|(<[0-9a-fA-F]*>)\s*Tj/g;
    for (const match of content.matchAll(operations)) {
      if (match[1]) {
        font = fonts.get(match[1]) ?? null;
        continue;
      }
      const strings = [...(match[2] ?? match[3]!).matchAll(/<([0-9a-fA-F]*)>/g)].map(
        (item) => item[1]!,
      );
      texts.push(strings.map((hex) => decode(hex, font)).join(""));
    }
  }
  return texts;
}

function decode(hex: string, font: Map<string, string> | null): string {
  if (!font) {
    return Buffer.from(hex, "hex").toString("latin1");
  }
  return (hex.match(/.{4}/g) ?? []).map((code) => font.get(code.toLowerCase()) ?? "").join("");
}
