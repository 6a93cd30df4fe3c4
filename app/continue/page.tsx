import { redirect } from "next/navigation";
import { requireWebViewer } from "@/lib/identity/web-session";
import { landingPathFor } from "@/lib/tenancy/active-org";

/** After sign-in: the surface that fits who this is (manager, worker, customer, admin). */
export default async function ContinuePage() {
  const viewer = await requireWebViewer("/continue");
  redirect(await landingPathFor(viewer));
}
