"use client";

import { Check, Copy, Download, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";

/**
 * The recovery codes, shown once right after they were made: copy them, download them as
 * a text file, then say they are kept somewhere safe.
 */
export function RecoveryCodes({
  codes,
  account,
  onDone,
}: {
  codes: string[];
  /** Written at the top of the downloaded file: which account the codes belong to. */
  account: string;
  onDone: () => void;
}) {
  const t = useTranslations("settings.twoFactor.codes");
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Screen readers and keyboards land on the codes, not wherever the form was.
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join("\n"));
      setCopied(true);
      toast.success(t("copied"));
    } catch {
      toast.error(t("copyFailed"));
    }
  }

  function download() {
    const text = [t("fileTitle", { account }), "", ...codes, "", t("fileNote")].join("\n");
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "callboard-recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="grid gap-4 rounded-md border border-warning/40 bg-warning/5 p-4">
      <div className="flex items-start gap-2">
        <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
        <div>
          <h3 ref={heading} tabIndex={-1} className="text-sm font-semibold focus:outline-none">
            {t("title")}
          </h3>
          <p className="mt-1 text-sm text-muted-foreground">{t("description")}</p>
        </div>
      </div>
      <ol
        aria-label={t("listLabel")}
        className="grid grid-cols-2 gap-x-6 gap-y-1.5 rounded-md bg-background p-4 font-mono text-sm sm:text-base"
      >
        {codes.map((code) => (
          <li key={code} className="tabular-nums select-all">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" size="sm" onClick={copy}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {t("copy")}
        </Button>
        <Button type="button" variant="outline" size="sm" onClick={download}>
          <Download aria-hidden />
          {t("download")}
        </Button>
        <Button type="button" size="sm" className="ml-auto" onClick={onDone}>
          {t("done")}
        </Button>
      </div>
    </div>
  );
}
