/** The textarea look of the booking forms (the UI kit has inputs, not textareas). */
export const textareaClass =
  "min-h-24 w-full rounded-md border border-input bg-background px-3 py-2 text-sm placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-[invalid=true]:border-destructive";
