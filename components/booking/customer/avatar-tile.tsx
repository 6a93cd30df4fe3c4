import { cn } from "@/lib/utils/cn";

/** A logo or photo, or the name's initials on a muted tile when there is none. */
export function AvatarTile({
  url,
  name,
  round,
  className,
}: {
  url: string | null;
  name: string;
  /** People are round, businesses square. */
  round?: boolean;
  className?: string;
}) {
  const shape = round ? "rounded-full" : "rounded-md";
  if (url) {
    return (
      // Uploaded files are served as they are; next/image would need every host configured.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={url}
        alt=""
        className={cn("size-12 shrink-0 border object-cover", shape, className)}
      />
    );
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
  return (
    <span
      aria-hidden
      className={cn(
        "flex size-12 shrink-0 items-center justify-center bg-muted text-sm font-semibold text-muted-foreground",
        shape,
        className,
      )}
    >
      {initials}
    </span>
  );
}
