"use client";

import { ArrowDown, ArrowUp, Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { DeleteDialog } from "@/components/staffing/delete-dialog";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, Textarea } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { idle, type FormState } from "@/lib/actions/form-state";
import type { FieldErrors } from "@/lib/errors";
import type { TCategoryNode } from "@/lib/booking/categories.schemas";

export type FormActionFn<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/** The errors of a field and of its parts (`name` also collects `name.en`, `ranges.3.closesAt`). */
export function errorsFor(errors: FieldErrors | undefined, field: string): string[] | undefined {
  if (!errors) return undefined;
  const found = Object.entries(errors)
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, messages]) => messages);
  return found.length > 0 ? found : undefined;
}

/** A text in English and Albanian, side by side (stacked on phones). */
export function LocalizedFields({
  name,
  label,
  values,
  errors,
  multiline,
  required,
  readOnly,
}: {
  name: string;
  label: string;
  values: { en?: string; sq?: string } | null | undefined;
  errors: FieldErrors | undefined;
  multiline?: boolean;
  required?: boolean;
  readOnly?: boolean;
}) {
  const t = useTranslations("bookingCatalogUi.common");
  const Control = multiline ? Textarea : Input;
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{label}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {(["en", "sq"] as const).map((lang) => (
          <FormField
            key={lang}
            label={lang === "en" ? t("english") : t("albanian")}
            labelNote={lang === "sq" || !required ? t("optional") : undefined}
            errors={errorsFor(errors, `${name}.${lang}`)}
          >
            <Control
              name={`${name}.${lang}`}
              defaultValue={values?.[lang] ?? ""}
              lang={lang}
              readOnly={readOnly}
              {...(multiline ? { rows: 3 } : {})}
            />
          </FormField>
        ))}
      </div>
    </fieldset>
  );
}

/** The category tree as checkboxes, subcategories indented under their parent. */
export function CategoryPicker({
  tree,
  selected,
  errors,
  disabled,
}: {
  tree: TCategoryNode[];
  selected: string[];
  errors: FieldErrors | undefined;
  disabled?: boolean;
}) {
  const t = useTranslations("bookingCatalogUi.common");
  const messages = errorsFor(errors, "categoryIds");
  const render = (nodes: TCategoryNode[], depth: number) =>
    nodes.map((node) => (
      <li key={node.id}>
        <label
          className="flex items-center gap-2 py-1 text-sm"
          style={{ paddingInlineStart: `${depth * 1.25}rem` }}
        >
          <input
            type="checkbox"
            name="categoryIds"
            value={node.id}
            defaultChecked={selected.includes(node.id)}
            disabled={disabled}
            className="size-4 rounded border-input"
          />
          {node.name}
        </label>
        {node.children.length > 0 && <ul>{render(node.children, depth + 1)}</ul>}
      </li>
    ));
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1 text-sm font-medium">{t("categories")}</legend>
      {tree.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noCategories")}</p>
      ) : (
        <ul className="max-h-56 overflow-y-auto rounded-md border px-3 py-2">{render(tree, 0)}</ul>
      )}
      {messages && (
        <p className="text-xs font-medium text-destructive" role="alert">
          {messages.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

/** A checkbox with its label on the right (booleans of the settings and editors). */
export function CheckboxField({
  name,
  label,
  defaultChecked,
  disabled,
  hint,
}: {
  name: string;
  label: string;
  defaultChecked: boolean;
  disabled?: boolean;
  hint?: string;
}) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        disabled={disabled}
        className="mt-0.5 size-4 rounded border-input"
      />
      <span>
        <span className="font-medium">{label}</span>
        {hint && <span className="block text-xs text-muted-foreground">{hint}</span>}
      </span>
    </label>
  );
}

/**
 * Runs an action with the given fields, outside any visible form (reorder arrows, "set main"):
 * toasts the outcome and refreshes the page on success.
 */
export function useQuietAction<T>(action: FormActionFn<T>) {
  const router = useRouter();
  const [state, submit, pending] = useActionState(action, idle as FormState<T>);
  const handled = useRef<FormState<T>>(idle as FormState<T>);
  useEffect(() => {
    if (state === handled.current || state.status === "idle") return;
    handled.current = state;
    if (state.status === "success") {
      toast.success(state.message);
      router.refresh();
    } else toast.error(state.message);
  }, [state, router]);
  const run = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
    }
    startTransition(() => submit(data));
  };
  return { run, pending };
}

