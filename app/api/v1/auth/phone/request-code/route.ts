import { accepted } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { UnauthorizedError } from "@/lib/errors";
import { requestPhoneCodeRoute } from "@/lib/identity/account.contracts";
import { requestPhoneCode } from "@/lib/identity/phone.service";
import { deviceInfoFrom } from "@/lib/identity/sessions.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(requestPhoneCodeRoute, async ({ request, viewer, body, t }) => {
    // A dead token must not quietly turn "verify my phone" into a sign-in code.
    if (!viewer && request.headers.has("authorization")) throw new UnauthorizedError();
    await requestPhoneCode(body, {
      userId: viewer?.user.id,
      ip: deviceInfoFrom(request).ip,
      locale: viewer?.user.locale ?? t.locale,
    });
    return accepted(null, t("identity.codeSent"));
  }),
);
