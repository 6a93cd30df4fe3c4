import { FileUp, UserPlus, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConsentBadge } from "@/components/staffing/consent-badge";
import { EditDeleteCell } from "@/components/staffing/row-actions";
import { ListFilters } from "@/components/staffing/list-filters";
import { formatPhone } from "@/components/staffing/phone-format";
import { Pagination } from "@/components/tenancy/pagination";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { SMS_CONSENT_STATES } from "@/db/schema/staffing";
import { listLaborTypes, listWorkers, type TWorker, ZListWorkersQuery } from "@/lib/staffing";
import { requireStaffingOrg } from "../staffing-context";
import { removeStaffingWorker } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingUi.workers");
  return { title: t("title") };
}

const PATH = "/manage/staffing/workers";
const PAGE_SIZE = 25;

type Params = { q?: string; laborType?: string; active?: string; consent?: string; page?: string };

/** The URL's filters; a malformed one is dropped rather than failing the page. */
function readQuery(params: Params) {
  const wanted = {
    q: params.q || undefined,
    laborTypeId: params.laborType || undefined,
    active: params.active || undefined,
    consent: params.consent || undefined,
    page: params.page,
    pageSize: PAGE_SIZE,
  };
  const parsed = ZListWorkersQuery.safeParse(wanted);
  if (parsed.success) return parsed.data;
  const valid = Object.fromEntries(
    Object.entries(wanted).filter(
      ([key, value]) =>
        ZListWorkersQuery.shape[key as keyof typeof wanted].safeParse(value).success,
    ),
  );
  return ZListWorkersQuery.parse(valid);
}

export default async function WorkersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { org, canEdit } = await requireStaffingOrg();
  const params = await searchParams;
  const t = await getTranslations("staffingUi.workers");
  const tConsent = await getTranslations("staffingUi.consent");
  const tList = await getTranslations("staffingUi.list");
  const query = readQuery(params);
  const [workers, laborTypes] = await Promise.all([listWorkers(org, query), listLaborTypes(org)]);
  const filtered = Boolean(
    query.q || query.laborTypeId || query.active !== undefined || query.consent,
  );
  const activeParam = query.active === undefined ? undefined : String(query.active);

  const addButtons = canEdit && (
    <div className="flex flex-wrap gap-2">
      <Button asChild variant="outline">
        <Link href={`${PATH}/import`}>
          <FileUp aria-hidden />
          {t("import")}
        </Link>
      </Button>
      <Button asChild>
        <Link href={`${PATH}/new`} data-testid="worker-add">
          <UserPlus aria-hidden />
          {t("add")}
        </Link>
      </Button>
    </div>
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        action={addButtons || undefined}
      />

      {!filtered && workers.meta.total === 0 ? (
        <EmptyState icon={Users} title={t("emptyTitle")} action={addButtons || undefined}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="workers-heading" className="grid gap-4">
          <h2 id="workers-heading" className="sr-only">
            {t("title")}
          </h2>
          <ListFilters
            path={PATH}
            search={{ label: t("search"), placeholder: t("searchPlaceholder"), value: query.q }}
            filters={[
              {
                name: "laborType",
                label: t("laborType"),
                anyLabel: t("anyLaborType"),
                value: query.laborTypeId,
                options: laborTypes.map((type) => ({ value: type.id, label: type.name })),
              },
              {
                name: "active",
                label: t("status"),
                anyLabel: t("anyStatus"),
                value: activeParam,
                options: [
                  { value: "true", label: t("active") },
                  { value: "false", label: t("inactive") },
                ],
              },
              {
                name: "consent",
                label: t("consent"),
                anyLabel: t("anyConsent"),
                value: query.consent,
                options: SMS_CONSENT_STATES.map((state) => ({
                  value: state,
                  label: tConsent(state),
                })),
              },
            ]}
            applyLabel={tList("apply")}
            clearLabel={tList("clear")}
            chipsLabel={tList("activeFilters")}
            removeLabel={(filter) => tList("removeFilter", { filter })}
          />

          {workers.items.length === 0 ? (
            <EmptyState
              icon={Users}
              title={t("noMatchTitle")}
              action={
                <Button asChild variant="outline">
                  <Link href={PATH}>{tList("clear")}</Link>
                </Button>
              }
            >
              <p>{t("noMatchBody")}</p>
            </EmptyState>
          ) : (
            <Table data-testid="workers-table">
              <TableHeader>
                <TableRow>
                  <TableHead>{t("name")}</TableHead>
                  <TableHead className="hidden md:table-cell">{t("phone")}</TableHead>
                  <TableHead className="hidden lg:table-cell">{t("laborTypes")}</TableHead>
                  <TableHead>{t("consent")}</TableHead>
                  <TableHead className="hidden sm:table-cell">
                    <abbr title={t("reliabilityHint")} className="no-underline">
                      {t("reliability")}
                    </abbr>
                  </TableHead>
                  {canEdit && (
                    <TableHead>
                      <span className="sr-only">{t("actions")}</span>
                    </TableHead>
                  )}
                </TableRow>
              </TableHeader>
              <TableBody>
                {workers.items.map((worker) => (
                  <WorkerRow key={worker.id} worker={worker} canEdit={canEdit} />
                ))}
              </TableBody>
            </Table>
          )}
          <Pagination
            label={t("pages")}
            path={PATH}
            query={{
              q: query.q,
              laborType: query.laborTypeId,
              active: activeParam,
              consent: query.consent,
            }}
            param="page"
            page={workers.meta.page}
            pageSize={workers.meta.pageSize}
            total={workers.meta.total}
          />
        </section>
      )}
    </>
  );
}