/** Up/down arrows that post the whole list in its new order. */
function ReorderButtons<T>({
  action,
  businessId,
  ids,
  index,
  name,
}: {
  action: FormActionFn<T>;
  businessId: string;
  ids: string[];
  index: number;
  name: string;
}) {
  const t = useTranslations("bookingCatalogUi.common");
  const { run, pending } = useQuietAction(action);
  const move = (offset: number) => {
    const next = [...ids];
    const [item] = next.splice(index, 1);
    next.splice(index + offset, 0, item!);
    run({ businessId, ids: next });
  };
  return (
    <span className="inline-flex">
      <Button
        type="button"
        variant="ghost"
        size="icon"
        disabled={pending || index === 0}
        onClick={() => move(-1)}
        aria-label={t("moveUp", { name })}
        title={t("moveUp", { name })}
      >
        <ArrowUp aria-hidden />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        disabled={pending || index === ids.length - 1}
        onClick={() => move(1)}
        aria-label={t("moveDown", { name })}
        title={t("moveDown", { name })}
      >
        <ArrowDown aria-hidden />
      </Button>
    </span>
  );
}

/**
 * A catalogue row's controls (services, employees): move up/down, edit, and delete after a
 * confirmation that names the row. Labels come from the list's own namespace.
 */
export function CatalogRowActions<O, R>({
  namespace,
  order,
  remove,
  businessId,
  ids,
  index,
  row,
  onEdit,
  testId,
}: {
  namespace: "bookingCatalogUi.services" | "bookingCatalogUi.employees";
  order: FormActionFn<O>;
  remove: FormActionFn<R>;
  businessId: string;
  ids: string[];
  index: number;
  row: { id: string; name: string };
  onEdit: () => void;
  testId: string;
}) {
  const t = useTranslations(namespace);
  return (
    <div className="flex justify-end">
      <ReorderButtons
        action={order}
        businessId={businessId}
        ids={ids}
        index={index}
        name={row.name}
      />
      <Button
        variant="ghost"
        size="icon"
        onClick={onEdit}
        aria-label={t("edit", { name: row.name })}
        title={t("edit", { name: row.name })}
      >
        <Pencil aria-hidden />
      </Button>
      <DeleteDialog
        action={remove}
        id={row.id}
        compact
        title={t("delete.title", { name: row.name })}
        description={t("delete.description")}
        submitLabel={t("delete.submit")}
        triggerLabel={t("delete.open", { name: row.name })}
        testId={testId}
      />
    </div>
  );
}

export const ACCEPTED_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"];
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * Sends an image to the REST API (it accepts this browser's session; files go over what a
 * server action takes in). Resolves to the server's error message, or null on success.
 */
export async function uploadImage(
  url: string,
  orgId: string,
  file: File,
  method: "POST" | "PUT" = "POST",
): Promise<string | null> {
  const form = new FormData();
  form.append("file", file);
  const response = await fetch(url, {
    method,
    body: form,
    credentials: "same-origin",
    headers: { "X-Org-Id": orgId },
  });
  if (response.ok) return null;
  const body = (await response.json().catch(() => null)) as {
    message?: string;
    errors?: Record<string, string[]>;
  } | null;
  return body?.errors?.file?.join(" ") ?? body?.message ?? response.statusText;
}

/** The file's problem before it is sent (wrong type, too large), or null. */
export function imageProblem(file: File): "type" | "size" | null {
  if (!ACCEPTED_IMAGE_TYPES.includes(file.type)) return "type";
  if (file.size > MAX_IMAGE_BYTES) return "size";
  return null;
}
