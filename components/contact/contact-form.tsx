"use client";

import { Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { sendContactMessage } from "@/app/(marketing)/contact/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, Textarea } from "@/components/ui/input";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { idle } from "@/lib/actions/form-state";
import { CONTACT_TOPICS } from "@/lib/contact/topics";
import { type FieldErrors, ValidationError } from "@/lib/errors";
import { ZContactMessageInput } from "@/lib/contact/schemas";
import { useApiTranslator } from "@/lib/i18n/use-api-translator";
import { formDataToObject } from "@/lib/actions/form-data";
import { parseInput } from "@/lib/validation/parse";

export function ContactForm() {
  const t = useTranslations("contact");
  const tApi = useApiTranslator();
  const [state, submit, pending] = useActionState(sendContactMessage, idle);
  const [clientErrors, setClientErrors] = useState<FieldErrors | undefined>();

  useEffect(() => {
    if (state.status === "success") {
      toast.success(t("sent"));
    } else if (state.status === "error") {
      toast.error(state.fieldErrors ? t("fixErrors") : state.message);
    }
  }, [state, t]);

  const errors = clientErrors ?? (state.status === "error" ? state.fieldErrors : undefined);

  return (
    <form
      // A new key after each sent message remounts the form empty.
      key={state.status === "success" ? state.data.id : "new"}
      action={submit}
      noValidate
      className="grid gap-5"
      onSubmit={(event) => {
        // Same schema as the server, so the form answers before the round trip.
        try {
          parseInput(
            ZContactMessageInput,
            formDataToObject(new FormData(event.currentTarget)),
            tApi,
          );
          setClientErrors(undefined);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          event.preventDefault();
          setClientErrors(error.fieldErrors);
          toast.error(t("fixErrors"));
        }
      }}
    >
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("name")} errors={errors?.name}>
          <Input name="name" autoComplete="name" required />
        </FormField>
        <FormField label={t("email")} hint={t("emailHint")} errors={errors?.email}>
          <Input name="email" type="email" autoComplete="email" required />
        </FormField>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("company")} labelNote={t("optional")} errors={errors?.company}>
          <Input name="company" autoComplete="organization" />
        </FormField>
        <FormField label={t("topic")} errors={errors?.topic}>
          {(control) => (
            <Select name="topic">
              <SelectTrigger {...control}>
                <SelectValue placeholder={t("topicPlaceholder")} />
              </SelectTrigger>
              <SelectContent>
                {CONTACT_TOPICS.map((value) => (
                  <SelectItem key={value} value={value}>
                    {t(`topics.${value}`)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </FormField>
      </div>
      <FormField label={t("message")} hint={t("messageHint")} errors={errors?.message}>
        <Textarea name="message" rows={6} required />
      </FormField>
      <div className="flex justify-end">
        <Button type="submit" pending={pending}>
          {!pending && <Send aria-hidden />}
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
