"use client";

import { Check, Copy, KeyRound, ShieldCheck, ShieldOff } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  renewRecoveryCodes,
  startTwoFactorSetup,
  turnOffTwoFactor,
  turnOnTwoFactor,
} from "@/app/account/settings/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import type { TTwoFactorSetup } from "@/lib/identity/two-factor.schemas";
import { ActionButton } from "./action-button";
import { RecoveryCodes } from "./recovery-codes";
import { ActionForm } from "@/components/forms/action-form";

/** The base32 secret in groups of four, as authenticator apps show it. */
const groupSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * Two-factor sign-in with an authenticator app: set up (QR code or the secret by hand,
 * then a code to prove it works), the recovery codes once, new codes, and turning it off.
 */
export function TwoFactorPanel({
  enabled,
  hasPassword,
  account,
}: {
  enabled: boolean;
  hasPassword: boolean;
  /** How the account is named in the downloaded recovery codes file. */
  account: string;
}) {
  const t = useTranslations("settings.twoFactor");
  const router = useRouter();
  const [setup, setSetup] = useState<TTwoFactorSetup | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (recoveryCodes) {
    return (
      <RecoveryCodes
        codes={recoveryCodes}
        account={account}
        onDone={() => setRecoveryCodes(null)}
      />
    );
  }

  // Before "enabled": the server's answer that turns it on must reach these steps, which
  // hold the recovery codes it brings.
  if (setup) {
    return (
      <TwoFactorSetupSteps
        setup={setup}
        onCancel={() => setSetup(null)}
        onEnabled={(codes) => {
          setSetup(null);
          setRecoveryCodes(codes);
          router.refresh();
        }}
      />
    );
  }

  if (enabled) {
    return (
      <div className="grid gap-4">
        <p className="flex items-center gap-2 text-sm">
          <Badge tone="success">{t("on")}</Badge>
          {t("onDescription")}
        </p>
        <div className="flex flex-wrap gap-2">
          <RenewCodesDialog onRenewed={setRecoveryCodes} />
          <TurnOffDialog hasPassword={hasPassword} />
        </div>
      </div>
    );
  }

  return (
    <div className="grid gap-4">
      <p className="flex items-center gap-2 text-sm">
        <Badge>{t("off")}</Badge>
        {t("offDescription")}
      </p>
      <ActionButton
        action={startTwoFactorSetup}
        variant="primary"
        size="md"
        quiet
        onSuccess={setSetup}
        className="justify-self-start"
      >
        <ShieldCheck aria-hidden />
        {t("setUp")}
      </ActionButton>
    </div>
  );
}

function TwoFactorSetupSteps({
  setup,
  onCancel,
  onEnabled,
}: {
  setup: TTwoFactorSetup;
  onCancel: () => void;
  onEnabled: (codes: string[]) => void;
}) {
  const t = useTranslations("settings.twoFactor.setup");
  const [copied, setCopied] = useState(false);

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(setup.secret);
      setCopied(true);
      toast.success(t("secretCopied"));
    } catch {
      toast.error(t("copyFailed"));
    }
  }

  return (
    <ol className="grid gap-5">
      <li className="grid gap-3">
        <h3 className="text-sm font-semibold">{t("step1")}</h3>
        <p className="text-sm text-muted-foreground">{t("step1Description")}</p>
        <div className="flex flex-wrap items-center gap-4">
          {/* A white tile keeps the code scannable in dark mode. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made by the server */}
          <img
            src={setup.qrCodeDataUrl}
            alt={t("qrAlt")}
            width={176}
            height={176}
            className="size-44 rounded-md border bg-white p-1"
          />
          <div className="grid min-w-0 flex-1 gap-2">
            <p className="text-sm text-muted-foreground">{t("manual")}</p>
            <code
              aria-label={t("secretLabel")}
              className="rounded-md bg-muted px-3 py-2 font-mono text-sm break-all select-all"
            >
              {groupSecret(setup.secret)}
            </code>
            <div className="flex flex-wrap items-center gap-2">
              <Button type="button" variant="outline" size="sm" onClick={copySecret}>
                {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
                {t("copySecret")}
              </Button>
              <a
                href={setup.otpauthUrl}
                className="text-sm text-primary underline-offset-4 hover:underline"
              >
                {t("openApp")}
              </a>
            </div>
          </div>
        </div>
      </li>
      <li className="grid gap-3">
        <h3 className="text-sm font-semibold">{t("step2")}</h3>
        <ActionForm
          action={turnOnTwoFactor}
          submitLabel={t("enable")}
          pendingLabel={t("enabling")}
          onSuccess={(data) => onEnabled(data.recoveryCodes)}
        >
          {(errors) => (
            <FormField label={t("code")} hint={t("codeHint")} errors={errors?.code}>
              <Input
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="\d{6}"
                maxLength={6}
                required
                className="max-w-40 font-mono tracking-widest"
              />
            </FormField>
          )}
        </ActionForm>
        <Button
          type="button"
          variant="link"
          size="sm"
          className="justify-self-start px-0"
          onClick={onCancel}
        >
          {t("cancel")}
        </Button>
      </li>
    </ol>
  );
}

function RenewCodesDialog({ onRenewed }: { onRenewed: (codes: string[]) => void }) {
  const t = useTranslations("settings.twoFactor.renew");
  const tCommon = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          <KeyRound aria-hidden />
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tCommon("close")}>
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <ActionForm
          action={renewRecoveryCodes}
          submitLabel={t("submit")}
          pendingLabel={t("submitting")}
          toastOnSuccess={false}
          onSuccess={(data) => {
            setOpen(false);
            onRenewed(data.recoveryCodes);
          }}
        >
          {(errors) => (
            <FormField label={t("code")} errors={errors?.code}>
              <Input
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                required
                className="max-w-40 font-mono tracking-widest"
              />
            </FormField>
          )}
        </ActionForm>
      </DialogContent>
    </Dialog>
  );
}

function TurnOffDialog({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations("settings.twoFactor.disable");
  const router = useRouter();
  const tCommon = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          <ShieldOff aria-hidden />
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tCommon("close")}>
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <ActionForm
          action={turnOffTwoFactor}
          submitLabel={t("submit")}
          pendingLabel={t("submitting")}
          submitVariant="destructive"
          onSuccess={() => {
            setOpen(false);
            router.refresh();
          }}
        >
          {(errors) => (
            <>
              {hasPassword && (
                <FormField label={t("password")} errors={errors?.password}>
                  <Input name="password" type="password" autoComplete="current-password" required />
                </FormField>
              )}
              <FormField label={t("code")} hint={t("codeHint")} errors={errors?.code}>
                <Input
                  name="code"
                  autoComplete="one-time-code"
                  maxLength={32}
                  required
                  className="max-w-56 font-mono"
                />
              </FormField>
            </>
          )}
        </ActionForm>
      </DialogContent>
    </Dialog>
  );
}