async function WorkerRow({ worker, canEdit }: { worker: TWorker; canEdit: boolean }) {
  const t = await getTranslations("staffingUi.workers");
  const { noCallNoShowCount: noShows, lateCancellationCount: lateCancels } = worker.reliability;
  return (
    <TableRow data-testid="worker-row">
      <TableCell>
        <div className="flex flex-wrap items-center gap-2 font-medium">
          {canEdit ? (
            <Link href={`${PATH}/${worker.id}`} className="hover:underline">
              {worker.name}
            </Link>
          ) : (
            worker.name
          )}
          {!worker.active && <Badge>{t("inactive")}</Badge>}
          {worker.registered && (
            <Badge tone="info" title={t("registeredHint")}>
              {t("registered")}
            </Badge>
          )}
        </div>
        <div className="text-xs text-muted-foreground md:hidden">{formatPhone(worker.phone)}</div>
        {worker.email && (
          <div className="hidden text-xs text-muted-foreground md:block">{worker.email}</div>
        )}
      </TableCell>
      <TableCell className="hidden whitespace-nowrap tabular-nums md:table-cell">
        {formatPhone(worker.phone)}
        {worker.alternatePhones.length > 0 && (
          <span
            className="ml-1 text-xs text-muted-foreground"
            title={worker.alternatePhones.map(formatPhone).join(", ")}
          >
            {t("morePhones", { count: worker.alternatePhones.length })}
          </span>
        )}
      </TableCell>
      <TableCell className="hidden lg:table-cell">
        <div className="flex flex-wrap gap-1">
          {worker.laborTypes.map((type) => (
            <Badge key={type.id}>{type.name}</Badge>
          ))}
        </div>
      </TableCell>
      <TableCell>
        <ConsentBadge state={worker.smsConsent} />
      </TableCell>
      <TableCell className="hidden whitespace-nowrap text-xs sm:table-cell">
        {noShows + lateCancels === 0 ? (
          <span className="text-muted-foreground" title={t("reliabilityClean")}>
            <span aria-hidden>—</span>
            <span className="sr-only">{t("reliabilityClean")}</span>
          </span>
        ) : (
          <>
            <span
              className={noShows > 0 ? "font-medium text-destructive" : "text-muted-foreground"}
            >
              {t("noShows", { count: noShows })}
            </span>
            <span className="text-muted-foreground"> · </span>
            <span
              className={lateCancels > 0 ? "font-medium text-warning" : "text-muted-foreground"}
            >
              {t("lateCancels", { count: lateCancels })}
            </span>
          </>
        )}
      </TableCell>
      {canEdit && (
        <EditDeleteCell
          editHref={`${PATH}/${worker.id}`}
          editLabel={t("edit", { name: worker.name })}
          action={removeStaffingWorker}
          id={worker.id}
          triggerLabel={t("delete.open", { name: worker.name })}
          title={t("delete.title", { name: worker.name })}
          description={t("delete.description")}
          submitLabel={t("delete.submit")}
          testId="worker-delete"
        />
      )}
    </TableRow>
  );
}
