"use client";

import { CircleAlert, CircleCheck, Download, FileUp, Upload } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ChangeEvent, type ReactNode, useId, useState, useTransition } from "react";
import { commitStaffingImport, previewStaffingImport } from "@/app/manage/staffing/workers/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { idle } from "@/lib/actions/form-state";
import type { TImportPreview, TImportResult, TImportRow } from "@/lib/staffing/people.schemas";
import { cn } from "@/lib/utils/cn";

const WORKERS_PATH = "/manage/staffing/workers";

interface ChosenFile {
  name: string;
  format: "csv" | "vcard";
  content: string;
}

type Step =
  | { name: "choose"; error?: string }
  | { name: "preview"; file: ChosenFile; preview: TImportPreview; error?: string }
  | { name: "done"; result: TImportResult };

const STATUS_TONES = { new: "success", duplicate: "neutral", error: "danger" } as const;
const ROW_FILTERS = ["all", "new", "duplicate", "error"] as const;

function formatOf(file: File): "csv" | "vcard" {
  return /\.(vcf|vcard)$/i.test(file.name) || /vcard|directory/i.test(file.type) ? "vcard" : "csv";
}

function toForm(file: ChosenFile): FormData {
  const form = new FormData();
  form.set("format", file.format);
  form.set("content", file.content);
  return form;
}

/**
 * Import workers from a spreadsheet (CSV) or an address book (vCard): the file is read in
 * the browser, checked on the server row by row (nothing saved), and imported on confirm.
 */
export function WorkerImport({ maxBytes, maxRows }: { maxBytes: number; maxRows: number }) {
  const t = useTranslations("staffingUi.import");
  const [step, setStep] = useState<Step>({ name: "choose" });
  const [pending, startTransition] = useTransition();
  const inputId = useId();

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0];
    event.target.value = "";
    if (!picked) return;
    if (picked.size > maxBytes) {
      setStep({ name: "choose", error: t("tooLarge") });
      return;
    }
    startTransition(async () => {
      const file: ChosenFile = {
        name: picked.name,
        format: formatOf(picked),
        content: await picked.text(),
      };
      const state = await previewStaffingImport(idle, toForm(file));
      if (state.status === "success") setStep({ name: "preview", file, preview: state.data });
      else if (state.status === "error") {
        const details = Object.values(state.fieldErrors ?? {}).flat();
        setStep({ name: "choose", error: details.length > 0 ? details.join(" ") : state.message });
      }
    });
  }

  function commit(file: ChosenFile, preview: TImportPreview) {
    startTransition(async () => {
      const state = await commitStaffingImport(idle, toForm(file));
      // The summary card that replaces the preview says what happened (no toast needed).
      if (state.status === "success") {
        setStep({ name: "done", result: state.data });
      } else if (state.status === "error") {
        setStep({ name: "preview", file, preview, error: state.message });
      }
    });
  }

  if (step.name === "done") {
    const { result } = step;
    return (
      <Card className="grid justify-items-start gap-3 p-6" role="status">
        <CircleCheck className="size-8 text-success" aria-hidden />
        <h2 className="text-lg font-semibold">{t("doneTitle", { created: result.created })}</h2>
        <p className="text-sm text-muted-foreground">
          {t("doneBody", {
            duplicates: result.duplicates,
            errors: result.errors,
            laborTypes: result.laborTypesCreated,
          })}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button asChild>
            <Link href={WORKERS_PATH}>{t("toWorkers")}</Link>
          </Button>
          <Button variant="outline" onClick={() => setStep({ name: "choose" })}>
            {t("another")}
          </Button>
        </div>
      </Card>
    );
  }

  const picker = (
    <label
      htmlFor={inputId}
      className={cn(
        "inline-flex h-9 cursor-pointer items-center gap-2 rounded-md px-4 text-sm font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
        step.name === "choose"
          ? "bg-primary text-primary-foreground hover:bg-primary/90"
          : "border border-input bg-background hover:bg-muted",
        pending && "pointer-events-none opacity-50",
      )}
    >
      {step.name === "choose" ? (
        <Upload className="size-4" aria-hidden />
      ) : (
        <FileUp className="size-4" aria-hidden />
      )}
      {step.name === "choose" ? t("choose") : t("chooseAnother")}
      <input
        id={inputId}
        type="file"
        accept=".csv,.vcf,.vcard,text/csv,text/vcard,text/x-vcard"
        className="sr-only"
        onChange={choose}
        disabled={pending}
        data-testid="import-file"
      />
    </label>
  );

  return (
    <div className="grid gap-6">
      {step.name === "choose" && (
        <Card className="grid gap-4 p-6">
          <div className="grid gap-1">
            <h2 className="text-base font-semibold">{t("chooseTitle")}</h2>
            <p className="text-sm text-muted-foreground">{t("formats", { rows: maxRows })}</p>
          </div>
          <ul className="grid list-disc gap-1 pl-5 text-sm text-muted-foreground">
            <li>{t("csvHelp")}</li>
            <li>{t("vcardHelp")}</li>
            <li>{t("duplicatesHelp")}</li>
          </ul>
          <div className="flex flex-wrap items-center gap-3">
            {picker}
            <Button asChild variant="link">
              <a href={`${WORKERS_PATH}/import/template.csv`} download>
                <Download aria-hidden />
                {t("template")}
              </a>
            </Button>
          </div>
          {pending && (
            <p role="status" className="text-sm text-muted-foreground">
              {t("checking")}
            </p>
          )}
        </Card>
      )}

      {step.error && (
        <div
          role="alert"
          className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
        >
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <p>{step.error}</p>
        </div>
      )}

      {step.name === "preview" && (
        <ImportPreview
          file={step.file}
          preview={step.preview}
          pending={pending}
          picker={picker}
          onCommit={() => commit(step.file, step.preview)}
        />
      )}
    </div>
  );
}

