import { idle, type FormState } from "@/lib/actions/form-state";

type Action<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/** Runs a server action with these form fields, as a browser post would. */
export async function submit<T>(action: Action<T>, fields: Record<string, string> = {}) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return action(idle as FormState<T>, data);
}

export function dataOf<T>(state: FormState<T>): T {
  if (state.status !== "success") throw new Error(`not a success: ${JSON.stringify(state)}`);
  return state.data;
}

export const fieldErrorsOf = (state: FormState<unknown>) =>
  state.status === "error" ? (state.fieldErrors ?? {}) : {};
