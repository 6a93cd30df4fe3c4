"use client";

import { LocateFixed } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { type MarketplaceParams, nearMeHref } from "./search-params";

type Status = "idle" | "locating" | "denied" | "unavailable" | "unsupported";

/** Asks the browser where it is, then shows this search around there, nearest first. */
export function NearMeButton({ params }: { params: MarketplaceParams }) {
  const t = useTranslations("marketplaceUi.search");
  const router = useRouter();
  const [status, setStatus] = useState<Status>("idle");

  function locate() {
    if (!("geolocation" in navigator)) {
      setStatus("unsupported");
      return;
    }
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setStatus("idle");
        router.push(
          nearMeHref(params, { lat: position.coords.latitude, lng: position.coords.longitude }),
        );
      },
      (error) => setStatus(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  const message = {
    idle: "",
    locating: t("locating"),
    denied: t("locationDenied"),
    unavailable: t("locationUnavailable"),
    unsupported: t("locationUnsupported"),
  }[status];

  return (
    <div className="grid gap-1">
      <Button
        type="button"
        variant="outline"
        onClick={locate}
        pending={status === "locating"}
        data-testid="search-near-me"
      >
        <LocateFixed aria-hidden />
        {t("nearMe")}
      </Button>
      <p
        aria-live="polite"
        className={
          status === "locating" ? "text-xs text-muted-foreground" : "text-xs text-destructive"
        }
      >
        {message}
      </p>
    </div>
  );
}
