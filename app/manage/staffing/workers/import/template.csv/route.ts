/**
 * A spreadsheet to fill in for the worker import: the header row the importer reads
 * (lib/staffing/worker-import.parse.ts) and two example rows to overwrite.
 */
const TEMPLATE = [
  "name,phone,alternate phones,email,labor types,notes",
  'Alba Hoxha,+1 415 555 0101,+1 415 555 0111,alba@example.com,"Stagehand; Rigger",Has a forklift licence',
  "Ben Carter,+1 415 555 0102,,,Usher,",
].join("\r\n");

export function GET() {
  return new Response(`${TEMPLATE}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="workers-template.csv"',
      "Cache-Control": "public, max-age=3600",
    },
  });
}
