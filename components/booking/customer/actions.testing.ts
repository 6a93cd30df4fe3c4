import { idle, type FormState } from "@/lib/actions/form-state";

/** Calls a form server action as the browser would post it, for the customer pages' tests. */
export type FormActionFn<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

export function submit<T>(action: FormActionFn<T>, fields: Record<string, string> = {}) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return action(idle as FormState<T>, data);
}

export function dataOf<T>(state: FormState<T>): T {
  if (state.status !== "success") throw new Error(`not a success: ${JSON.stringify(state)}`);
  return state.data;
}

export function errorOf(state: FormState<unknown>) {
  if (state.status !== "error") throw new Error(`not an error: ${JSON.stringify(state)}`);
  return { message: state.message, fieldErrors: state.fieldErrors ?? {} };
}
