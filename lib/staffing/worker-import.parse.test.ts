import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { parseImportFile } from "./worker-import.parse";

function fieldErrorsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("parseImportFile", () => {
  it("reads CSV headers in any spelling, a BOM, quoted cells and lists split by ; , or |", () => {
    const rows = parseImportFile({
      content:
        "\uFEFFFull Name;Mobile;Other phones;E-mail;Skills;Note\n" +
        'Ana;+14155550101;"+14155550102|+14155550103";ana@x.al;"Rigger, Audio";"Line one\nline two"\n',
    });
    expect(rows).toEqual([
      {
        row: 2,
        name: "Ana",
        phones: ["+14155550101", "+14155550102", "+14155550103"],
        email: "ana@x.al",
        laborTypes: ["Rigger", "Audio"],
        notes: "Line one\nline two",
      },
    ]);
  });

  it("numbers rows as a spreadsheet does, skipping blank lines", () => {
    const rows = parseImportFile({ content: "name,phone\nAna,1\n\n,\nBo,2\n" });
    expect(rows.map((row) => [row.row, row.name])).toEqual([
      [2, "Ana"],
      [5, "Bo"],
    ]);
  });

  it("reads vCards with LF line endings, folded lines and a name only in N", () => {
    const rows = parseImportFile({
      content:
        "BEGIN:VCARD\nVERSION:4.0\nN:Berisha;Hana;;;\nTEL;VALUE=uri:tel:+14155550111\nNOTE:a long\n  note\nEND:VCARD\n",
    });
    expect(rows).toEqual([
      {
        row: 1,
        name: "Hana Berisha",
        phones: ["+14155550111"],
        email: "",
        laborTypes: [],
        notes: "a long note",
      },
    ]);
  });

  it("refuses a file without the name and phone columns, an empty file and too many rows", () => {
    expect(fieldErrorsOf(() => parseImportFile({ content: "who,number\nAna,1" }))).toEqual({
      content: ["staffing.importMissingColumns"],
    });
    expect(fieldErrorsOf(() => parseImportFile({ content: "name,phone" }))).toEqual({
      content: ["staffing.importEmpty"],
    });
    const big = ["name,phone", ...Array.from({ length: 2001 }, (_, index) => `W${index},${index}`)];
    expect(fieldErrorsOf(() => parseImportFile({ content: big.join("\n") }))).toEqual({
      content: ["staffing.importTooManyRows"],
    });
    expect(
      fieldErrorsOf(() => parseImportFile({ format: "vcard", content: "name,phone" })),
    ).toEqual({
      content: ["staffing.importUnreadable"],
    });
  });
});
