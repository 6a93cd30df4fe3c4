export * from "./contact";
export * from "./jobs";
export * from "./messaging";
export * from "./sms";
export * from "./identity";
export * from "./tenancy";
export * from "./push";
export * from "./staffing";
