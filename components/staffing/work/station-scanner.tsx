"use client";

import jsQR from "jsqr";
import {
  Camera,
  CameraOff,
  CircleAlert,
  CircleCheck,
  Keyboard,
  LogOut,
  Loader2,
} from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { ScanOutcome } from "@/app/station/[token]/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";

type CameraState = "starting" | "on" | "denied" | "unsupported";

/** The same code seen again within this time is the same worker still in front of the camera. */
const REPEAT_MS = 6_000;
/** How long a result stays on screen before the kiosk is ready for the next worker. */
const RESULT_MS = 7_000;
const SCAN_EVERY_MS = 200;

/**
 * The kiosk's scanner: the camera (rear one on a phone or tablet) is read a few times a second
 * with jsQR; each code found goes to the server, which signs the worker in or out. A text box
 * takes the short code from a worker's SMS when there is no QR code at hand. The answer is
 * shown big, green for in, blue for out, red for a refusal.
 */
export function StationScanner({ scan }: { scan: (scanned: string) => Promise<ScanOutcome> }) {
  const t = useTranslations("station");
  const router = useRouter();
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const lastCode = useRef<{ text: string; at: number } | null>(null);
  const busy = useRef(false);
  const [camera, setCamera] = useState<CameraState>("starting");
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);
  const [typed, setTyped] = useState("");
  const [pending, startTransition] = useTransition();

  const submit = useCallback(
    (text: string) => {
      if (busy.current) return;
      busy.current = true;
      startTransition(async () => {
        try {
          const answer = await scan(text);
          setOutcome(answer);
          if (answer.ok) {
            navigator.vibrate?.(80);
            router.refresh();
          } else if (answer.stationGone) {
            router.refresh();
          }
        } catch {
          setOutcome({ ok: false, message: t("failed"), stationGone: false });
        } finally {
          busy.current = false;
        }
      });
    },
    [router, scan, t],
  );

  // Camera: start on mount; stop when the page goes away.
  useEffect(() => {
    let stream: MediaStream | undefined;
    let cancelled = false;
    const unsupported = new Error("unsupported");
    const media = navigator.mediaDevices?.getUserMedia
      ? navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
      : Promise.reject(unsupported);
    media
      .then(async (opened) => {
        if (cancelled) return opened.getTracks().forEach((track) => track.stop());
        stream = opened;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = opened;
        await video.play().catch(() => undefined);
        setCamera("on");
      })
      .catch((error) => setCamera(error === unsupported ? "unsupported" : "denied"));
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  // Frame loop: a downscaled frame into the canvas, jsQR on its pixels.
  useEffect(() => {
    if (camera !== "on") return;
    let frame = 0;
    let lastScan = 0;
    const tick = (now: number) => {
      frame = requestAnimationFrame(tick);
      const video = videoRef.current;
      const canvas = canvasRef.current;
      if (!video || !canvas || now - lastScan < SCAN_EVERY_MS) return;
      if (video.readyState < video.HAVE_ENOUGH_DATA || busy.current) return;
      lastScan = now;
      const width = Math.min(640, video.videoWidth);
      const height = Math.round((video.videoHeight / video.videoWidth) * width);
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext("2d", { willReadFrequently: true });
      if (!context) return;
      context.drawImage(video, 0, 0, width, height);
      const code = jsQR(context.getImageData(0, 0, width, height).data, width, height, {
        inversionAttempts: "dontInvert",
      });
      if (!code?.data) return;
      const previous = lastCode.current;
      if (previous && previous.text === code.data && Date.now() - previous.at < REPEAT_MS) return;
      lastCode.current = { text: code.data, at: Date.now() };
      submit(code.data);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [camera, submit]);

  // The result clears itself so the next worker sees a ready screen.
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), RESULT_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const onType = (event: FormEvent) => {
    event.preventDefault();
    if (!typed.trim()) return;
    submit(typed);
    setTyped("");
  };

  return (
    <div className="grid gap-4">
      <div className="relative aspect-[4/3] overflow-hidden rounded-xl border bg-black">
        <video
          ref={videoRef}
          muted
          playsInline
          aria-label={t("cameraLabel")}
          className={cn("size-full object-cover", camera !== "on" && "hidden")}
        />
        <canvas ref={canvasRef} className="hidden" aria-hidden />
        {camera === "on" ? (
          <div
            aria-hidden
            className="pointer-events-none absolute inset-[18%] rounded-lg border-4 border-white/80 shadow-[0_0_0_100vmax_rgba(0,0,0,0.35)]"
          />
        ) : (
          <div className="absolute inset-0 flex flex-col items-center justify-center gap-3 p-6 text-center text-white">
            {camera === "starting" ? (
              <Camera className="size-10 animate-pulse" aria-hidden />
            ) : (
              <CameraOff className="size-10" aria-hidden />
            )}
            <p className="max-w-xs text-sm text-white/80">{t(`camera.${camera}`)}</p>
          </div>
        )}
        {pending && (
          <div className="absolute inset-x-0 bottom-0 flex items-center justify-center gap-2 bg-black/60 py-2 text-sm text-white">
            <Loader2 className="size-4 animate-spin" aria-hidden />
            {t("checking")}
          </div>
        )}
      </div>

      <ResultPanel outcome={outcome} />

      <form onSubmit={onType} className="grid gap-2">
        <label htmlFor="station-code" className="flex items-center gap-2 text-sm font-medium">
          <Keyboard className="size-4 text-muted-foreground" aria-hidden />
          {t("typeLabel")}
        </label>
        <div className="flex gap-2">
          <Input
            id="station-code"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="7K3MQ X9P21"
            className="h-12 font-mono text-lg uppercase tracking-widest"
          />
          <Button type="submit" size="lg" className="h-12" disabled={pending || !typed.trim()}>
            {t("typeSubmit")}
          </Button>
        </div>
      </form>
    </div>
  );
}

function ResultPanel({ outcome }: { outcome: ScanOutcome | null }) {
  const t = useTranslations("station");
  if (!outcome) {
    return (
      <div
        role="status"
        className="flex min-h-28 items-center justify-center rounded-xl border border-dashed p-4 text-center text-lg text-muted-foreground"
      >
        {t("ready")}
      </div>
    );
  }
  if (!outcome.ok) {
    return (
      <div
        role="alert"
        data-testid="station-result"
        data-result="refused"
        className="flex min-h-28 items-center gap-4 rounded-xl border-2 border-red-400 bg-red-50 p-4 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
      >
        <CircleAlert className="size-10 shrink-0" aria-hidden />
        <p className="text-xl font-semibold">{outcome.message}</p>
      </div>
    );
  }
  const { result } = outcome;
  const signedOut = result.result === "signed_out" || result.result === "already_out";
  const Icon = signedOut ? LogOut : CircleCheck;
  return (
    <div
      role="status"
      data-testid="station-result"
      data-result={result.result}
      className={cn(
        "flex min-h-28 items-center gap-4 rounded-xl border-2 p-4",
        signedOut
          ? "border-blue-400 bg-blue-50 text-blue-950 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-50"
          : "border-green-400 bg-green-50 text-green-950 dark:border-green-700 dark:bg-green-950 dark:text-green-50",
      )}
    >
      <Icon className="size-12 shrink-0" aria-hidden />
      <div className="min-w-0">
        <p className="truncate text-2xl font-bold">{result.worker.name}</p>
        <p className="text-3xl font-semibold tabular-nums">
          {t(`results.${result.result}`, { time: result.at.time })}
        </p>
        <p className="text-sm opacity-80">
          {result.laborType} · {result.callTime.name} {result.callTime.time}
        </p>
      </div>
    </div>
  );
}
