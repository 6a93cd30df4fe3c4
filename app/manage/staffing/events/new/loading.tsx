import { FormSkeleton } from "@/components/tenancy/skeletons";

export default function Loading() {
  return <FormSkeleton fields={6} />;
}
