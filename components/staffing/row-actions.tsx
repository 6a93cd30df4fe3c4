import { Pencil } from "lucide-react";
import Link from "next/link";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { TableCell } from "@/components/ui/table";
import { DeleteDialog } from "./delete-dialog";

/**
 * The last cell of a list row a manager can change: an edit link and a delete that asks
 * first. Labels name the row ("Edit Pier 17") for screen readers and tooltips.
 */
export function EditDeleteCell<T>({
  editHref,
  editLabel,
  ...remove
}: {
  editHref: string;
  editLabel: string;
} & Omit<ComponentProps<typeof DeleteDialog<T>>, "compact" | "redirectTo">) {
  return (
    <TableCell className="w-24 text-right">
      <div className="flex justify-end gap-1">
        <Button asChild variant="ghost" size="icon">
          <Link href={editHref} aria-label={editLabel} title={editLabel}>
            <Pencil aria-hidden />
          </Link>
        </Button>
        <DeleteDialog {...remove} compact />
      </div>
    </TableCell>
  );
}