function ImportPreview({
  file,
  preview,
  pending,
  picker,
  onCommit,
}: {
  file: ChosenFile;
  preview: TImportPreview;
  pending: boolean;
  picker: ReactNode;
  onCommit: () => void;
}) {
  const t = useTranslations("staffingUi.import");
  const [filter, setFilter] = useState<(typeof ROW_FILTERS)[number]>("all");
  const rows =
    filter === "all" ? preview.rows : preview.rows.filter((row) => row.status === filter);
  const { counts } = preview;
  return (
    <section aria-labelledby="import-preview" className="grid gap-4">
      <Card className="grid gap-4 p-5 sm:flex sm:items-center sm:justify-between">
        <div className="grid gap-1">
          <h2 id="import-preview" className="text-base font-semibold">
            {t("previewTitle", { file: file.name })}
          </h2>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t("summary", counts)}
          </p>
          {preview.newLaborTypes.length > 0 && (
            <p className="text-sm text-muted-foreground">
              {t("newLaborTypes", { names: preview.newLaborTypes.join(", ") })}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          {picker}
          <Button
            onClick={onCommit}
            pending={pending}
            disabled={counts.new === 0}
            data-testid="import-commit"
          >
            {pending ? t("importing") : t("commit", { count: counts.new })}
          </Button>
        </div>
      </Card>

      <div role="group" aria-label={t("show")} className="flex flex-wrap gap-2">
        {ROW_FILTERS.map((option) => (
          <Button
            key={option}
            variant={filter === option ? "secondary" : "ghost"}
            size="sm"
            aria-pressed={filter === option}
            onClick={() => setFilter(option)}
          >
            {t(`filter.${option}`)}
            <span className="tabular-nums text-muted-foreground">
              {option === "all" ? preview.rows.length : counts[option]}
            </span>
          </Button>
        ))}
      </div>

      <Table data-testid="import-table">
        <TableHeader>
          <TableRow>
            <TableHead className="w-16">{t("row")}</TableHead>
            <TableHead>{t("worker")}</TableHead>
            <TableHead className="hidden md:table-cell">{t("laborTypes")}</TableHead>
            <TableHead>{t("status")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <PreviewRow key={row.row} row={row} />
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function PreviewRow({ row }: { row: TImportRow }) {
  const t = useTranslations("staffingUi.import");
  const { worker } = row;
  return (
    <TableRow data-testid="import-row" data-status={row.status}>
      <TableCell className="align-top tabular-nums text-muted-foreground">{row.row}</TableCell>
      <TableCell className="align-top">
        <div className="font-medium">{worker.name || t("noName")}</div>
        <div className="text-xs text-muted-foreground">
          {[worker.phone, ...worker.alternatePhones].filter(Boolean).join(", ")}
          {worker.email && ` · ${worker.email}`}
        </div>
      </TableCell>
      <TableCell className="hidden align-top md:table-cell">
        <div className="flex flex-wrap gap-1">
          {worker.laborTypes.map((name) => (
            <Badge key={name}>{name}</Badge>
          ))}
        </div>
      </TableCell>
      <TableCell className="align-top">
        <Badge tone={STATUS_TONES[row.status]}>{t(`statuses.${row.status}`)}</Badge>
        {row.errors.length > 0 && (
          <ul className="mt-1 grid gap-0.5 text-xs text-destructive">
            {row.errors.map((error, index) => {
              // "alternatePhones.1" is still the alternate phones column.
              const field = `fields.${error.field.split(".")[0]}`;
              return (
                <li key={index}>
                  {t.has(field) ? `${t(field)}: ` : ""}
                  {error.message}
                </li>
              );
            })}
          </ul>
        )}
        {row.duplicateOf && (
          <p className="mt-1 text-xs text-muted-foreground">
            {row.duplicateOf.workerId ? (
              <Link
                href={`${WORKERS_PATH}/${row.duplicateOf.workerId}`}
                className="text-primary hover:underline"
              >
                {t("duplicateOfWorker")}
              </Link>
            ) : (
              t("duplicateOfRow", { row: row.duplicateOf.row ?? 0 })
            )}
          </p>
        )}
      </TableCell>
    </TableRow>
  );
}
