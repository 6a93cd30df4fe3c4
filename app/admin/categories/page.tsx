import { FolderTree, Trash2 } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryDialog } from "@/components/booking/community/category-dialog";
import { CategoryIcon } from "@/components/booking/community/category-icon";
import { flattenTree } from "@/components/booking/community/category-tree";
import { ConfirmButton } from "@/components/booking/community/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAdminCategories } from "@/lib/booking/categories.queries";
import { isLocale } from "@/lib/i18n/config";
import { requireWebViewer } from "@/lib/identity/web-session";
import { deleteCategoryAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingCommunityUi.categories");
  return { title: t("title") };
}

export default async function CategoriesPage() {
  // The admin layout already answers 404 to anyone but platform admins.
  const viewer = await requireWebViewer("/admin/categories");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "en";
  const t = await getTranslations("bookingCommunityUi.categories");
  const categories = await listAdminCategories(viewer, locale);
  const flat = flattenTree(categories);
  const parentOptions = flat.map(({ item, depth }) => ({
    id: item.id,
    label: `${"\u2003".repeat(depth)}${item.name}`,
  }));
  const addButton = <CategoryDialog parents={parentOptions} />;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} action={addButton} />
      {flat.length === 0 ? (
        <EmptyState icon={FolderTree} title={t("emptyTitle")} action={addButton}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <ul
          className="divide-y rounded-lg border"
          aria-label={t("treeLabel")}
          data-testid="category-tree"
        >
          {flat.map(({ item, depth, branch }) => (
            <li
              key={item.id}
              data-testid="category-row"
              className="flex items-center gap-3 px-3 py-2"
              style={{ paddingLeft: `${0.75 + depth * 1.5}rem` }}
            >
              <CategoryIcon name={item.icon} />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium">
                  {item.translations.name.en}
                  {item.translations.name.sq && (
                    <span className="font-normal text-muted-foreground">
                      {" "}
                      · <span lang="sq">{item.translations.name.sq}</span>
                    </span>
                  )}
                </p>
                <p className="truncate text-xs text-muted-foreground">
                  {item.slug}
                  {item.position !== 0 && ` · ${t("positionShort", { position: item.position })}`}
                </p>
              </div>
              <div className="flex shrink-0 gap-1">
                <CategoryDialog
                  category={item}
                  parents={parentOptions.filter((option) => !branch.has(option.id))}
                />
                <ConfirmButton
                  action={deleteCategoryAction}
                  fields={{ id: item.id }}
                  variant="ghost"
                  icon={<Trash2 aria-hidden />}
                  label=""
                  ariaLabel={t("deleteNamed", { name: item.name })}
                  title={t("deleteTitle", { name: item.name })}
                  description={t("deleteBody")}
                  submitLabel={t("delete")}
                  submitVariant="destructive"
                  testId="category-delete"
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
