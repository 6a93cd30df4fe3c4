import Papa from "papaparse";
import VCard from "vcf";
import { ValidationError } from "@/lib/errors";
import { type TWorkerImportInput, MAX_IMPORT_ROWS } from "./people.schemas";

/** One worker as the file gives it, before any checking. */
export interface RawImportRow {
  /** Line in a spreadsheet (the header is row 1), or the card's position in a .vcf file. */
  row: number;
  name: string;
  /** As typed; the first is the primary phone. */
  phones: string[];
  email: string;
  laborTypes: string[];
  notes: string;
}

type Column = "name" | "phone" | "alternatePhones" | "email" | "laborTypes" | "notes";

/** Header spellings people use, compared without case, spaces or punctuation. */
const COLUMN_ALIASES: Record<string, Column> = {
  name: "name",
  fullname: "name",
  worker: "name",
  phone: "phone",
  phonenumber: "phone",
  mobile: "phone",
  cell: "phone",
  alternatephones: "alternatePhones",
  alternatephone: "alternatePhones",
  alternates: "alternatePhones",
  otherphones: "alternatePhones",
  email: "email",
  emailaddress: "email",
  labortypes: "laborTypes",
  labortype: "laborTypes",
  skills: "laborTypes",
  notes: "notes",
  note: "notes",
};

const columnOf = (header: string): Column | undefined =>
  COLUMN_ALIASES[header.toLowerCase().replace(/[^a-z]/g, "")];

/** A cell holding several values: "a; b", "a, b", "a | b" or one per line. */
const splitList = (cell: string | undefined): string[] =>
  (cell ?? "")
    .split(/[;,|\n]/)
    .map((value) => value.trim())
    .filter(Boolean);

function parseCsv(content: string): RawImportRow[] {
  const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const [header, ...records] = parsed.data;
  const columns = (header ?? []).map(columnOf);
  if (!columns.includes("name") || !columns.includes("phone")) {
    throw new ValidationError({ content: ["staffing.importMissingColumns"] });
  }
  const rows: RawImportRow[] = [];
  records.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === "")) return;
    const cell = (column: Column) => {
      const position = columns.indexOf(column);
      return position === -1 ? "" : (record[position] ?? "").trim();
    };
    rows.push({
      row: index + 2,
      name: cell("name"),
      phones: [cell("phone"), ...splitList(cell("alternatePhones"))],
      email: cell("email"),
      laborTypes: splitList(cell("laborTypes")),
      notes: cell("notes"),
    });
  });
  return rows;
}

const values = (property: ReturnType<VCard["get"]>): string[] =>
  (Array.isArray(property) ? property : property ? [property] : [])
    .map((item) => String(item.valueOf()).trim())
    .filter(Boolean);

/** vCard escapes commas, semicolons and newlines with a backslash. */
const unescapeText = (text: string) => text.replace(/\\([,;\\])/g, "$1").replace(/\\n/gi, "\n");

function parseVCards(content: string): RawImportRow[] {
  // The parser splits lines on CRLF only; phones' address books often write LF.
  const normalized = content.replace(/\r?\n/g, "\r\n");
  const start = normalized.search(/BEGIN:VCARD/i);
  if (start === -1) throw new ValidationError({ content: ["staffing.importUnreadable"] });
  let cards: VCard[];
  try {
    cards = VCard.parse(normalized.slice(start));
  } catch {
    throw new ValidationError({ content: ["staffing.importUnreadable"] });
  }
  return cards.map((card, index) => {
    const structuredName = values(card.get("n"))[0]?.split(";") ?? [];
    const fallbackName = [structuredName[1], structuredName[0]].filter(Boolean).join(" ");
    return {
      row: index + 1,
      name: unescapeText(values(card.get("fn"))[0] ?? fallbackName),
      phones: values(card.get("tel")).map((phone) => phone.replace(/^tel:/i, "")),
      email: values(card.get("email"))[0] ?? "",
      laborTypes: values(card.get("categories")).flatMap((text) => splitList(unescapeText(text))),
      notes: unescapeText(values(card.get("note")).join("\n")),
    };
  });
}

/** The rows of a CSV or vCard file (the format guessed from the content when not given). */
export function parseImportFile(input: TWorkerImportInput): RawImportRow[] {
  const format = input.format ?? (/BEGIN:VCARD/i.test(input.content) ? "vcard" : "csv");
  const rows = format === "vcard" ? parseVCards(input.content) : parseCsv(input.content);
  if (rows.length === 0) throw new ValidationError({ content: ["staffing.importEmpty"] });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ValidationError({ content: ["staffing.importTooManyRows"] });
  }
  return rows;
}
