import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translator";
import { parseInput } from "./parse";

const schema = z.strictObject({
  email: z.email(),
  topic: z.enum(["sales", "support"]),
  tags: z.array(z.string()).max(1),
  password: z.string().refine((value) => value.length > 3, "validation.invalid"),
});

function fieldErrors(input: unknown, locale: "en" | "sq" = "en") {
  try {
    parseInput(schema, input, getTranslator(locale));
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  return undefined;
}

describe("parseInput", () => {
  it("returns the parsed value when valid", () => {
    const value = { email: "a@b.co", topic: "sales", tags: [], password: "long" };
    expect(parseInput(schema, value, getTranslator("en"))).toEqual(value);
  });

  it("calls every missing field required, whatever its type", () => {
    expect(fieldErrors({})).toEqual({
      email: ["This field is required."],
      topic: ["This field is required."],
      tags: ["This field is required."],
      password: ["This field is required."],
    });
  });

  it("explains each broken rule, in the request's language", () => {
    const input = { email: "x", topic: "spam", tags: ["a", "b"], password: "x", extra: 1 };
    expect(fieldErrors(input)).toEqual({
      email: ["Enter a valid email address."],
      topic: ["Must be one of: sales, support."],
      tags: ["Must have at most 1 item."],
      password: ["Invalid value."],
      body: ["Unknown fields: extra."],
    });
    expect(fieldErrors(input, "sq")?.email).toEqual(["Shkruani një adresë email të vlefshme."]);
  });
});
