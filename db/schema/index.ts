export * from "./contact";
export * from "./jobs";
export * from "./messaging";
export * from "./sms";
