"use client";

import type { ComponentProps } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useLocalizeFieldErrors } from "./field-errors";

/** ActionForm whose field errors are always in the reader's language. */
export function TenancyForm<T>({ children, ...props }: ComponentProps<typeof ActionForm<T>>) {
  const localizeErrors = useLocalizeFieldErrors();
  return <ActionForm<T> {...props}>{(errors) => children(localizeErrors(errors))}</ActionForm>;
}
