import { Building2 } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SurfaceOverview, surfaceMetadata } from "@/components/shell/surface-overview";

export const generateMetadata = () => surfaceMetadata("manage");

export default async function ManagePage() {
  const t = await getTranslations("surfaces");
  return (
    <SurfaceOverview
      surface="manage"
      icon={Building2}
      action={
        <Link href="/docs" className="text-sm font-medium text-primary hover:underline">
          {t("readDocs")}
        </Link>
      }
    />
  );
}
