/** Empty inputs count as absent, so optional fields validate as optional. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData
      .getAll(key)
      .filter((v): v is string => typeof v === "string" && v !== "");
    if (values.length > 0) result[key] = values.length === 1 ? values[0]! : values;
  }
  return result;
}
