"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { type NavItem, NavLink } from "./nav-link";

/** The sidebar as a drawer on small screens. */
export function MobileNav({
  items,
  title,
  openLabel,
  closeLabel,
  top,
}: {
  /** Shown above the links (the organization switcher). */
  top?: ReactNode;
  items: NavItem[];
  title: string;
  openLabel: string;
  closeLabel: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label={openLabel}>
          <Menu aria-hidden />
        </Button>
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <DialogPrimitive.Content className="fixed inset-y-0 left-0 z-50 w-72 border-r bg-background p-4 shadow-lg focus:outline-none">
          <div className="mb-4 flex items-center justify-between">
            <DialogPrimitive.Title className="text-sm font-semibold">{title}</DialogPrimitive.Title>
            <DialogPrimitive.Close asChild>
              <Button variant="ghost" size="icon" aria-label={closeLabel}>
                <X aria-hidden />
              </Button>
            </DialogPrimitive.Close>
          </div>
          <DialogPrimitive.Description className="sr-only">{title}</DialogPrimitive.Description>
          {top && <div className="mb-4 border-b pb-4">{top}</div>}
          <nav aria-label={title} className="grid gap-1">
            {items.map((item) => (
              <NavLink key={item.href} item={item} onNavigate={() => setOpen(false)} />
            ))}
          </nav>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
